#pragma once

#include <QCoreApplication>
#include <QString>

class QTranslator;

// The interface language: French by default and when the system is French, English when chosen in
// the Language menu. The choice is stored in QSettings and applies at the next start, when
// install() loads the application's translation (embedded under :/i18n) and Qt's own.
class LanguageSetting
{
    Q_DECLARE_TR_FUNCTIONS(LanguageSetting)

public:
    static constexpr const char *settingsKey = "language";

    // "fr" or "en": the stored choice, else French.
    static QString current();
    static void store(const QString &language);

    // Loads the translations of `language` into the application; returns false when the
    // application's own file is missing (Qt's is optional).
    static bool install(QCoreApplication &application, const QString &language);
};
