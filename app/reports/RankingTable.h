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
// candidates in ranking order (rank, ex aequo, score, eligible, the proposal's decision and its reason,
// the current decision and granted amount), then the candidates "notation incomplète" by name, then the
// withdrawn ones by name (they are out of the ranking but still count for closing the promotion); every
// row carries the proposal's reason for it, left-out rows included.
// The cumulative of a row is the running sum, from the first row down to it, of what each row takes from
// the envelope: its granted amount when the committee decided it laureate; the proposal's amount while
// it has no decision and the proposal makes it laureate; nothing when it is decided otherwise (waitlist,
// rejected, withdrawn) or undecided and not proposed. So during deliberation, before any decision, the
// column is the proposal's consumption; once every row is decided it is the decisions'; and the last
// row's cumulative is always consumed() + proposedUndecided(), the two figures the envelope gauge draws.
// The row where the envelope runs out is marked (RankingTableRow::exhaustsEnvelope): the first row still
// in the running for money (decided laureate or waitlist, or undecided and proposed laureate or waitlist)
// whose amount (granted when laureate, else eligible) is more than the envelope less the cumulative above.
class RankingTable
{
public:
    RankingTable() = default;

    // ranking: ScoringStore::ranking (ranked rows then incomplete ones); proposal: its proposal (with the
    // withdrawn candidates' reasons when proposed with the candidates); candidates: every candidate of the
    // promotion, for the decisions and the withdrawn rows; promotion: its envelope, and its rule gives the
    // withdrawn candidates' eligible amounts.
    static RankingTable build(const QList<RankedCandidate> &ranking, const Proposal &proposal,
                              const QList<Candidate> &candidates, const Promotion &promotion);

    const QList<RankingTableRow> &rows() const { return m_rows; }
    std::optional<RankingTableRow> rowFor(qint64 candidateId) const;
    int rankedCount() const { return m_rankedCount; }
    int incompleteCount() const { return m_incompleteCount; }
    int withdrawnCount() const { return m_withdrawnCount; }
    Money envelope() const { return m_envelope; }
    // Σ granted of the decided laureates in the table, less what withdrawals released (the promotion's
    // consumed amount).
    Money consumed() const;
    // Σ of the proposal's amounts on the rows without a decision that it makes laureate.
    Money proposedUndecided() const;
    // The index of the row that exhausts the envelope, or -1 when the envelope does not run out.
    int exhaustedRow() const;

private:
    void computeCumulative();

    QList<RankingTableRow> m_rows;
    Money m_envelope;
    int m_rankedCount = 0;
    int m_incompleteCount = 0;
    int m_withdrawnCount = 0;
};
