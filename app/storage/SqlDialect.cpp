#include "SqlDialect.h"

#include <QtEndian>

namespace {

// Offsets in the 100-byte header of an SQLite 3 file (https://www.sqlite.org/fileformat.html).
constexpr int pageSizeOffset = 16;
constexpr int changeCounterOffset = 24;
constexpr int pageCountOffset = 28;
constexpr int userVersionOffset = 60;
constexpr int versionValidForOffset = 92;

quint32 bigEndian32(const QByteArray &header, int offset)
{
    return qFromBigEndian<quint32>(header.constData() + offset);
}

} // namespace

QStringList SqlDialect::connectionSetup()
{
    return {QStringLiteral("PRAGMA foreign_keys = ON"), QStringLiteral("PRAGMA journal_mode = WAL"),
            QStringLiteral("PRAGMA busy_timeout = 5000")};
}

QString SqlDialect::identityColumn()
{
    return QStringLiteral("id INTEGER PRIMARY KEY AUTOINCREMENT");
}

QString SqlDialect::beginWriteTransaction()
{
    return QStringLiteral("BEGIN IMMEDIATE");
}

QString SqlDialect::readSchemaVersion()
{
    return QStringLiteral("PRAGMA user_version");
}

QString SqlDialect::writeSchemaVersion(int version)
{
    // PRAGMA takes no bound values; the version is an integer of ours, never user input.
    return QStringLiteral("PRAGMA user_version = %1").arg(version);
}

QString SqlDialect::quickCheck()
{
    return QStringLiteral("PRAGMA quick_check");
}

QString SqlDialect::integrityCheck()
{
    return QStringLiteral("PRAGMA integrity_check");
}

QString SqlDialect::foreignKeyCheck()
{
    return QStringLiteral("PRAGMA foreign_key_check");
}

QString SqlDialect::schemaObjects()
{
    // sqlite_* objects are SQLite's own (sqlite_sequence for AUTOINCREMENT, the autoindexes of UNIQUE
    // constraints, sqlite_stat1 after ANALYZE): they follow from the rest or change no behaviour.
    return QStringLiteral("SELECT type, name, tbl_name, sql FROM sqlite_master "
                          "WHERE name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY type, name");
}

QString SqlDialect::tableColumns(const QString &table)
{
    // PRAGMA takes no bound value: the name is quoted as an SQL identifier.
    QString quoted = table;
    quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QStringLiteral("PRAGMA table_xinfo(\"%1\")").arg(quoted);
}

QByteArray SqlDialect::fileHeader()
{
    return QByteArray("SQLite format 3\0", 16);
}

int SqlDialect::fileHeaderSize()
{
    return 100;
}

bool SqlDialect::hasFileHeader(const QByteArray &firstBytes)
{
    return firstBytes.startsWith(fileHeader());
}

int SqlDialect::schemaVersionInHeader(const QByteArray &header)
{
    if (header.size() < fileHeaderSize())
        return 0;
    return int(bigEndian32(header, userVersionOffset));
}

qint64 SqlDialect::expectedFileSize(const QByteArray &header)
{
    if (header.size() < fileHeaderSize())
        return -1;
    // The page size is stored big-endian in two bytes; 1 stands for 65 536.
    const quint32 rawPageSize =
        (quint32(quint8(header.at(pageSizeOffset))) << 8) | quint8(header.at(pageSizeOffset + 1));
    const qint64 pageSize = rawPageSize == 1 ? 65536 : qint64(rawPageSize);
    if (pageSize < 512 || (pageSize & (pageSize - 1)) != 0)
        return -1;
    // The page count in the header is only trustworthy when written by SQLite 3.7.0 or later, which
    // marks it by copying the change counter next to the version number.
    const quint32 pageCount = bigEndian32(header, pageCountOffset);
    if (pageCount == 0 || bigEndian32(header, changeCounterOffset) != bigEndian32(header, versionValidForOffset))
        return pageSize; // at least the first page
    return pageSize * qint64(pageCount);
}
