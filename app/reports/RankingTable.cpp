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
        if (ranked.isRanked()) {
            if (const std::optional<ProposedDecision> proposed = proposal.decisionFor(ranked.candidateId)) {
                row.proposed = proposed->decision;
                row.proposedGranted = proposed->granted;
                row.proposalExplanation = proposed->explanation;
            }
            ++table.m_rankedCount;
        } else {
            ++table.m_incompleteCount;
        }
        if (const Candidate *candidate = byId.value(ranked.candidateId)) {
            row.decision = candidate->decision;
            row.granted = candidate->granted;
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
        ++table.m_withdrawnCount;
        table.m_rows.append(row);
    }

    Money cumulative;
    for (RankingTableRow &row : table.m_rows) {
        if (row.decision == Decision::Laureate)
            cumulative += row.granted;
        row.cumulative = cumulative;
    }
    return table;
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
    return m_rows.isEmpty() ? Money() : m_rows.last().cumulative;
}
