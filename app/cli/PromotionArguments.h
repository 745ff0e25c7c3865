#pragma once

#include "PromotionOption.h"
#include "domain/Promotion.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QStringList>

#include <optional>

class CliContext;

// The arguments of a subcommand about one promotion (rank, candidates, import...): --promotion, --json
// where the subcommand prints data, its own options, parsed and checked in one place so that each refuses
// a missing option, a wrong argument count or an unknown promotion the same way and with the same exit
// codes. The help texts and the usage message are the subcommand's, translated in its own context.
class PromotionArguments
{
public:
    // An empty jsonHelp: the subcommand has no --json.
    PromotionArguments(const QString &promotionHelp, const QString &valueName, const QString &jsonHelp = QString());

    // Where the subcommand adds its own options and positional arguments, before parse().
    QCommandLineParser &parser() { return m_parser; }

    // Parses the subcommand's arguments (help and unknown options as CliContext::parse does); refuses a
    // missing --promotion, or a number of positional arguments outside [minimumPositional, maximumPositional]
    // (-1: no maximum), by printing usageMessage (usage error); then finds the promotion (refused when it
    // cannot). Returns the exit code to stop with, or nothing to go on with promotion().
    std::optional<int> parse(CliContext &context, const QStringList &arguments, const QString &usage,
                             const QString &usageMessage, int minimumPositional = 0, int maximumPositional = 0);

    // Only after parse() returned nothing.
    const Promotion &promotion() const { return *m_promotion; }
    bool json() const;
    QStringList positionalArguments() const { return m_parser.positionalArguments(); }

private:
    PromotionOption m_promotionOption;
    std::optional<QCommandLineOption> m_jsonOption;
    QCommandLineParser m_parser;
    std::optional<Promotion> m_promotion;
};
