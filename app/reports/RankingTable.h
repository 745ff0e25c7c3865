#pragma once

#include "RankingTableRow.h"

#include "domain/Candidate.h"
#include "domain/Money.h"
#include "domain/Promotion.h"
#include "domain/Proposal.h"
#include "domain/RankedCandidate.h"

#include <QList>

#include <optional>

// The rows of a promotion's ranking view, computed here so the window only shows them: the ranked
// candidates in ranking order (rank, ex aequo, score, eligible, the proposal's decision, the current
// decision and granted amount), then the candidates "notation incomplète" by name, then the withdrawn
// ones by name (they are out of the ranking but still count for closing the promotion).
// The cumulative consumption of a row is the sum of the granted amounts of the candidates decided
// laureate from the first row down to this one, in the table's order. Only decisions count, not the
// proposal: it shows how far down the ranking the envelope is spent by what the committee actually
// decided, and the last row's cumulative equals the promotion's consumed amount (a laureate decided
// before its notes were complete is counted in its incomplete row).
class RankingTable
{
public:
    RankingTable() = default;

    // ranking: ScoringStore::ranking (ranked rows then incomplete ones); proposal: its proposal;
    // candidates: every candidate of the promotion, for the decisions and the withdrawn rows; promotion:
    // its rule gives the withdrawn candidates' eligible amounts.
    static RankingTable build(const QList<RankedCandidate> &ranking, const Proposal &proposal,
                              const QList<Candidate> &candidates, const Promotion &promotion);

    const QList<RankingTableRow> &rows() const { return m_rows; }
    std::optional<RankingTableRow> rowFor(qint64 candidateId) const;
    int rankedCount() const { return m_rankedCount; }
    int incompleteCount() const { return m_incompleteCount; }
    int withdrawnCount() const { return m_withdrawnCount; }
    // Σ granted of the decided laureates in the table: the last row's cumulative.
    Money consumed() const;

private:
    QList<RankingTableRow> m_rows;
    int m_rankedCount = 0;
    int m_incompleteCount = 0;
    int m_withdrawnCount = 0;
};
