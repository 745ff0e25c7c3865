#include "candidates/CandidateTableModel.h"
#include "storage/CommitteeStore.h"
#include "storage/Database.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardItemModel>
#include <QTemporaryDir>
#include <QTest>

// The candidates list of one promotion of 10 000 candidates: the store's read plus the window's table
// model (CandidateTableModel), beside a plain QSqlQuery SELECT of the same rows into a
// QStandardItemModel. Run by tests/benchmarks/run.sh, which prints the ratio.
class BenchCandidates : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void applicationModel10000();
    void baselineModel10000();

private:
    QTemporaryDir m_dir;
    Database m_database;
    std::unique_ptr<CommitteeStore> m_store;
};

void BenchCandidates::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(m_database.open(m_dir.filePath(QStringLiteral("candidates.sqlite"))).ok());
    m_store = std::make_unique<CommitteeStore>(m_database);
    Promotion promotion;
    promotion.number = 1;
    promotion.year = 2024;
    promotion.envelope = Money::fromEuros(100000000);
    QVERIFY(m_store->addPromotion(promotion).ok());
    QList<Candidate> candidates;
    for (int i = 0; i < 10000; ++i) {
        Candidate candidate;
        candidate.name = QStringLiteral("Service numérique n° %1").arg(i);
        candidate.carrier = QStringLiteral("Ministère de la Transition écologique");
        candidate.annualBudget = Money::fromEuros(150000 + (i * 7919) % 850000);
        candidate.requested = Money::fromEuros(50000 + (i * 104729) % 50000);
        candidates.append(candidate);
    }
    QVERIFY(m_store->importCandidates(1, candidates).ok());
}

void BenchCandidates::cleanupTestCase()
{
    m_store.reset();
    m_database.close();
}

void BenchCandidates::applicationModel10000()
{
    const Promotion promotion = *m_store->promotion(1).value();
    CandidateTableModel model;
    QBENCHMARK
    {
        model.setCandidates(m_store->candidates(1).value(), promotion.rule);
    }
    QCOMPARE(model.rowCount(), 10000);
}

void BenchCandidates::baselineModel10000()
{
    QSqlDatabase database = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("baseline"));
    database.setDatabaseName(m_dir.filePath(QStringLiteral("candidates.sqlite")));
    QVERIFY(database.open());
    QStandardItemModel model;
    QBENCHMARK
    {
        model.clear();
        QSqlQuery query(database);
        query.setForwardOnly(true);
        QVERIFY(query.exec(QStringLiteral("SELECT name, carrier, annual_budget_cents, requested_cents FROM candidates "
                                          "WHERE promotion_id = 1 ORDER BY name_key")));
        while (query.next()) {
            model.appendRow({new QStandardItem(query.value(0).toString()), new QStandardItem(query.value(1).toString()),
                             new QStandardItem(QString::number(query.value(2).toLongLong() / 100)),
                             new QStandardItem(QString::number(query.value(3).toLongLong() / 100))});
        }
    }
    QCOMPARE(model.rowCount(), 10000);
}

QTEST_MAIN(BenchCandidates)
#include "bench_candidates.moc"
