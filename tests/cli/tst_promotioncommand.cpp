#include "TestDatabaseLocation.h"
#include "TestSupport.h"
#include "storage/CommitteeStore.h"
#include "storage/Database.h"

#include <QTemporaryDir>
#include <QTest>

// `promotion close` records the date of the committee that adopted the list: --committee-date YYYY-MM-DD,
// required unless the promotion already has one, refused by name when malformed, written (and audited) only
// when the promotion does close.
class TestPromotionCommand : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void closeRecordsTheCommitteeDate();
    void closeWithoutAnyDateIsRefused();
    void malformedDateIsRefusedByName_data();
    void malformedDateIsRefusedByName();
    void storedDateIsEnough();
    void blockedCloseRecordsNoDate();

private:
    using Run = TestSupport::CommandLineRun;
    Run run(const QStringList &arguments) const { return TestSupport::runCommandLine(m_database, arguments); }
    // The promotion as stored, read through a store of its own.
    Promotion stored(int number) const;
    QList<AuditEntry> audit(int number) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<TestDatabaseLocation> m_location;
    QString m_database;
};

Promotion TestPromotionCommand::stored(int number) const
{
    Database database;
    if (!database.open(m_database).ok())
        return {};
    return CommitteeStore(database).promotion(number).value().value_or(Promotion());
}

QList<AuditEntry> TestPromotionCommand::audit(int number) const
{
    Database database;
    if (!database.open(m_database).ok())
        return {};
    return CommitteeStore(database).auditEntries(number).value();
}

void TestPromotionCommand::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_location = TestDatabaseLocation::underTest();
    if (m_location->address().isEmpty())
        QSKIP(qPrintable(m_location->error()));
    m_database = m_location->address();
    // FAST14 has no candidate: nothing blocks its closing but the date.
    QCOMPARE(run({QStringLiteral("promotion"), QStringLiteral("add"), QStringLiteral("14"), QStringLiteral("--year"),
                  QStringLiteral("2026"), QStringLiteral("--envelope"), QStringLiteral("2 000 000")})
                 .exitCode,
             0);
}

void TestPromotionCommand::cleanup()
{
    m_dir.reset();
}

void TestPromotionCommand::closeRecordsTheCommitteeDate()
{
    const Run closed = run({QStringLiteral("promotion"), QStringLiteral("close"), QStringLiteral("14"),
                            QStringLiteral("--committee-date"), QStringLiteral("2026-06-12")});
    QCOMPARE(closed.err, QString());
    QCOMPARE(closed.exitCode, 0);
    QCOMPARE(closed.out, QStringLiteral("FAST14 is closed: it is now read-only.\n"));
    const Promotion promotion = stored(14);
    QVERIFY(promotion.isClosed());
    QCOMPARE(promotion.committeeDate, QDate(2026, 6, 12));
    // Newest first: the closing, then the date it was closed with.
    const QList<AuditEntry> entries = audit(14);
    QVERIFY(entries.size() >= 2);
    QCOMPARE(entries.at(0).action, QStringLiteral("promotion.close"));
    QCOMPARE(entries.at(1).subject, QStringLiteral("FAST14 / committee date"));
    QCOMPARE(entries.at(1).oldValue, QString());
    QCOMPARE(entries.at(1).newValue, QStringLiteral("2026-06-12"));
}

void TestPromotionCommand::closeWithoutAnyDateIsRefused()
{
    const Run refused = run({QStringLiteral("promotion"), QStringLiteral("close"), QStringLiteral("14")});
    QCOMPARE(refused.exitCode, 2);
    QCOMPARE(refused.err, QStringLiteral("FAST14 has no committee date: give it with --committee-date YYYY-MM-DD. "
                                         "Usage: fast-committee promotion close NUMBER --committee-date "
                                         "YYYY-MM-DD\n"));
    QCOMPARE(refused.out, QString());
    QVERIFY(!stored(14).isClosed());
}

void TestPromotionCommand::malformedDateIsRefusedByName_data()
{
    QTest::addColumn<QString>("date");
    QTest::newRow("French order") << QStringLiteral("12/06/2026");
    QTest::newRow("no such day") << QStringLiteral("2026-02-30");
    QTest::newRow("words") << QStringLiteral("demain");
    QTest::newRow("empty") << QString();
}

void TestPromotionCommand::malformedDateIsRefusedByName()
{
    QFETCH(QString, date);
    const Run refused = run({QStringLiteral("promotion"), QStringLiteral("close"), QStringLiteral("14"),
                             QStringLiteral("--committee-date"), date});
    QCOMPARE(refused.exitCode, 2);
    QCOMPARE(refused.err, QStringLiteral("--committee-date: \"%1\" is not a date in the form YYYY-MM-DD.\n").arg(date));
    const Promotion promotion = stored(14);
    QVERIFY(!promotion.isClosed());
    QCOMPARE(promotion.committeeDate, QDate());
}

void TestPromotionCommand::storedDateIsEnough()
{
    QCOMPARE(run({QStringLiteral("promotion"), QStringLiteral("add"), QStringLiteral("15"), QStringLiteral("--year"),
                  QStringLiteral("2026"), QStringLiteral("--envelope"), QStringLiteral("1 000 000"),
                  QStringLiteral("--committee-date"), QStringLiteral("2026-11-20")})
                 .exitCode,
             0);
    const Run closed = run({QStringLiteral("promotion"), QStringLiteral("close"), QStringLiteral("15")});
    QCOMPARE(closed.exitCode, 0);
    QCOMPARE(stored(15).committeeDate, QDate(2026, 11, 20));
    QVERIFY(stored(15).isClosed());
    // Nothing but the closing was written: the date did not change.
    QCOMPARE(audit(15).constFirst().action, QStringLiteral("promotion.close"));
    QCOMPARE(audit(15).at(1).action, QStringLiteral("promotion.add"));
}

void TestPromotionCommand::blockedCloseRecordsNoDate()
{
    {
        Database database;
        QVERIFY(database.open(m_database).ok());
        Candidate candidate;
        candidate.name = QStringLiteral("Envergo");
        candidate.carrier = QStringLiteral("DINUM");
        candidate.annualBudget = Money::fromEuros(400000);
        candidate.requested = Money::fromEuros(100000);
        QVERIFY(CommitteeStore(database).addCandidate(14, candidate).ok());
    }
    const Run blocked = run({QStringLiteral("promotion"), QStringLiteral("close"), QStringLiteral("14"),
                             QStringLiteral("--committee-date"), QStringLiteral("2026-06-12")});
    QCOMPARE(blocked.exitCode, 1);
    QCOMPARE(blocked.err, QStringLiteral("FAST14 cannot be closed: 1 candidate(s) without a decision: Envergo.\n"));
    QCOMPARE(stored(14).committeeDate, QDate());
}

QTEST_GUILESS_MAIN(TestPromotionCommand)
#include "tst_promotioncommand.moc"
