#pragma once

#include <QByteArray>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

// Small helpers shared by the suites: files in a temporary directory, and the real executable run as a
// whole process (the command line is tested as users call it).
// For the checks that need root (mounting a small tmpfs, mknod): skipped with their reason on a
// developer's machine, but failed in CI (CI=true), which runs as root, so that they can never be skipped
// there unnoticed.
#define FAST_SKIP_OUTSIDE_CI(reason)                                                                                   \
    do {                                                                                                               \
        if (qEnvironmentVariableIsSet("CI"))                                                                           \
            QFAIL(qPrintable(QStringLiteral("CI must run this check: ") + (reason)));                                  \
        QSKIP(qPrintable(reason));                                                                                     \
    } while (false)

namespace TestSupport {

// Writes bytes to dir/name and returns the path.
QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes);
QByteArray readFile(const QString &path);

struct ProcessResult
{
    int exitCode = -1;
    QByteArray standardOutput;
    QByteArray standardError;
};

// Runs the built fast-committee with arguments; FAST_COMMITTEE_DB is removed from its environment
// unless given in extraEnvironment ("NAME=value").
ProcessResult runCommittee(const QStringList &arguments, const QStringList &extraEnvironment = {});

// What the command line answered when run in this process: its exit code and what it wrote.
struct CommandLineRun
{
    int exitCode = -1;
    QString out;
    QString err;
};

// Runs CommandLine::run in this process (faster than the executable, and under the test's clock and
// faults) on the database at databasePath (--db), as operatorName when one is given (--operator).
CommandLineRun runCommandLine(const QString &databasePath, QStringList arguments,
                              const QString &operatorName = QString());

// Every table of the database (the schema, then each table's rows ordered by rowid, one line per row) and
// its user_version as one string: two dumps are equal exactly when the database's content is. On a
// PostgreSQL server: the schema version, the tables' columns, and the rows ordered by all their columns.
QString dumpTables(const QSqlDatabase &database);
// dumpTables of the committee at a postgresql:// address, read through a connection of its own: the suites
// that compare a file's rows before and after a refusal compare a server's so.
QString dumpServer(const QString &address);
// Runs statements on the committee at a postgresql:// address through a plain connection (changing its schema
// by hand); false when one fails.
bool runOnServer(const QString &address, const QStringList &statements);
// Runs statements on a file through a plain connection, as someone with the sqlite3 shell would (changing
// a schema by hand, breaking a reference); false when one fails.
bool runRaw(const QString &path, const QStringList &statements);
// PRAGMA integrity_check's answer, its lines joined ("ok" for a sound database).
QString integrityCheck(const QSqlDatabase &database);

} // namespace TestSupport
