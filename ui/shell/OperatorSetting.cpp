#include "shell/OperatorSetting.h"

#include <QSettings>

QString OperatorSetting::current()
{
    const QString stored = QSettings().value(QLatin1String(settingsKey)).toString().trimmed();
    if (!stored.isEmpty())
        return stored;
    return OperatorName::systemUser();
}

Outcome OperatorSetting::store(const QString &name)
{
    if (name.trimmed().isEmpty()) {
        QSettings().remove(QLatin1String(settingsKey));
        return Outcome::success();
    }
    const Result<QString> checked = OperatorName::check(name, OperatorName::Source::Preferences);
    if (!checked)
        return Outcome::failure(checked.error());
    QSettings().setValue(QLatin1String(settingsKey), checked.value());
    return Outcome::success();
}
