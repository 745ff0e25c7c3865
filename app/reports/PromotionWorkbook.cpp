#include "PromotionWorkbook.h"

#include "CandidateCsvExport.h"
#include "RankedLaureateList.h"
#include "storage/PromotionSnapshot.h"
#include "storage/ScoringStore.h"

#include <QSet>

namespace {

// The CSV export's amount columns: numbers in the workbook, so that a spreadsheet sums and sorts them.
bool isAmountColumn(const QString &columnName)
{
    static const QSet<QString> amounts{QStringLiteral("budget_annuel"), QStringLiteral("montant_demande"),
                                       QStringLiteral("montant_accorde")};
    return amounts.contains(columnName);
}

WorkbookCell optionalAmount(bool present, Money amount)
{
    return present ? WorkbookCell::ofAmount(amount) : WorkbookCell();
}

} // namespace

WorkbookSheet PromotionWorkbook::candidatesSheet(const QList<Candidate> &candidates)
{
    WorkbookSheet sheet;
    sheet.name = tr("Candidates");
    // The import's own column names, not translated: the sheet imports back in either language. The form's
    // other answers follow, under their own questions, as in the CSV export.
    const QStringList extraNames = CandidateCsvExport::extraFieldNames(candidates);
    sheet.headers = CandidateCsvExport::columnNames() + extraNames;
    QList<bool> amountColumns;
    for (const QString &name : std::as_const(sheet.headers))
        amountColumns.append(isAmountColumn(name));
    sheet.rows.reserve(candidates.size());
    for (const Candidate &candidate : candidates) {
        const QStringList values =
            CandidateCsvExport::fields(candidate) + CandidateCsvExport::extraFieldValues(candidate, extraNames);
        QList<WorkbookCell> row;
        row.reserve(values.size());
        for (qsizetype column = 0; column < values.size(); ++column) {
            const QString &value = values.at(column);
            const Result<Money> amount = column < amountColumns.size() && amountColumns.at(column) && !value.isEmpty()
                                             ? Money::parse(value)
                                             : Result<Money>::failure(QString());
            // The machine form always parses; were it ever not to, the text is kept rather than lost.
            row.append(amount ? WorkbookCell::ofAmount(amount.value()) : WorkbookCell::ofText(value));
        }
        sheet.rows.append(row);
    }
    return sheet;
}

WorkbookSheet PromotionWorkbook::rankingSheet(const RankingTable &ranking)
{
    WorkbookSheet sheet;
    sheet.name = tr("Ranking");
    sheet.headers = QStringList{tr("Rank"),     tr("Ex aequo"), tr("Project"), tr("Score"),      tr("Eligible"),
                                tr("Proposal"), tr("Decision"), tr("Granted"), tr("Cumulative"), tr("Why")};
    sheet.rows.reserve(ranking.rows().size());
    for (const RankingTableRow &row : ranking.rows()) {
        sheet.rows.append({
            row.rank ? WorkbookCell::ofInteger(*row.rank) : WorkbookCell(),
            WorkbookCell::ofText(row.exAequo ? tr("ex aequo") : QString()),
            WorkbookCell::ofText(row.name),
            row.score
                ? WorkbookCell::ofRatio(WorkbookCell::Kind::Decimal, row.score->numerator(), row.score->denominator())
                : WorkbookCell(),
            WorkbookCell::ofAmount(row.eligible),
            WorkbookCell::ofText(row.proposed ? decisionDisplayName(*row.proposed) : QString()),
            WorkbookCell::ofText(row.decision == Decision::None ? QString() : decisionDisplayName(row.decision)),
            optionalAmount(row.decision == Decision::Laureate, row.granted),
            WorkbookCell::ofAmount(row.cumulative),
            WorkbookCell::ofText(row.proposalExplanation),
        });
    }
    return sheet;
}

WorkbookSheet PromotionWorkbook::laureatesSheet(const LaureateList &laureates)
{
    WorkbookSheet sheet;
    sheet.name = tr("Laureates");
    sheet.headers = QStringList{tr("No."),  tr("Project"),       tr("Carrier"), tr("Incubator"),
                                tr("Kind"), tr("Annual budget"), tr("Granted"), tr("Share of the budget")};
    int number = 0;
    for (const Candidate &candidate : laureates.laureates) {
        const qint64 budget = candidate.annualBudget.cents();
        sheet.rows.append({
            WorkbookCell::ofInteger(++number),
            WorkbookCell::ofText(candidate.name),
            WorkbookCell::ofText(candidate.carrier),
            WorkbookCell::ofText(candidate.incubator),
            WorkbookCell::ofText(candidateKindDisplayName(candidate.kind)),
            WorkbookCell::ofAmount(candidate.annualBudget),
            WorkbookCell::ofAmount(candidate.granted),
            // No share of a zero budget: left empty as the PDF prints a dash.
            budget > 0 ? WorkbookCell::ofRatio(WorkbookCell::Kind::Percent, candidate.granted.cents(), budget)
                       : WorkbookCell(),
        });
    }
    // Label in the project's column, figure in the granted one: the totals read down the same column.
    const auto total = [](const QString &label, Money amount) {
        return QList<WorkbookCell>{
            WorkbookCell(), WorkbookCell::ofText(label),   WorkbookCell(), WorkbookCell(), WorkbookCell(),
            WorkbookCell(), WorkbookCell::ofAmount(amount)};
    };
    sheet.totals.append(
        total(tr("Total: %n laureate(s)", nullptr, int(laureates.laureates.size())), laureates.granted));
    sheet.totals.append(total(tr("Envelope of %1").arg(laureates.promotion.label()), laureates.promotion.envelope));
    // Negative when overspent: shown as such, never hidden.
    sheet.totals.append(total(tr("Remaining"), laureates.remaining()));
    if (laureates.provisional())
        sheet.totals.append(
            {WorkbookCell(),
             WorkbookCell::ofText(tr("%1 is still open: this list is provisional.").arg(laureates.promotion.label()))});
    return sheet;
}

QList<WorkbookSheet> PromotionWorkbook::build(const QList<Candidate> &candidates, const RankingTable &ranking,
                                              const LaureateList &laureates)
{
    return {candidatesSheet(candidates), rankingSheet(ranking), laureatesSheet(laureates)};
}

Result<QList<WorkbookSheet>> PromotionWorkbook::read(const ScoringStore &scoring, const Promotion &promotion,
                                                     const QList<Candidate> &candidates)
{
    const Result<ScoreSheet> sheet = scoring.scoreSheet(promotion, candidates);
    if (!sheet)
        return Result<QList<WorkbookSheet>>::failure(sheet.error());
    // The window's computation, on the candidates already read: the ranking sheet is the ranking tab.
    PromotionSnapshot snapshot;
    snapshot.number = promotion.number;
    snapshot.promotion = promotion;
    snapshot.candidates = candidates;
    snapshot.sheet = sheet.value();
    snapshot.compute();
    const Result<LaureateList> list = RankedLaureateList::build(scoring, promotion, candidates);
    if (!list)
        return Result<QList<WorkbookSheet>>::failure(list.error());
    return Result<QList<WorkbookSheet>>::success(build(
        candidates, RankingTable::build(snapshot.ranking, snapshot.proposal, candidates, promotion), list.value()));
}
