#include "shell/AuthoritySetting.h"

#include "domain/NameText.h"
#include "reports/LaureateList.h"

#include <QCoreApplication>
#include <QSettings>

QString AuthoritySetting::current()
{
    const QString stored = QSettings().value(QLatin1String(settingsKey)).toString().trimmed();
    return stored.isEmpty() ? LaureateList::defaultAuthority() : stored;
}

Outcome AuthoritySetting::store(const QString &authority)
{
    const Result<QString> checked =
        NameText::normalise(authority, QCoreApplication::translate("PreferencesDialog", "Issuing authority"));
    if (authority.trimmed().isEmpty() || (checked && checked.value() == LaureateList::defaultAuthority())) {
        QSettings().remove(QLatin1String(settingsKey));
        return Outcome::success();
    }
    if (!checked)
        return Outcome::failure(checked.error());
    QSettings().setValue(QLatin1String(settingsKey), checked.value());
    return Outcome::success();
}
