#include "Database.h"

#include "Migrations.h"
#include "SqlDialect.h"
#include "StorageError.h"

#include <QAtomicInteger>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>

namespace {

QString nextConnectionName()
{
    // Several Database objects may live at once (tests, a demonstration next to the real file): each
    // needs its own Qt Sql connection name.
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("fast-committee-%1").arg(counter.fetchAndAddRelaxed(1) + 1);
}

// Write permission as the file's mode says, not only as access() says: root may write anything, yet a
// file the user made read-only must be treated as read-only.
bool isWritable(const QFileInfo &info)
{
    // WriteUser is left out on purpose: it is computed with access(), which is what root bypasses.
    constexpr QFileDevice::Permissions anyWrite =
        QFileDevice::WriteOwner | QFileDevice::WriteGroup | QFileDevice::WriteOther;
    return info.isWritable() && (info.permissions() & anyWrite);
}

} // namespace

Database::Database() : m_connectionName(nextConnectionName())
{}

Database::~Database()
{
    close();
}

Outcome Database::open(const QString &path)
{
    close();
    if (path.trimmed().isEmpty())
        return Outcome::failure(tr("No database file was given."));

    const QFileInfo info(path);
    const QString shown = QDir::toNativeSeparators(info.absoluteFilePath());
    const QString folder = info.absolutePath();

    // Everything that can refuse the file runs on its bytes first: no connection touches a file that is
    // not ours, so a refused file keeps every byte it had.
    if (info.exists()) {
        if (info.isDir())
            return Outcome::failure(tr("%1 is a folder, not a database file.").arg(shown));
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return Outcome::failure(tr("Cannot read the database %1: %2").arg(shown, file.errorString()));
        const QByteArray header = file.read(SqlDialect::fileHeaderSize());
        const qint64 size = file.size();
        file.close();
        if (size > 0) {
            if (!SqlDialect::hasFileHeader(header))
                return Outcome::failure(
                    tr("%1 is not a Comité FAST database (it is not an SQLite file); it was left untouched.")
                        .arg(shown));
            const qint64 expected = SqlDialect::expectedFileSize(header);
            if (expected < 0 || size < expected)
                return Outcome::failure(tr("%1 is damaged: the file is incomplete (%2 bytes where its header announces "
                                           "at least %3); it was left untouched.")
                                            .arg(shown)
                                            .arg(size)
                                            .arg(qMax(expected, qint64(SqlDialect::fileHeaderSize()))));
            if (const int version = SqlDialect::schemaVersionInHeader(header); version > currentSchemaVersion)
                return Outcome::failure(newerSchemaMessage(shown, version));
        }
        if (!isWritable(info))
            return Outcome::failure(
                tr("The database %1 is read-only: Comité FAST needs to write to it. Check the file's permissions.")
                    .arg(shown));
        if (!isWritable(QFileInfo(folder)))
            return Outcome::failure(tr("The database %1 is in a read-only folder: Comité FAST needs to write its "
                                       "journal next to it. Check the permissions of %2.")
                                        .arg(shown, QDir::toNativeSeparators(folder)));
    } else {
        if (!QDir().mkpath(folder))
            return Outcome::failure(
                tr("Cannot create the folder %1 for the database %2.").arg(QDir::toNativeSeparators(folder), shown));
        if (!isWritable(QFileInfo(folder)))
            return Outcome::failure(tr("Cannot create the database %1: the folder %2 is read-only.")
                                        .arg(shown, QDir::toNativeSeparators(folder)));
    }

    {
        QSqlDatabase database = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
        database.setDatabaseName(path);
        if (!database.open()) {
            const QString error =
                StorageError::message(database.lastError(), database,
                                      tr("Cannot open the database %1: %2").arg(shown, database.lastError().text()));
            database = QSqlDatabase();
            QSqlDatabase::removeDatabase(m_connectionName);
            return Outcome::failure(error);
        }
    }
    m_path = path;

    // The header may lag behind a WAL journal: ask SQLite too, still before anything is written.
    const Result<int> version = schemaVersion();
    if (!version) {
        close();
        return Outcome::failure(tr("Cannot read the database %1: %2").arg(shown, version.error()));
    }
    if (version.value() > currentSchemaVersion) {
        close();
        return Outcome::failure(newerSchemaMessage(shown, version.value()));
    }

    {
        QSqlQuery query(connection());
        for (const QString &statement : SqlDialect::connectionSetup()) {
            if (!query.exec(statement)) {
                const QString error = StorageError::message(
                    query.lastError(), connection(),
                    tr("Cannot prepare the database %1: %2").arg(shown, query.lastError().text()));
                query = QSqlQuery();
                close();
                return Outcome::failure(error);
            }
        }
    }

    if (const Outcome upgraded = Migrations::upgrade(connection(), version.value()); !upgraded) {
        close();
        return Outcome::failure(tr("Cannot open the database %1: %2").arg(shown, upgraded.error()));
    }
    return Outcome::success();
}

void Database::close()
{
    if (!QSqlDatabase::contains(m_connectionName))
        return;
    {
        QSqlDatabase database = QSqlDatabase::database(m_connectionName, false);
        database.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
    m_path.clear();
}

bool Database::isOpen() const
{
    return QSqlDatabase::contains(m_connectionName) && connection().isOpen();
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

Result<int> Database::schemaVersion() const
{
    QSqlQuery query(connection());
    if (!query.exec(SqlDialect::readSchemaVersion()) || !query.next())
        return Result<int>::failure(StorageError::describe(query.lastError(), connection()));
    return Result<int>::success(query.value(0).toInt());
}

QString Database::newerSchemaMessage(const QString &shownPath, int version)
{
    return tr("%1 was written by a newer version of Comité FAST (schema %2; this version reads up to %3); it was "
              "left untouched.")
        .arg(shownPath)
        .arg(version)
        .arg(currentSchemaVersion);
}

QString Database::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/fast-committee.sqlite");
}

QString Database::resolvePath(const QString &databaseOption)
{
    if (!databaseOption.isEmpty())
        return databaseOption;
    const QString fromEnvironment = qEnvironmentVariable(environmentVariable);
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    return defaultPath();
}
