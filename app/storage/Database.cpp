#include "Database.h"

#include "Migrations.h"
#include "OpenDatabaseFiles.h"
#include "SchemaFingerprint.h"
#include "ServerSchemaCheck.h"
#include "SqlDialect.h"
#include "StorageError.h"
#include "SystemClock.h"
#include "TransactionGuard.h"

#include <QAtomicInteger>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUrl>

#include <optional>
#include <utility>

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

Database::Database() : m_connectionName(nextConnectionName()), m_clock(&SystemClock::instance())
{}

Database::~Database()
{
    close();
}

Outcome Database::open(const QString &path)
{
    if (isServerAddress(path))
        return openServer(path);
    close();
    if (path.trimmed().isEmpty())
        return Outcome::failure(tr("No database file was given."));

    const QFileInfo info(path);
    const QString shown = QDir::toNativeSeparators(info.absoluteFilePath());
    const QString folder = info.absolutePath();

    // The file's size and the size its header announces, when the first is smaller.
    std::optional<std::pair<qint64, qint64>> sizeInDoubt;

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
            if (expected < 0)
                return Outcome::failure(incompleteMessage(shown, size, SqlDialect::fileHeaderSize()));
            // A header announcing more pages than the file holds is not damage by itself: in WAL mode the
            // newest pages may live in the -wal file (a checkpoint cut short by a full disk or a kill), where
            // SQLite reads them. SQLite decides, below, before anything is written.
            if (size < expected)
                sizeInDoubt = {size, expected};
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
            const QString error = StorageError::message(
                database.lastError(), database,
                tr("Cannot open the database %1: %2").arg(shown, sqliteReason(database.lastError())));
            database = QSqlDatabase();
            QSqlDatabase::removeDatabase(m_connectionName);
            return Outcome::failure(error);
        }
    }
    m_path = path;
    OpenDatabaseFiles::add(m_path);

    if (sizeInDoubt) {
        if (const Outcome verified = verifyWithSqlite(shown, sizeInDoubt->first, sizeInDoubt->second); !verified) {
            close();
            return verified;
        }
    }

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

    // A schema changed by hand (a trigger rewriting amounts, a dropped column) is refused before the
    // migrations or any write: one read of sqlite_master against the schema the migrations build.
    const Result<QStringList> differences = SchemaFingerprint::differences(connection(), version.value());
    if (!differences) {
        close();
        return Outcome::failure(tr("Cannot read the database %1: %2").arg(shown, differences.error()));
    }
    if (!differences.value().isEmpty()) {
        close();
        return Outcome::failure(tr("%1: the schema was changed outside Comité FAST: %2; it was left untouched.")
                                    .arg(shown, differences.value().join(QStringLiteral(", "))));
    }

    {
        QSqlQuery query(connection());
        for (const QString &statement : SqlDialect::connectionSetup(connection())) {
            if (!query.exec(statement)) {
                const QString error = StorageError::message(
                    query.lastError(), connection(),
                    tr("Cannot prepare the database %1: %2").arg(shown, sqliteReason(query.lastError())));
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

bool Database::isServerAddress(const QString &path)
{
    return path.startsWith(QLatin1String("postgresql://")) || path.startsWith(QLatin1String("postgres://"));
}

Outcome Database::openServer(const QString &address)
{
    const QUrl url(address, QUrl::StrictMode);
    // The address as shown in messages and the window's title: never its password, even in an address that
    // is not a valid one.
    const QString shown = QUrl(address, QUrl::TolerantMode).toDisplayString(QUrl::RemovePassword);
    if (!url.isValid() || url.host().isEmpty() || url.path().size() < 2)
        return Outcome::failure(
            tr("%1 is not a server address: write postgresql://USER@HOST:PORT/DATABASE.").arg(shown));
    if (!QSqlDatabase::isDriverAvailable(QLatin1String(SqlDialect::serverDriver)))
        return Outcome::failure(tr("Cannot open %1: Qt's PostgreSQL driver is not installed (Debian package "
                                   "libqt6sql6-psql).")
                                    .arg(shown));
    {
        QSqlDatabase database = QSqlDatabase::addDatabase(QLatin1String(SqlDialect::serverDriver), m_connectionName);
        database.setHostName(url.host());
        database.setPort(url.port(5432));
        database.setDatabaseName(url.path().mid(1));
        database.setUserName(url.userName());
        if (!url.password().isEmpty())
            database.setPassword(url.password());
        database.setConnectOptions(QStringLiteral("connect_timeout=10;application_name=fast-committee"));
        if (!database.open()) {
            const QString error =
                tr("Cannot open the committee on %1: %2").arg(shown, database.lastError().databaseText().trimmed());
            database = QSqlDatabase();
            QSqlDatabase::removeDatabase(m_connectionName);
            return Outcome::failure(error);
        }
    }
    m_path = shown;
    QSqlQuery query(connection());
    for (const QString &statement : SqlDialect::connectionSetup(connection())) {
        if (!query.exec(statement)) {
            const QString error =
                tr("Cannot prepare the committee on %1: %2").arg(shown, query.lastError().databaseText().trimmed());
            query = QSqlQuery();
            close();
            return Outcome::failure(error);
        }
    }
    // A role that may not write the schema (a member, an observer, the secretariat) checks it instead.
    const Result<ServerRole> role = ServerRole::detect(connection());
    if (!role) {
        close();
        return Outcome::failure(tr("Cannot open the committee on %1: %2").arg(shown, role.error()));
    }
    m_serverRole = role.value();
    if (m_serverRole.mayChangeSchema() && !query.exec(SqlDialect::createVersionTable(connection()))) {
        const QString error = tr("Cannot prepare the committee on %1: %2")
                                  .arg(shown, StorageError::describe(query.lastError(), connection()));
        query = QSqlQuery();
        close();
        return Outcome::failure(error);
    }
    query = QSqlQuery();
    if (!m_serverRole.mayChangeSchema()) {
        if (const Outcome checked = ServerSchemaCheck::check(connection(), shown, m_serverRole); !checked) {
            close();
            return checked;
        }
    }
    const Result<int> version = schemaVersion();
    if (!version) {
        close();
        return Outcome::failure(tr("Cannot read the committee on %1: %2").arg(shown, version.error()));
    }
    if (version.value() > currentSchemaVersion) {
        close();
        return Outcome::failure(newerSchemaMessage(shown, version.value()));
    }
    if (!m_serverRole.mayChangeSchema()) {
        if (const Outcome checked = ServerSchemaCheck::checkVersion(connection(), shown, version.value()); !checked) {
            close();
            return checked;
        }
        ServerRole::remember(m_connectionName, m_serverRole);
        return Outcome::success();
    }
    if (const Outcome upgraded = Migrations::upgrade(connection(), version.value()); !upgraded) {
        close();
        return Outcome::failure(tr("Cannot open the committee on %1: %2").arg(shown, upgraded.error()));
    }
    // The server's own objects, in one transaction: rolled back whole (by the guard) when any is refused;
    // left alone when they are current (their digest recorded) and every trigger is there.
    const QString setupError = [this, &shown]() -> QString {
        QSqlQuery current(connection());
        if (current.exec(SqlDialect::readServerObjectsDigest()) && current.next() &&
            current.value(0).toString() == SqlDialect::serverObjectsDigest(connection()) &&
            ServerSchemaCheck::checkVersion(connection(), shown, currentSchemaVersion))
            return QString();
        current = QSqlQuery();
        TransactionGuard transaction(connection());
        if (!transaction.isActive())
            return transaction.beginError();
        QSqlQuery setup(connection());
        for (const QString &statement : SqlDialect::serverObjects(connection())) {
            if (!setup.exec(statement))
                return tr("Cannot prepare the committee on %1: %2")
                    .arg(shown, setup.lastError().databaseText().trimmed());
        }
        const Outcome committed = transaction.commit();
        return committed ? QString() : committed.error();
    }();
    if (!setupError.isEmpty()) {
        close();
        return Outcome::failure(setupError);
    }
    ServerRole::remember(m_connectionName, m_serverRole);
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
    ServerRole::forget(m_connectionName);
    m_serverRole = ServerRole();
    if (!isServerAddress(m_path))
        OpenDatabaseFiles::remove(m_path);
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
    if (!query.exec(SqlDialect::readSchemaVersion(connection())) || !query.next())
        // A storage fault (a full disk) in words; otherwise SQLite's own words, never Qt Sql's.
        return Result<int>::failure(
            StorageError::message(query.lastError(), connection(), sqliteReason(query.lastError())));
    return Result<int>::success(query.value(0).toInt());
}

Outcome Database::verifyWithSqlite(const QString &shownPath, qint64 size, qint64 announced) const
{
    // Only when the cheap size check is in doubt: quick_check reads every page (about a second for the
    // 210 MB file of the 100 000-candidate start-up benchmark), whereas a healthy file's header matches its
    // size, and the window left open beside the command line keeps a -wal file present all day long.
    QSqlQuery query(connection());
    query.setForwardOnly(true);
    // SQLite refuses outright a file shorter than its header says when no WAL holds the missing pages.
    if (!query.exec(SqlDialect::quickCheck()) || !query.next())
        return Outcome::failure(incompleteMessage(shownPath, size, announced));
    const QString first = query.value(0).toString();
    if (first == QLatin1String("ok"))
        return Outcome::success();
    return Outcome::failure(
        tr("%1 is damaged: SQLite's check reports \"%2\"; it was left untouched.").arg(shownPath, first));
}

QString Database::incompleteMessage(const QString &shownPath, qint64 size, qint64 announced)
{
    return tr("%1 is damaged: the file is incomplete (%2 bytes where its header announces at least %3); it was left "
              "untouched.")
        .arg(shownPath)
        .arg(size)
        .arg(announced);
}

QString Database::sqliteReason(const QSqlError &error)
{
    // SQLite's own words ("file is not a database"), never Qt Sql's ("Unable to execute statement",
    // "Parameter count mismatch"), which tell a user nothing.
    return error.databaseText().isEmpty() ? error.text() : error.databaseText();
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
