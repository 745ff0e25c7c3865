#include "ServerRoles.h"

#include "Database.h"
#include "ScramVerifier.h"
#include "SqlDialect.h"
#include "StorageError.h"
#include "TransactionGuard.h"

#include "domain/NameText.h"
#include "domain/TextKey.h"

#include <QRegularExpression>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlField>
#include <QSqlQuery>

namespace {

const QList<ServerRole::Kind> &groupKinds()
{
    static const QList<ServerRole::Kind> kinds{ServerRole::Kind::Secretariat, ServerRole::Kind::Member,
                                               ServerRole::Kind::Observer};
    return kinds;
}

QString identifier(const QSqlDatabase &server, const QString &name)
{
    return server.driver()->escapeIdentifier(name, QSqlDriver::TableName);
}

QString currentDatabase(const QSqlDatabase &server)
{
    QSqlQuery query(server);
    return query.exec(QStringLiteral("SELECT current_database()")) && query.next() ? query.value(0).toString()
                                                                                   : QString();
}

// The groups of the committee that exist on the server, by kind.
Result<QList<ServerRole::Kind>> existingGroups(const QSqlDatabase &server, const QString &databaseName)
{
    QSqlQuery query(server);
    query.prepare(QStringLiteral("SELECT rolname FROM pg_roles WHERE rolname IN (?, ?, ?)"));
    for (const ServerRole::Kind kind : groupKinds())
        query.addBindValue(ServerRole::groupName(databaseName, kind));
    if (!query.exec())
        return Result<QList<ServerRole::Kind>>::failure(
            StorageError::readMessage(query.lastError(), server, QStringLiteral("pg_roles")));
    QStringList names;
    while (query.next())
        names.append(query.value(0).toString());
    QList<ServerRole::Kind> found;
    for (const ServerRole::Kind kind : groupKinds()) {
        if (names.contains(ServerRole::groupName(databaseName, kind)))
            found.append(kind);
    }
    return Result<QList<ServerRole::Kind>>::success(found);
}

// The server's message without libpq's frame: "ERROR:  permission denied to create role\n(42501)" says
// "permission denied to create role" (the severity word is the server's language's, so it is cut at the
// two spaces libpq puts after it).
QString serverWords(const QSqlError &error)
{
    QString words = error.databaseText().section(QLatin1Char('\n'), 0, 0).trimmed();
    if (const qsizetype cut = words.indexOf(QLatin1String(":  ")); cut > 0)
        words = words.mid(cut + 3);
    return words.isEmpty() ? error.text() : words;
}

} // namespace

Outcome ServerRoles::requireAdministrator(const Database &database, const QString &command)
{
    if (!SqlDialect::isServer(database.connection()))
        return Outcome::failure(tr("%1 works on a committee on a PostgreSQL server (--db postgresql://ADMIN@HOST:PORT/"
                                   "DATABASE), not on a file.")
                                    .arg(command));
    if (database.serverRole().kind() != ServerRole::Kind::Administrator)
        return Outcome::failure(tr("%1 needs the committee database's owner or a superuser of the server; %2 is "
                                   "neither.")
                                    .arg(command, database.serverRole().login()));
    return Outcome::success();
}

QStringList ServerRoles::grantStatements(const QSqlDatabase &server, const QString &databaseName)
{
    const QString secretariat = ServerRole::groupName(databaseName, ServerRole::Kind::Secretariat);
    const QString member = ServerRole::groupName(databaseName, ServerRole::Kind::Member);
    const QString observer = ServerRole::groupName(databaseName, ServerRole::Kind::Observer);
    const QString all = QStringList{secretariat, member, observer}.join(QStringLiteral(", "));
    const QString writers = secretariat + QStringLiteral(", ") + member;
    const QString logins = QLatin1String(loginsTable);
    return {
        // Only the committee's roles (and its administrator) connect to its database.
        QStringLiteral("REVOKE ALL ON DATABASE %1 FROM PUBLIC").arg(identifier(server, databaseName)),
        QStringLiteral("GRANT CONNECT ON DATABASE %1 TO %2").arg(identifier(server, databaseName), all),
        QStringLiteral("REVOKE CREATE ON SCHEMA public FROM PUBLIC"),
        QStringLiteral("GRANT USAGE ON SCHEMA public TO %1").arg(all),
        // From nothing each time, so that running init again after an upgrade gives exactly what is listed.
        QStringLiteral("REVOKE ALL ON ALL TABLES IN SCHEMA public FROM %1").arg(all),
        QStringLiteral("REVOKE ALL ON ALL SEQUENCES IN SCHEMA public FROM %1").arg(all),
        QStringLiteral("GRANT SELECT ON ALL TABLES IN SCHEMA public TO %1").arg(all),
        QStringLiteral("GRANT INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO %1").arg(secretariat),
        QStringLiteral("REVOKE INSERT, UPDATE, DELETE ON schema_version, %1 FROM %2").arg(logins, secretariat),
        // The audit log takes rows from whoever writes, and loses or changes none.
        QStringLiteral("REVOKE UPDATE, DELETE ON audit_log FROM %1").arg(secretariat),
        QStringLiteral("GRANT INSERT ON audit_log TO %1").arg(member),
        QStringLiteral("GRANT INSERT, UPDATE, DELETE ON notes, recusals TO %1").arg(member),
        QStringLiteral("GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO %1").arg(writers),
        // Tables a later version adds, when its administrator opens the committee, are read by every role
        // and written by the secretariat until init runs again.
        QStringLiteral("ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT ON TABLES TO %1").arg(all),
        QStringLiteral("ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT INSERT, UPDATE, DELETE ON TABLES TO %1")
            .arg(secretariat),
        QStringLiteral("ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE ON SEQUENCES TO %1").arg(writers),
    };
}

QStringList ServerRoles::scoringGuardStatements(const QString &databaseName)
{
    const QString secretariat = ServerRole::groupName(databaseName, ServerRole::Kind::Secretariat);
    const QString member = ServerRole::groupName(databaseName, ServerRole::Kind::Member);
    const QString logins = QLatin1String(loginsTable);
    QStringList statements{
        // A member's rows: those of every promotion's member whose folded name is the one their login maps to.
        QStringLiteral("CREATE OR REPLACE FUNCTION fast_committee_own_member(member BIGINT) RETURNS boolean "
                       "LANGUAGE sql STABLE AS $$ SELECT EXISTS (SELECT 1 FROM members m JOIN %1 l "
                       "ON l.member_key = m.name_key WHERE m.id = member AND l.login = current_user) $$")
            .arg(logins),
        // Row-level security skips the rows a DELETE may not touch without a word; this guard refuses instead,
        // so that clearing another member's note is never reported as done. The group names are ours (letters,
        // digits and underscores only).
        QStringLiteral("CREATE OR REPLACE FUNCTION fast_committee_guard_scoring() RETURNS trigger "
                       "LANGUAGE plpgsql AS $$\n"
                       "BEGIN\n"
                       "    IF pg_has_role(current_user, '%1', 'MEMBER') AND NOT pg_has_role(current_user, '%2', "
                       "'MEMBER') AND NOT fast_committee_own_member(OLD.member_id) THEN\n"
                       "        RAISE EXCEPTION 'permission denied for table %', TG_TABLE_NAME USING ERRCODE = "
                       "'insufficient_privilege', DETAIL = 'A member changes only the rows of their own scoring.';\n"
                       "    END IF;\n"
                       "    RETURN OLD;\n"
                       "END $$")
            .arg(member, secretariat),
    };
    for (const char *name : {"notes", "recusals"}) {
        const QString table = QLatin1String(name);
        const auto policy = [&statements, &table](const QString &policyName, const QString &definition) {
            statements.append(QStringLiteral("DROP POLICY IF EXISTS %1 ON %2").arg(policyName, table));
            statements.append(QStringLiteral("CREATE POLICY %1 ON %2 %3").arg(policyName, table, definition));
        };
        statements.append(QStringLiteral("ALTER TABLE %1 ENABLE ROW LEVEL SECURITY").arg(table));
        policy(QStringLiteral("fast_read"), QStringLiteral("FOR SELECT USING (true)"));
        policy(QStringLiteral("fast_secretariat"),
               QStringLiteral("FOR ALL TO %1 USING (true) WITH CHECK (true)").arg(secretariat));
        policy(QStringLiteral("fast_member_insert"),
               QStringLiteral("FOR INSERT TO %1 WITH CHECK (fast_committee_own_member(member_id))").arg(member));
        policy(QStringLiteral("fast_member_update"),
               QStringLiteral("FOR UPDATE TO %1 USING (true) WITH CHECK (fast_committee_own_member(member_id))")
                   .arg(member));
        policy(QStringLiteral("fast_member_delete"), QStringLiteral("FOR DELETE TO %1 USING (true)").arg(member));
        statements.append(QStringLiteral("DROP TRIGGER IF EXISTS fast_committee_guard ON %1").arg(table));
        statements.append(QStringLiteral("CREATE TRIGGER fast_committee_guard BEFORE DELETE ON %1 FOR EACH ROW "
                                         "EXECUTE FUNCTION fast_committee_guard_scoring()")
                              .arg(table));
    }
    return statements;
}

Result<QStringList> ServerRoles::init(Database &database)
{
    if (const Outcome allowed = requireAdministrator(database, QStringLiteral("server init")); !allowed)
        return Result<QStringList>::failure(allowed.error());
    const QSqlDatabase server = database.connection();
    const QString databaseName = currentDatabase(server);
    const Result<QList<ServerRole::Kind>> existing = existingGroups(server, databaseName);
    if (!existing)
        return Result<QStringList>::failure(existing.error());

    QStringList said;
    TransactionGuard transaction(server);
    if (!transaction.isActive())
        return Result<QStringList>::failure(transaction.beginError());
    QSqlQuery query(server);
    QStringList statements{QStringLiteral("CREATE TABLE IF NOT EXISTS %1 (login TEXT PRIMARY KEY, "
                                          "member_name TEXT NOT NULL, member_key TEXT NOT NULL)")
                               .arg(QLatin1String(loginsTable))};
    for (const ServerRole::Kind kind : groupKinds()) {
        const QString group = ServerRole::groupName(databaseName, kind);
        if (existing.value().contains(kind)) {
            said.append(tr("The group role %1 (%2) was there already.").arg(group, ServerRole::label(kind)));
        } else {
            statements.append(QStringLiteral("CREATE ROLE %1 NOLOGIN").arg(group));
            said.append(tr("Created the group role %1 (%2).").arg(group, ServerRole::label(kind)));
        }
    }
    statements += grantStatements(server, databaseName);
    statements += scoringGuardStatements(databaseName);
    for (const QString &statement : statements) {
        if (!query.exec(statement))
            // The server's own words: an administrator refused here lacks a right of the server (CREATEROLE),
            // not a role on the committee, which is what StorageError would say of a refusal.
            return Result<QStringList>::failure(
                tr("Cannot set up the roles of the committee: %1").arg(serverWords(query.lastError())));
    }
    if (const Outcome committed = transaction.commit(); !committed)
        return Result<QStringList>::failure(committed.error());
    said.append(tr("The committee %1 is set up at schema version %2: the secretariat changes the committee, each "
                   "member writes only their own notes and recusals, an observer reads.")
                    .arg(databaseName)
                    .arg(Database::currentSchemaVersion));
    return Result<QStringList>::success(said);
}

Outcome ServerRoles::checkLoginName(const QString &login)
{
    static const QRegularExpression valid(QStringLiteral("^[a-z][a-z0-9_.-]{0,62}$"));
    static const QRegularExpression group(QStringLiteral("^fast_.*_(secretariat|member|observer)$"));
    if (login.isEmpty())
        return Outcome::failure(tr("The login is empty."));
    if (!valid.match(login).hasMatch())
        return Outcome::failure(tr("\"%1\" is not a login name: use lower-case letters, digits, \".\", \"-\" or "
                                   "\"_\", starting with a letter, at most 63 characters.")
                                    .arg(login));
    if (login.startsWith(QLatin1String("pg_")) || group.match(login).hasMatch())
        return Outcome::failure(
            tr("\"%1\" is a name the server or Comité FAST keeps for its own roles: choose another login.").arg(login));
    return Outcome::success();
}

Outcome ServerRoles::checkPassword(const QString &password)
{
    if (password.isEmpty())
        return Outcome::failure(tr("The password is empty."));
    if (password.size() < shortestPassword)
        return Outcome::failure(tr("The password is too short: at least %1 characters.").arg(shortestPassword));
    for (const QChar c : password) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            return Outcome::failure(tr("The password holds a control character."));
    }
    return Outcome::success();
}

Result<QStringList> ServerRoles::addLogin(Database &database, const Login &login, const PasswordSource &password)
{
    using Lines = Result<QStringList>;
    const QString command = QStringLiteral("server add-%1").arg(ServerRole::key(login.kind));
    if (const Outcome name = checkLoginName(login.name); !name)
        return Lines::failure(name.error());
    QString memberName;
    if (login.kind == ServerRole::Kind::Member) {
        const Result<QString> checked =
            NameText::normalise(login.memberName.isEmpty() ? login.name : login.memberName, tr("Member name"));
        if (!checked)
            return Lines::failure(checked.error());
        memberName = checked.value();
    }
    if (const Outcome allowed = requireAdministrator(database, command); !allowed)
        return Lines::failure(allowed.error());
    const QSqlDatabase server = database.connection();
    const QString databaseName = currentDatabase(server);
    const Result<QList<ServerRole::Kind>> groups = existingGroups(server, databaseName);
    if (!groups)
        return Lines::failure(groups.error());
    if (groups.value().size() != groupKinds().size())
        return Lines::failure(tr("The committee %1 is not set up for roles yet: run fast-committee server init on it "
                                 "first.")
                                  .arg(databaseName));

    QSqlQuery query(server);
    query.prepare(QStringLiteral("SELECT r.rolcanlogin, r.rolsuper, "
                                 "pg_has_role(r.oid, ?, 'MEMBER'), pg_has_role(r.oid, ?, 'MEMBER'), "
                                 "pg_has_role(r.oid, ?, 'MEMBER') FROM pg_roles r WHERE r.rolname = ?"));
    for (const ServerRole::Kind kind : groupKinds())
        query.addBindValue(ServerRole::groupName(databaseName, kind));
    query.addBindValue(login.name);
    if (!query.exec())
        return Lines::failure(StorageError::readMessage(query.lastError(), server, QStringLiteral("pg_roles")));
    const bool exists = query.next();
    QList<ServerRole::Kind> had;
    if (exists) {
        if (!query.value(0).toBool())
            return Lines::failure(tr("%1 is a group role on this server, not a login.").arg(login.name));
        if (query.value(1).toBool())
            return Lines::failure(
                tr("%1 is a superuser of this server: it may do everything already and needs no role.")
                    .arg(login.name));
        for (int i = 0; i < groupKinds().size(); ++i) {
            if (query.value(2 + i).toBool())
                had.append(groupKinds().at(i));
        }
    }
    query.finish();
    query.prepare(QStringLiteral("SELECT member_name FROM %1 WHERE login = ?").arg(QLatin1String(loginsTable)));
    query.addBindValue(login.name);
    if (!query.exec())
        return Lines::failure(StorageError::readMessage(query.lastError(), server, tr("the committee's logins")));
    const QString hadMemberName = query.next() ? query.value(0).toString() : QString();
    query.finish();

    const QString group = ServerRole::groupName(databaseName, login.kind);
    const QString label = ServerRole::label(login.kind);
    QStringList said;
    QStringList statements;
    if (!exists) {
        const Result<QString> typed = password();
        if (!typed)
            return Lines::failure(typed.error());
        if (const Outcome strong = checkPassword(typed.value()); !strong)
            return Lines::failure(strong.error());
        // Hashed here when it can be, so that the password never reaches the server's statement log.
        QSqlField field(QStringLiteral("password"), QMetaType(QMetaType::QString));
        field.setValue(ScramVerifier::canHash(typed.value()) ? QString::fromLatin1(ScramVerifier::make(typed.value()))
                                                             : typed.value());
        statements.append(QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD %2 IN ROLE %3")
                              .arg(identifier(server, login.name), server.driver()->formatValue(field), group));
        said.append(tr("Created the login %1 with the role %2 on this committee.").arg(login.name, label));
    } else if (had == QList<ServerRole::Kind>{login.kind}) {
        said.append(tr("%1 already has the role %2 on this committee.").arg(login.name, label));
    } else {
        for (const ServerRole::Kind kind : had) {
            if (kind != login.kind)
                statements.append(QStringLiteral("REVOKE %1 FROM %2")
                                      .arg(ServerRole::groupName(databaseName, kind), identifier(server, login.name)));
        }
        if (!had.contains(login.kind))
            statements.append(QStringLiteral("GRANT %1 TO %2").arg(group, identifier(server, login.name)));
        if (had.isEmpty())
            said.append(tr("The login %1 already exists on this server and keeps its password; it now has the role "
                           "%2 on this committee.")
                            .arg(login.name, label));
        else
            said.append(tr("%1 had the role %2 on this committee; it now has the role %3.")
                            .arg(login.name, ServerRole::label(had.first()), label));
    }
    const bool mappingChanges = memberName != hadMemberName;
    if (login.kind == ServerRole::Kind::Member)
        said.append(tr("%1 scores as the committee member named %2.").arg(login.name, memberName));
    if (statements.isEmpty() && !mappingChanges) {
        said.append(tr("Nothing changed."));
        return Lines::success(said);
    }

    TransactionGuard transaction(server);
    if (!transaction.isActive())
        return Lines::failure(transaction.beginError());
    const auto failed = [&query]() {
        return Lines::failure(tr("Cannot add the login: %1").arg(serverWords(query.lastError())));
    };
    for (const QString &statement : statements) {
        if (!query.exec(statement))
            return failed();
    }
    if (mappingChanges) {
        query.prepare(QStringLiteral("DELETE FROM %1 WHERE login = ?").arg(QLatin1String(loginsTable)));
        query.addBindValue(login.name);
        if (!query.exec())
            return failed();
        if (!memberName.isEmpty()) {
            query.prepare(QStringLiteral("INSERT INTO %1 (login, member_name, member_key) VALUES (?, ?, ?)")
                              .arg(QLatin1String(loginsTable)));
            query.addBindValue(login.name);
            query.addBindValue(memberName);
            query.addBindValue(TextKey::fold(memberName));
            if (!query.exec())
                return failed();
        }
    }
    query.finish();
    if (const Outcome committed = transaction.commit(); !committed)
        return Lines::failure(committed.error());
    return Lines::success(said);
}
