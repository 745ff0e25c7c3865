#include "CandidateCsvExport.h"

#include "OutputFile.h"
#include "domain/TextKey.h"

#include <QHash>
#include <QSet>

namespace {

const QChar delimiter = QLatin1Char(';');
// RFC 4180 ends records with CRLF; spreadsheets on every system read it.
const QLatin1String recordEnd("\r\n");

// The characters that make a spreadsheet read a cell as a formula (or, for tab and carriage return,
// that some spreadsheets skip before looking for one).
bool startsFormula(const QString &text)
{
    // Leading apostrophes are skipped so that a value that itself begins with "'=" keeps its apostrophe
    // through the importer, which removes exactly one.
    qsizetype i = 0;
    while (i < text.size() && text.at(i) == QLatin1Char('\''))
        ++i;
    if (i >= text.size())
        return false;
    static const QString formulaStarts = QStringLiteral("=+-@\t\r");
    return formulaStarts.contains(text.at(i));
}

} // namespace

QStringList CandidateCsvExport::columnNames()
{
    return {QStringLiteral("projet"),          QStringLiteral("administration"),
            QStringLiteral("incubateur"),      QStringLiteral("type"),
            QStringLiteral("phase"),           QStringLiteral("budget_annuel"),
            QStringLiteral("montant_demande"), QStringLiteral("description"),
            QStringLiteral("decision"),        QStringLiteral("montant_accorde"),
            QStringLiteral("numero_dossier"),  QStringLiteral("email_contact")};
}

QStringList CandidateCsvExport::extraFieldNames(const QList<Candidate> &candidates)
{
    QStringList names;
    QSet<QString> keys;
    for (const Candidate &candidate : candidates) {
        for (const CandidateExtraField &field : candidate.extraFields) {
            const QString key = TextKey::fold(field.name);
            if (!keys.contains(key)) {
                keys.insert(key);
                names.append(field.name);
            }
        }
    }
    return names;
}

QStringList CandidateCsvExport::columnNames(const QList<Candidate> &candidates)
{
    return columnNames() + extraFieldNames(candidates);
}

QStringList CandidateCsvExport::extraFieldValues(const Candidate &candidate, const QStringList &names)
{
    QHash<QString, QString> valueOfKey;
    for (const CandidateExtraField &field : candidate.extraFields)
        valueOfKey.insert(TextKey::fold(field.name), field.value);
    QStringList values;
    values.reserve(names.size());
    for (const QString &name : names)
        values.append(valueOfKey.value(TextKey::fold(name)));
    return values;
}

QString CandidateCsvExport::cell(const QString &text)
{
    QString value = startsFormula(text) ? QLatin1Char('\'') + text : text;
    const bool needsQuotes = value.contains(delimiter) || value.contains(QLatin1Char('"')) ||
                             value.contains(QLatin1Char('\n')) || value.contains(QLatin1Char('\r'));
    if (!needsQuotes)
        return value;
    value.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + value + QLatin1Char('"');
}

QString CandidateCsvExport::kindWord(CandidateKind kind)
{
    switch (kind) {
    case CandidateKind::Product:
        return QStringLiteral("produit");
    case CandidateKind::Incubator:
        return QStringLiteral("incubateur");
    }
    return QString();
}

QString CandidateCsvExport::phaseWord(Phase phase)
{
    switch (phase) {
    case Phase::Unspecified:
        return QString();
    case Phase::Investigation:
        return QStringLiteral("investigation");
    case Phase::Construction:
        return QStringLiteral("construction");
    case Phase::Acceleration:
        return QStringLiteral("accélération");
    case Phase::Consolidation:
        return QStringLiteral("pérennisation");
    }
    return QString();
}

QString CandidateCsvExport::decisionWord(Decision decision)
{
    switch (decision) {
    case Decision::None:
        return QString();
    case Decision::Laureate:
        return QStringLiteral("laureat");
    case Decision::Waitlist:
        return QStringLiteral("liste_attente");
    case Decision::Rejected:
        return QStringLiteral("refuse");
    case Decision::Withdrawn:
        return QStringLiteral("retire");
    }
    return QString();
}

QStringList CandidateCsvExport::fields(const Candidate &candidate)
{
    // Only a laureate has a granted amount; the importer refuses one on anybody else.
    const bool laureate = candidate.decision == Decision::Laureate;
    return {candidate.name,
            candidate.carrier,
            candidate.incubator,
            kindWord(candidate.kind),
            phaseWord(candidate.phase),
            candidate.annualBudget.toPlainString(),
            candidate.requested.toPlainString(),
            candidate.description,
            decisionWord(candidate.decision),
            laureate ? candidate.granted.toPlainString() : QString(),
            candidate.reference,
            candidate.contactEmail};
}

QByteArray CandidateCsvExport::toCsv(const Promotion &promotion, const QList<Candidate> &candidates)
{
    Q_UNUSED(promotion)
    QString text;
    text.reserve(64 * (candidates.size() + 1));
    const QStringList extraNames = extraFieldNames(candidates);
    QStringList header = columnNames();
    for (const QString &name : extraNames)
        header.append(cell(name));
    text += header.join(delimiter) + recordEnd;
    for (const Candidate &candidate : candidates) {
        QStringList values = fields(candidate);
        values += extraFieldValues(candidate, extraNames);
        for (qsizetype i = 0; i < values.size(); ++i) {
            if (i > 0)
                text += delimiter;
            text += cell(values.at(i));
        }
        text += recordEnd;
    }
    return QByteArrayLiteral("\xEF\xBB\xBF") + text.toUtf8();
}

Outcome CandidateCsvExport::writeFile(const QString &path, const Promotion &promotion,
                                      const QList<Candidate> &candidates)
{
    return OutputFile::write(path, toCsv(promotion, candidates));
}
