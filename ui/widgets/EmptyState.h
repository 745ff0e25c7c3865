#pragma once

#include <QWidget>

#include <functional>

class QLabel;
class QPushButton;
class QHBoxLayout;

// What a page shows instead of an empty table or chart: a title, a sentence saying what fills it, and the
// buttons that do (add, import, go to the tab that fills it). Made to cover another widget (cover()): it
// sits over that widget, follows its size and hides it while shown, so that a page adds an empty state
// without rearranging its layout. Its buttons are real push buttons, reachable with Tab and Enter.
class EmptyState : public QWidget
{
    Q_OBJECT

public:
    explicit EmptyState(QWidget *parent = nullptr);

    // Lays this empty state over `target` (which becomes its parent), at its size, above its children.
    static EmptyState *cover(QWidget *target, const QString &objectName);

    void setTitle(const QString &title);
    void setMessage(const QString &message);
    QString title() const;
    QString message() const;

    // A button that runs `onClick`; shown in the order added.
    QPushButton *addButton(const QString &text, const QString &objectName, std::function<void()> onClick);
    // A button that shows the tab at `tabIndex` of the tab widget this page lives in.
    QPushButton *addTabLink(const QString &text, const QString &objectName, int tabIndex);
    void clearButtons();
    QList<QPushButton *> buttons() const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QLabel *m_titleLabel;
    QLabel *m_messageLabel;
    QHBoxLayout *m_buttonRow;
};
