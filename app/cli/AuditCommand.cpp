#include "AuditCommand.h"

#include "CliContext.h"
#include "PromotionOption.h"
#include "domain/NameText.h"
#include "reports/AuditCsvExport.h"
#include "reports/OutputFile.h"
#include "storage/CommitteeReads.h"
#include "storage/CommitteeStore.h"

#include <QJsonArray>
#include <QJsonObject>

int AuditCommand::run(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    const PromotionOption promotionOption(tr("Only this promotion's changes."), tr("NUMBER"));
    const QCommandLineOption jsonOption(QStringLiteral("json"), tr("Prints a JSON array."));
    const QCommandLineOption csvOption(QStringLiteral("csv"), tr("Writes the entries to a CSV file."), tr("FILE"));
    parser.addOptions({promotionOption.option(), jsonOption, csvOption});
    const QString usage = QStringLiteral("fast-committee audit [--promotion NUMBER] [--json | --csv FILE]");
    if (const auto stop = context.parse(parser, arguments, usage))
        return *stop;
    if (!parser.positionalArguments().isEmpty())
        return context.fail(tr("audit takes no argument. Usage: %1").arg(usage), CliContext::usageError);
    if (parser.isSet(jsonOption) && parser.isSet(csvOption))
        return context.fail(tr("Give --json or --csv, not both. Usage: %1").arg(usage), CliContext::usageError);
    const QString csvPath = parser.value(csvOption);
    if (parser.isSet(csvOption) && csvPath.isEmpty())
        return context.fail(tr("--csv needs a file name. Usage: %1").arg(usage), CliContext::usageError);

    std::optional<int> promotionNumber;
    if (promotionOption.isSet(parser)) {
        const std::optional<Promotion> promotion = promotionOption.find(context, parser);
        if (!promotion)
            return CliContext::refused;
        promotionNumber = promotion->number;
    }
    CommitteeStore *store = context.openStore();
    if (!store)
        return CliContext::refused;
    const std::optional<QList<AuditEntry>> read = context.read(context.reads().auditEntries(promotionNumber));
    if (!read)
        return CliContext::refused;
    const QList<AuditEntry> &entries = *read;

    if (!csvPath.isEmpty()) {
        // OutputFile refuses the open database, its journals and anything not a regular file.
        if (const Outcome written = AuditCsvExport::writeFile(csvPath, entries); !written)
            return context.fail(written.error());
        context.out() << tr("%1: %n audit entry(ies) exported.", nullptr, int(entries.size())).arg(csvPath) << Qt::endl;
        return CliContext::success;
    }

    if (parser.isSet(jsonOption)) {
        QJsonArray array;
        const auto textOrNull = [](const QString &text) {
            return text.isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
        };
        for (const AuditEntry &entry : entries) {
            array.append(QJsonObject{
                {QStringLiteral("at"), entry.at.toUTC().toString(Qt::ISODateWithMs)},
                {QStringLiteral("operator"), entry.operatorName},
                {QStringLiteral("promotion"),
                 entry.promotionNumber > 0 ? QJsonValue(entry.promotionNumber) : QJsonValue(QJsonValue::Null)},
                {QStringLiteral("action"), entry.action},
                {QStringLiteral("subject"), entry.subject},
                {QStringLiteral("old"), textOrNull(entry.oldValue)},
                {QStringLiteral("new"), textOrNull(entry.newValue)},
            });
        }
        context.printJson(QJsonDocument(array));
        return CliContext::success;
    }
    if (entries.isEmpty()) {
        context.out() << tr("The audit log is empty.") << Qt::endl;
        return CliContext::success;
    }
    // One line per entry whatever the stored text holds: a line break or a bidirectional override in a row
    // written before the text policy is shown as <U+XXXX>, never obeyed.
    for (const AuditEntry &entry : entries) {
        QString line = QStringLiteral("%1  %2  %3  %4")
                           .arg(entry.at.toUTC().toString(Qt::ISODate), NameText::visible(entry.operatorName),
                                entry.action, NameText::visible(entry.subject));
        if (!entry.oldValue.isEmpty() || !entry.newValue.isEmpty())
            line += QStringLiteral(": %1 -> %2")
                        .arg(entry.oldValue.isEmpty() ? QStringLiteral("—") : NameText::visible(entry.oldValue),
                             entry.newValue.isEmpty() ? QStringLiteral("—") : NameText::visible(entry.newValue));
        context.out() << line << Qt::endl;
    }
    return CliContext::success;
}
