#include "OperatorName.h"

#include "domain/NameText.h"

#include <QSettings>

#ifdef Q_OS_UNIX
#include <pwd.h>
#include <unistd.h>
#endif

Result<QString> OperatorName::resolve(const std::optional<QString> &option)
{
    if (option)
        return check(*option, Source::Option);
    // Set but empty is the shell's way of not setting it; blank (spaces) is a mistake, refused.
    if (const QString fromEnvironment = qEnvironmentVariable(environmentVariable); !fromEnvironment.isEmpty())
        return check(fromEnvironment, Source::Environment);
    if (const QString fromSettings = QSettings().value(QLatin1String(settingsKey)).toString(); !fromSettings.isEmpty())
        return check(fromSettings, Source::Preferences);
    return check(systemUser(), Source::SystemUser);
}

Result<QString> OperatorName::check(const QString &raw, Source source)
{
    QString label;
    switch (source) {
    case Source::Option:
        label = tr("Operator name (--operator)");
        break;
    case Source::Environment:
        label = tr("Operator name ($%1)").arg(QLatin1String(environmentVariable));
        break;
    case Source::Preferences:
        label = tr("Operator name (preferences, %1)").arg(QSettings().fileName());
        break;
    case Source::SystemUser:
        label = tr("Operator name (system user)");
        break;
    }
    const Result<QString> name = NameText::normalise(raw, label);
    if (name || source == Source::Option)
        return name;
    // Anything but the option can be overridden for one run without changing the environment or settings.
    return Result<QString>::failure(tr("%1 Give another one with --operator NAME.").arg(name.error()));
}

QString OperatorName::systemUser()
{
#ifdef Q_OS_UNIX
    // getpwuid's buffer is static; a command line runs on one thread, and the name is copied at once.
    if (const passwd *entry = getpwuid(geteuid()); entry && entry->pw_name && entry->pw_name[0] != '\0')
        return QString::fromLocal8Bit(entry->pw_name);
#endif
    return qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"));
}
