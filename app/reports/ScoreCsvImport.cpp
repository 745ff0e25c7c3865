#include "ScoreCsvImport.h"

#include "CsvColumnMap.h"
#include "CsvReader.h"
#include "CsvTableImport.h"
#include "domain/NameText.h"
#include "domain/TextKey.h"

#include <QHash>
#include <QRegularExpression>

#include <algorithm>
#include <array>

namespace {

enum class ScoreColumn { Member, Candidate, Criterion, Note };

// The columns in ScoreColumn order, all required.
const CsvColumnMap &scoreColumns()
{
    static const CsvColumnMap map({
        {QStringLiteral("membre"), QStringLiteral("member")},
        {QStringLiteral("projet"), QStringLiteral("name")},
        {QStringLiteral("critere"), QStringLiteral("criterion")},
        {QStringLiteral("note"), QStringLiteral("note")},
    });
    return map;
}

// Where the cell of a note or a recusal was first given in the file.
using CellKey = std::array<qint64, 3>; // candidate id, member id, criterion index (-1: recusal)

QString cellKeyText(const CellKey &key)
{
    return QStringLiteral("%1/%2/%3").arg(key[0]).arg(key[1]).arg(key[2]);
}

QString recusalKey(qint64 candidateId, qint64 memberId)
{
    return QStringLiteral("%1/%2").arg(candidateId).arg(memberId);
}

} // namespace

QStringList ScoreCsvImport::Parsed::messages() const
{
    QStringList texts;
    texts.reserve(problems.size());
    for (const CsvProblem &problem : problems)
        texts.append(problem.toString());
    return texts;
}

QString ScoreCsvImport::acceptedColumnsDescription()
{
    return scoreColumns().acceptedColumnsDescription();
}

ScoreCsvImport::Parsed ScoreCsvImport::parse(const QByteArray &bytes, const QString &fileName, const ScoreSheet &sheet,
                                             const QList<Candidate> &candidates)
{
    CsvProblem problem;
    const Result<CsvTable> table = CsvReader::parse(bytes, fileName, &problem);
    return importCsvTable<Parsed>(table, problem,
                                  [&](const CsvTable &read) { return parseTable(read, fileName, sheet, candidates); });
}

ScoreCsvImport::Parsed ScoreCsvImport::parseFile(const QString &path, const ScoreSheet &sheet,
                                                 const QList<Candidate> &candidates)
{
    CsvProblem problem;
    const Result<CsvTable> table = CsvReader::readFile(path, &problem);
    return importCsvTable<Parsed>(table, problem,
                                  [&](const CsvTable &read) { return parseTable(read, path, sheet, candidates); });
}

ScoreCsvImport::Parsed ScoreCsvImport::parseTable(const CsvTable &table, const QString &fileName,
                                                  const ScoreSheet &sheet, const QList<Candidate> &candidates)
{
    Parsed result;
    result.encodingName = table.encodingName;
    result.delimiter = table.delimiter;
    // The header: four known columns, each once. An empty header row is four missing columns.
    const CsvColumnMap::Header header = scoreColumns().read(
        table, fileName,
        {tr("the file has no header row"), QString(), tr("unknown column; the accepted columns are %1"),
         tr("duplicate column: column %1 (\"%2\") already holds it"),
         tr("the required column \"%1\" (or \"%2\") is missing")});
    result.problems = header.problems;
    if (!result.problems.isEmpty())
        return result;
    const QStringList &names = header.names;

    QHash<QString, qint64> memberIds;
    QStringList memberNames;
    for (const CommitteeMember &member : sheet.members()) {
        memberIds.insert(TextKey::fold(member.name), member.id);
        memberNames.append(member.name);
    }
    QHash<QString, qint64> candidateIds;
    for (const Candidate &candidate : candidates)
        candidateIds.insert(TextKey::fold(candidate.name), candidate.id);
    QStringList criterionNames;
    for (const Criterion &criterion : sheet.criteria().criteria())
        criterionNames.append(criterion.name);
    static const QRegularExpression wholeNumber(QStringLiteral("^[0-9]+$"));

    // A note row waits for the whole file: a recusal further down still forbids it.
    struct PendingNote
    {
        int line;
        ScoreNote note;
    };
    QList<PendingNote> pendingNotes;
    QHash<QString, int> lineOfCell;    // cellKeyText -> first line
    QHash<QString, int> lineOfRecusal; // recusalKey -> line of the file's recusal
    QList<CsvProblem> rowProblems;

    const QString noteColumn = names.at(header.column(ScoreColumn::Note));
    for (qsizetype r = 1; r < table.records.size(); ++r) {
        const CsvRecord &record = table.records.at(r);
        const int line = record.line;
        if (std::all_of(record.fields.cbegin(), record.fields.cend(),
                        [](const QString &field) { return field.trimmed().isEmpty(); }))
            continue;
        if (record.fields.size() != names.size()) {
            rowProblems.append(
                {fileName, line, QString(),
                 tr("the row has %1 fields where the header has %2").arg(record.fields.size()).arg(names.size())});
            continue;
        }
        const auto cell = [&](ScoreColumn column) {
            return record.fields.at(header.column(column)).trimmed();
        };
        const auto report = [&](ScoreColumn column, const QString &reason) {
            rowProblems.append({fileName, line, names.at(header.column(column)), reason});
        };

        const QString memberText = cell(ScoreColumn::Member);
        const QString candidateText = cell(ScoreColumn::Candidate);
        const QString criterionText = cell(ScoreColumn::Criterion);
        const QString noteText = cell(ScoreColumn::Note);
        bool rowOk = true;

        // A name the text policy refuses (a line break, an invisible or bidirectional character) is said as
        // such, never echoed into an "unknown" message where it would forge or hide a line.
        const auto refusedName = [&](ScoreColumn column, const QString &text, const QString &label) {
            const Result<QString> checked = NameText::normalise(text, label);
            if (checked)
                return false;
            report(column, checked.error());
            rowOk = false;
            return true;
        };

        qint64 memberId = 0;
        if (memberText.isEmpty()) {
            report(ScoreColumn::Member, tr("the committee member is missing"));
            rowOk = false;
        } else if (refusedName(ScoreColumn::Member, memberText, tr("Committee member name"))) {
            // reported
        } else if (const auto found = memberIds.constFind(TextKey::fold(memberText)); found != memberIds.cend()) {
            memberId = found.value();
        } else {
            report(ScoreColumn::Member,
                   memberNames.isEmpty()
                       ? tr("unknown committee member \"%1\": the committee has no member yet").arg(memberText)
                       : tr("unknown committee member \"%1\"; the members are %2")
                             .arg(memberText, memberNames.join(QLatin1String(", "))));
            rowOk = false;
        }

        qint64 candidateId = 0;
        if (candidateText.isEmpty()) {
            report(ScoreColumn::Candidate, tr("the candidate is missing"));
            rowOk = false;
        } else if (refusedName(ScoreColumn::Candidate, candidateText, tr("Project name"))) {
            // reported
        } else if (const auto found = candidateIds.constFind(TextKey::fold(candidateText));
                   found != candidateIds.cend()) {
            candidateId = found.value();
        } else {
            report(ScoreColumn::Candidate, tr("no candidate called \"%1\" in this promotion").arg(candidateText));
            rowOk = false;
        }

        const QString noteKey = TextKey::fold(noteText);
        const bool recusal = noteKey == QLatin1String("deport") || noteKey == QLatin1String("recusal");
        if (recusal) {
            if (!criterionText.isEmpty()) {
                report(ScoreColumn::Criterion,
                       tr("a recusal concerns the whole candidate: leave the criterion empty (given \"%1\")")
                           .arg(criterionText));
                rowOk = false;
            }
            if (!rowOk)
                continue;
            const QString key = recusalKey(candidateId, memberId);
            if (const auto earlier = lineOfRecusal.constFind(key); earlier != lineOfRecusal.cend()) {
                report(ScoreColumn::Note, tr("this recusal is already on line %1").arg(earlier.value()));
                continue;
            }
            lineOfRecusal.insert(key, line);
            result.recusals.append(QPair<qint64, qint64>(candidateId, memberId));
            continue;
        }

        int criterionIndex = -1;
        if (criterionText.isEmpty()) {
            report(ScoreColumn::Criterion, tr("the criterion is missing"));
            rowOk = false;
        } else {
            criterionIndex = sheet.criteria().indexOfName(criterionText);
            if (criterionIndex < 0) {
                report(ScoreColumn::Criterion, tr("unknown criterion \"%1\"; the criteria are %2")
                                                   .arg(criterionText, criterionNames.join(QLatin1String(", "))));
                rowOk = false;
            }
        }
        int note = -1;
        if (noteText.isEmpty()) {
            report(ScoreColumn::Note, tr("the note is missing: write a whole number from 0 to 5, or \"déport\""));
            rowOk = false;
        } else if (!wholeNumber.match(noteText).hasMatch() || noteText.size() > 2 || noteText.toInt() > 5) {
            report(ScoreColumn::Note,
                   tr("\"%1\" is not a note: write a whole number from 0 to 5, or \"déport\" for a recusal")
                       .arg(noteText));
            rowOk = false;
        } else {
            note = noteText.toInt();
        }
        if (!rowOk)
            continue;
        const QString key = cellKeyText({candidateId, memberId, criterionIndex});
        if (const auto earlier = lineOfCell.constFind(key); earlier != lineOfCell.cend()) {
            rowProblems.append({fileName, line, QString(),
                                tr("%1 already noted \"%2\" for %3 on line %4")
                                    .arg(memberText, criterionText, candidateText)
                                    .arg(earlier.value())});
            continue;
        }
        lineOfCell.insert(key, line);
        pendingNotes.append(PendingNote{line, {candidateId, memberId, criterionIndex, note}});
    }

    // Notes of recused members, whether the recusal is stored or in the file.
    for (const PendingNote &pending : std::as_const(pendingNotes)) {
        const ScoreNote &note = pending.note;
        QString memberName;
        for (const CommitteeMember &member : sheet.members()) {
            if (member.id == note.memberId)
                memberName = member.name;
        }
        QString candidateName;
        for (const Candidate &candidate : candidates) {
            if (candidate.id == note.candidateId)
                candidateName = candidate.name;
        }
        if (const auto recusalLine = lineOfRecusal.constFind(recusalKey(note.candidateId, note.memberId));
            recusalLine != lineOfRecusal.cend())
            rowProblems.append({fileName, pending.line, noteColumn,
                                tr("%1 is recused on %2 (line %3) and cannot score it")
                                    .arg(memberName, candidateName)
                                    .arg(recusalLine.value())});
        else if (sheet.isRecused(note.candidateId, note.memberId))
            rowProblems.append({fileName, pending.line, noteColumn,
                                tr("%1 is recused on %2 and cannot score it").arg(memberName, candidateName)});
        else
            result.notes.append(note);
    }

    std::stable_sort(rowProblems.begin(), rowProblems.end(),
                     [](const CsvProblem &left, const CsvProblem &right) { return left.line < right.line; });
    result.problems = rowProblems;
    if (!result.problems.isEmpty()) {
        result.notes.clear();
        result.recusals.clear();
    }
    return result;
}
