#include "TestDatabaseLocation.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QUuid>

namespace {

// Runs one statement as the server's admin, on a connection of its own; the error's text, or empty.
QString runAsAdmin(const QString &statement)
{
    const QUrl admin(TestDatabaseLocation::serverAdminAddress());
    const QString connectionName = QStringLiteral("test-admin-") + QUuid::createUuid().toString(QUuid::Id128);
    QString error;
    {
        QSqlDatabase database = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connectionName);
        database.setHostName(admin.host());
        database.setPort(admin.port(5432));
        database.setUserName(admin.userName());
        database.setDatabaseName(admin.path().mid(1));
        if (!database.open()) {
            error = database.lastError().text();
        } else {
            QSqlQuery query(database);
            if (!query.exec(statement))
                error = query.lastError().text();
        }
    }
    QSqlDatabase::removeDatabase(connectionName);
    return error;
}

} // namespace

TestDatabaseLocation::TestDatabaseLocation(Engine engine)
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
    m_databaseName = QStringLiteral("fast_test_") + QUuid::createUuid().toString(QUuid::Id128);
    if (const QString error = runAsAdmin(QStringLiteral("CREATE DATABASE %1").arg(m_databaseName)); !error.isEmpty()) {
        m_error = error;
        m_databaseName.clear();
        return;
    }
    QUrl address(serverAdminAddress());
    address.setPath(QLatin1Char('/') + m_databaseName);
    m_address = address.toString();
}

TestDatabaseLocation::~TestDatabaseLocation()
{
    // FORCE: a suite that failed half-way may still hold a connection.
    if (!m_databaseName.isEmpty())
        runAsAdmin(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_databaseName));
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
