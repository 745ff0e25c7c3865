#pragma once

#include "domain/Promotion.h"

#include <QObject>

#include <optional>

class QAction;
class QTabWidget;
class QWidget;

// The committee's actions that live on a page of their own but are wanted from the menu and the toolbar:
// add members and copy an earlier promotion's committee (the scoring tab's), propose the laureates (the
// ranking tab's). Each shows its tab first, so that the user sees where the change lands, then asks there.
class WorkflowActions : public QObject
{
    Q_OBJECT

public:
    explicit WorkflowActions(QTabWidget *tabs);

    QAction *addMembersAction() const { return m_addMembersAction; }
    QAction *copyCommitteeAction() const { return m_copyCommitteeAction; }
    QAction *proposeAction() const { return m_proposeAction; }
    // As the Promotion menu lists them after its own, a null action standing for a separator.
    QList<QAction *> actions() const;

    // Enabled for an open promotion shown.
    void updateActions(const std::optional<Promotion> &promotion);

private:
    // Shows the tab whose host has that objectName and returns its page, built if it was not yet.
    QWidget *showPage(const QString &hostName) const;

    QTabWidget *m_tabs;
    QAction *m_addMembersAction;
    QAction *m_copyCommitteeAction;
    QAction *m_proposeAction;
};
