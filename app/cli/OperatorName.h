#pragma once

#include "domain/Result.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

// Who the audit log names (rules.md, "Names and free text"): `--operator NAME` for one run, else
// FAST_COMMITTEE_OPERATOR, else the name stored by the window's Preferences, else the system user. Each is
// a name like any other: NFC-normalised, trimmed, non-empty, one line, nothing invisible. A name refused
// anywhere on that path is refused with where it came from, never replaced by the next one silently, so
// that an audit entry never names someone blank, "unknown" or forged over two lines.
class OperatorName
{
    Q_DECLARE_TR_FUNCTIONS(OperatorName)

public:
    // Where the name came from, said in a refusal.
    enum class Source { Option, Environment, Preferences, SystemUser };

    static constexpr const char *environmentVariable = "FAST_COMMITTEE_OPERATOR";
    // The QSettings key the Preferences dialog writes (OperatorSetting).
    static constexpr const char *settingsKey = "operatorName";

    // The operator for this run: option is --operator's value when given (even empty).
    static Result<QString> resolve(const std::optional<QString> &option);
    // The name as stored, or why not, naming the source: "Operator name (--operator): character 2 is
    // U+000A (line feed), which is not allowed in a name."
    static Result<QString> check(const QString &raw, Source source);
    // The account running the program, from the password database (getpwuid(geteuid())), which cron, sudo
    // and `env -i` keep; $USER or %USERNAME% only when it has no entry. Empty when nothing says.
    static QString systemUser();
};
