#pragma once

#include "domain/AuditEntry.h"
#include "domain/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

// The audit log as a CSV file, shared by the command line (`audit --csv FILE`) and the window's audit-log
// view, so that both write the same columns as `audit --json` prints: at (UTC, ISO 8601 with
// milliseconds), operator, promotion (empty for a change outside promotions), action (the stable key),
// subject, old, new. UTF-8 with a byte order mark, ';' as the delimiter, RFC 4180 quoting and formula
// cells neutralised, as the candidates' export (CandidateCsvExport) writes them: an operator's or a
// project's name cannot become a command in the spreadsheet the log is read in.
class AuditCsvExport
{
    Q_DECLARE_TR_FUNCTIONS(AuditCsvExport)

public:
    // The header row: the keys of `audit --json`.
    static QStringList columnNames();
    // One entry's cells, in columnNames()'s order, before quoting.
    static QStringList fields(const AuditEntry &entry);
    // The whole file, entries in the order given.
    static QByteArray toCsv(const QList<AuditEntry> &entries);
    // The same, written through OutputFile: the complete file, or a refusal that says why with the previous
    // file left as it was.
    static Outcome writeFile(const QString &path, const QList<AuditEntry> &entries);
};
