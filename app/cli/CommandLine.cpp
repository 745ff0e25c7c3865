#include "CommandLine.h"

#include "AgreementCommand.h"
#include "AuditCommand.h"
#include "CandidatesCommand.h"
#include "CliContext.h"
#include "DbCommand.h"
#include "DecideCommand.h"
#include "ExportCommand.h"
#include "FollowUpCommand.h"
#include "ImportCommand.h"
#include "MembersCommand.h"
#include "MilestoneCommand.h"
#include "OpeningKeyCommand.h"
#include "OperatorName.h"
#include "PaymentCommand.h"
#include "PromotionCommand.h"
#include "ProposeCommand.h"
#include "QtMessageFilter.h"
#include "RankCommand.h"
#include "ScheduleCommand.h"
#include "ScoresCommand.h"
#include "ServerCommand.h"
#include "SummaryCommand.h"

#include <QGuiApplication>
#include <QLocale>
#include <QTranslator>
#include <optional>

#include <memory>

namespace {

const QString databaseOptionName = QStringLiteral("--db");
const QString operatorOptionName = QStringLiteral("--operator");

// Options of the whole program that take a value, so that their value is not taken for a subcommand.
bool takesValue(const QString &argument)
{
    return argument == databaseOptionName || argument == operatorOptionName;
}

} // namespace

QStringList CommandLine::subcommands()
{
    return {QStringLiteral("promotion"), QStringLiteral("import"),    QStringLiteral("candidates"),
            QStringLiteral("summary"),   QStringLiteral("audit"),     QStringLiteral("export"),
            QStringLiteral("members"),   QStringLiteral("scores"),    QStringLiteral("rank"),
            QStringLiteral("propose"),   QStringLiteral("decide"),    QStringLiteral("db"),
            QStringLiteral("follow-up"), QStringLiteral("agreement"), QStringLiteral("payment"),
            QStringLiteral("milestone"), QStringLiteral("schedule"),  QStringLiteral("opening-key"),
            QStringLiteral("server")};
}

bool CommandLine::wantsCommandLine(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        const QString argument = QString::fromLocal8Bit(argv[i]);
        if (argument == QLatin1String("--help") || argument == QLatin1String("-h") ||
            argument == QLatin1String("--version") || argument == QLatin1String("-v"))
            return true;
        if (takesValue(argument)) {
            ++i;
            continue;
        }
        if (!argument.startsWith(QLatin1Char('-')))
            return true;
    }
    return false;
}

Result<QString> CommandLine::defaultOperatorName()
{
    return OperatorName::resolve(std::nullopt);
}

QString CommandLine::generalHelp()
{
    return tr("Comité FAST %1: the FAST fund committee's candidates, rules and decisions.\n"
              "\n"
              "Usage: fast-committee [--db PATH] [--operator NAME] COMMAND [OPTIONS]\n"
              "       fast-committee [--db PATH] [--demo]          opens the window\n"
              "\n"
              "Commands:\n"
              "  promotion add NUMBER --year YYYY --envelope AMOUNT [--rate PERCENT] [--cap AMOUNT] [--min-score N]\n"
              "  promotion list [--json]\n"
              "  promotion close NUMBER\n"
              "  promotion reopen NUMBER --reason TEXT\n"
              "  import --promotion NUMBER FILE.xlsx|.ods|.csv [--sheet NAME] [--mapping NAME] [--map FIELD=TITLE]...\n"
              "         [--save-mapping NAME] [--update-decided] [--dry-run]\n"
              "  candidates --promotion NUMBER [--json]\n"
              "  summary [--json]\n"
              "  audit [--promotion NUMBER] [--json]\n"
              "  export pdf --promotion NUMBER -o FILE.pdf\n"
              "  export csv --promotion NUMBER -o FILE.csv\n"
              "  export xlsx --promotion NUMBER -o FILE.xlsx   (candidates, ranking and laureates)\n"
              "  export schedule --year YYYY -o FILE.pdf       (the year's payment schedule)\n"
              "  export follow-up --promotion NUMBER --candidate NAME -o FILE.pdf   (a laureate's follow-up sheet)\n"
              "  members add --promotion NUMBER NAME...\n"
              "  members copy --from NUMBER --promotion NUMBER (members and criteria of an earlier promotion)\n"
              "  members list --promotion NUMBER [--json]\n"
              "  scores import --promotion NUMBER FILE.csv     (membre;projet;critere;note, note 0-5 or deport)\n"
              "  rank --promotion NUMBER [--json]\n"
              "  propose --promotion NUMBER [--apply]\n"
              "  decide --promotion NUMBER --candidate NAME --decision DECISION [--granted AMOUNT]\n"
              "  follow-up --promotion NUMBER [--json]        (the laureates after the decision)\n"
              "  agreement sign --promotion NUMBER --candidate NAME --date DATE [--reference REF]\n"
              "            [--amount AMOUNT --reason TEXT]\n"
              "  agreement amend --promotion NUMBER --candidate NAME --amount AMOUNT --reason TEXT\n"
              "  agreement withdraw --promotion NUMBER --candidate NAME --date DATE [--reason TEXT]\n"
              "  payment add --promotion NUMBER --candidate NAME --date DATE --amount AMOUNT [--reference REF]\n"
              "  payment mark-paid --promotion NUMBER --candidate NAME --tranche N --date DATE [--amount AMOUNT]\n"
              "            [--reference REF]\n"
              "  payment import [--promotion NUMBER] FILE.csv  (laureat;reference;date;montant, all or nothing)\n"
              "  milestone set --promotion NUMBER --candidate NAME --milestone kickoff|midterm|end\n"
              "            [--planned DATE] [--done DATE] [--note TEXT]\n"
              "  schedule --year YYYY [--json]                 (AE, CP, restes à payer, CP to open by year)\n"
              "  opening-key --year YYYY [--first PERCENT]     (the share paid at signature; 78,93 by default)\n"
              "  db check                                      (verifies the whole database; writes nothing)\n"
              "  db copy --from SOURCE --to TARGET             (a whole committee, between a file and a server)\n"
              "  server init                                   (sets a committee up on a PostgreSQL server: roles)\n"
              "  server add-member LOGIN [--name NAME] | add-secretariat LOGIN | add-observer LOGIN\n"
              "         [--password-stdin]                     (a login and its role on the server's committee)\n"
              "\n"
              "Options:\n"
              "  --db PATH         the database: a file, or postgresql://USER@HOST:PORT/DATABASE on a server\n"
              "                    (else $FAST_COMMITTEE_DB, else the user's data folder)\n"
              "  --operator NAME   who is recorded in the audit log (else $FAST_COMMITTEE_OPERATOR or the user)\n"
              "  -h, --help        this help; COMMAND --help for a command's options\n"
              "  -v, --version     the version\n"
              "\n"
              "Amounts are read in French form (\"300 000\", \"1 234,56 €\"). Exit status: 0 done, 1 refused, 2 wrong "
              "usage.\n")
        .arg(QCoreApplication::applicationVersion());
}

int CommandLine::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QString databaseOption;
    std::optional<QString> operatorOption; // given, even empty, is checked as given
    QStringList rest;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        const auto takeValue = [&](const QString &name, QString &target) -> bool {
            if (argument == name) {
                if (i + 1 >= arguments.size())
                    return false;
                target = arguments.at(++i);
                return true;
            }
            target = argument.mid(name.size() + 1);
            return true;
        };
        if (argument == databaseOptionName || argument.startsWith(databaseOptionName + QLatin1Char('='))) {
            if (!takeValue(databaseOptionName, databaseOption)) {
                err << tr("The option --db needs a path.") << Qt::endl;
                return CliContext::usageError;
            }
        } else if (argument == operatorOptionName || argument.startsWith(operatorOptionName + QLatin1Char('='))) {
            QString value;
            if (!takeValue(operatorOptionName, value)) {
                err << tr("The option --operator needs a name.") << Qt::endl;
                return CliContext::usageError;
            }
            operatorOption = value;
        } else {
            rest.append(argument);
        }
    }

    const QString subcommand = rest.isEmpty() ? QString() : rest.first();
    if (subcommand.isEmpty() || subcommand == QLatin1String("--help") || subcommand == QLatin1String("-h")) {
        out << generalHelp();
        out.flush();
        return subcommand.isEmpty() ? CliContext::usageError : CliContext::success;
    }
    if (subcommand == QLatin1String("--version") || subcommand == QLatin1String("-v")) {
        out << QStringLiteral("fast-committee %1").arg(QCoreApplication::applicationVersion()) << Qt::endl;
        return CliContext::success;
    }

    // Checked before any command runs: a name that would forge an audit line, or none at all, is a usage
    // error, whichever command it would have signed.
    const Result<QString> operatorName = OperatorName::resolve(operatorOption);
    if (!operatorName) {
        err << operatorName.error() << Qt::endl;
        return CliContext::usageError;
    }
    CliContext context(out, err, databaseOption, operatorName.value());
    int exitCode = CliContext::usageError;
    if (subcommand == QLatin1String("promotion"))
        exitCode = PromotionCommand::run(context, rest);
    else if (subcommand == QLatin1String("import"))
        exitCode = ImportCommand::run(context, rest);
    else if (subcommand == QLatin1String("candidates"))
        exitCode = CandidatesCommand::run(context, rest);
    else if (subcommand == QLatin1String("summary"))
        exitCode = SummaryCommand::run(context, rest);
    else if (subcommand == QLatin1String("audit"))
        exitCode = AuditCommand::run(context, rest);
    else if (subcommand == QLatin1String("export"))
        exitCode = ExportCommand::run(context, rest);
    else if (subcommand == QLatin1String("members"))
        exitCode = MembersCommand::run(context, rest);
    else if (subcommand == QLatin1String("scores"))
        exitCode = ScoresCommand::run(context, rest);
    else if (subcommand == QLatin1String("rank"))
        exitCode = RankCommand::run(context, rest);
    else if (subcommand == QLatin1String("propose"))
        exitCode = ProposeCommand::run(context, rest);
    else if (subcommand == QLatin1String("decide"))
        exitCode = DecideCommand::run(context, rest);
    else if (subcommand == QLatin1String("follow-up"))
        exitCode = FollowUpCommand::run(context, rest);
    else if (subcommand == QLatin1String("agreement"))
        exitCode = AgreementCommand::run(context, rest);
    else if (subcommand == QLatin1String("payment"))
        exitCode = PaymentCommand::run(context, rest);
    else if (subcommand == QLatin1String("milestone"))
        exitCode = MilestoneCommand::run(context, rest);
    else if (subcommand == QLatin1String("schedule"))
        exitCode = ScheduleCommand::run(context, rest);
    else if (subcommand == QLatin1String("opening-key"))
        exitCode = OpeningKeyCommand::run(context, rest);
    else if (subcommand == QLatin1String("db"))
        exitCode = DbCommand::run(context, rest, databaseOption);
    else if (subcommand == QLatin1String("server"))
        exitCode = ServerCommand::run(context, rest, databaseOption);
    else
        exitCode = context.fail(tr("Unknown command \"%1\". The commands are: %2. See fast-committee --help.")
                                    .arg(subcommand, subcommands().join(QStringLiteral(", "))),
                                CliContext::usageError);
    out.flush();
    err.flush();
    return exitCode;
}

int CommandLine::runProcess(int argc, char *argv[])
{
    // Laying out the PDF needs fonts, hence a QGuiApplication; it never needs a display, so it gets the
    // offscreen platform unless the caller chose one. Every other command runs without Qt Gui at all.
    // Before the application object: Qt warns while it starts (no XDG_RUNTIME_DIR under cron or sudo).
    QtMessageFilter::installForCommandLine();
    std::unique_ptr<QCoreApplication> application;
    if (needsGui(argc, argv)) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        application = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        application = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication::setOrganizationName(QStringLiteral("DINUM"));
    QCoreApplication::setApplicationName(QStringLiteral("fast-committee"));
    QCoreApplication::setApplicationVersion(QStringLiteral(FAST_COMMITTEE_VERSION));

    // Messages follow the user's language when it is French, as the window does.
    QTranslator translator;
    if (QLocale().language() == QLocale::French &&
        translator.load(QLocale(), QStringLiteral("fast-committee"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(&translator);

    QTextStream out(stdout);
    QTextStream err(stderr);
    QStringList arguments = QCoreApplication::arguments();
    arguments.removeFirst();
    return run(arguments, out, err);
}

bool CommandLine::needsGui(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        const QString argument = QString::fromLocal8Bit(argv[i]);
        if (takesValue(argument)) {
            ++i;
            continue;
        }
        if (!argument.startsWith(QLatin1Char('-')))
            return argument == QLatin1String("export");
    }
    return false;
}
