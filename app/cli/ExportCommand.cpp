#include "ExportCommand.h"

#include "CliContext.h"
#include "FollowUpExportCommand.h"
#include "PromotionOption.h"
#include "domain/NameText.h"
#include "reports/CandidateCsvExport.h"
#include "reports/LaureateList.h"
#include "reports/LaureateListPdf.h"
#include "reports/OutputFile.h"
#include "reports/PromotionWorkbook.h"
#include "reports/RankedLaureateList.h"
#include "reports/XlsxWorkbookWriter.h"
#include "storage/CommitteeReads.h"
#include "storage/CommitteeStore.h"
#include "storage/ScoringStore.h"

#include <QDateTime>

namespace {

// The format word wherever it stands among the options (the value of an option is not one): the
// follow-up's exports take options of their own and are handed over before any parsing.
QString formatWord(const QStringList &arguments)
{
    const QStringList withValue{QStringLiteral("--promotion"), QStringLiteral("-o"),     QStringLiteral("--output"),
                                QStringLiteral("--authority"), QStringLiteral("--year"), QStringLiteral("--candidate")};
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        if (withValue.contains(arguments.at(i)))
            ++i;
        else if (!arguments.at(i).startsWith(QLatin1Char('-')))
            return arguments.at(i).toLower();
    }
    return QString();
}

} // namespace

int ExportCommand::run(CliContext &context, const QStringList &arguments)
{
    if (const QString format = formatWord(arguments); FollowUpExportCommand::handles(format))
        return FollowUpExportCommand::run(context, arguments, format);
    QCommandLineParser parser;
    const PromotionOption promotionOption(tr("The promotion to export."), tr("NUMBER"));
    const QCommandLineOption outputOption(QStringList{QStringLiteral("o"), QStringLiteral("output")},
                                          tr("The file to write (replaced if it exists)."), tr("FILE"));
    const QCommandLineOption authorityOption(QStringLiteral("authority"),
                                             tr("The issuing authority printed at the top of every page of the PDF."),
                                             tr("TEXT"), LaureateList::defaultAuthority());
    parser.addOptions({promotionOption.option(), outputOption, authorityOption});
    parser.addPositionalArgument(QStringLiteral("FORMAT"),
                                 tr("pdf: the official list of the laureates; csv: every candidate, in the "
                                    "columns the import reads; xlsx: a workbook of the candidates, the ranking "
                                    "and the laureates; schedule: the year's payment schedule (--year); "
                                    "follow-up: a laureate's follow-up sheet (--candidate)."));
    const QString usage =
        QStringLiteral("fast-committee export pdf|csv|xlsx --promotion NUMBER -o FILE [--authority TEXT]");
    if (const auto stop = context.parse(parser, arguments, usage))
        return *stop;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1 || !promotionOption.isSet(parser) || !parser.isSet(outputOption))
        return context.fail(
            tr("Give the format (pdf, csv or xlsx), --promotion NUMBER and -o FILE. Usage: %1").arg(usage),
            CliContext::usageError);
    const QString format = positional.constFirst().toLower();
    if (format != QLatin1String("pdf") && format != QLatin1String("csv") && format != QLatin1String("xlsx"))
        return context.fail(tr("Unknown export format \"%1\": write pdf, csv, xlsx, schedule or follow-up. Usage: %2")
                                .arg(positional.constFirst(), usage),
                            CliContext::usageError);
    const QString path = parser.value(outputOption);
    if (path.isEmpty())
        return context.fail(tr("-o needs a file name. Usage: %1").arg(usage), CliContext::usageError);
    // Checked as every name is: the authority heads an official document, nothing in it may hide or reorder.
    const Result<QString> authority = NameText::normalise(parser.value(authorityOption), QStringLiteral("--authority"));
    if (!authority)
        return context.fail(authority.error(), CliContext::usageError);

    const std::optional<Promotion> promotion = promotionOption.find(context, parser);
    if (!promotion)
        return CliContext::refused;
    CommitteeStore *store = context.openStore();
    // Refused before anything is laid out; OutputFile::write asks again when it writes. The database is
    // open by now, so it and its journals are known to be refused.
    if (const Outcome allowed = OutputFile::checkTarget(path); !allowed)
        return context.fail(allowed.error());
    const std::optional<QList<Candidate>> read = context.read(context.reads().candidates(*promotion));
    if (!read)
        return CliContext::refused;
    const QList<Candidate> &candidates = *read;

    if (format == QLatin1String("csv")) {
        if (const Outcome written = CandidateCsvExport::writeFile(path, *promotion, candidates); !written)
            return context.fail(written.error());
        context.out()
            << tr("%1: %n candidate(s) of %2 exported.", nullptr, int(candidates.size())).arg(path, promotion->label())
            << Qt::endl;
        return CliContext::success;
    }

    const ScoringStore scoring(*store);
    if (format == QLatin1String("xlsx")) {
        const Result<QList<WorkbookSheet>> workbook = PromotionWorkbook::read(scoring, *promotion, candidates);
        if (!workbook)
            return context.fail(workbook.error());
        if (const Outcome written = XlsxWorkbookWriter::writeFile(path, workbook.value()); !written)
            return context.fail(written.error());
        context.out() << tr("%1: %n candidate(s) of %2 exported with the ranking and the laureates.", nullptr,
                            int(candidates.size()))
                             .arg(path, promotion->label())
                      << Qt::endl;
        return CliContext::success;
    }

    // In ranking order once candidates are scored; by name before that.
    const Result<LaureateList> ranked = RankedLaureateList::build(scoring, *promotion, candidates);
    if (!ranked)
        return context.fail(ranked.error());
    LaureateList list = ranked.value();
    list.authority = authority.value();
    if (const Outcome written = LaureateListPdf::writeFile(path, list, QDateTime::currentDateTime()); !written)
        return context.fail(written.error());
    context.out() << tr("%1: list of the laureates of %2 written (%n laureate(s), %3 on the waitlist).", nullptr,
                        int(list.laureates.size()))
                         .arg(path, promotion->label())
                         .arg(list.waitlist.size())
                  << Qt::endl;
    if (!promotion->isClosed())
        context.out() << tr("%1 is still open: the list is marked provisional.").arg(promotion->label()) << Qt::endl;
    return CliContext::success;
}
