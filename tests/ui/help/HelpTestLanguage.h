#pragma once

#include "shell/LanguageSetting.h"

#include <QCoreApplication>
#include <QTranslator>

// The help suites switch the interface's language within one process, as the application sets it at start:
// LanguageSetting::install() with the translations embedded under :/i18n. The translators of the previous
// language are removed first, so that an English window never falls back on a French text.
namespace HelpTestLanguage {

inline void use(const QString &language)
{
    QCoreApplication *application = QCoreApplication::instance();
    for (QTranslator *translator : application->findChildren<QTranslator *>())
        delete translator; // removes it from the application
    LanguageSetting::install(*application, language);
}

} // namespace HelpTestLanguage
