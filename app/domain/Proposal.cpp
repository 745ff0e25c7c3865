#include "Proposal.h"

#include "Promotion.h"

#include <QHash>
#include <QStringList>

Proposal Proposal::propose(const QList<RankedCandidate> &ranking, Money envelope, int minimumScore)
{
    return walk(ranking, envelope, minimumScore, Money());
}

Proposal Proposal::walk(const QList<RankedCandidate> &ranking, Money envelope, int minimumScore, Money spent)
{
    Proposal proposal;
    proposal.m_envelope = envelope;
    Money remaining = envelope - spent;
    for (const RankedCandidate &row : ranking) {
        ProposedDecision decision;
        decision.candidateId = row.candidateId;
        decision.name = row.name;
        if (!row.isRanked() || !row.score) {
            decision.reason = ProposalReason::IncompleteScoring;
            decision.explanation = incompleteScoringText(row.missingNotes);
            decision.consumedAfter = envelope - remaining;
            decision.remainingAfter = remaining;
            proposal.m_leftOut.append(decision);
            continue;
        }
        if (row.score->isBelow(minimumScore)) {
            decision.decision = Decision::Rejected;
            decision.reason = ProposalReason::BelowMinimumScore;
            decision.explanation =
                tr("score %1 below the minimum score %2").arg(row.score->toDisplayString()).arg(minimumScore);
        } else if (row.eligible <= Money()) {
            // A laureate is always granted more than 0 € (rules.md): nothing to grant, nothing to propose.
            decision.decision = Decision::Rejected;
            decision.reason = ProposalReason::NothingEligible;
            decision.explanation = tr("nothing eligible: its eligible amount is %1").arg(row.eligible.toString());
        } else if (row.eligible <= remaining) {
            decision.decision = Decision::Laureate;
            decision.granted = row.eligible;
            remaining -= row.eligible;
            decision.reason = ProposalReason::WithinEnvelope;
            decision.explanation = tr("within the envelope (remaining after: %1)").arg(remaining.toString());
        } else {
            decision.decision = Decision::Waitlist;
            decision.reason = ProposalReason::DoesNotFit;
            decision.explanation = tr("does not fit the remaining %1").arg(remaining.toString());
        }
        decision.consumedAfter = envelope - remaining;
        decision.remainingAfter = remaining;
        proposal.m_decisions.append(decision);
    }
    proposal.m_remaining = remaining;
    proposal.namePassedOver();
    return proposal;
}

Proposal Proposal::propose(const QList<RankedCandidate> &ranking, const Promotion &promotion)
{
    return propose(ranking, promotion.envelope, promotion.minimumScore);
}

Proposal Proposal::propose(const QList<RankedCandidate> &ranking, const Promotion &promotion,
                           const QList<Candidate> &candidates)
{
    QHash<qint64, const Candidate *> agreementWithdrawn;
    Money spent;
    for (const Candidate &candidate : candidates) {
        if (candidate.decision == Decision::Laureate && candidate.released > Money()) {
            agreementWithdrawn.insert(candidate.id, &candidate);
            spent += candidate.consumed();
        }
    }
    QList<RankedCandidate> walked;
    walked.reserve(ranking.size());
    for (const RankedCandidate &row : ranking) {
        if (!agreementWithdrawn.contains(row.candidateId))
            walked.append(row);
    }
    Proposal proposal = walk(walked, promotion.envelope, promotion.minimumScore, spent);
    const auto leaveOut = [&proposal](qint64 candidateId, const QString &name, ProposalReason reason,
                                      const QString &explanation) {
        ProposedDecision decision;
        decision.candidateId = candidateId;
        decision.name = name;
        decision.reason = reason;
        decision.explanation = explanation;
        decision.consumedAfter = proposal.consumed();
        decision.remainingAfter = proposal.remaining();
        proposal.m_leftOut.append(decision);
    };
    for (const RankedCandidate &row : ranking) {
        if (const Candidate *candidate = agreementWithdrawn.value(row.candidateId))
            leaveOut(candidate->id, candidate->name, ProposalReason::AgreementWithdrawn,
                     agreementWithdrawnText(candidate->consumed(), candidate->released));
    }
    for (const Candidate &candidate : candidates) {
        if (candidate.decision == Decision::Withdrawn)
            leaveOut(candidate.id, candidate.name, ProposalReason::Withdrawn, withdrawnText());
    }
    return proposal;
}

void Proposal::namePassedOver()
{
    // Walked backwards so that each waitlisted row finds the laureates after it already gathered: the
    // committee asks "who gets the money instead?", and these are the ones.
    QStringList laureatesAfter;
    for (auto it = m_decisions.rbegin(); it != m_decisions.rend(); ++it) {
        if (it->decision == Decision::Laureate) {
            laureatesAfter.prepend(it->name);
        } else if (it->reason == ProposalReason::DoesNotFit && !laureatesAfter.isEmpty()) {
            it->explanation = tr("does not fit the remaining %1: passed over for %2")
                                  .arg(it->remainingAfter.toString(), laureatesAfter.join(QStringLiteral(", ")));
        }
    }
}

QString Proposal::incompleteScoringText(int missingNotes)
{
    return tr("incomplete scoring (%n note(s) missing): left out of the proposal", nullptr, missingNotes);
}

QString Proposal::withdrawnText()
{
    return tr("withdrawn");
}

QString Proposal::agreementWithdrawnText(Money kept, Money released)
{
    return kept > Money()
               ? tr("agreement withdrawn: keeps the %1 paid, %2 back to the envelope")
                     .arg(kept.toString(), released.toString())
               : tr("agreement withdrawn before any payment: %1 back to the envelope").arg(released.toString());
}

std::optional<ProposedDecision> Proposal::decisionFor(qint64 candidateId) const
{
    for (const ProposedDecision &decision : m_decisions) {
        if (decision.candidateId == candidateId)
            return decision;
    }
    return std::nullopt;
}

std::optional<ProposedDecision> Proposal::explanationFor(qint64 candidateId) const
{
    if (std::optional<ProposedDecision> decision = decisionFor(candidateId))
        return decision;
    for (const ProposedDecision &left : m_leftOut) {
        if (left.candidateId == candidateId)
            return left;
    }
    return std::nullopt;
}

int Proposal::laureateCount() const
{
    int count = 0;
    for (const ProposedDecision &decision : m_decisions) {
        if (decision.decision == Decision::Laureate)
            ++count;
    }
    return count;
}
