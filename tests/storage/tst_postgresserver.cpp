#include "storage/CommitteeStore.h"
#include "storage/Database.h"
#include "storage/ScoringStore.h"

#include "TestClock.h"
#include "TestDatabaseLocation.h"

#include <QSqlQuery>
#include <QTest>

// A committee on a PostgreSQL server (issue #17, first step): the same migrations build the same schema,
// and the same writes through the stores give the same committee, to the cent and the audit row, as on an
// SQLite file. Runs against the throwaway server scripts/test.sh starts (FAST_TEST_POSTGRES); skipped,
// saying so, when there is none.
class TestPostgresServer : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void migratesToTheCurrentSchema();
    void reopeningUpgradesNothing();
    void oneCommitteeDayGivesTheSameCommitteeOnBothEngines();
    void refusals_data();
    void refusals();

private:
    // Runs the same committee day on a database and says everything it holds, one line per fact.
    static QStringList committeeDay(const QString &address, QString *failure);
};

namespace {

Candidate candidate(const QString &name, qint64 budgetEuros, qint64 requestedEuros)
{
    Candidate c;
    c.name = name;
    c.carrier = QStringLiteral("DINUM");
    c.annualBudget = Money::fromEuros(budgetEuros);
    c.requested = Money::fromEuros(requestedEuros);
    return c;
}

} // namespace

void TestPostgresServer::init()
{
    if (TestDatabaseLocation::serverAdminAddress().isEmpty())
        QSKIP("FAST_TEST_POSTGRES is not set: scripts/test.sh starts a throwaway PostgreSQL server for this suite");
}

void TestPostgresServer::migratesToTheCurrentSchema()
{
    TestDatabaseLocation location(TestDatabaseLocation::Engine::PostgreSql);
    QVERIFY2(!location.address().isEmpty(), qPrintable(location.error()));
    Database database;
    const Outcome opened = database.open(location.address());
    QVERIFY2(opened.ok(), qPrintable(opened.error()));
    QCOMPARE(database.connection().driverName(), QStringLiteral("QPSQL"));
    QCOMPARE(database.schemaVersion().value(), Database::currentSchemaVersion);
    QStringList tables = database.connection().tables();
    tables.sort();
    QCOMPARE(
        tables,
        QStringList({QStringLiteral("agreements"), QStringLiteral("audit_log"), QStringLiteral("candidates"),
                     QStringLiteral("column_mappings"), QStringLiteral("criteria"), QStringLiteral("members"),
                     QStringLiteral("milestones"), QStringLiteral("notes"), QStringLiteral("promotions"),
                     QStringLiteral("recusals"), QStringLiteral("scenario_exclusions"), QStringLiteral("scenarios"),
                     QStringLiteral("schema_version"), QStringLiteral("tranches"), QStringLiteral("years")}));
    // The address is shown without its password, whatever the user typed.
    QVERIFY(!database.path().contains(QLatin1Char(':') + QStringLiteral("secret")));
}

void TestPostgresServer::reopeningUpgradesNothing()
{
    TestDatabaseLocation location(TestDatabaseLocation::Engine::PostgreSql);
    QVERIFY2(!location.address().isEmpty(), qPrintable(location.error()));
    // The change triggers' identities: re-creating them would take every table's exclusive lock while other
    // laptops read, so a reopening must leave them as they are.
    const QString triggers = QStringLiteral("SELECT string_agg(oid::text, ',' ORDER BY tgrelid) FROM pg_trigger "
                                            "WHERE tgname = 'fast_committee_notify'");
    QString before;
    {
        Database database;
        QVERIFY(database.open(location.address()).ok());
        QSqlQuery query(database.connection());
        QVERIFY(query.exec(triggers) && query.next());
        before = query.value(0).toString();
        QCOMPARE(before.count(QLatin1Char(',')), 11); // 12 tables announce their changes
    }
    Database database;
    const Outcome reopened = database.open(location.address());
    QVERIFY2(reopened.ok(), qPrintable(reopened.error()));
    QSqlQuery query(database.connection());
    QVERIFY(query.exec(triggers) && query.next());
    QCOMPARE(query.value(0).toString(), before);
    // A trigger dropped by hand is made again at the next opening.
    QVERIFY(query.exec(QStringLiteral("DROP TRIGGER fast_committee_notify ON notes")));
    database.close();
    QVERIFY(database.open(location.address()).ok());
    query = QSqlQuery(database.connection());
    QVERIFY(query.exec(triggers) && query.next());
    QCOMPARE(query.value(0).toString().count(QLatin1Char(',')), 11);
    QVERIFY(query.value(0).toString() != before);
    QVERIFY(query.exec(QStringLiteral("SELECT COUNT(*) FROM schema_version")));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toInt(), 1);
    QVERIFY(query.exec(QStringLiteral("SELECT COUNT(*) FROM years")));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toInt(), 4);
}

QStringList TestPostgresServer::committeeDay(const QString &address, QString *failure)
{
    TestClock clock;
    Database database;
    database.setClock(clock);
    if (const Outcome opened = database.open(address); !opened) {
        *failure = opened.error();
        return {};
    }
    CommitteeStore store(database);
    store.setOperatorName(QStringLiteral("Secrétariat FAST"));
    const auto check = [failure](const QString &step, const QString &error) {
        if (failure->isEmpty() && !error.isEmpty())
            *failure = step + QStringLiteral(": ") + error;
    };

    Promotion promotion;
    promotion.number = 14;
    promotion.year = 2026;
    promotion.envelope = Money::fromEuros(2550000);
    check(QStringLiteral("add promotion"), store.addPromotion(promotion).error());
    Candidate envergo = candidate(QStringLiteral("Envergo"), 600000, 300000);
    envergo.reference = QStringLiteral("2026-0042");
    envergo.contactEmail = QStringLiteral("equipe@envergo.beta.gouv.fr");
    envergo.extraFields = {{QStringLiteral("Usagers"), QStringLiteral("12 000")}};
    const Result<Candidate> added = store.addCandidate(14, envergo);
    check(QStringLiteral("add candidate"), added.error());
    // More rows than one insert statement holds, with amounts to the cent.
    QList<Candidate> imported;
    for (int i = 0; i < 120; ++i) {
        Candidate row =
            candidate(QStringLiteral("Service %1").arg(i, 3, 10, QLatin1Char('0')), 100001 + i * 997, 50000 + i * 313);
        row.requested = Money::fromCents(row.requested.cents() + i);
        row.reference = QStringLiteral("2026-%1").arg(1000 + i);
        imported.append(row);
    }
    check(QStringLiteral("import"), store.importCandidates(14, imported).error());
    clock.advanceMilliseconds(1500);
    if (added) {
        Candidate changed = added.value();
        changed.annualBudget = Money::fromCents(65000012);
        changed.extraFields[0].value = QStringLiteral("15 000");
        check(QStringLiteral("update"), store.updateCandidate(changed).error());
        Candidate clash = candidate(QStringLiteral("Doublon"), 1000, 500);
        clash.reference = QStringLiteral("2026-0042");
        const Result<Candidate> refused = store.addCandidate(14, clash);
        check(QStringLiteral("duplicate file number"), refused ? QStringLiteral("accepted") : QString());
        if (!refused)
            check(QStringLiteral("duplicate file number message"),
                  refused.error() == QStringLiteral("FAST14 already has the file number 2026-0042 (candidate "
                                                    "\"Envergo\").")
                      ? QString()
                      : refused.error());
    }

    QStringList facts;
    for (const Promotion &each : store.promotions().value())
        facts.append(QStringLiteral("promotion %1 %2 %3 %4")
                         .arg(each.label(), each.envelope.toString(), promotionStatusKey(each.status),
                              QString::number(each.year)));
    Money total;
    for (const Candidate &each : store.candidates(14).value()) {
        total = total + each.requested;
        QStringList extras;
        for (const CandidateExtraField &field : each.extraFields)
            extras.append(field.name + QLatin1Char('=') + field.value);
        facts.append(QStringLiteral("candidate %1|%2|%3|%4|%5|%6")
                         .arg(each.name, each.reference, each.contactEmail, each.annualBudget.toString(),
                              each.requested.toString(), extras.join(u',')));
    }
    facts.append(QStringLiteral("requested in all %1").arg(total.toString()));
    for (const AuditEntry &entry : store.auditEntries().value())
        facts.append(QStringLiteral("audit %1|%2|%3|%4|%5|%6")
                         .arg(entry.at.toString(Qt::ISODateWithMs), entry.operatorName, entry.action, entry.subject,
                              entry.oldValue, entry.newValue));
    return facts;
}

void TestPostgresServer::oneCommitteeDayGivesTheSameCommitteeOnBothEngines()
{
    TestDatabaseLocation file(TestDatabaseLocation::Engine::Sqlite);
    TestDatabaseLocation server(TestDatabaseLocation::Engine::PostgreSql);
    QVERIFY2(!server.address().isEmpty(), qPrintable(server.error()));
    QString fileFailure;
    QString serverFailure;
    const QStringList onFile = committeeDay(file.address(), &fileFailure);
    const QStringList onServer = committeeDay(server.address(), &serverFailure);
    QVERIFY2(fileFailure.isEmpty(), qPrintable(fileFailure));
    QVERIFY2(serverFailure.isEmpty(), qPrintable(serverFailure));
    // One promotion, 121 candidates, the total, and 124 audit rows (the import audits each candidate).
    QCOMPARE(onFile.size(), 1 + 121 + 1 + 124);
    QCOMPARE(onFile.first(), QStringLiteral("promotion FAST14 2\u00A0550\u00A0000\u00A0€ open 2026"));
    QCOMPARE(onFile.at(1),
             QStringLiteral("candidate Envergo|2026-0042|equipe@envergo.beta.gouv.fr|650\u00A0000,12\u00A0€|"
                            "300\u00A0000\u00A0€|Usagers=15 000"));
    // 300 000 € + Σ(50 000 € + 313 € × i + i cents) for i < 120 = 300 000 + 6 000 000 + 2 234 820 + 71,40.
    QCOMPARE(onFile.at(122), QStringLiteral("requested in all 8\u00A0534\u00A0891,40\u00A0€"));
    QCOMPARE(onServer, onFile);
}

void TestPostgresServer::refusals_data()
{
    QTest::addColumn<QString>("address");
    QTest::addColumn<QString>("message");
    QTest::newRow("no database named") << QStringLiteral("postgresql://fast@127.0.0.1:5432")
                                       << QStringLiteral("postgresql://fast@127.0.0.1:5432 is not a server address: "
                                                         "write postgresql://USER@HOST:PORT/DATABASE.");
    // A space is not allowed in an address: its password is still left out of the message.
    QTest::newRow("invalid, with a password")
        << QStringLiteral("postgresql://fast:my secret@127.0.0.1:5432/committee")
        << QStringLiteral("postgresql://fast@127.0.0.1:5432/committee is not a server address: write "
                          "postgresql://USER@HOST:PORT/DATABASE.");
    QTest::newRow("nobody listening")
        << QStringLiteral("postgresql://fast:secret@127.0.0.1:1/committee")
        << QStringLiteral("Cannot open the committee on postgresql://fast@127.0.0.1:1/committee: connection to server "
                          "at \"127.0.0.1\", port 1 failed: Connection refused");
}

void TestPostgresServer::refusals()
{
    QFETCH(QString, address);
    QFETCH(QString, message);
    Database database;
    const Outcome opened = database.open(address);
    QVERIFY(!opened.ok());
    QVERIFY2(opened.error().startsWith(message), qPrintable(opened.error()));
    // Never the password.
    QVERIFY(!opened.error().contains(QStringLiteral("secret")));
}

QTEST_GUILESS_MAIN(TestPostgresServer)
#include "tst_postgresserver.moc"
