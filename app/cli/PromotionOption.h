#pragma once

#include "domain/Promotion.h"

#include <QCommandLineOption>
#include <QCommandLineParser>

#include <optional>

class CliContext;

// The --promotion NUMBER option that most subcommands take, declared and resolved in one place so that
// every subcommand spells it, reads it and refuses a bad or unknown promotion the same way (the number's
// parse error, or "There is no promotion FAST<N> in <database>", exit code 1). Its help text and value name
// are given by the subcommand, translated in its own context: they say what the promotion is for there.
class PromotionOption
{
public:
    PromotionOption(const QString &description, const QString &valueName);

    const QCommandLineOption &option() const { return m_option; }
    bool isSet(const QCommandLineParser &parser) const;
    // The promotion the option names, or nothing once the reason is printed on the context's error stream.
    std::optional<Promotion> find(CliContext &context, const QCommandLineParser &parser) const;

private:
    QCommandLineOption m_option;
};
