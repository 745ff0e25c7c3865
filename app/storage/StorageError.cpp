#include "StorageError.h"

#include "ServerRefusal.h"

#include <QFileInfo>
#include <QStorageInfo>

namespace {

// SQLite's primary result codes (https://www.sqlite.org/rescode.html).
constexpr int sqliteBusy = 5;
constexpr int sqliteLocked = 6;
constexpr int sqliteReadOnly = 8;
constexpr int sqliteIoError = 10;
constexpr int sqliteCorrupt = 11;
constexpr int sqliteFull = 13;
constexpr int sqliteNotADatabase = 26;

StorageError::Kind kindFromCode(int primary)
{
    switch (primary) {
    case sqliteFull:
        return StorageError::Kind::DiskFull;
    case sqliteIoError:
        return StorageError::Kind::InputOutput;
    case sqliteReadOnly:
        return StorageError::Kind::ReadOnly;
    case sqliteBusy:
    case sqliteLocked:
        return StorageError::Kind::Locked;
    case sqliteCorrupt:
    case sqliteNotADatabase:
        return StorageError::Kind::Corrupt;
    default:
        return StorageError::Kind::Other;
    }
}

// sqlite3_errstr()'s texts, for the errors Qt reports without their code (QSQLiteDriver::commitTransaction).
StorageError::Kind kindFromText(const QString &databaseText)
{
    const auto has = [&databaseText](const char *text) {
        return databaseText.contains(QLatin1String(text), Qt::CaseInsensitive);
    };
    if (has("database or disk is full"))
        return StorageError::Kind::DiskFull;
    if (has("disk I/O error"))
        return StorageError::Kind::InputOutput;
    if (has("attempt to write a readonly database"))
        return StorageError::Kind::ReadOnly;
    if (has("database is locked") || has("database table is locked"))
        return StorageError::Kind::Locked;
    if (has("database disk image is malformed") || has("file is not a database"))
        return StorageError::Kind::Corrupt;
    return StorageError::Kind::Other;
}

// A PostgreSQL SQLSTATE that says the connection is gone: connection exceptions (class 08), and the server
// terminating the session (57P01 admin_shutdown, 57P02 crash_shutdown, 57P03 cannot_connect_now).
bool isConnectionState(const QString &state)
{
    return state.startsWith(QLatin1String("08")) || state == QLatin1String("57P01") ||
           state == QLatin1String("57P02") || state == QLatin1String("57P03");
}

// libpq's words for a connection that is gone, given without an SQLSTATE (the failure is the client's).
bool saysConnectionLost(const QString &text)
{
    static const char *const phrases[] = {"server closed the connection unexpectedly",
                                          "no connection to the server",
                                          "terminating connection due to administrator command",
                                          "could not connect to server",
                                          "connection to server",
                                          "could not send data to server",
                                          "could not receive data from server",
                                          "lost synchronization with server",
                                          "the database system is shutting down",
                                          "the database system is starting up",
                                          "connection not open",
                                          "SSL connection has been closed unexpectedly"};
    for (const char *phrase : phrases) {
        if (text.contains(QLatin1String(phrase), Qt::CaseInsensitive))
            return true;
    }
    return false;
}

bool diskNearlyFull(const QSqlDatabase &database)
{
    const QString path = database.databaseName();
    if (path.isEmpty() || path == QLatin1String(":memory:"))
        return false;
    const QStorageInfo storage(QFileInfo(path).absolutePath());
    return storage.isValid() && storage.bytesAvailable() >= 0 &&
           storage.bytesAvailable() < StorageError::nearlyFullBytes;
}

} // namespace

StorageError::Kind StorageError::kind(const QSqlError &error, const QSqlDatabase &database)
{
    if (error.type() == QSqlError::NoError)
        return Kind::Other;
    // Before SQLite's codes: a server's SQLSTATE "42501" would read as the number 42501.
    if (ServerRefusal::isRefusal(error))
        return Kind::PermissionDenied;
    // SQLite's extended codes have at most four digits; an SQLSTATE always has five characters.
    const QString state = error.nativeErrorCode();
    if (state.size() == 5 && isConnectionState(state))
        return Kind::ConnectionLost;
    if ((state.isEmpty() || state.size() == 5) &&
        (saysConnectionLost(error.databaseText()) || saysConnectionLost(error.driverText())))
        return Kind::ConnectionLost;
    if (state.size() == 5)
        return Kind::Other;
    bool isNumber = false;
    const int code = error.nativeErrorCode().toInt(&isNumber);
    const Kind found = isNumber ? kindFromCode(code & 0xff) : kindFromText(error.databaseText());
    if (found == Kind::InputOutput && diskNearlyFull(database))
        return Kind::DiskFull;
    return found;
}

QString StorageError::faultMessage(Kind kind)
{
    switch (kind) {
    case Kind::DiskFull:
        return tr("The disk is full: free some space and try again; nothing was written.");
    case Kind::InputOutput:
        return tr("The disk reported an input/output error; nothing was written. Check the disk (or the network "
                  "share) that holds the database, then try again.");
    case Kind::ReadOnly:
        return tr("The database cannot be written: the file or its disk is read-only; nothing was written.");
    case Kind::Locked:
        return tr("The database is locked by another program (another Comité FAST window or command, or a "
                  "backup): wait until it is done and try again; nothing was written.");
    case Kind::Corrupt:
        return tr("The database is damaged: SQLite found its content malformed; nothing was written. Keep a copy "
                  "of the file and restore your latest backup.");
    case Kind::PermissionDenied:
        return tr("The server refused this change to your role on this committee; nothing was written.");
    case Kind::ConnectionLost:
        return tr("The connection to the database server was lost before the change was confirmed: try again once "
                  "the server is back.");
    case Kind::Other:
        break;
    }
    return QString();
}

QString StorageError::message(const QSqlError &error, const QSqlDatabase &database, const QString &refusal)
{
    if (ServerRefusal::isRefusal(error))
        return ServerRefusal::message(error, database);
    const QString fault = faultMessage(kind(error, database));
    return fault.isEmpty() ? refusal : fault;
}

QString StorageError::describe(const QSqlError &error, const QSqlDatabase &database)
{
    if (ServerRefusal::isRefusal(error))
        return ServerRefusal::message(error, database);
    const QString fault = faultMessage(kind(error, database));
    return fault.isEmpty() ? error.text() : fault;
}

QString StorageError::readMessage(const QSqlError &error, const QSqlDatabase &database, const QString &what)
{
    return tr("Cannot read %1 from the database: %2").arg(what, describe(error, database));
}
