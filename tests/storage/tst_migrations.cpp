#include "storage/Database.h"
#include "storage/Migrations.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

// The schema steps: a blank database is brought to the latest version with its tables, indexes, constraints and
// seeded targets; running again changes nothing; a newer version is refused; a failed step leaves the
// database at its old version.
class TestMigrations : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void latestVersionIsCurrent();
    void upgradesFromZero();
    void upgradeIsIdempotent();
    void reopeningDoesNotSeedAgain();
    void refusesNewerVersion_data();
    void refusesNewerVersion();
    void failedStepRollsBack();
    void constraints_data();
    void constraints();
    void removingPromotionRemovesItsCandidates();
    void upgradeFromVersionTwoKeepsData();
    void scenarioRowsFollowTheirOwners();

private:
    static int scalar(const QSqlDatabase &database, const QString &statement);
    static QStringList columns(const QSqlDatabase &database, const QString &table);

    std::unique_ptr<QTemporaryDir> m_dir;
    QSqlDatabase m_raw;
};

void TestMigrations::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
    m_raw.setDatabaseName(m_dir->filePath(QStringLiteral("raw.sqlite")));
    QVERIFY(m_raw.open());
}

void TestMigrations::cleanup()
{
    m_raw.close();
    m_raw = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
    m_dir.reset();
}

int TestMigrations::scalar(const QSqlDatabase &database, const QString &statement)
{
    QSqlQuery query(database);
    if (!query.exec(statement) || !query.next())
        return -1;
    return query.value(0).toInt();
}

QStringList TestMigrations::columns(const QSqlDatabase &database, const QString &table)
{
    QStringList names;
    const QSqlRecord record = database.record(table);
    for (int i = 0; i < record.count(); ++i)
        names.append(record.fieldName(i));
    return names;
}

void TestMigrations::latestVersionIsCurrent()
{
    QCOMPARE(Migrations::latestVersion(), 6);
    QCOMPARE(Migrations::latestVersion(), Database::currentSchemaVersion);
}

void TestMigrations::upgradesFromZero()
{
    QCOMPARE(scalar(m_raw, QStringLiteral("PRAGMA user_version")), 0);
    const Outcome upgraded = Migrations::upgrade(m_raw, 0);
    QVERIFY2(upgraded.ok(), qPrintable(upgraded.error()));
    QCOMPARE(scalar(m_raw, QStringLiteral("PRAGMA user_version")), 6);

    QStringList tables = m_raw.tables();
    tables.removeAll(QStringLiteral("sqlite_sequence"));
    tables.sort();
    QCOMPARE(tables,
             QStringList({QStringLiteral("agreements"), QStringLiteral("audit_log"), QStringLiteral("candidates"),
                          QStringLiteral("column_mappings"), QStringLiteral("criteria"), QStringLiteral("members"),
                          QStringLiteral("milestones"), QStringLiteral("notes"), QStringLiteral("promotions"),
                          QStringLiteral("recusals"), QStringLiteral("scenario_exclusions"),
                          QStringLiteral("scenarios"), QStringLiteral("tranches"), QStringLiteral("years")}));
    QCOMPARE(columns(m_raw, QStringLiteral("scenarios")),
             QStringList({QStringLiteral("id"), QStringLiteral("promotion_id"), QStringLiteral("name"),
                          QStringLiteral("name_key"), QStringLiteral("envelope_cents"), QStringLiteral("note")}));
    QCOMPARE(columns(m_raw, QStringLiteral("scenario_exclusions")),
             QStringList({QStringLiteral("scenario_id"), QStringLiteral("candidate_id")}));
    QCOMPARE(columns(m_raw, QStringLiteral("years")),
             QStringList({QStringLiteral("year"), QStringLiteral("annual_budget_cents"),
                          QStringLiteral("product_target"), QStringLiteral("opening_key_bp")}));
    QCOMPARE(columns(m_raw, QStringLiteral("promotions")),
             QStringList({QStringLiteral("id"), QStringLiteral("number"), QStringLiteral("year"),
                          QStringLiteral("envelope_cents"), QStringLiteral("rate_percent"), QStringLiteral("cap_cents"),
                          QStringLiteral("min_score"), QStringLiteral("status"), QStringLiteral("committee_date")}));
    QCOMPARE(columns(m_raw, QStringLiteral("candidates")),
             QStringList({QStringLiteral("id"), QStringLiteral("promotion_id"), QStringLiteral("name"),
                          QStringLiteral("name_key"), QStringLiteral("carrier"), QStringLiteral("incubator"),
                          QStringLiteral("kind"), QStringLiteral("phase"), QStringLiteral("annual_budget_cents"),
                          QStringLiteral("requested_cents"), QStringLiteral("description"), QStringLiteral("decision"),
                          QStringLiteral("granted_cents"), QStringLiteral("reference"), QStringLiteral("contact_email"),
                          QStringLiteral("extra_fields")}));
    QCOMPARE(columns(m_raw, QStringLiteral("audit_log")),
             QStringList({QStringLiteral("id"), QStringLiteral("at"), QStringLiteral("operator"),
                          QStringLiteral("promotion_number"), QStringLiteral("action"), QStringLiteral("subject"),
                          QStringLiteral("old_value"), QStringLiteral("new_value")}));
    QCOMPARE(scalar(m_raw, QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE type = 'index' AND name = "
                                          "'candidates_promotion'")),
             1);

    // The reference targets of indicator 1.2, without budgets.
    QSqlQuery query(m_raw);
    QVERIFY(query.exec(QStringLiteral("SELECT year, annual_budget_cents, product_target FROM years ORDER BY year")));
    QStringList rows;
    while (query.next())
        rows.append(QStringLiteral("%1:%2:%3")
                        .arg(query.value(0).toInt())
                        .arg(query.value(1).isNull() ? QStringLiteral("null") : query.value(1).toString())
                        .arg(query.value(2).toInt()));
    QCOMPARE(rows, QStringList({QStringLiteral("2023:null:12"), QStringLiteral("2024:null:15"),
                                QStringLiteral("2025:null:15"), QStringLiteral("2026:null:15")}));
}

void TestMigrations::upgradeIsIdempotent()
{
    QVERIFY(Migrations::upgrade(m_raw, 0).ok());
    QVERIFY(Migrations::upgrade(m_raw, 6).ok());
    QCOMPARE(scalar(m_raw, QStringLiteral("PRAGMA user_version")), 6);
    QCOMPARE(scalar(m_raw, QStringLiteral("SELECT COUNT(*) FROM years")), 4);
}

void TestMigrations::reopeningDoesNotSeedAgain()
{
    const QString path = m_dir->filePath(QStringLiteral("app.sqlite"));
    for (int round = 0; round < 3; ++round) {
        Database database;
        QVERIFY(database.open(path).ok());
        QCOMPARE(database.schemaVersion().value(), 6);
        QCOMPARE(scalar(database.connection(), QStringLiteral("SELECT COUNT(*) FROM years")), 4);
    }
}

void TestMigrations::refusesNewerVersion_data()
{
    QTest::addColumn<int>("version");
    QTest::newRow("7") << 7;
    QTest::newRow("8") << 8;
    QTest::newRow("negative") << -1;
}

void TestMigrations::refusesNewerVersion()
{
    QFETCH(int, version);
    const Outcome upgraded = Migrations::upgrade(m_raw, version);
    QVERIFY(!upgraded.ok());
    QCOMPARE(
        upgraded.error(),
        QStringLiteral("The database has schema version %1; this version of Comité FAST reads up to 6.").arg(version));
    QVERIFY(m_raw.tables().isEmpty());
}

void TestMigrations::failedStepRollsBack()
{
    // A table in the way of step 1: the step fails half-way and nothing of it remains.
    QSqlQuery query(m_raw);
    QVERIFY(query.exec(QStringLiteral("CREATE TABLE promotions (x INTEGER)")));
    const Outcome upgraded = Migrations::upgrade(m_raw, 0);
    QVERIFY(!upgraded.ok());
    QVERIFY2(upgraded.error().startsWith(
                 QStringLiteral("Cannot upgrade the database to schema version 1: table promotions already exists")),
             qPrintable(upgraded.error()));
    QCOMPARE(scalar(m_raw, QStringLiteral("PRAGMA user_version")), 0);
    QCOMPARE(m_raw.tables(), QStringList(QStringLiteral("promotions")));
}

void TestMigrations::constraints_data()
{
    QTest::addColumn<QString>("statement");
    QTest::addColumn<bool>("accepted");

    const QString promotion = QStringLiteral("INSERT INTO promotions (number, year, envelope_cents, rate_percent, "
                                             "cap_cents, min_score, status) VALUES (%1, 2025, 100, 50, 100, 0, '%2')");
    QTest::newRow("open promotion") << promotion.arg(14).arg(QStringLiteral("open")) << true;
    QTest::newRow("closed promotion") << promotion.arg(14).arg(QStringLiteral("closed")) << true;
    QTest::newRow("unknown status") << promotion.arg(14).arg(QStringLiteral("draft")) << false;
    QTest::newRow("duplicate number") << promotion.arg(13).arg(QStringLiteral("open")) << false;

    const QString candidate =
        QStringLiteral("INSERT INTO candidates (promotion_id, name, name_key, carrier, incubator, kind, phase, "
                       "annual_budget_cents, requested_cents, description, decision) "
                       "VALUES (%1, '%2', '%3', 'DGALN', '', '%4', '', 100, 50, '', '%5')");
    QTest::newRow("candidate") << candidate.arg(QStringLiteral("1"), QStringLiteral("Alpha"), QStringLiteral("alpha"),
                                                QStringLiteral("product"), QStringLiteral("none"))
                               << true;
    QTest::newRow("same folded name") << candidate.arg(QStringLiteral("1"), QStringLiteral("Envergo"),
                                                       QStringLiteral("envergo"), QStringLiteral("product"),
                                                       QStringLiteral("none"))
                                      << false;
    QTest::newRow("unknown promotion") << candidate.arg(QStringLiteral("99"), QStringLiteral("Beta"),
                                                        QStringLiteral("beta"), QStringLiteral("product"),
                                                        QStringLiteral("none"))
                                       << false;
    QTest::newRow("unknown kind") << candidate.arg(QStringLiteral("1"), QStringLiteral("Beta"), QStringLiteral("beta"),
                                                   QStringLiteral("startup"), QStringLiteral("none"))
                                  << false;
    QTest::newRow("unknown decision") << candidate.arg(QStringLiteral("1"), QStringLiteral("Beta"),
                                                       QStringLiteral("beta"), QStringLiteral("product"),
                                                       QStringLiteral("maybe"))
                                      << false;

    const QString scenario = QStringLiteral("INSERT INTO scenarios (promotion_id, name, name_key, envelope_cents) "
                                            "VALUES (%1, '%2', '%3', %4)");
    QTest::newRow("scenario") << scenario.arg(QStringLiteral("1"), QStringLiteral("Plus"), QStringLiteral("plus"),
                                              QStringLiteral("100"))
                              << true;
    QTest::newRow("scenario, same folded name")
        << scenario.arg(QStringLiteral("1"), QStringLiteral("Été"), QStringLiteral("ete"), QStringLiteral("100"))
        << false;
    QTest::newRow("scenario, negative envelope")
        << scenario.arg(QStringLiteral("1"), QStringLiteral("Moins"), QStringLiteral("moins"), QStringLiteral("-1"))
        << false;
    QTest::newRow("scenario, unknown promotion")
        << scenario.arg(QStringLiteral("99"), QStringLiteral("Plus"), QStringLiteral("plus"), QStringLiteral("100"))
        << false;
    QTest::newRow("exclusion") << QStringLiteral("INSERT INTO scenario_exclusions VALUES (1, 1)") << true;
    QTest::newRow("exclusion, unknown candidate")
        << QStringLiteral("INSERT INTO scenario_exclusions VALUES (1, 42)") << false;
    QTest::newRow("exclusion, unknown scenario")
        << QStringLiteral("INSERT INTO scenario_exclusions VALUES (42, 1)") << false;
}

void TestMigrations::constraints()
{
    QFETCH(QString, statement);
    QFETCH(bool, accepted);

    Database database;
    QVERIFY(database.open(m_dir->filePath(QStringLiteral("constraints.sqlite"))).ok());
    QSqlQuery query(database.connection());
    QVERIFY(query.exec(QStringLiteral("INSERT INTO promotions (number, year, envelope_cents, rate_percent, cap_cents, "
                                      "min_score, status) VALUES (13, 2025, 100, 50, 100, 0, 'open')")));
    QVERIFY(query.exec(QStringLiteral(
        "INSERT INTO candidates (promotion_id, name, name_key, carrier, incubator, kind, phase, annual_budget_cents, "
        "requested_cents, description, decision) VALUES (1, 'Envergo', 'envergo', 'DGALN', '', 'product', '', 100, 50, "
        "'', 'none')")));
    QVERIFY(query.exec(QStringLiteral("INSERT INTO scenarios (promotion_id, name, name_key, envelope_cents) "
                                      "VALUES (1, 'Ete', 'ete', 100)")));
    QCOMPARE(query.exec(statement), accepted);
}

void TestMigrations::removingPromotionRemovesItsCandidates()
{
    Database database;
    QVERIFY(database.open(m_dir->filePath(QStringLiteral("cascade.sqlite"))).ok());
    QSqlQuery query(database.connection());
    QVERIFY(query.exec(QStringLiteral("INSERT INTO promotions (number, year, envelope_cents, rate_percent, cap_cents, "
                                      "min_score, status) VALUES (13, 2025, 100, 50, 100, 0, 'open')")));
    QVERIFY(query.exec(QStringLiteral(
        "INSERT INTO candidates (promotion_id, name, name_key, carrier, incubator, kind, phase, annual_budget_cents, "
        "requested_cents, description, decision) VALUES (1, 'Envergo', 'envergo', 'DGALN', '', 'product', '', 100, 50, "
        "'', 'none')")));
    QCOMPARE(scalar(database.connection(), QStringLiteral("SELECT COUNT(*) FROM candidates")), 1);
    QVERIFY(query.exec(QStringLiteral("DELETE FROM promotions WHERE number = 13")));
    QCOMPARE(scalar(database.connection(), QStringLiteral("SELECT COUNT(*) FROM candidates")), 0);
}

void TestMigrations::upgradeFromVersionTwoKeepsData()
{
    // A version 2 file: steps 1 and 2 are never edited, so running only them gives the very schema that
    // version 2 wrote.
    QVERIFY(Migrations::upgrade(m_raw, 0, 2).ok());
    QSqlQuery query(m_raw);
    for (const char *statement :
         {"PRAGMA user_version = 2",
          "INSERT INTO promotions (number, year, envelope_cents, rate_percent, cap_cents, min_score, status) "
          "VALUES (14, 2024, 255000000, 50, 30000000, 0, 'open')",
          "INSERT INTO candidates (promotion_id, name, name_key, carrier, incubator, kind, phase, "
          "annual_budget_cents, requested_cents, description, decision) VALUES (1, 'Envergo', 'envergo', 'DGALN', "
          "'', 'product', '', 40000000, 15000000, '', 'none')",
          "INSERT INTO members (promotion_id, name, name_key) VALUES (1, 'Alice', 'alice')",
          "INSERT INTO criteria (promotion_id, position, name, weight) VALUES (1, 0, 'Impact potentiel', 100)",
          "INSERT INTO notes (candidate_id, member_id, criterion_id, note) VALUES (1, 1, 1, 4)",
          "INSERT INTO audit_log (at, operator, promotion_number, action, subject) "
          "VALUES ('2024-06-01T10:00:00.000Z', 'Secrétariat', 14, 'promotion.add', 'FAST14')"})
        QVERIFY2(query.exec(QString::fromUtf8(statement)), statement);
    query.finish();
    QCOMPARE(scalar(m_raw, QStringLiteral("PRAGMA user_version")), 2);

    const Outcome upgraded = Migrations::upgrade(m_raw, 2);
    QVERIFY2(upgraded.ok(), qPrintable(upgraded.error()));
    QCOMPARE(scalar(m_raw, QStringLiteral("PRAGMA user_version")), 6);
    QCOMPARE(scalar(m_raw, QStringLiteral("SELECT envelope_cents FROM promotions WHERE number = 14")), 255000000);
    QCOMPARE(scalar(m_raw, QStringLiteral("SELECT COUNT(*) FROM candidates WHERE name = 'Envergo'")), 1);
    // Version 4's form fields: a candidate of before has none.
    QCOMPARE(scalar(m_raw, QStringLiteral("SELECT COUNT(*) FROM candidates WHERE name = 'Envergo' AND reference = '' "
                                          "AND contact_email = '' AND extra_fields = ''")),
             1);
    // Version 5's saved column mappings: none yet.
    QCOMPARE(scalar(m_raw, QStringLiteral("SELECT COUNT(*) FROM column_mappings")), 0);
    // Version 6's follow-up: nothing yet, and every year has 2021's opening key.
    QCOMPARE(scalar(m_raw, QStringLiteral("SELECT COUNT(*) FROM agreements")), 0);
    QCOMPARE(scalar(m_raw, QStringLiteral("SELECT COUNT(*) FROM years WHERE opening_key_bp = 7893")), 4);
    QCOMPARE(scalar(m_raw, QStringLiteral("SELECT weight FROM criteria WHERE promotion_id = 1")), 100);
    QCOMPARE(scalar(m_raw, QStringLiteral("SELECT note FROM notes")), 4);
    QCOMPARE(scalar(m_raw, QStringLiteral("SELECT COUNT(*) FROM members")), 1);
    QCOMPARE(scalar(m_raw, QStringLiteral("SELECT COUNT(*) FROM audit_log")), 1);
    QCOMPARE(scalar(m_raw, QStringLiteral("SELECT COUNT(*) FROM years")), 4);
    QCOMPARE(scalar(m_raw, QStringLiteral("SELECT COUNT(*) FROM scenarios")), 0);
    QVERIFY(m_raw.tables().contains(QStringLiteral("scenario_exclusions")));
}

void TestMigrations::scenarioRowsFollowTheirOwners()
{
    Database database;
    QVERIFY(database.open(m_dir->filePath(QStringLiteral("scenarios.sqlite"))).ok());
    QSqlQuery query(database.connection());
    for (const char *statement :
         {"INSERT INTO promotions (number, year, envelope_cents, rate_percent, cap_cents, min_score, status) "
          "VALUES (14, 2024, 100, 50, 100, 0, 'open')",
          "INSERT INTO candidates (promotion_id, name, name_key, carrier, incubator, kind, phase, "
          "annual_budget_cents, requested_cents, description, decision) VALUES (1, 'A', 'a', 'C', '', 'product', '', "
          "100, 50, '', 'none')",
          "INSERT INTO candidates (promotion_id, name, name_key, carrier, incubator, kind, phase, "
          "annual_budget_cents, requested_cents, description, decision) VALUES (1, 'B', 'b', 'C', '', 'product', '', "
          "100, 50, '', 'none')",
          "INSERT INTO scenarios (promotion_id, name, name_key, envelope_cents) VALUES (1, 'S', 's', 100)",
          "INSERT INTO scenario_exclusions VALUES (1, 1)", "INSERT INTO scenario_exclusions VALUES (1, 2)"})
        QVERIFY2(query.exec(QString::fromUtf8(statement)), statement);
    // A removed candidate leaves the scenario, without its exclusion.
    QVERIFY(query.exec(QStringLiteral("DELETE FROM candidates WHERE name = 'A'")));
    QCOMPARE(scalar(database.connection(), QStringLiteral("SELECT COUNT(*) FROM scenarios")), 1);
    QCOMPARE(scalar(database.connection(), QStringLiteral("SELECT candidate_id FROM scenario_exclusions")), 2);
    QVERIFY(query.exec(QStringLiteral("DELETE FROM promotions WHERE number = 14")));
    QCOMPARE(scalar(database.connection(), QStringLiteral("SELECT COUNT(*) FROM scenarios")), 0);
    QCOMPARE(scalar(database.connection(), QStringLiteral("SELECT COUNT(*) FROM scenario_exclusions")), 0);
}

QTEST_GUILESS_MAIN(TestMigrations)
#include "tst_migrations.moc"
