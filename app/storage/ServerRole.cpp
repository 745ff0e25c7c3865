#include "ServerRole.h"

#include "StorageError.h"

#include "domain/TextKey.h"

#include <QCryptographicHash>
#include <QHash>
#include <QMutex>
#include <QMutexLocker>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

namespace {

// PostgreSQL cuts identifiers at 63 bytes: "fast_" + base + "_secretariat" must fit.
constexpr int longestPlainBase = 63 - 5 - 12;
constexpr int hashedPrefixLength = 28;

QMutex &registryMutex()
{
    static QMutex mutex;
    return mutex;
}

QHash<QString, ServerRole> &registry()
{
    static QHash<QString, ServerRole> roles;
    return roles;
}

} // namespace

QString ServerRole::label(Kind kind)
{
    switch (kind) {
    case Kind::Secretariat:
        return tr("secretariat");
    case Kind::Member:
        return tr("member");
    case Kind::Observer:
        return tr("observer");
    case Kind::Administrator:
        return tr("administrator");
    case Kind::File:
    case Kind::Unmanaged:
        break;
    }
    return QString();
}

QString ServerRole::key(Kind kind)
{
    switch (kind) {
    case Kind::Secretariat:
        return QStringLiteral("secretariat");
    case Kind::Member:
        return QStringLiteral("member");
    case Kind::Observer:
        return QStringLiteral("observer");
    case Kind::Administrator:
        return QStringLiteral("administrator");
    case Kind::File:
    case Kind::Unmanaged:
        break;
    }
    return QString();
}

bool ServerRole::isManaged() const
{
    return m_kind != Kind::File && m_kind != Kind::Unmanaged;
}

bool ServerRole::mayChangeSchema() const
{
    return m_kind == Kind::File || m_kind == Kind::Unmanaged || m_kind == Kind::Administrator;
}

bool ServerRole::mayChangeCommittee() const
{
    return m_kind != Kind::Member && m_kind != Kind::Observer;
}

bool ServerRole::mayScore() const
{
    return m_kind != Kind::Observer;
}

bool ServerRole::mayScoreFor(const QString &memberName) const
{
    if (m_kind != Kind::Member)
        return mayScore();
    return !m_memberKey.isEmpty() && TextKey::fold(memberName) == m_memberKey;
}

QString ServerRole::groupName(const QString &databaseName, Kind kind)
{
    static const QRegularExpression plain(QStringLiteral("^[a-z_][a-z0-9_]*$"));
    QString base;
    if (databaseName.size() <= longestPlainBase && plain.match(databaseName).hasMatch()) {
        base = databaseName;
    } else {
        // Two databases whose names differ only by what is cut or replaced ("comité-fast", "comite_fast")
        // still get different groups: the hash is of the exact name.
        QString prefix;
        for (const QChar c : databaseName.toLower()) {
            if (prefix.size() == hashedPrefixLength)
                break;
            prefix.append((c >= QLatin1Char('a') && c <= QLatin1Char('z')) ||
                                  (c >= QLatin1Char('0') && c <= QLatin1Char('9'))
                              ? c
                              : QLatin1Char('_'));
        }
        const QByteArray hash = QCryptographicHash::hash(databaseName.toUtf8(), QCryptographicHash::Sha256).toHex();
        base = prefix + QLatin1Char('_') + QString::fromLatin1(hash.left(8));
    }
    return QStringLiteral("fast_%1_%2").arg(base, key(kind));
}

Result<ServerRole> ServerRole::detect(const QSqlDatabase &server)
{
    const auto failed = [&server](const QSqlQuery &query) {
        return Result<ServerRole>::failure(
            StorageError::readMessage(query.lastError(), server, tr("the role of this login")));
    };
    QSqlQuery query(server);
    query.setForwardOnly(true);
    // The database's owner (or a member of the owning role) and a superuser own the schema.
    if (!query.exec(QStringLiteral("SELECT current_user, current_database(), "
                                   "r.rolsuper OR pg_has_role(current_user, d.datdba, 'MEMBER') "
                                   "FROM pg_roles r, pg_database d "
                                   "WHERE r.rolname = current_user AND d.datname = current_database()")) ||
        !query.next())
        return failed(query);
    const QString login = query.value(0).toString();
    const QString database = query.value(1).toString();
    if (query.value(2).toBool())
        return Result<ServerRole>::success(ServerRole(Kind::Administrator, login));

    // The most a login is given wins, should it be in two groups.
    const QList<Kind> kinds{Kind::Secretariat, Kind::Member, Kind::Observer};
    query.prepare(QStringLiteral("SELECT g.rolname, pg_has_role(current_user, g.oid, 'MEMBER') FROM pg_roles g "
                                 "WHERE g.rolname IN (?, ?, ?)"));
    for (const Kind kind : kinds)
        query.addBindValue(groupName(database, kind));
    if (!query.exec())
        return failed(query);
    QHash<QString, bool> groups;
    while (query.next())
        groups.insert(query.value(0).toString(), query.value(1).toBool());
    if (groups.isEmpty())
        return Result<ServerRole>::success(ServerRole(Kind::Unmanaged, login));
    for (const Kind kind : kinds) {
        if (!groups.value(groupName(database, kind)))
            continue;
        if (kind != Kind::Member)
            return Result<ServerRole>::success(ServerRole(kind, login));
        // The name a member scores under; none (no note of anyone's) when the administrator gave none.
        query.prepare(QStringLiteral("SELECT member_key FROM committee_logins WHERE login = current_user"));
        if (!query.exec())
            return failed(query);
        return Result<ServerRole>::success(
            ServerRole(kind, login, query.next() ? query.value(0).toString() : QString()));
    }
    return Result<ServerRole>::failure(
        tr("%1 has no role on this committee: its administrator gives one with fast-committee server add-member, "
           "add-secretariat or add-observer.")
            .arg(login));
}

void ServerRole::remember(const QString &connectionName, const ServerRole &role)
{
    const QMutexLocker lock(&registryMutex());
    registry().insert(connectionName, role);
}

void ServerRole::forget(const QString &connectionName)
{
    const QMutexLocker lock(&registryMutex());
    registry().remove(connectionName);
}

ServerRole ServerRole::of(const QString &connectionName)
{
    const QMutexLocker lock(&registryMutex());
    return registry().value(connectionName);
}
