#include "reports/CandidateCsvExport.h"
#include "reports/LaureateList.h"
#include "reports/PromotionWorkbook.h"
#include "reports/RankingTable.h"
#include "reports/XlsxWorkbookWriter.h"

#include <QTemporaryDir>
#include <QTest>

// The workbook of a promotion of 10 000 candidates (every one ranked, 1 000 laureates): the three sheets built
// from values already computed and the XLSX written to a file, beside the CSV export of the same candidates.
// Run on demand (tests/benchmarks/run.sh or by hand), never by ctest.
class BenchXlsxExport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void workbook10000();
    void csv10000();

private:
    QTemporaryDir m_dir;
    Promotion m_promotion;
    QList<Candidate> m_candidates;
    RankingTable m_ranking;
    LaureateList m_laureates;
};

void BenchXlsxExport::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_promotion.number = 1;
    m_promotion.envelope = Money::fromEuros(300000000);
    QList<RankedCandidate> ranking;
    for (int i = 0; i < 10000; ++i) {
        Candidate candidate;
        candidate.id = i + 1;
        candidate.name = QStringLiteral("Service numérique n° %1").arg(i);
        candidate.carrier = QStringLiteral("Ministère de la Transition écologique");
        candidate.incubator = QStringLiteral("Fabrique numérique");
        candidate.description = QStringLiteral("Simplifier une démarche administrative pour ses usagers.");
        candidate.annualBudget = Money::fromCents(15000000 + (i * 7919) % 85000000 + i % 100);
        candidate.requested = Money::fromEuros(50000 + (i * 104729) % 50000);
        if (i < 1000) {
            candidate.decision = Decision::Laureate;
            candidate.granted = candidate.requested;
        }
        m_candidates.append(candidate);
        RankedCandidate row;
        row.candidateId = candidate.id;
        row.name = candidate.name;
        row.eligible = candidate.requested;
        row.rank = i + 1;
        row.score = Score(qint64(100000 - i), 1000);
        ranking.append(row);
    }
    m_ranking =
        RankingTable::build(ranking, Proposal::propose(ranking, m_promotion, m_candidates), m_candidates, m_promotion);
    m_laureates = LaureateList::build(m_promotion, m_candidates);
}

void BenchXlsxExport::workbook10000()
{
    const QString path = m_dir.filePath(QStringLiteral("FAST1.xlsx"));
    QBENCHMARK
    {
        const Outcome written =
            XlsxWorkbookWriter::writeFile(path, PromotionWorkbook::build(m_candidates, m_ranking, m_laureates));
        QVERIFY2(written.ok(), qPrintable(written.error()));
    }
    qInfo("workbook of 10 000 candidates: %lld bytes", qint64(QFileInfo(path).size()));
}

void BenchXlsxExport::csv10000()
{
    const QString path = m_dir.filePath(QStringLiteral("FAST1.csv"));
    QBENCHMARK
    {
        QVERIFY(CandidateCsvExport::writeFile(path, m_promotion, m_candidates).ok());
    }
}

QTEST_GUILESS_MAIN(BenchXlsxExport)
#include "bench_xlsxexport.moc"
