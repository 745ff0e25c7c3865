#include "CliContext.h"

#include "storage/CommitteeReads.h"
#include "storage/CommitteeStore.h"
#include "storage/Database.h"

CliContext::CliContext(QTextStream &out, QTextStream &err, QString databaseOption, QString operatorName)
    : m_out(out), m_err(err), m_databaseOption(std::move(databaseOption)), m_operatorName(std::move(operatorName))
{}

CliContext::~CliContext()
{
    // The store refers to the database: it goes first.
    m_store.reset();
    m_database.reset();
}

std::optional<int> CliContext::parse(QCommandLineParser &parser, const QStringList &arguments, const QString &usage)
{
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption helpOption(QStringList{QStringLiteral("h"), QStringLiteral("help")},
                                        tr("Shows this help."));
    parser.addOption(helpOption);
    if (!parser.parse(arguments)) {
        m_err << parser.errorText() << Qt::endl << tr("Usage: %1").arg(usage) << Qt::endl;
        return usageError;
    }
    if (parser.isSet(helpOption)) {
        m_out << tr("Usage: %1").arg(usage) << Qt::endl << Qt::endl;
        // helpText() begins with Qt's own usage line, which cannot show a subcommand: skip it.
        const QString help = parser.helpText();
        m_out << help.mid(help.indexOf(QLatin1Char('\n')) + 1);
        m_out.flush();
        return success;
    }
    return std::nullopt;
}

CommitteeStore *CliContext::openStore()
{
    if (m_store)
        return m_store.get();
    auto database = std::make_unique<Database>();
    const QString path = Database::resolvePath(m_databaseOption);
    if (const Outcome opened = database->open(path); !opened) {
        m_err << opened.error() << Qt::endl;
        return nullptr;
    }
    m_database = std::move(database);
    m_store = std::make_unique<CommitteeStore>(*m_database);
    m_store->setOperatorName(m_operatorName);
    return m_store.get();
}

std::optional<Promotion> CliContext::findPromotion(const QString &numberText)
{
    const Result<int> number = Promotion::parseNumber(numberText);
    if (!number) {
        m_err << number.error() << Qt::endl;
        return std::nullopt;
    }
    CommitteeStore *store = openStore();
    if (!store)
        return std::nullopt;
    // A promotion that could not be read is said as such, not as a promotion that does not exist.
    const Result<std::optional<Promotion>> promotion = reads().promotion(number.value());
    if (!promotion)
        m_err << promotion.error() << Qt::endl;
    else if (!promotion.value())
        m_err << tr("There is no promotion FAST%1 in %2.").arg(number.value()).arg(m_database->path()) << Qt::endl;
    return promotion ? promotion.value() : std::nullopt;
}

CommitteeReads CliContext::reads() const
{
    return CommitteeReads(*m_database);
}

int CliContext::runAction(const QStringList &arguments, const QList<QPair<QString, Action>> &actions,
                          const QString &unknownMessage)
{
    const QString word = arguments.value(1);
    for (const auto &[name, action] : actions) {
        if (word == name)
            return action(*this, arguments.mid(1));
    }
    return fail(unknownMessage.arg(word), usageError);
}

int CliContext::fail(const QString &message, int exitCode)
{
    m_err << message << Qt::endl;
    return exitCode;
}

void CliContext::printJson(const QJsonDocument &document)
{
    m_out << QString::fromUtf8(document.toJson(QJsonDocument::Indented));
    m_out.flush();
}
