#pragma once

#include <QString>
#include <QStringList>

#include <optional>

// Where a product stands in the beta.gouv.fr life cycle. Unspecified when the call did not say.
enum class Phase { Unspecified, Investigation, Construction, Acceleration, Consolidation };

// The stable key stored in the database and printed by the command line's JSON.
QString phaseKey(Phase value);
std::optional<Phase> phaseFromKey(const QString &key);
// Reads the words of a CSV file or a command line, French or English, case- and accent-insensitive.
std::optional<Phase> phaseFromText(const QString &text);
// The words accepted by phaseFromText, for error messages.
QStringList phaseAcceptedWords();
// The name shown to users, through tr().
QString phaseDisplayName(Phase value);
QList<Phase> allPhaseValues();
