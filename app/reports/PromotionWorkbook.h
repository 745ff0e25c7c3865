#pragma once

#include "LaureateList.h"
#include "RankingTable.h"
#include "WorkbookSheet.h"

#include "domain/Candidate.h"
#include "domain/Promotion.h"
#include "domain/Result.h"

#include <QCoreApplication>
#include <QList>

class ScoringStore;

// A promotion as the spreadsheet the fund's members and managers open (issue #16, "spreadsheets out"):
// three sheets, named and headed in the interface's language. "Candidates" holds every candidate under the
// CSV export's own columns (CandidateCsvExport::columnNames and fields), so that a column added to that
// export appears here too and the sheet imports back like the CSV file. "Ranking" holds the rows of the
// window's ranking (RankingTable: rank, ex aequo, score, eligible, proposal, decision, granted,
// cumulative and why). "Laureates" holds the official list's laureates (LaureateList) with the total
// granted, the envelope and what remains. Amounts stay Money and scores fractions (WorkbookCell):
// XlsxWorkbookWriter makes the file.
class PromotionWorkbook
{
    Q_DECLARE_TR_FUNCTIONS(PromotionWorkbook)

public:
    // The three sheets from values already computed.
    static QList<WorkbookSheet> build(const QList<Candidate> &candidates, const RankingTable &ranking,
                                      const LaureateList &laureates);
    // The same read through the scoring store: the ranking and proposal as the window computes them
    // (PromotionSnapshot::compute) and the list the PDF prints (RankedLaureateList). A read that fails
    // comes back as its error.
    static Result<QList<WorkbookSheet>> read(const ScoringStore &scoring, const Promotion &promotion,
                                             const QList<Candidate> &candidates);

    static WorkbookSheet candidatesSheet(const QList<Candidate> &candidates);
    static WorkbookSheet rankingSheet(const RankingTable &ranking);
    static WorkbookSheet laureatesSheet(const LaureateList &laureates);
};
