#pragma once

#include <QString>

// Who the audit log names for the changes made in the window: the name set in the Preferences dialog,
// kept in QSettings; until one is set, the system's user name. `--operator NAME` overrides it for one run
// without storing it.
class OperatorSetting
{
public:
    // The key the command line reads too (CommandLine::defaultOperatorName).
    static constexpr const char *settingsKey = "operatorName";

    // The stored name, else $USER (or %USERNAME%), else empty.
    static QString current();
    // Stores the name trimmed; an empty name forgets the stored one.
    static void store(const QString &name);
};
