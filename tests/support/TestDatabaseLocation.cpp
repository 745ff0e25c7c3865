#include "TestDatabaseLocation.h"

#include "storage/Database.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QUrl>
#include <QUuid>

#include <functional>

namespace {

// Runs work on a connection of the server's admin to one database (the admin's own when databaseName is
// empty); the error's text, or empty.
QString asAdmin(const QString &databaseName, const std::function<QString(QSqlDatabase &)> &work)
{
    const QUrl admin(TestDatabaseLocation::serverAdminAddress());
    const QString connectionName = QStringLiteral("test-admin-") + QUuid::createUuid().toString(QUuid::Id128);
    QString error;
    {
        QSqlDatabase database = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connectionName);
        database.setHostName(admin.host());
        database.setPort(admin.port(5432));
        database.setUserName(admin.userName());
        database.setDatabaseName(databaseName.isEmpty() ? admin.path().mid(1) : databaseName);
        error = database.open() ? work(database) : database.lastError().text();
    }
    QSqlDatabase::removeDatabase(connectionName);
    return error;
}

QString runAsAdmin(const QString &statement)
{
    return asAdmin(QString(), [&statement](QSqlDatabase &database) {
        QSqlQuery query(database);
        return query.exec(statement) ? QString() : query.lastError().text();
    });
}

QString addressOf(const QString &databaseName)
{
    QUrl address(TestDatabaseLocation::serverAdminAddress());
    address.setPath(QLatin1Char('/') + databaseName);
    return address.toString();
}

// The one committee database a suite's process reuses from case to case on the server: creating a database
// takes the server half a second or more, emptying one a few milliseconds. It is handed back as the migrations
// left it: every table emptied, the rows the migrations seed (the years' targets…) put back, the id counters
// restarted. A case that changed its schema gets a fresh one next time.
struct ReusedCommittee
{
    QString databaseName; // empty until the first case asks for it
    bool inUse = false;
    QString schema;                                  // tables and columns, to tell a changed schema
    QStringList tables;                              // every table but the schema version's
    QList<QPair<QString, QList<QVariantList>>> seed; // each seeded table's rows
    QStringList identityTables;                      // those with an id counter
};

ReusedCommittee &reused()
{
    static ReusedCommittee committee;
    return committee;
}

QString schemaOf(QSqlDatabase &database, QString *schema)
{
    QSqlQuery query(database);
    if (!query.exec(QStringLiteral("SELECT table_name, column_name, data_type FROM information_schema.columns "
                                   "WHERE table_schema = current_schema() ORDER BY table_name, ordinal_position")))
        return query.lastError().text();
    QStringList columns;
    while (query.next())
        columns.append(query.value(0).toString() + QLatin1Char('.') + query.value(1).toString() + QLatin1Char(' ') +
                       query.value(2).toString());
    *schema = columns.join(QLatin1Char(','));
    return QString();
}

// Reads what the migrations left in a new committee database: its schema, tables, seeded rows and counters.
QString remember(QSqlDatabase &database)
{
    ReusedCommittee &committee = reused();
    if (const QString error = schemaOf(database, &committee.schema); !error.isEmpty())
        return error;
    QSqlQuery query(database);
    if (!query.exec(QStringLiteral("SELECT table_name FROM information_schema.tables WHERE table_schema = "
                                   "current_schema() AND table_type = 'BASE TABLE' AND table_name <> "
                                   "'schema_version' ORDER BY table_name")))
        return query.lastError().text();
    committee.tables.clear();
    while (query.next())
        committee.tables.append(query.value(0).toString());
    if (!query.exec(QStringLiteral("SELECT DISTINCT table_name FROM information_schema.columns WHERE table_schema "
                                   "= current_schema() AND is_identity = 'YES'")))
        return query.lastError().text();
    committee.identityTables.clear();
    while (query.next())
        committee.identityTables.append(query.value(0).toString());
    committee.seed.clear();
    for (const QString &table : std::as_const(committee.tables)) {
        QSqlQuery rows(database);
        if (!rows.exec(QStringLiteral("SELECT * FROM \"%1\"").arg(table)))
            return rows.lastError().text();
        QList<QVariantList> values;
        while (rows.next()) {
            QVariantList row;
            for (int column = 0; column < rows.record().count(); ++column)
                row.append(rows.value(column));
            values.append(row);
        }
        if (!values.isEmpty())
            committee.seed.append({table, values});
    }
    return QString();
}

// Empties the reused database back to what remember() read; an error when it cannot be (it is then dropped).
QString reset(QSqlDatabase &database)
{
    const ReusedCommittee &committee = reused();
    QSqlQuery query(database);
    // A case that failed half-way may still hold a connection, perhaps inside a transaction.
    if (!query.exec(QStringLiteral("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = "
                                   "current_database() AND pid <> pg_backend_pid()")))
        return query.lastError().text();
    QString schema;
    if (const QString error = schemaOf(database, &schema); !error.isEmpty())
        return error;
    if (schema != committee.schema)
        return QStringLiteral("the case changed the schema");
    QStringList quoted;
    for (const QString &table : committee.tables)
        quoted.append(QLatin1Char('"') + table + QLatin1Char('"'));
    if (!query.exec(QStringLiteral("TRUNCATE %1 RESTART IDENTITY CASCADE").arg(quoted.join(QStringLiteral(", ")))))
        return query.lastError().text();
    for (const auto &[table, rows] : committee.seed) {
        QStringList placeholders;
        for (int column = 0; column < rows.first().size(); ++column)
            placeholders.append(QStringLiteral("?"));
        QSqlQuery insert(database);
        insert.prepare(
            QStringLiteral("INSERT INTO \"%1\" VALUES (%2)").arg(table, placeholders.join(QLatin1Char(','))));
        for (const QVariantList &row : rows) {
            for (int column = 0; column < row.size(); ++column)
                insert.bindValue(column, row.at(column));
            if (!insert.exec())
                return insert.lastError().text();
        }
        if (committee.identityTables.contains(table) &&
            !query.exec(QStringLiteral("SELECT setval(pg_get_serial_sequence('\"%1\"', 'id'), (SELECT MAX(id) FROM "
                                       "\"%1\"))")
                            .arg(table)))
            return query.lastError().text();
    }
    return QString();
}

void dropReusedCommittee()
{
    ReusedCommittee &committee = reused();
    if (!committee.databaseName.isEmpty())
        runAsAdmin(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(committee.databaseName));
    committee.databaseName.clear();
}

} // namespace

TestDatabaseLocation::TestDatabaseLocation(Engine engine, Reuse reuse)
{
    if (engine == Engine::Sqlite) {
        m_dir = std::make_unique<QTemporaryDir>();
        if (m_dir->isValid())
            m_address = m_dir->filePath(QStringLiteral("committee.sqlite"));
        else
            m_error = m_dir->errorString();
        return;
    }
    if (serverAdminAddress().isEmpty()) {
        m_error = QStringLiteral("FAST_TEST_POSTGRES is not set: scripts/test.sh starts a throwaway PostgreSQL "
                                 "server for these tests");
        return;
    }
    ReusedCommittee &committee = reused();
    if (reuse == Reuse::Committee && !committee.inUse && !committee.databaseName.isEmpty()) {
        committee.inUse = true;
        m_reused = true;
        m_databaseName = committee.databaseName;
        m_address = addressOf(m_databaseName);
        return;
    }
    m_databaseName = QStringLiteral("fast_test_") + QUuid::createUuid().toString(QUuid::Id128);
    if (const QString error = runAsAdmin(QStringLiteral("CREATE DATABASE %1").arg(m_databaseName)); !error.isEmpty()) {
        m_error = error;
        m_databaseName.clear();
        return;
    }
    m_address = addressOf(m_databaseName);
    if (reuse != Reuse::Committee || committee.inUse)
        return;
    // This one becomes the process's reused committee: migrated now, so that what the migrations seed is known.
    {
        Database database;
        if (const Outcome opened = database.open(m_address); !opened) {
            m_error = opened.error();
            return;
        }
    }
    if (const QString error = asAdmin(m_databaseName, remember); !error.isEmpty()) {
        m_error = error;
        return;
    }
    committee.databaseName = m_databaseName;
    committee.inUse = true;
    m_reused = true;
    static bool dropAtExit = false;
    if (!dropAtExit && QCoreApplication::instance()) {
        qAddPostRoutine(dropReusedCommittee);
        dropAtExit = true;
    }
}

TestDatabaseLocation::~TestDatabaseLocation()
{
    if (m_reused) {
        ReusedCommittee &committee = reused();
        committee.inUse = false;
        if (asAdmin(m_databaseName, reset).isEmpty())
            return;
        committee.databaseName.clear();
    }
    // FORCE: a suite that failed half-way may still hold a connection.
    if (!m_databaseName.isEmpty())
        runAsAdmin(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_databaseName));
}

std::unique_ptr<TestDatabaseLocation> TestDatabaseLocation::underTest()
{
    return std::make_unique<TestDatabaseLocation>(engineUnderTest(), Reuse::Committee);
}

TestDatabaseLocation::Engine TestDatabaseLocation::engineUnderTest()
{
    return qEnvironmentVariable("FAST_TEST_ENGINE") == QLatin1String("postgresql") ? Engine::PostgreSql
                                                                                   : Engine::Sqlite;
}

QString TestDatabaseLocation::serverAdminAddress()
{
    return qEnvironmentVariable("FAST_TEST_POSTGRES");
}
