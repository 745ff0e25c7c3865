#pragma once

#include "ServerRole.h"

#include "domain/Result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QString>

class Clock;

// The application's database: one named Qt Sql connection to an SQLite file, its schema created and
// upgraded by ordered migrations (PRAGMA user_version), foreign keys on, WAL journal.
// A file that is not an SQLite database, one written by a newer schema, one whose schema was changed by
// hand, or one SQLite finds damaged, is refused and left byte-for-byte untouched: nothing is written to a
// file before it has been recognised.
class Database
{
    Q_DECLARE_TR_FUNCTIONS(Database)

public:
    static constexpr int currentSchemaVersion = 6;
    // The environment variable that chooses the database when --db is not given.
    static constexpr const char *environmentVariable = "FAST_COMMITTEE_DB";

    Database();
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // Opens the file, creating it (and its directory) when missing, then migrates it to the current schema.
    // A postgresql://USER@HOST:PORT/DBNAME address opens that committee on a PostgreSQL server instead.
    Outcome open(const QString &path);
    // True for an address of a PostgreSQL server rather than a file's path.
    static bool isServerAddress(const QString &path);
    void close();
    bool isOpen() const;
    QString path() const { return m_path; }
    QSqlDatabase connection() const;
    // PRAGMA user_version of the open database.
    Result<int> schemaVersion() const;
    // The time of the audit rows written through this database: SystemClock unless a test set its own
    // (which must outlive the database's writes).
    const Clock &clock() const { return *m_clock; }
    void setClock(const Clock &clock) { m_clock = &clock; }
    // Who the connection is on a server committee and what the server lets it do (ServerRole::Kind::File for
    // a file). Read once when the committee is opened.
    ServerRole serverRole() const { return m_serverRole; }

    // QStandardPaths::AppDataLocation/fast-committee.sqlite
    static QString defaultPath();
    // The --db option when given, else FAST_COMMITTEE_DB when set, else defaultPath().
    static QString resolvePath(const QString &databaseOption);

private:
    // Asks SQLite (PRAGMA quick_check) about a file whose header announces more bytes than it holds.
    // open() on a server: the password from the address, PGPASSWORD or ~/.pgpass (libpq reads both).
    Outcome openServer(const QString &address);
    Outcome verifyWithSqlite(const QString &shownPath, qint64 size, qint64 announced) const;
    static QString incompleteMessage(const QString &shownPath, qint64 size, qint64 announced);
    static QString sqliteReason(const QSqlError &error);
    static QString newerSchemaMessage(const QString &shownPath, int version);

    QString m_connectionName;
    QString m_path;
    const Clock *m_clock;
    ServerRole m_serverRole;
};
