#include "shell/LanguageMenu.h"

#include "shell/LanguageSetting.h"

#include <QActionGroup>
#include <QCoreApplication>

LanguageMenu::LanguageMenu(QWidget *parent)
    : QMenu(QCoreApplication::translate("MainWindow", "&Language (applies at restart)"), parent)
{
    // The title was written in the window and is translated under its context.
    setObjectName(QStringLiteral("languageMenu"));
    auto *group = new QActionGroup(this);
    const std::pair<QString, QString> languages[] = {{QStringLiteral("fr"), QStringLiteral("Français")},
                                                     {QStringLiteral("en"), QStringLiteral("English")}};
    const QString current = LanguageSetting::current();
    for (const auto &[code, name] : languages) {
        // Each language is named in itself, so that anyone finds theirs.
        QAction *action = group->addAction(name);
        action->setObjectName(code + QStringLiteral("LanguageAction"));
        action->setCheckable(true);
        action->setChecked(code == current);
        connect(action, &QAction::triggered, this, [this, language = code] {
            LanguageSetting::store(language);
            emit languageChosen(language);
        });
    }
    addActions(group->actions());
}
