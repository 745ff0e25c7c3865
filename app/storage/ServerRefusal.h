#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QString>

class ServerRole;

// What a user reads when the server refuses a write to their role (SQLSTATE 42501: a missing grant, a
// row-level security policy, the guard on another member's notes): the role and what it may not change,
// never the driver's words. The table is recognised in the server's message by its name, which PostgreSQL
// keeps untranslated whatever the server's language.
class ServerRefusal
{
    Q_DECLARE_TR_FUNCTIONS(ServerRefusal)

public:
    // SQLSTATE insufficient_privilege.
    static constexpr const char *sqlState = "42501";
    static bool isRefusal(const QSqlError &error);
    static QString message(const QSqlError &error, const QSqlDatabase &database);
    // The same words, said before asking the server (the window's scoring grid): a member about another
    // member's notes or recusals, an observer about any.
    static QString notesRefusal(const ServerRole &role);
    static QString recusalsRefusal(const ServerRole &role);
    // What the server answers a change of the laureates' follow-up by a role that may not make it.
    static QString followUpRefusal(const ServerRole &role);
    // The table the server names in its refusal, or empty when it names none of the committee's.
    static QString refusedTable(const QString &serverText);

private:
    static QString notesRefusal(bool member, const QString &who);
    static QString recusalsRefusal(bool member, const QString &who);
    static QString followUpRefusal(const QString &who);
};
