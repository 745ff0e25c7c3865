#include "reports/FundSummary.h"
#include "storage/CommitteeStore.h"
#include "storage/Database.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

// The fund's summary over 100 promotions of 100 candidates (10 000), as `fast-committee summary`
// computes it (every promotion's candidates read, FundSummary::compute), beside one SQL SUM query of
// the same figures. Run by tests/benchmarks/run.sh, which prints the ratio.
class BenchSummary : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void applicationSummary10000();
    void baselineSum10000();

private:
    QTemporaryDir m_dir;
    Database m_database;
    std::unique_ptr<CommitteeStore> m_store;
};

void BenchSummary::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(m_database.open(m_dir.filePath(QStringLiteral("summary.sqlite"))).ok());
    m_store = std::make_unique<CommitteeStore>(m_database);
    for (int number = 1; number <= 100; ++number) {
        Promotion promotion;
        promotion.number = number;
        promotion.year = 2019 + (number - 1) / 13;
        promotion.envelope = Money::fromEuros(3000000);
        QVERIFY(m_store->addPromotion(promotion).ok());
        QList<Candidate> candidates;
        for (int i = 0; i < 100; ++i) {
            Candidate candidate;
            candidate.name = QStringLiteral("Service %1-%2").arg(number).arg(i);
            candidate.carrier = QStringLiteral("DINUM");
            candidate.annualBudget = Money::fromEuros(400000);
            candidate.requested = Money::fromEuros(100000);
            if (i % 5 == 0) {
                candidate.decision = Decision::Laureate;
                candidate.granted = Money::fromEuros(100000);
            }
            candidates.append(candidate);
        }
        QVERIFY(m_store->importCandidates(number, candidates).ok());
    }
}

void BenchSummary::cleanupTestCase()
{
    m_store.reset();
    m_database.close();
}

void BenchSummary::applicationSummary10000()
{
    FundSummary summary;
    QBENCHMARK
    {
        const QList<Promotion> promotions = m_store->promotions().value();
        QHash<int, QList<Candidate>> candidates;
        for (const Promotion &promotion : promotions)
            candidates.insert(promotion.number, m_store->candidates(promotion.number).value());
        summary = FundSummary::compute(promotions, candidates, m_store->years().value());
    }
    QCOMPARE(summary.promotions().size(), 100);
    QCOMPARE(summary.promotions().constFirst().laureates, 20);
}

void BenchSummary::baselineSum10000()
{
    QSqlDatabase database = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("baseline"));
    database.setDatabaseName(m_dir.filePath(QStringLiteral("summary.sqlite")));
    QVERIFY(database.open());
    int rows = 0;
    QBENCHMARK
    {
        rows = 0;
        QSqlQuery query(database);
        QVERIFY(query.exec(QStringLiteral("SELECT p.number, COUNT(c.id), SUM(c.granted_cents) FROM promotions p "
                                          "LEFT JOIN candidates c ON c.promotion_id = p.id GROUP BY p.number")));
        while (query.next())
            ++rows;
    }
    QCOMPARE(rows, 100);
}

QTEST_GUILESS_MAIN(BenchSummary)
#include "bench_summary.moc"
