#pragma once

#include "domain/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

// Copies a whole committee from one open database to another, in either direction between an SQLite file
// and a PostgreSQL server (fast-committee db copy): every table row for row with its ids, the audit log
// included, and each table's id counter, so that an id never comes back after a copy. The target must
// hold no committee yet (a new database: only the years its schema seeds). Written in one transaction on
// the target and checked before it is committed: the same number of rows in every table, and every
// promotion's count of candidates and totals (annual budgets, requested and granted amounts) to the cent;
// anything else rolls the target back and says what differs.
class CommitteeTransfer
{
    Q_DECLARE_TR_FUNCTIONS(CommitteeTransfer)

public:
    struct Summary
    {
        QList<std::pair<QString, int>> rowsPerTable; // in copy order
        int promotions = 0;
        int candidates = 0;
        int auditRows = 0;
    };

    // Both databases open at the same schema version (Database::open migrates both to the current one).
    static Result<Summary> copy(const QSqlDatabase &source, const QSqlDatabase &target);
    // The committee's tables, each after those it refers to.
    static const QStringList &tablesInCopyOrder();

private:
    static Result<QStringList> committeeTables(const QSqlDatabase &database);
    static Result<int> count(const QSqlDatabase &database, const QString &table);
    static Result<qint64> idCounter(const QSqlDatabase &database, const QString &table);
    static QString setIdCounter(const QSqlDatabase &database, const QString &table, qint64 value);
    static Result<QStringList> promotionTotals(const QSqlDatabase &database);
    static QString copyRows(const QSqlDatabase &source, const QSqlDatabase &target, const QString &table, int *rows);
};
