#pragma once

#include "domain/Result.h"

#include <QString>

// The issuing authority the official list of the laureates prints at the top of every page: set in the
// Preferences dialog, kept in QSettings; until one is set, the fund's own (LaureateList::defaultAuthority).
// The command line has its own option (--authority) and does not read it.
class AuthoritySetting
{
public:
    static constexpr const char *settingsKey = "laureateList/authority";

    // The stored authority, else the default one.
    static QString current();
    // Stores the text as the text policy stores names (NFC, trimmed); an empty text, or the default one,
    // forgets the stored one so that a later change of the default reaches this user too. A text the
    // policy refuses is refused here too.
    static Outcome store(const QString &authority);
};
