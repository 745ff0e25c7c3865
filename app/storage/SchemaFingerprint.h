#pragma once

#include "domain/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QStringList>

// Compares a database file's schema (its tables with their columns, indexes, triggers and views, as
// sqlite_master records them) with the schema Migrations builds for the same version. A trigger added by
// hand can change amounts behind the audit log's back, and a dropped column makes every query fail with
// Qt Sql's "Parameter count mismatch": such a file must be refused before anything reads or writes it.
// The expected schema is built once per version and process in an in-memory database, so a check costs
// one read of sqlite_master (milliseconds, whatever the file's size).
class SchemaFingerprint
{
    Q_DECLARE_TR_FUNCTIONS(SchemaFingerprint)

public:
    // Each difference between the database's schema and schema `version`, in words ("unexpected trigger
    // \"x\" on table candidates", "table candidates differs from schema 3 (missing column \"name\")");
    // empty when they are the same. A failure when the schema cannot be read (SQLite's reason).
    static Result<QStringList> differences(QSqlDatabase database, int version);

private:
    struct SchemaObject
    {
        QString type;
        QString name;
        QString table;
        QString sql;
        // For tables: one line per column (PRAGMA table_xinfo), to name what differs.
        QStringList columns;
    };

    static Result<QList<SchemaObject>> read(QSqlDatabase database, bool withColumns);
    static Result<QList<SchemaObject>> expected(int version);
    static Result<QList<SchemaObject>> build(int version);
    static Result<QStringList> columns(QSqlDatabase database, const QString &table);
    static QString missing(const SchemaObject &object);
    static QString unexpected(const SchemaObject &object);
    static QString changed(const SchemaObject &expected, const SchemaObject &actual, int version);
    static QString columnName(const QString &columnLine);
};
