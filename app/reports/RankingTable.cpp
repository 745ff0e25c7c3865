#include "RankingTable.h"

#include "domain/TextKey.h"

#include <QHash>
#include <QSet>

#include <algorithm>

RankingTable RankingTable::build(const QList<RankedCandidate> &ranking, const Proposal &proposal,
                                 const QList<Candidate> &candidates, const Promotion &promotion)
{
    QHash<qint64, const Candidate *> byId;
    for (const Candidate &candidate : candidates)
        byId.insert(candidate.id, &candidate);

    RankingTable table;
    table.m_envelope = promotion.envelope;
    QSet<qint64> listed;
    for (const RankedCandidate &ranked : ranking) {
        RankingTableRow row;
        row.kind = ranked.isRanked() ? RankingTableRow::Kind::Ranked : RankingTableRow::Kind::Incomplete;
        row.candidateId = ranked.candidateId;
        row.name = ranked.name;
        row.rank = ranked.rank;
        row.exAequo = ranked.exAequo;
        row.score = ranked.score;
        row.missingNotes = ranked.missingNotes;
        row.eligible = ranked.eligible;
        if (const std::optional<ProposedDecision> explained = proposal.explanationFor(ranked.candidateId)) {
            // A laureate whose agreement was withdrawn is ranked but not proposed: its reason says why.
            if (ranked.isRanked() && explained->decision != Decision::None) {
                row.proposed = explained->decision;
                row.proposedGranted = explained->granted;
            }
            row.proposalReason = explained->reason;
            row.proposalExplanation = explained->explanation;
        }
        if (ranked.isRanked())
            ++table.m_rankedCount;
        else
            ++table.m_incompleteCount;
        if (const Candidate *candidate = byId.value(ranked.candidateId)) {
            row.decision = candidate->decision;
            row.granted = candidate->granted;
            row.released = candidate->released;
        }
        listed.insert(ranked.candidateId);
        table.m_rows.append(row);
    }

    // The ranking leaves the withdrawn candidates out; they follow, by name like the incomplete rows.
    QList<const Candidate *> withdrawn;
    for (const Candidate &candidate : candidates) {
        if (!listed.contains(candidate.id))
            withdrawn.append(&candidate);
    }
    std::sort(withdrawn.begin(), withdrawn.end(), [](const Candidate *left, const Candidate *right) {
        const QString leftKey = TextKey::fold(left->name);
        const QString rightKey = TextKey::fold(right->name);
        return leftKey != rightKey ? leftKey < rightKey : left->id < right->id;
    });
    for (const Candidate *candidate : withdrawn) {
        RankingTableRow row;
        row.kind = RankingTableRow::Kind::Withdrawn;
        row.candidateId = candidate->id;
        row.name = candidate->name;
        row.eligible = candidate->eligibility(promotion.rule).eligible;
        row.decision = candidate->decision;
        row.granted = candidate->granted;
        row.released = candidate->released;
        // A proposal computed without the candidates has no entry for them; the reason is the same.
        row.proposalReason = ProposalReason::Withdrawn;
        row.proposalExplanation = Proposal::withdrawnText();
        if (const std::optional<ProposedDecision> explained = proposal.explanationFor(candidate->id))
            row.proposalExplanation = explained->explanation;
        ++table.m_withdrawnCount;
        table.m_rows.append(row);
    }

    table.computeCumulative();
    return table;
}

void RankingTable::computeCumulative()
{
    // The rule is the class comment's; RankingTableRow::counted() says what one row takes.
    Money cumulative;
    bool exhausted = false;
    for (RankingTableRow &row : m_rows) {
        if (!exhausted && row.isRanked()) {
            std::optional<Money> asked;
            if (row.decision == Decision::Laureate)
                asked = row.granted;
            else if (row.decision == Decision::Waitlist ||
                     (row.decision == Decision::None &&
                      (row.proposed == Decision::Laureate || row.proposed == Decision::Waitlist)))
                asked = row.eligible;
            if (asked && *asked > m_envelope - cumulative) {
                row.exhaustsEnvelope = true;
                exhausted = true;
            }
        }
        cumulative += row.counted();
        row.cumulative = cumulative;
    }
}

std::optional<RankingTableRow> RankingTable::rowFor(qint64 candidateId) const
{
    for (const RankingTableRow &row : m_rows) {
        if (row.candidateId == candidateId)
            return row;
    }
    return std::nullopt;
}

Money RankingTable::consumed() const
{
    Money sum;
    for (const RankingTableRow &row : m_rows) {
        if (row.decision == Decision::Laureate)
            sum += row.granted - row.released;
    }
    return sum;
}

Money RankingTable::proposedUndecided() const
{
    Money sum;
    for (const RankingTableRow &row : m_rows) {
        if (row.decision == Decision::None && row.proposed == Decision::Laureate)
            sum += row.proposedGranted;
    }
    return sum;
}

int RankingTable::exhaustedRow() const
{
    for (int index = 0; index < m_rows.size(); ++index) {
        if (m_rows.at(index).exhaustsEnvelope)
            return index;
    }
    return -1;
}
