#include "CandidateCsvImport.h"

#include "CandidateImportFields.h"
#include "CsvColumnMap.h"
#include "CsvReader.h"
#include "CsvTableImport.h"
#include "domain/TextKey.h"

#include <QHash>

#include <algorithm>

namespace {

// The export neutralises cells that a spreadsheet would run as formulas by prefixing an apostrophe
// to any cell that, after its own leading apostrophes, starts with = + - @, tab or CR ("=x" -> "'=x",
// "'=x" -> "''=x"); taking that one apostrophe back off makes an export import back identically.
QString withoutFormulaGuard(const QString &text)
{
    static const QString formulaStarts = QStringLiteral("=+-@\t\r");
    qsizetype apostrophes = 0;
    while (apostrophes < text.size() && text.at(apostrophes) == QLatin1Char('\''))
        ++apostrophes;
    if (apostrophes > 0 && apostrophes < text.size() && formulaStarts.contains(text.at(apostrophes)))
        return text.mid(1);
    return text;
}

// The columns in CandidateField order (a field's number is its enum value).
const CsvColumnMap &candidateColumns()
{
    static const CsvColumnMap map({
        {QStringLiteral("projet"), QStringLiteral("name"), true},
        {QStringLiteral("administration"), QStringLiteral("carrier"), true},
        {QStringLiteral("incubateur"), QStringLiteral("incubator"), false},
        {QStringLiteral("type"), QStringLiteral("kind"), false},
        {QStringLiteral("phase"), QStringLiteral("phase"), false},
        {QStringLiteral("budget_annuel"), QStringLiteral("annual_budget"), true},
        {QStringLiteral("montant_demande"), QStringLiteral("requested"), true},
        {QStringLiteral("description"), QStringLiteral("description"), false},
        {QStringLiteral("decision"), QStringLiteral("decision"), false},
        {QStringLiteral("montant_accorde"), QStringLiteral("granted"), false},
        {QStringLiteral("numero_dossier"), QStringLiteral("file_number"), false},
        {QStringLiteral("email_contact"), QStringLiteral("contact_email"), false},
    });
    return map;
}

QString joinWords(const QStringList &words)
{
    return words.join(QLatin1String(", "));
}

// A problem of one row, kept with its column so that the row's problems come out in column order.
struct RowProblem
{
    int column; // index in the file; -1 for the row as a whole, which comes first
    CsvProblem problem;
};

} // namespace

const CsvColumnMap &CandidateCsvImport::columnMap()
{
    return candidateColumns();
}

QString CandidateCsvImport::acceptedColumnsDescription()
{
    return candidateColumns().acceptedColumnsDescription();
}

CandidateCsvParse CandidateCsvImport::parse(const QByteArray &bytes, const QString &fileName,
                                            const CofinancingRule &rule, const QSet<QString> &existingNameKeys)
{
    CsvProblem problem;
    const Result<CsvTable> table = CsvReader::parse(bytes, fileName, &problem);
    return importCsvTable<CandidateCsvParse>(
        table, problem, [&](const CsvTable &read) { return parseTable(read, fileName, rule, existingNameKeys); });
}

CandidateCsvParse CandidateCsvImport::parseFile(const QString &path, const CofinancingRule &rule,
                                                const QSet<QString> &existingNameKeys)
{
    CsvProblem problem;
    const Result<CsvTable> table = CsvReader::readFile(path, &problem);
    return importCsvTable<CandidateCsvParse>(
        table, problem, [&](const CsvTable &read) { return parseTable(read, path, rule, existingNameKeys); });
}

CandidateCsvParse CandidateCsvImport::parseTable(const CsvTable &table, const QString &fileName,
                                                 const CofinancingRule &rule, const QSet<QString> &existingNameKeys)
{
    CandidateCsvParse result;
    result.encodingName = table.encodingName;
    result.delimiter = table.delimiter;
    // The header: every column must be known and appear once; the required ones must be there. Its
    // problems are all reported, and the rows are still read so that one run shows everything.
    const CsvColumnMap::Header header = candidateColumns().read(
        table, fileName,
        {tr("the file has no header row"), tr("the header row is empty: the first line must name the columns (%1)"),
         tr("unknown column; the accepted columns are %1"), tr("duplicate column: column %1 (\"%2\") already holds it"),
         tr("the required column \"%1\" (or \"%2\") is missing")});
    result.problems = header.problems;
    if (header.readable)
        readRows(table, fileName, header, {}, rule, existingNameKeys, result);
    return result;
}

CandidateCsvParse CandidateCsvImport::parseTable(const CsvTable &table, const QString &fileName,
                                                 const ColumnMapping &mapping, const CofinancingRule &rule,
                                                 const QSet<QString> &existingNameKeys)
{
    CandidateCsvParse result;
    result.encodingName = table.encodingName;
    result.delimiter = table.delimiter;
    result.mapping = mapping;
    result.columns = columnsOf(table);
    if (table.records.isEmpty()) {
        result.problems.append({fileName, 0, QString(), tr("the file has no header row")});
        return result;
    }
    CsvColumnMap::Header header;
    header.line = table.records.constFirst().line;
    for (const ImportColumn &column : std::as_const(result.columns))
        header.names.append(column.title);
    if (std::all_of(header.names.cbegin(), header.names.cend(), [](const QString &name) { return name.isEmpty(); })) {
        result.problems.append({fileName, header.line, QString(),
                                tr("the header row is empty: the first line must name the columns (%1)")
                                    .arg(candidateColumns().acceptedColumnsDescription())});
        return result;
    }
    header.readable = true;
    header.columnOf = QList<int>(CandidateImportFields::count(), -1);
    for (int field = 0; field < CandidateImportFields::count(); ++field) {
        const int column = mapping.columnOf.value(field, -1);
        header.columnOf[field] = column < header.names.size() ? column : -1;
    }
    for (const CandidateImportFields::Field &field : CandidateImportFields::all()) {
        if (field.required && header.column(field.field) < 0)
            result.problems.append(
                {fileName, header.line, QString(),
                 tr("no column is mapped to the required field « %1 »; the file's columns are %2")
                     .arg(CandidateImportFields::displayName(field.field), describeColumns(header.names))});
    }
    // The columns that hold no field are the candidate's other answers, named by their title: two of the
    // same title could not be told apart once stored.
    QList<int> extraColumns;
    QHash<QString, int> extraColumnOfKey;
    for (int column = 0; column < header.names.size(); ++column) {
        const QString &name = header.names.at(column);
        if (name.isEmpty() || mapping.fieldAt(column) >= 0)
            continue;
        const QString key = TextKey::fold(name);
        if (const auto seen = extraColumnOfKey.constFind(key); seen != extraColumnOfKey.cend()) {
            result.problems.append({fileName, header.line, name,
                                    tr("column %1 (\"%2\") has the same title: rename one, or map one to a field")
                                        .arg(seen.value() + 1)
                                        .arg(header.names.at(seen.value())),
                                    QString(), column});
            continue;
        }
        extraColumnOfKey.insert(key, column);
        extraColumns.append(column);
    }
    readRows(table, fileName, header, extraColumns, rule, existingNameKeys, result);
    return result;
}

QList<ImportColumn> CandidateCsvImport::columnsOf(const CsvTable &table)
{
    QList<ImportColumn> columns;
    if (table.records.isEmpty())
        return columns;
    for (const QString &title : table.records.constFirst().fields)
        columns.append({title.trimmed(), {}});
    qsizetype complete = 0;
    for (qsizetype r = 1; r < table.records.size() && complete < columns.size(); ++r) {
        const QStringList &fields = table.records.at(r).fields;
        for (qsizetype c = 0; c < columns.size() && c < fields.size(); ++c) {
            QStringList &samples = columns[c].samples;
            const QString value = withoutFormulaGuard(fields.at(c).trimmed());
            if (samples.size() >= ImportColumn::sampleCount || value.isEmpty())
                continue;
            samples.append(value);
            complete += samples.size() == ImportColumn::sampleCount ? 1 : 0;
        }
    }
    return columns;
}

QString CandidateCsvImport::describeColumns(const QStringList &titles)
{
    QStringList quoted;
    for (const QString &title : titles) {
        if (!title.isEmpty())
            quoted.append(QLatin1Char('"') + title + QLatin1Char('"'));
    }
    return quoted.isEmpty() ? tr("(none)") : quoted.join(QLatin1String(", "));
}

void CandidateCsvImport::readRows(const CsvTable &table, const QString &fileName, const CsvColumnMap::Header &header,
                                  const QList<int> &extraColumns, const CofinancingRule &rule,
                                  const QSet<QString> &existingNameKeys, CandidateCsvParse &result)
{
    // The fields the file has a column for: a re-import changes only those (CandidateImportPlan).
    for (int field = 0; field < header.columnOf.size(); ++field) {
        if (header.columnOf.at(field) >= 0)
            result.fieldsGiven.append(CandidateField(field));
    }
    // A file number twice is the re-import plan's to report (CandidateImportPlan), with the plan's other
    // problems, in the window and on the command line alike.
    QHash<QString, int> lineOfName; // TextKey::fold of each name seen so far -> its line
    lineOfName.reserve(table.records.size());
    const QChar delimiter = table.delimiter;
    for (qsizetype r = 1; r < table.records.size(); ++r) {
        const CsvRecord &record = table.records.at(r);
        const bool blank = std::all_of(record.fields.cbegin(), record.fields.cend(),
                                       [](const QString &field) { return field.trimmed().isEmpty(); });
        if (blank) {
            ++result.blankRowsSkipped;
            continue;
        }
        const int line = record.line;
        const qsizetype expected = header.names.size();
        const qsizetype given = record.fields.size();
        if (given > expected) {
            result.problems.append({fileName, line, QString(),
                                    tr("the row has more fields than the header (%1 instead of %2): a value that "
                                       "contains \"%3\" must be put in double quotes")
                                        .arg(given)
                                        .arg(expected)
                                        .arg(delimiter == QLatin1Char('\t') ? tr("a tab") : QString(delimiter))});
            continue;
        }
        if (given < expected) {
            result.problems.append(
                {fileName, line, QString(),
                 tr("the row has fewer fields than the header (%1 instead of %2)").arg(given).arg(expected)});
            continue;
        }

        QList<RowProblem> rowProblems;
        QSet<CandidateField> settled; // fields already reported, whose Candidate::validate error would repeat it
        const auto report = [&](int column, const QString &reason) {
            rowProblems.append(
                {column,
                 {fileName, line, column >= 0 ? header.names.at(column) : QString(), reason, QString(), column}});
        };
        const auto columnOf = [&](CandidateField field) {
            return header.column(field);
        };
        const auto cell = [&](CandidateField field) {
            const int column = columnOf(field);
            return column < 0 ? QString() : withoutFormulaGuard(record.fields.at(column).trimmed());
        };

        for (int column = 0; column < header.names.size(); ++column) {
            if (header.names.at(column).isEmpty() && !record.fields.at(column).trimmed().isEmpty())
                report(-1, tr("column %1 has no name in the header but holds \"%2\"")
                               .arg(column + 1)
                               .arg(record.fields.at(column).trimmed()));
        }

        Candidate candidate;
        candidate.name = cell(CandidateField::Name);
        candidate.carrier = cell(CandidateField::Carrier);
        candidate.incubator = cell(CandidateField::Incubator);
        candidate.description = cell(CandidateField::Description);
        candidate.reference = cell(CandidateField::Reference);
        candidate.contactEmail = cell(CandidateField::ContactEmail);
        for (const int column : extraColumns) {
            if (const QString value = withoutFormulaGuard(record.fields.at(column).trimmed()); !value.isEmpty())
                candidate.extraFields.append({header.names.at(column), value});
        }

        if (const QString text = cell(CandidateField::Kind); !text.isEmpty()) {
            if (const auto kind = candidateKindFromText(text))
                candidate.kind = *kind;
            else
                report(columnOf(CandidateField::Kind), tr("\"%1\" is not a kind of candidate: write one of %2")
                                                           .arg(text, joinWords(candidateKindAcceptedWords())));
        }
        if (const QString text = cell(CandidateField::Phase); !text.isEmpty()) {
            if (const auto phase = phaseFromText(text))
                candidate.phase = *phase;
            else
                report(columnOf(CandidateField::Phase), tr("\"%1\" is not a phase: write one of %2, or leave it empty")
                                                            .arg(text, joinWords(phaseAcceptedWords())));
        }

        const auto readAmount = [&](CandidateField field, Money *amount) {
            if (columnOf(field) < 0)
                return;
            const Result<Money> parsed = Money::parse(cell(field));
            if (parsed) {
                *amount = parsed.value();
            } else {
                report(columnOf(field), parsed.error());
                settled.insert(field);
            }
        };
        readAmount(CandidateField::AnnualBudget, &candidate.annualBudget);
        readAmount(CandidateField::Requested, &candidate.requested);

        if (const QString text = cell(CandidateField::Decision); !text.isEmpty()) {
            if (const auto decision = decisionFromText(text)) {
                candidate.decision = *decision;
            } else {
                report(columnOf(CandidateField::Decision),
                       tr("\"%1\" is not a decision: write one of %2, or leave it empty")
                           .arg(text, joinWords(decisionAcceptedWords())));
                // Whether a granted amount belongs here depends on the decision nobody could read.
                settled.insert(CandidateField::Granted);
            }
        }
        if (!cell(CandidateField::Granted).isEmpty())
            readAmount(CandidateField::Granted, &candidate.granted);
        else if (candidate.decision == Decision::Laureate) {
            if (columnOf(CandidateField::Granted) >= 0)
                report(columnOf(CandidateField::Granted), tr("a laureate needs a granted amount"));
            else
                report(columnOf(CandidateField::Decision),
                       tr("a laureate needs a granted amount, but the file has no \"%1\" (or \"%2\") column")
                           .arg(candidateColumns().columns().at(int(CandidateField::Granted)).french,
                                candidateColumns().columns().at(int(CandidateField::Granted)).english));
            settled.insert(CandidateField::Granted);
        }

        for (const FieldError &error : candidate.validate(rule)) {
            // The other answers are columns of their own, named in the message.
            if (error.field == CandidateField::ExtraFields) {
                report(-1, error.message);
                continue;
            }
            // A missing column was reported once on the header, not again on every row.
            if (settled.contains(error.field) || columnOf(error.field) < 0)
                continue;
            report(columnOf(error.field), error.message);
        }

        if (!candidate.name.isEmpty() && columnOf(CandidateField::Name) >= 0) {
            const QString key = TextKey::fold(candidate.name);
            if (existingNameKeys.contains(key)) {
                report(columnOf(CandidateField::Name),
                       tr("\"%1\" is already a candidate of this promotion").arg(candidate.name));
            } else if (const auto seen = lineOfName.constFind(key); seen != lineOfName.cend()) {
                report(columnOf(CandidateField::Name),
                       tr("\"%1\" is already on line %2 (names are compared without case or accents)")
                           .arg(candidate.name)
                           .arg(seen.value()));
            } else {
                lineOfName.insert(key, line);
            }
        }

        if (rowProblems.isEmpty()) {
            result.candidates.append(candidate);
            result.lines.append(line);
            continue;
        }
        std::stable_sort(rowProblems.begin(), rowProblems.end(),
                         [](const RowProblem &a, const RowProblem &b) { return a.column < b.column; });
        for (const RowProblem &rowProblem : rowProblems)
            result.problems.append(rowProblem.problem);
    }

    // All or nothing: a file with any problem imports no candidate at all.
    if (!result.problems.isEmpty()) {
        result.candidates.clear();
        result.lines.clear();
    }
}
