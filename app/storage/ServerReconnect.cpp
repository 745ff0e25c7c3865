#include "ServerReconnect.h"

#include "Database.h"
#include "SqlDialect.h"
#include "StorageError.h"

#include <QSqlError>
#include <QSqlQuery>

ServerReconnect::ServerReconnect(Database &database, QObject *parent)
    : QObject(parent), m_database(database), m_delays(defaultDelays())
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, [this] { tryNow(); });
    connect(&m_heartbeat, &QTimer::timeout, this, [this] {
        if (!m_reconnecting && isConnectionLost(m_database))
            connectionLost();
    });
    setHeartbeat(defaultHeartbeat);
}

void ServerReconnect::setHeartbeat(int milliseconds)
{
    m_heartbeat.stop();
    if (milliseconds > 0 && SqlDialect::isServer(m_database.connection()))
        m_heartbeat.start(milliseconds);
}

QList<int> ServerReconnect::defaultDelays()
{
    return {1000, 2000, 5000, 10000};
}

bool ServerReconnect::isConnectionLost(const Database &database)
{
    const QSqlDatabase connection = database.connection();
    if (!SqlDialect::isServer(connection))
        return false;
    if (!connection.isOpen())
        return true;
    QSqlQuery probe(connection);
    if (probe.exec(QStringLiteral("SELECT 1")))
        return false;
    return StorageError::kind(probe.lastError(), connection) == StorageError::Kind::ConnectionLost;
}

QString ServerReconnect::host() const
{
    return m_database.connection().hostName();
}

int ServerReconnect::nextDelay() const
{
    if (!m_reconnecting || m_delays.isEmpty())
        return 0;
    return m_delays.at(std::min(m_attempts, int(m_delays.size()) - 1));
}

void ServerReconnect::connectionLost()
{
    if (m_reconnecting || !SqlDialect::isServer(m_database.connection()))
        return;
    m_reconnecting = true;
    m_attempts = 0;
    emit lost();
    m_timer.start(nextDelay());
}

Outcome ServerReconnect::tryNow()
{
    m_timer.stop();
    if (const Outcome reopened = reopen(); !reopened) {
        if (m_reconnecting) {
            // The first wait is the one before the first attempt: each failure waits longer, up to the last.
            ++m_attempts;
            scheduleNext();
            emit attemptFailed(reopened.error(), nextDelay());
        }
        return reopened;
    }
    m_reconnecting = false;
    m_attempts = 0;
    emit reconnected();
    return Outcome::success();
}

void ServerReconnect::scheduleNext()
{
    m_timer.start(nextDelay());
}

Outcome ServerReconnect::reopen()
{
    // The same connection, so that its driver (which the change notices are connected to) and its password
    // (kept in memory by Qt Sql, or read again from PGPASSWORD or ~/.pgpass by libpq) stay as they were.
    QSqlDatabase connection = m_database.connection();
    if (!SqlDialect::isServer(connection))
        return Outcome::failure(tr("Only a committee on a server reconnects."));
    connection.close();
    if (!connection.open())
        return Outcome::failure(tr("Cannot reach %1: %2").arg(host(), connection.lastError().databaseText().trimmed()));
    QSqlQuery query(connection);
    for (const QString &statement : SqlDialect::connectionSetup(connection)) {
        if (!query.exec(statement)) {
            const QString reason = query.lastError().databaseText().trimmed();
            connection.close();
            return Outcome::failure(tr("Cannot prepare the committee on %1: %2").arg(host(), reason));
        }
    }
    // A newer version of the application may have upgraded the committee meanwhile: this one must not write
    // to a schema it does not know.
    const Result<int> version = m_database.schemaVersion();
    if (!version || version.value() > Database::currentSchemaVersion) {
        connection.close();
        return Outcome::failure(
            version ? tr("The committee on %1 was upgraded meanwhile (schema %2; this version reads %3): restart "
                         "Comité FAST with its newer version.")
                          .arg(host())
                          .arg(version.value())
                          .arg(Database::currentSchemaVersion)
                    : tr("Cannot read the committee on %1: %2").arg(host(), version.error()));
    }
    return Outcome::success();
}
