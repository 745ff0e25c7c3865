#pragma once

#include "CsvProblem.h"
#include "CsvTable.h"
#include "domain/Candidate.h"
#include "domain/ScoreNote.h"
#include "domain/ScoreSheet.h"

#include <QByteArray>
#include <QChar>
#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

// Turns a CSV file of committee notes (one row per member, candidate and criterion: `membre;projet;critere;
// note`, or the English `member;name;criterion;note`) into the notes and recusals of one promotion, or
// into the complete list of what is wrong with it, each problem located as "FILE:LINE: column: reason".
// Members, candidates and criteria are found by name, case- and accent-insensitive; a note is a whole
// number 0–5, or `déport` / `recusal` with an empty criterion for a recusal. It writes nothing: the caller
// imports only a file without any problem (ScoringStore::importScores), so a file is all or nothing.
class ScoreCsvImport
{
    Q_DECLARE_TR_FUNCTIONS(ScoreCsvImport)

public:
    // What a file holds once read; notes and recusals are empty when there is any problem.
    struct Parsed
    {
        QList<ScoreNote> notes;
        QList<QPair<qint64, qint64>> recusals; // (candidate id, member id)
        QList<CsvProblem> problems;            // in line order
        QString encodingName;
        QChar delimiter;

        bool ok() const { return problems.isEmpty(); }
        QStringList messages() const;
    };

    // The sheet gives the promotion's members, criteria and stored recusals; candidates their names.
    static Parsed parse(const QByteArray &bytes, const QString &fileName, const ScoreSheet &sheet,
                        const QList<Candidate> &candidates);
    static Parsed parseFile(const QString &path, const ScoreSheet &sheet, const QList<Candidate> &candidates);
    static Parsed parseTable(const CsvTable &table, const QString &fileName, const ScoreSheet &sheet,
                             const QList<Candidate> &candidates);

    // "membre/member, projet/name, critere/criterion, note", for help texts.
    static QString acceptedColumnsDescription();
};
