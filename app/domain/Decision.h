#pragma once

#include <QString>
#include <QStringList>

#include <optional>

// The committee's decision on a candidate (rules.md, "Decisions"). Only a laureate has a granted amount.
enum class Decision { None, Laureate, Waitlist, Rejected, Withdrawn };

// The stable key stored in the database and printed by the command line's JSON.
QString decisionKey(Decision value);
std::optional<Decision> decisionFromKey(const QString &key);
// Reads the words of a CSV file or a command line, French or English, case- and accent-insensitive.
std::optional<Decision> decisionFromText(const QString &text);
// The words accepted by decisionFromText, for error messages.
QStringList decisionAcceptedWords();
// The name shown to users, through tr().
QString decisionDisplayName(Decision value);
QList<Decision> allDecisionValues();
