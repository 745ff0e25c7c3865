#pragma once

#include "domain/Promotion.h"
#include "domain/Result.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QTextStream>

#include <functional>
#include <memory>
#include <optional>

class CommitteeReads;
class CommitteeStore;
class Database;

// What every subcommand shares: where to print, which database, who is operating, and the way
// arguments, refusals and JSON are handled, so that each subcommand only states its own work.
class CliContext
{
    Q_DECLARE_TR_FUNCTIONS(CliContext)

public:
    // Exit codes: 0 success, 1 refused (bad data, rule, closed promotion...), 2 wrong usage.
    static constexpr int success = 0;
    static constexpr int refused = 1;
    static constexpr int usageError = 2;

    CliContext(QTextStream &out, QTextStream &err, QString databaseOption, QString operatorName);
    ~CliContext();

    QTextStream &out() { return m_out; }
    QTextStream &err() { return m_err; }

    // Parses a subcommand's arguments (arguments.first() is the subcommand's name, as a program name
    // would be). Returns the exit code to stop with (after printing help or the usage error), or
    // nothing to go on.
    std::optional<int> parse(QCommandLineParser &parser, const QStringList &arguments, const QString &usage);

    // Opens the database chosen by --db / FAST_COMMITTEE_DB / the default location; prints the refusal.
    CommitteeStore *openStore();
    // The promotion given as NUMBER or FAST<NUMBER>; prints why not when it does not exist or cannot be read.
    std::optional<Promotion> findPromotion(const QString &numberText);
    // The value read, or nothing with the read's message printed (the command then exits refused): a read
    // that fails is never listed as empty. Call openStore() first.
    template <typename T> std::optional<T> read(const Result<T> &result)
    {
        if (result)
            return result.value();
        m_err << result.error() << Qt::endl;
        return std::nullopt;
    }
    // The reads that tell "none" from "could not read", on the database openStore() opened.
    CommitteeReads reads() const;

    using Action = std::function<int(CliContext &context, const QStringList &arguments)>;
    // Runs the action a subcommand's second word names ("members add", "promotion list"), with the
    // arguments from that word on; a missing or unknown word is refused as a usage error, with
    // unknownMessage (its %1: the word given).
    int runAction(const QStringList &arguments, const QList<QPair<QString, Action>> &actions,
                  const QString &unknownMessage);

    int fail(const QString &message, int exitCode = refused);
    void printJson(const QJsonDocument &document);

private:
    QTextStream &m_out;
    QTextStream &m_err;
    QString m_databaseOption;
    QString m_operatorName;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<CommitteeStore> m_store;
};
