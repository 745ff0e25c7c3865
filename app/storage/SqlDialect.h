#pragma once

#include <QByteArray>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

// Every statement of the storage layer that differs between SQLite (the laptop's file) and PostgreSQL (a
// committee's shared server) lives here; everything else is portable SQL with bound values. The statements
// that take a connection answer in that connection's dialect; the others are SQLite's file checks, which a
// server does not have.
class SqlDialect
{
public:
    // The Qt Sql driver of a server connection.
    static constexpr const char *serverDriver = "QPSQL";
    // True for a connection to a PostgreSQL server, false for an SQLite file.
    static bool isServer(const QSqlDatabase &database);

    // Run once on every new connection. SQLite: foreign keys on, WAL journal, a busy timeout. PostgreSQL:
    // times in UTC.
    static QStringList connectionSetup(const QSqlDatabase &database);
    // PostgreSQL: the one-row table that holds the schema version (SQLite's user_version), made when a role
    // that may write the schema opens the committee (a member may not create a table, even one that exists).
    static QString createVersionTable(const QSqlDatabase &database);
    // The channel on which a server announces every change to a committee's rows.
    static constexpr const char *changeChannel = "fast_committee";
    // What a server has beyond the migrations' schema, run (idempotently) each time a committee is opened on
    // it: a trigger on every committee table that announces each change on changeChannel as
    // "TABLE PROMOTION_NUMBER" (0 when the row belongs to no promotion), so that every window on the
    // committee follows the others' writes. PostgreSQL sends one notice per distinct text and transaction,
    // so an import of 10 000 rows is one notice. Empty for an SQLite file.
    static QStringList serverObjects(const QSqlDatabase &database);
    // The digest of serverObjects() that its last statement records as the trigger function's comment, and
    // the query that reads it back (no row when the function is missing): a window opening a committee whose
    // objects are current leaves them alone. Re-creating them takes each table's exclusive lock, which made
    // the members' reads in progress on another laptop fail (a deadlock, seen by tst_concurrentwriters).
    static QString serverObjectsDigest(const QSqlDatabase &database);
    static QString readServerObjectsDigest();
    // The column definition of an auto-numbered primary key.
    static QString identityColumn(const QSqlDatabase &database);
    // Begins a transaction that takes the write lock at once, so that two processes (the window and the
    // command line) queue on the busy timeout instead of failing when a read turns into a write.
    static QString beginWriteTransaction(const QSqlDatabase &database);
    // A query whose one value is true when the connection is already inside a transaction, run before
    // beginWriteTransaction: PostgreSQL only warns on a nested BEGIN (and its COMMIT would then end the outer
    // transaction), where SQLite refuses it. Empty for SQLite.
    static QString transactionInProgress(const QSqlDatabase &database);
    static QString readSchemaVersion(const QSqlDatabase &database);
    // What follows "FROM (VALUES (...), (...))" so that its columns are column1, column2…: SQLite names them
    // so itself, PostgreSQL wants an alias that names them.
    static QString valuesColumns(const QSqlDatabase &database, int columns);
    static QString writeSchemaVersion(const QSqlDatabase &database, int version);
    // SQLite's own checks, each returning one row per problem, or the single row "ok".
    static QString quickCheck();
    static QString integrityCheck();
    // One row per broken reference: table, rowid, referenced table, constraint number.
    static QString foreignKeyCheck();
    // type, name, tbl_name, sql of every schema object the application made (SQLite's own left out).
    static QString schemaObjects();
    // One row per column of a table: cid, name, type, notnull, dflt_value, pk, hidden.
    static QString tableColumns(const QString &table);
    // The first 16 bytes of every SQLite 3 database file.
    static QByteArray fileHeader();

    // The file header checks, done on the bytes read from disk before any connection touches the file.
    // The size of the complete header: read this many bytes (fewer when the file is shorter).
    static int fileHeaderSize();
    static bool hasFileHeader(const QByteArray &firstBytes);
    // The user_version recorded in a complete header; 0 when the header is incomplete.
    static int schemaVersionInHeader(const QByteArray &header);
    // The smallest size a file with this header can have (page size × page count); -1 when the header is
    // incomplete or impossible. A shorter file is only in doubt: in WAL mode the missing pages may be in the
    // -wal file (a checkpoint cut short), so SQLite itself has the last word (Database::open).
    static qint64 expectedFileSize(const QByteArray &header);
};
