#pragma once

#include "cli/OperatorName.h"

#include <QString>

// Who the audit log names for the changes made in the window: the name set in the Preferences dialog,
// kept in QSettings; until one is set, the system's user name. `--operator NAME` overrides it for one run
// without storing it.
class OperatorSetting
{
public:
    // The key the command line reads too (OperatorName::resolve).
    static constexpr const char *settingsKey = OperatorName::settingsKey;

    // The stored name, else the system user (OperatorName::systemUser), else empty.
    static QString current();
    // Stores the name as the text policy stores names (NFC, trimmed); an empty name forgets the stored
    // one. The caller has checked it (OperatorName::check): a name the policy refuses is not stored.
    static Outcome store(const QString &name);
};
