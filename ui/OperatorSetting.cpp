#include "OperatorSetting.h"

#include <QSettings>

QString OperatorSetting::current()
{
    const QString stored = QSettings().value(QLatin1String(settingsKey)).toString().trimmed();
    if (!stored.isEmpty())
        return stored;
    return qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"));
}

void OperatorSetting::store(const QString &name)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        QSettings().remove(QLatin1String(settingsKey));
    else
        QSettings().setValue(QLatin1String(settingsKey), trimmed);
}
