#pragma once

#include <QMenu>

// View > Language: the languages the window is translated into, each named in itself, the one stored by
// LanguageSetting checked. Choosing one stores it; it applies at the next start.
class LanguageMenu : public QMenu
{
    Q_OBJECT

public:
    explicit LanguageMenu(QWidget *parent = nullptr);

signals:
    void languageChosen(const QString &language);
};
