#pragma once

#include "ColumnMapping.h"
#include "CsvProblem.h"
#include "ImportColumn.h"
#include "domain/Candidate.h"

#include <QChar>
#include <QList>
#include <QString>
#include <QStringList>

// What CandidateCsvImport made of a file: the candidates to import, or every problem that stops the
// import. All or nothing: when there is any problem, candidates is empty.
struct CandidateCsvParse
{
    QList<Candidate> candidates;
    QList<int> lines;           // the source line of each candidate, same order
    QList<CsvProblem> problems; // in line order
    QString encodingName;       // as CsvTable::encodingName; empty when the file could not be read
    QChar delimiter;
    int blankRowsSkipped = 0;
    QString sheetName;      // as CsvTable::sheetName: the spreadsheet's sheet read, empty for a CSV file
    QStringList sheetNames; // as CsvTable::sheetNames
    // The candidate fields the file has a column for, so that a re-import changes only what the file says
    // (CandidateImportPlan). Empty when not known: every field is then taken as given.
    QList<CandidateField> fieldsGiven;
    // What the mapping step shows: every column of the header row with its first values, and the mapping the
    // rows were read through (empty for the app's own CSV read by its column names alone).
    QList<ImportColumn> columns;
    ColumnMapping mapping;
    // True when the header was read by the app's own column names (a hand-made or exported CSV of the app's
    // format, where an unknown column is an error); false when the rows were read through the mapping.
    bool readByColumnNames = false;

    bool ok() const { return problems.isEmpty(); }
    // Each problem as "FILE:LINE: column: reason", in line order.
    QStringList messages() const
    {
        QStringList texts;
        texts.reserve(problems.size());
        for (const CsvProblem &problem : problems)
            texts.append(problem.toString());
        return texts;
    }
};
