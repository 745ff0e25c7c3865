#pragma once

#include <QString>
#include <QStringList>

#include <optional>

// What a candidate is: a digital service (startup d'État ou de territoire) or an incubator.
// Only products count in the fund's indicator 1.2.
enum class CandidateKind { Product, Incubator };

// The stable key stored in the database and printed by the command line's JSON.
QString candidateKindKey(CandidateKind value);
std::optional<CandidateKind> candidateKindFromKey(const QString &key);
// Reads the words of a CSV file or a command line, French or English, case- and accent-insensitive.
std::optional<CandidateKind> candidateKindFromText(const QString &text);
// The words accepted by candidateKindFromText, for error messages.
QStringList candidateKindAcceptedWords();
// The name shown to users, through tr().
QString candidateKindDisplayName(CandidateKind value);
QList<CandidateKind> allCandidateKindValues();
