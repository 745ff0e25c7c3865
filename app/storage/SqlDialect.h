#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

// Every SQLite-only statement of the storage layer lives here, so that a PostgreSQL backend means a
// second dialect, not a hunt through the repositories. Everything else is portable SQL with bound values.
class SqlDialect
{
public:
    // Run once on every new connection: foreign keys on, WAL journal, a busy timeout.
    static QStringList connectionSetup();
    // The column definition of an auto-numbered primary key.
    static QString identityColumn();
    // Begins a transaction that takes the write lock at once, so that two processes (the window and the
    // command line) queue on the busy timeout instead of failing when a read turns into a write.
    static QString beginWriteTransaction();
    static QString readSchemaVersion();
    static QString writeSchemaVersion(int version);
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
