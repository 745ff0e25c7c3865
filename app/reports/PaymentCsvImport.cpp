#include "PaymentCsvImport.h"

#include "CsvColumnMap.h"
#include "CsvReader.h"
#include "CsvTableImport.h"

#include "domain/NameText.h"
#include "domain/TextKey.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace {

enum class PaymentColumn { Laureate, Reference, Date, Amount };

const CsvColumnMap &paymentColumns()
{
    static const CsvColumnMap map({
        {QStringLiteral("laureat"), QStringLiteral("laureate")},
        {QStringLiteral("reference"), QStringLiteral("reference")},
        {QStringLiteral("date"), QStringLiteral("date")},
        {QStringLiteral("montant"), QStringLiteral("amount")},
    });
    return map;
}

} // namespace

QStringList PaymentCsvImport::Parsed::messages() const
{
    QStringList texts;
    for (const CsvProblem &problem : problems)
        texts.append(problem.toString());
    return texts;
}

QString PaymentCsvImport::acceptedColumnsDescription()
{
    return paymentColumns().acceptedColumnsDescription();
}

QDate PaymentCsvImport::parseDate(const QString &text)
{
    const QString trimmed = text.trimmed();
    QDate date = QDate::fromString(trimmed, Qt::ISODate);
    if (!date.isValid())
        date = QDate::fromString(trimmed, QStringLiteral("dd/MM/yyyy"));
    return date;
}

PaymentCsvImport::Parsed PaymentCsvImport::parse(const QByteArray &bytes, const QString &fileName,
                                                 const QList<LaureateFollowUp> &laureates)
{
    CsvProblem problem;
    const Result<CsvTable> table = CsvReader::parse(bytes, fileName, &problem);
    return importCsvTable<Parsed>(table, problem,
                                  [&](const CsvTable &read) { return parseTable(read, fileName, laureates); });
}

PaymentCsvImport::Parsed PaymentCsvImport::parseFile(const QString &path, const QList<LaureateFollowUp> &laureates)
{
    CsvProblem problem;
    const Result<CsvTable> table = CsvReader::readFile(path, &problem);
    return importCsvTable<Parsed>(table, problem,
                                  [&](const CsvTable &read) { return parseTable(read, path, laureates); });
}

PaymentCsvImport::Parsed PaymentCsvImport::parseTable(const CsvTable &table, const QString &fileName,
                                                      const QList<LaureateFollowUp> &laureates)
{
    Parsed result;
    const CsvColumnMap::Header header = paymentColumns().read(
        table, fileName,
        {tr("the file has no header row"), QString(), tr("unknown column; the accepted columns are %1"),
         tr("duplicate column: column %1 (\"%2\") already holds it"),
         tr("the required column \"%1\" (or \"%2\") is missing")});
    result.problems = header.problems;
    if (!result.problems.isEmpty())
        return result;
    const QStringList &names = header.names;

    QHash<QString, QList<const LaureateFollowUp *>> byName;
    for (const LaureateFollowUp &laureate : laureates)
        byName[TextKey::fold(laureate.name)].append(&laureate);
    QHash<QString, int> lineOfReference;
    QList<PaymentRecord> payments;

    for (qsizetype r = 1; r < table.records.size(); ++r) {
        const CsvRecord &record = table.records.at(r);
        const int line = record.line;
        if (std::all_of(record.fields.cbegin(), record.fields.cend(),
                        [](const QString &field) { return field.trimmed().isEmpty(); }))
            continue;
        if (record.fields.size() != names.size()) {
            result.problems.append(
                {fileName, line, QString(),
                 tr("the row has %1 fields where the header has %2").arg(record.fields.size()).arg(names.size())});
            continue;
        }
        const auto cell = [&](PaymentColumn column) {
            return record.fields.at(header.column(column)).trimmed();
        };
        const auto report = [&](PaymentColumn column, const QString &reason) {
            result.problems.append({fileName, line, names.at(header.column(column)), reason});
        };
        PaymentRecord payment;
        payment.where = QStringLiteral("%1:%2").arg(fileName).arg(line);
        bool rowOk = true;

        const QString name = cell(PaymentColumn::Laureate);
        if (name.isEmpty()) {
            report(PaymentColumn::Laureate, tr("the laureate is missing"));
            rowOk = false;
        } else if (const Result<QString> checked = NameText::normalise(name, tr("Laureate")); !checked) {
            report(PaymentColumn::Laureate, checked.error());
            rowOk = false;
        } else {
            const QList<const LaureateFollowUp *> found = byName.value(TextKey::fold(name));
            if (found.isEmpty()) {
                report(PaymentColumn::Laureate, tr("no laureate called \"%1\"").arg(name));
                rowOk = false;
            } else if (found.size() > 1) {
                QStringList promotions;
                for (const LaureateFollowUp *each : found)
                    promotions.append(QStringLiteral("FAST%1").arg(each->promotionNumber));
                report(PaymentColumn::Laureate, tr("\"%1\" is a laureate of %2: give the promotion (--promotion)")
                                                    .arg(name, promotions.join(QStringLiteral(", "))));
                rowOk = false;
            } else {
                payment.candidateId = found.constFirst()->candidateId;
            }
        }

        payment.reference = cell(PaymentColumn::Reference);
        if (payment.reference.isEmpty()) {
            report(PaymentColumn::Reference, tr("the payment's reference is missing"));
            rowOk = false;
        } else if (const auto earlier = lineOfReference.constFind(TextKey::fold(payment.reference));
                   earlier != lineOfReference.cend()) {
            report(PaymentColumn::Reference,
                   tr("the reference \"%1\" is already given on line %2").arg(payment.reference).arg(*earlier));
            rowOk = false;
        } else {
            lineOfReference.insert(TextKey::fold(payment.reference), line);
        }

        payment.paidOn = parseDate(cell(PaymentColumn::Date));
        if (!payment.paidOn.isValid()) {
            report(PaymentColumn::Date,
                   tr("\"%1\" is not a date: write 2025-07-14 or 14/07/2025").arg(cell(PaymentColumn::Date)));
            rowOk = false;
        }

        const Result<Money> amount = Money::parse(cell(PaymentColumn::Amount));
        if (!amount) {
            report(PaymentColumn::Amount, amount.error());
            rowOk = false;
        } else if (amount.value() <= Money()) {
            report(PaymentColumn::Amount, tr("a payment is more than %1").arg(Money().toString()));
            rowOk = false;
        } else {
            payment.amount = amount.value();
        }
        if (rowOk)
            payments.append(payment);
    }
    if (payments.isEmpty() && result.problems.isEmpty())
        result.problems.append({fileName, 0, QString(), tr("the file has no payment")});
    if (result.problems.isEmpty())
        result.payments = payments;
    return result;
}
