#include "DecisionStore.h"

#include "AuditLogRepository.h"
#include "AuditText.h"
#include "CandidateRepository.h"
#include "CommitteeStore.h"
#include "FollowUpRepository.h"
#include "ScoringStore.h"
#include "StoreWrite.h"

#include "domain/AuditAction.h"

#include <QCoreApplication>
#include <QHash>

// The refusals keep the translation context of ScoringStore, where they were first written, so that their
// translations still apply.

DecisionStore::DecisionStore(CommitteeStore &committee, ScoringStore &scoring, QObject *parent)
    : QObject(parent), m_scoring(scoring), m_database(committee.database())
{}

Result<QList<ProposedDecision>> DecisionStore::applyProposal(int promotionNumber)
{
    using Changes = QList<ProposedDecision>;
    StoreWrite write(m_database, m_scoring.operatorName());
    if (const Outcome begun = write.begun(); !begun)
        return Result<Changes>::failure(begun.error());
    const Result<Promotion> promotion = write.writablePromotion(promotionNumber);
    if (!promotion)
        return Result<Changes>::failure(promotion.error());
    const Promotion &owner = promotion.value();
    const Result<Proposal> proposed = m_scoring.proposal(owner.number);
    if (!proposed)
        return Result<Changes>::failure(proposed.error());

    CandidateRepository candidateRows(write.connection());
    const Result<QList<Candidate>> stored = candidateRows.forPromotion(owner.id);
    if (!stored)
        return Result<Changes>::failure(stored.error());
    QHash<qint64, Candidate> byId;
    for (const Candidate &candidate : stored.value())
        byId.insert(candidate.id, candidate);
    Changes changed;
    for (const ProposedDecision &decision : proposed.value().decisions()) {
        const auto found = byId.constFind(decision.candidateId);
        if (found == byId.cend())
            continue;
        Candidate updated = found.value();
        if (updated.decision == decision.decision && updated.granted == decision.granted)
            continue;
        // The proposal never grants 0 € or more than eligible; checked here too, as every decision path
        // does, so that no laureate outside 0 < granted ≤ eligible is ever written (rules.md).
        if (decision.decision == Decision::Laureate) {
            if (const Outcome allowed =
                    owner.rule.checkGranted(decision.granted, updated.annualBudget, updated.requested);
                !allowed)
                return Result<Changes>::failure(
                    QCoreApplication::translate("ScoringStore", "%1: %2").arg(updated.name, allowed.error()));
        }
        if (const Outcome kept = keepsSignedAgreement(write, updated, decision.decision, decision.granted); !kept)
            return Result<Changes>::failure(kept.error());
        updated.decision = decision.decision;
        updated.granted = decision.granted;
        if (const Outcome written = candidateRows.update(updated); !written)
            return Result<Changes>::failure(written.error());
        write.audit(AuditAction::proposalApply, owner.number, owner.label() + QStringLiteral(" / ") + updated.name,
                    AuditText::decision(found->decision, found->granted),
                    AuditText::decision(updated.decision, updated.granted));
        changed.append(decision);
    }
    if (changed.isEmpty())
        return Result<Changes>::success(changed);
    write.notifyAfterCommit([this, number = owner.number] { emit decisionsChanged(number); });
    if (const Outcome committed = write.commit(); !committed)
        return Result<Changes>::failure(committed.error());
    return Result<Changes>::success(changed);
}

Outcome DecisionStore::setDecision(qint64 candidateId, Decision decision, std::optional<Money> granted,
                                   std::optional<CandidateDecision> seen)
{
    StoreWrite write(m_database, m_scoring.operatorName());
    if (const Outcome begun = write.begun(); !begun)
        return begun;
    CandidateRepository candidateRows(write.connection());
    const Result<std::pair<Candidate, Promotion>> found = write.writableCandidate(candidateId);
    if (!found)
        return Outcome::failure(found.error());
    const std::optional<Candidate> existing = found.value().first;
    const std::optional<Promotion> owner = found.value().second;
    const QString subject = owner->label() + QStringLiteral(" / ") + existing->name;
    if (seen && (seen->decision != existing->decision || seen->granted != existing->granted))
        return Outcome::failure(changedMeanwhile(write, subject, *existing));

    Candidate updated = *existing;
    updated.decision = decision;
    if (decision == Decision::Laureate) {
        updated.granted = granted.value_or(existing->eligibility(owner->rule).eligible);
        if (const Outcome allowed =
                owner->rule.checkGranted(updated.granted, existing->annualBudget, existing->requested);
            !allowed)
            return allowed;
    } else {
        if (granted && !granted->isZero())
            return Outcome::failure(
                QCoreApplication::translate("ScoringStore",
                                            "Only a laureate has a granted amount: %1 would be %2 with %3 granted.")
                    .arg(existing->name, decisionDisplayName(decision), granted->toString()));
        updated.granted = Money();
    }
    if (updated.decision == existing->decision && updated.granted == existing->granted)
        return Outcome::success();
    if (const Outcome kept = keepsSignedAgreement(write, *existing, updated.decision, updated.granted); !kept)
        return kept;
    const Result<bool> written = candidateRows.updateDecision(updated, existing->decision, existing->granted);
    if (!written)
        return Outcome::failure(written.error());
    if (!written.value()) {
        // Changed by another connection between this transaction's read and its write.
        const Result<std::pair<Candidate, Promotion>> now = write.writableCandidate(candidateId);
        return Outcome::failure(now ? changedMeanwhile(write, subject, now.value().first) : now.error());
    }
    write.audit(AuditAction::decisionUpdate, owner->number, subject,
                AuditText::decision(existing->decision, existing->granted),
                AuditText::decision(updated.decision, updated.granted));
    write.notifyAfterCommit([this, number = owner->number] { emit decisionsChanged(number); });
    return write.commit();
}

Outcome DecisionStore::restoreDecisions(int promotionNumber, const QList<CandidateDecision> &decisions)
{
    StoreWrite write(m_database, m_scoring.operatorName());
    if (const Outcome begun = write.begun(); !begun)
        return begun;
    const Result<Promotion> promotion = write.writablePromotion(promotionNumber);
    if (!promotion)
        return Outcome::failure(promotion.error());
    const Promotion &owner = promotion.value();

    CandidateRepository candidateRows(write.connection());
    const Result<QList<Candidate>> stored = candidateRows.forPromotion(owner.id);
    if (!stored)
        return Outcome::failure(stored.error());
    QHash<qint64, Candidate> byId;
    for (const Candidate &candidate : stored.value())
        byId.insert(candidate.id, candidate);
    for (const CandidateDecision &decision : decisions) {
        const auto found = byId.constFind(decision.candidateId);
        if (found == byId.cend())
            return Outcome::failure(QCoreApplication::translate(
                                        "ScoringStore", "Candidate %1 is not in %2: its decision cannot be restored.")
                                        .arg(decision.candidateId)
                                        .arg(owner.label()));
        const Candidate &existing = found.value();
        if (decision.decision == Decision::Laureate) {
            if (const Outcome allowed =
                    owner.rule.checkGranted(decision.granted, existing.annualBudget, existing.requested);
                !allowed)
                return Outcome::failure(
                    QCoreApplication::translate("ScoringStore", "%1: %2").arg(existing.name, allowed.error()));
        } else if (!decision.granted.isZero()) {
            return Outcome::failure(
                QCoreApplication::translate("ScoringStore",
                                            "Only a laureate has a granted amount: %1 would be %2 with %3 granted.")
                    .arg(existing.name, decisionDisplayName(decision.decision), decision.granted.toString()));
        }
        if (existing.decision == decision.decision && existing.granted == decision.granted)
            continue;
        if (const Outcome kept = keepsSignedAgreement(write, existing, decision.decision, decision.granted); !kept)
            return kept;
        Candidate updated = existing;
        updated.decision = decision.decision;
        updated.granted = decision.granted;
        if (const Outcome written = candidateRows.update(updated); !written)
            return written;
        write.audit(AuditAction::decisionUpdate, owner.number, owner.label() + QStringLiteral(" / ") + updated.name,
                    AuditText::decision(existing.decision, existing.granted),
                    AuditText::decision(updated.decision, updated.granted));
    }
    if (write.auditCount() == 0)
        return Outcome::success();
    write.notifyAfterCommit([this, number = owner.number] { emit decisionsChanged(number); });
    return write.commit();
}

QString DecisionStore::changedMeanwhile(StoreWrite &write, const QString &subject, const Candidate &now)
{
    const QString value = now.decision == Decision::Laureate
                              ? QCoreApplication::translate("DecisionStore", "%1, %2 granted")
                                    .arg(decisionDisplayName(now.decision), now.granted.toString())
                              : decisionDisplayName(now.decision);
    const Result<std::optional<AuditEntry>> latest = AuditLogRepository(write.connection()).latestAbout(subject);
    if (!latest || !latest.value())
        return QCoreApplication::translate("DecisionStore",
                                           "%1 was changed while you were deciding: it is now \"%2\". Nothing was "
                                           "written; decide again to replace it.")
            .arg(now.name, value);
    return QCoreApplication::translate("DecisionStore",
                                       "%1 was changed by %2 at %3 while you were deciding: it is now \"%4\". "
                                       "Nothing was written; decide again to replace it.")
        .arg(now.name, latest.value()->operatorName,
             latest.value()->at.toLocalTime().toString(QStringLiteral("HH:mm:ss")), value);
}

Outcome DecisionStore::keepsSignedAgreement(StoreWrite &write, const Candidate &existing, Decision decision,
                                            Money granted)
{
    if (existing.decision != Decision::Laureate || (decision == Decision::Laureate && granted == existing.granted))
        return Outcome::success();
    const Result<std::optional<LaureateFollowUp>> followUp =
        FollowUpRepository(write.connection()).forCandidate(existing.id);
    if (!followUp)
        return Outcome::failure(followUp.error());
    if (!followUp.value() || !followUp.value()->agreement.isSigned() || followUp.value()->agreement.isWithdrawn())
        return Outcome::success();
    return Outcome::failure(
        QCoreApplication::translate("DecisionStore",
                                    "%1's agreement was signed on %2 for %3: its decision and granted amount stay as "
                                    "they are. Record an amendment or the withdrawal in its follow-up instead.")
            .arg(existing.name, LaureateFollowUp::dateText(followUp.value()->agreement.signedOn),
                 followUp.value()->committed().toString()));
}
