#include "help/UserGuide.h"

#include <QFile>
#include <QLocale>

QString UserGuide::interfaceLanguage()
{
    // LanguageSetting::install() sets the default locale with the translations (French unless English is
    // chosen); without it the interface shows its English source text, and so does the guide.
    return QLocale().language() == QLocale::French ? QStringLiteral("fr") : QStringLiteral("en");
}

QString UserGuide::resourcePath(const QString &language)
{
    return QStringLiteral(":/help/guide.%1.md").arg(language == QLatin1String("en") ? language : QStringLiteral("fr"));
}

QString UserGuide::markdown(const QString &language)
{
    QFile file(resourcePath(language));
    if (!file.open(QIODevice::ReadOnly))
        return QString();
    return QString::fromUtf8(file.readAll());
}
