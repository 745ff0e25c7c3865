#include "OpeningKeyCommand.h"

#include "CliContext.h"

#include "domain/OpeningKey.h"
#include "storage/CommitteeStore.h"
#include "storage/FollowUpStore.h"

#include <QCommandLineParser>

int OpeningKeyCommand::run(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption yearOption(QStringLiteral("year"), tr("The budget year."), tr("YYYY"));
    const QCommandLineOption firstOption(QStringLiteral("first"),
                                         tr("The share paid at signature, as 78,93 (the rest at the mid-term review)."),
                                         tr("PERCENT"));
    parser.addOptions({yearOption, firstOption});
    const QString usage = QStringLiteral("fast-committee opening-key --year YYYY [--first PERCENT]");
    if (const auto stop = context.parse(parser, arguments, usage))
        return *stop;
    bool numeric = false;
    const int year = parser.value(yearOption).toInt(&numeric);
    if (!parser.isSet(yearOption) || !numeric || !parser.positionalArguments().isEmpty())
        return context.fail(tr("Give --year YYYY. Usage: %1").arg(usage), CliContext::usageError);
    std::optional<int> first;
    if (parser.isSet(firstOption)) {
        const Result<int> parsed = OpeningKey::parsePercent(parser.value(firstOption));
        if (!parsed)
            return context.fail(QStringLiteral("--first: %1").arg(parsed.error()), CliContext::usageError);
        first = parsed.value();
    }
    CommitteeStore *store = context.openStore();
    if (!store)
        return CliContext::refused;
    FollowUpStore followUp(*store);
    if (first) {
        const Result<OpeningKey> replaced = followUp.setOpeningKey(year, *first);
        if (!replaced)
            return context.fail(replaced.error());
    }
    const std::optional<OpeningKey> key = context.read(followUp.openingKey(year));
    if (!key)
        return CliContext::refused;
    context.out() << tr("Opening key %1: %2 at signature, %3 at the mid-term review.")
                         .arg(year)
                         .arg(OpeningKey::percentText(key->firstBasisPoints),
                              OpeningKey::percentText(key->secondBasisPoints()))
                  << Qt::endl;
    return CliContext::success;
}
