#include "shell/LanguageSetting.h"

#include "domain/Score.h"
#include <QLibraryInfo>

#include <QLocale>
#include <QSettings>
#include <QTranslator>

QString LanguageSetting::current()
{
    const QString stored = QSettings().value(QLatin1String(settingsKey)).toString();
    if (stored == QLatin1String("fr") || stored == QLatin1String("en"))
        return stored;
    // French when the system is French, and by default: the committee works in French.
    return QStringLiteral("fr");
}

void LanguageSetting::store(const QString &language)
{
    QSettings().setValue(QLatin1String(settingsKey), language);
}

bool LanguageSetting::install(QCoreApplication &application, const QString &language)
{
    // Parented to the application, so they live as long as it does.
    auto *own = new QTranslator(&application);
    const bool loaded = own->load(QStringLiteral(":/i18n/fast-committee_%1.qm").arg(language));
    if (loaded)
        QCoreApplication::installTranslator(own);
    auto *qt = new QTranslator(&application);
    if (qt->load(QStringLiteral("qtbase_%1").arg(language), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    // Dates, numbers and scores in the chosen language ("90.0" in English, "90,0" in French); amounts are
    // always in French form through Money (rules.md), which its parser reads back.
    Score::setDisplayDecimalMark(language == QLatin1String("en") ? QLatin1Char('.') : QLatin1Char(','));
    QLocale::setDefault(QLocale(language == QLatin1String("en") ? QLocale::English : QLocale::French,
                                language == QLatin1String("en") ? QLocale::UnitedKingdom : QLocale::France));
    return loaded;
}
