#pragma once

#include "domain/Candidate.h"
#include "domain/Promotion.h"
#include "domain/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

// Writes a promotion's candidates as the CSV file CandidateCsvImport reads: the import's French columns, the
// file number and contact e-mail, then one column per extra field (the form's other answers, which the
// import's mapping keeps as extra fields again),
// UTF-8 with a byte order mark (so that spreadsheets open the accents right), ';' as the delimiter,
// RFC 4180 quoting and the plain machine form of amounts, so that an export imports back identically.
// Cells a spreadsheet would run as a formula are neutralised with a leading apostrophe, which the
// importer reads back off: a candidate's name cannot become a command in the secretariat's spreadsheet.
class CandidateCsvExport
{
    Q_DECLARE_TR_FUNCTIONS(CandidateCsvExport)

public:
    // The fixed columns, in the import's column order: the committee's fields, then the file number and the
    // contact e-mail ("numero_dossier", "email_contact").
    static QStringList columnNames();
    // One candidate's values under columnNames() (the fixed columns), as plain text (amounts in their machine form,
    // empty when none), before any quoting: the CSV file and the XLSX workbook (PromotionWorkbook) both build on it.
    static QStringList fields(const Candidate &candidate);
    // The whole header for these candidates: the fixed columns, then one column per extra field
    // (extraFieldNames).
    static QStringList columnNames(const QList<Candidate> &candidates);
    // The names of the candidates' extra fields (the form's other answers), each once (compared as TextKey
    // does), in the order first met: candidate by candidate, each in its own order.
    static QStringList extraFieldNames(const QList<Candidate> &candidates);
    // The candidate's answer to each of these names, "" where it has none.
    static QStringList extraFieldValues(const Candidate &candidate, const QStringList &names);

    // The whole file, candidates in the order given. The promotion is not written into the file (the
    // import names its promotion on the command line); it is taken for symmetry with the other reports.
    static QByteArray toCsv(const Promotion &promotion, const QList<Candidate> &candidates);
    // The same, written through OutputFile: the complete export, or a refusal that says why with the
    // previous file left as it was; the open database and anything not a regular file are refused.
    static Outcome writeFile(const QString &path, const Promotion &promotion, const QList<Candidate> &candidates);

    // One cell as written in the file: neutralised against formulas, then quoted when needed.
    static QString cell(const QString &text);
    // The words the importer reads back: "produit", "accélération", "laureat"... (empty for none).
    static QString kindWord(CandidateKind kind);
    static QString phaseWord(Phase phase);
    static QString decisionWord(Decision decision);
};
