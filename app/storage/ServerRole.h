#pragma once

#include "domain/Result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

// A login's role on a committee kept on a PostgreSQL server (issue #17, item 4). The server enforces it
// (ServerRoles::init sets the grants and the row-level security); the application reads it once, when it
// opens the committee, to say who is connected, to check the schema rather than write it when the role may
// not write it, to word what the server refuses (ServerRefusal) and to disable in the window what the server
// would refuse. PostgreSQL roles belong to the whole cluster while a committee is one database, so each
// committee's three group roles are named after its database (groupName): two committees on one server never
// share or clash.
class ServerRole
{
    Q_DECLARE_TR_FUNCTIONS(ServerRole)

public:
    enum class Kind {
        File,          // an SQLite file: no roles, its owner does everything
        Unmanaged,     // a server committee that `server init` has not set up: the server's grants decide alone
        Administrator, // a superuser or the database's owner: migrates, sets up, and does everything
        Secretariat,
        Member,
        Observer,
    };

    ServerRole() = default;
    ServerRole(Kind kind, QString login, QString memberKey = QString())
        : m_kind(kind), m_login(std::move(login)), m_memberKey(std::move(memberKey))
    {}

    Kind kind() const { return m_kind; }
    QString login() const { return m_login; }
    // In the user's language: "member", "secretariat", "observer", "administrator".
    QString label() const { return label(m_kind); }
    static QString label(Kind kind);
    // The name the command line and the group roles use: "member", "secretariat", "observer".
    static QString key(Kind kind);
    // True on a server whose roles are set up: the window then says who is connected and as what.
    bool isManaged() const;

    // Creates and upgrades the schema and the server's own objects.
    bool mayChangeSchema() const;
    // Candidates, decisions, promotions (envelope, rule, status), members, criteria, scenarios, imports.
    bool mayChangeCommittee() const;
    // Notes and recusals (a member only their own: the server checks which).
    bool mayScore() const;
    // The notes and recusals of the committee member of that name: a member's only when it is the name their
    // login maps to (ServerRoles, committee_logins), compared as the server compares them (TextKey::fold).
    bool mayScoreFor(const QString &memberName) const;
    // A member's folded name; empty for the other roles.
    QString memberKey() const { return m_memberKey; }

    // The group role of a committee's database for kind (Secretariat, Member or Observer):
    // fast_<database>_<kind> when the database's name is a plain lower-case identifier short enough, else
    // fast_<its first letters>_<8 hex digits of its SHA-256>_<kind>, at most 63 bytes (PostgreSQL's limit).
    static QString groupName(const QString &databaseName, Kind kind);
    // Asks the server who the connection is and which of its committee's groups it belongs to.
    static Result<ServerRole> detect(const QSqlDatabase &server);

    // The role of each open connection, by its Qt Sql name: a refusal is worded after the transaction failed,
    // when the server answers no more questions in it.
    static void remember(const QString &connectionName, const ServerRole &role);
    static void forget(const QString &connectionName);
    static ServerRole of(const QString &connectionName);

private:
    Kind m_kind = Kind::File;
    QString m_login;
    QString m_memberKey;
};
