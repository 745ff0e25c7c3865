#pragma once

#include "CsvProblem.h"
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
    QList<CandidateField> columns;

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
