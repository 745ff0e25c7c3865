#include "FollowUpExportCommand.h"

#include "CliContext.h"
#include "LaureateOption.h"
#include "PromotionOption.h"

#include "domain/NameText.h"
#include "reports/FollowUpSheetPdf.h"
#include "reports/LaureateList.h"
#include "reports/OutputFile.h"
#include "reports/PaymentSchedulePdf.h"
#include "storage/CommitteeStore.h"
#include "storage/FollowUpStore.h"

#include <QDateTime>

namespace {

const QString scheduleFormat = QStringLiteral("schedule");
const QString followUpFormat = QStringLiteral("follow-up");

// The options both exports share: where to write and who issues the document.
struct OutputOptions
{
    QCommandLineOption output{QStringList{QStringLiteral("o"), QStringLiteral("output")},
                              FollowUpExportCommand::tr("The file to write (replaced if it exists)."),
                              FollowUpExportCommand::tr("FILE")};
    QCommandLineOption authority{QStringLiteral("authority"),
                                 FollowUpExportCommand::tr("The issuing authority printed at the top of every page."),
                                 FollowUpExportCommand::tr("TEXT"), LaureateList::defaultAuthority()};
};

// The authority as every name is checked (it heads an official document, nothing in it may hide or reorder),
// or nothing once the refusal is printed.
std::optional<QString> authority(CliContext &context, const QCommandLineParser &parser, const OutputOptions &options)
{
    const Result<QString> checked = NameText::normalise(parser.value(options.authority), QStringLiteral("--authority"));
    if (!checked) {
        context.err() << checked.error() << Qt::endl;
        return std::nullopt;
    }
    return checked.value();
}

} // namespace

bool FollowUpExportCommand::handles(const QString &format)
{
    return format == scheduleFormat || format == followUpFormat;
}

int FollowUpExportCommand::run(CliContext &context, const QStringList &arguments, const QString &format)
{
    return format == scheduleFormat ? schedule(context, arguments) : followUp(context, arguments);
}

int FollowUpExportCommand::schedule(CliContext &context, const QStringList &arguments)
{
    OutputOptions options;
    const QCommandLineOption yearOption(QStringLiteral("year"), tr("The budget year."), tr("YYYY"));
    QCommandLineParser parser;
    parser.addOptions({yearOption, options.output, options.authority});
    parser.addPositionalArgument(scheduleFormat, tr("The year's payment schedule across every promotion."));
    const QString usage = QStringLiteral("fast-committee export schedule --year YYYY -o FILE.pdf [--authority TEXT]");
    if (const auto stop = context.parse(parser, arguments, usage))
        return *stop;
    if (parser.positionalArguments().size() != 1 || !parser.isSet(yearOption) || !parser.isSet(options.output))
        return context.fail(tr("Give --year YYYY and -o FILE. Usage: %1").arg(usage), CliContext::usageError);
    bool numeric = false;
    const int year = parser.value(yearOption).toInt(&numeric);
    if (!numeric || year < Promotion::minimumYear || year > Promotion::maximumYear)
        return context.fail(tr("--year: \"%1\" is not a year between %2 and %3.")
                                .arg(parser.value(yearOption))
                                .arg(Promotion::minimumYear)
                                .arg(Promotion::maximumYear),
                            CliContext::usageError);
    const QString path = parser.value(options.output);
    if (path.isEmpty())
        return context.fail(tr("-o needs a file name. Usage: %1").arg(usage), CliContext::usageError);
    const std::optional<QString> issuer = authority(context, parser, options);
    if (!issuer)
        return CliContext::usageError;

    CommitteeStore *store = context.openStore();
    if (!store)
        return CliContext::refused;
    // Refused before anything is laid out; OutputFile::write asks again when it writes. The database is open
    // by now, so it and its journals are known to be refused.
    if (const Outcome allowed = OutputFile::checkTarget(path); !allowed)
        return context.fail(allowed.error());
    const FollowUpStore followUp(*store);
    const std::optional<QList<LaureateFollowUp>> laureates = context.read(followUp.allLaureates());
    if (!laureates)
        return CliContext::refused;
    const PaymentSchedulePdf::Document document =
        PaymentSchedulePdf::build(*laureates, year, *issuer, QDateTime::currentDateTime());
    if (const Outcome written = PaymentSchedulePdf::writeFile(path, document); !written)
        return context.fail(written.error());
    context.out() << tr("%1: payment schedule %2 written (%n laureate(s) in the detail; remaining to pay at 31/12/%2: "
                        "%3).",
                        nullptr, document.detail.totals().laureates)
                         .arg(path, QString::number(year), document.schedule.closingRemainder().toString())
                  << Qt::endl;
    return CliContext::success;
}

int FollowUpExportCommand::followUp(CliContext &context, const QStringList &arguments)
{
    OutputOptions options;
    const PromotionOption promotionOption(tr("The laureate's promotion."), tr("NUMBER"));
    const QCommandLineOption candidateOption(QStringLiteral("candidate"),
                                             tr("The laureate's name (case and accents do not matter)."), tr("NAME"));
    QCommandLineParser parser;
    parser.addOptions({promotionOption.option(), candidateOption, options.output, options.authority});
    parser.addPositionalArgument(followUpFormat, tr("One laureate's follow-up sheet."));
    const QString usage = QStringLiteral(
        "fast-committee export follow-up --promotion NUMBER --candidate NAME -o FILE.pdf [--authority TEXT]");
    if (const auto stop = context.parse(parser, arguments, usage))
        return *stop;
    if (parser.positionalArguments().size() != 1 || !promotionOption.isSet(parser) || !parser.isSet(candidateOption) ||
        !parser.isSet(options.output))
        return context.fail(tr("Give --promotion NUMBER, --candidate NAME and -o FILE. Usage: %1").arg(usage),
                            CliContext::usageError);
    const QString path = parser.value(options.output);
    if (path.isEmpty())
        return context.fail(tr("-o needs a file name. Usage: %1").arg(usage), CliContext::usageError);
    const std::optional<QString> issuer = authority(context, parser, options);
    if (!issuer)
        return CliContext::usageError;

    const std::optional<Promotion> promotion = promotionOption.find(context, parser);
    if (!promotion)
        return CliContext::refused;
    const std::optional<qint64> id = LaureateOption::find(context, *promotion, parser.value(candidateOption));
    if (!id)
        return CliContext::refused;
    CommitteeStore *store = context.openStore();
    const std::optional<std::optional<Candidate>> candidate = context.read(store->candidate(*id));
    if (!candidate)
        return CliContext::refused;
    if (!*candidate)
        return context.fail(
            tr("%1 has no candidate called \"%2\".").arg(promotion->label(), parser.value(candidateOption)));
    if ((*candidate)->decision != Decision::Laureate)
        return context.fail(tr("%1 / %2 is not a laureate: only a laureate has a follow-up sheet.")
                                .arg(promotion->label(), (*candidate)->name));
    if (const Outcome allowed = OutputFile::checkTarget(path); !allowed)
        return context.fail(allowed.error());
    const FollowUpStore followUp(*store);
    const std::optional<LaureateFollowUp> laureate = context.read(followUp.laureate(*id));
    if (!laureate)
        return CliContext::refused;
    const FollowUpSheetPdf::Document document{*laureate, **candidate, *issuer, QDateTime::currentDateTime()};
    if (const Outcome written = FollowUpSheetPdf::writeFile(path, document); !written)
        return context.fail(written.error());
    context.out() << tr("%1: follow-up sheet of %2 written.").arg(path, laureate->label()) << Qt::endl;
    return CliContext::success;
}
