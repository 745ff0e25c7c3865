#include "shell/RoleGate.h"

#include "shell/DatabaseSession.h"
#include "storage/CommitteeStore.h"
#include "storage/Database.h"

#include <QAbstractButton>
#include <QAction>
#include <QActionEvent>
#include <QApplication>
#include <QLabel>
#include <QMainWindow>
#include <QStatusBar>

RoleGate::RoleGate(QMainWindow &window, DatabaseSession &session)
    : QObject(&window), m_window(window), m_session(session), m_label(new QLabel(&window))
{
    m_label->setObjectName(QStringLiteral("roleStatusLabel"));
    // Who is connected matters on a projected screen: it stands out from the file's address beside it.
    QFont font = m_label->font();
    font.setBold(true);
    m_label->setFont(font);
    m_label->hide();
    window.statusBar()->addPermanentWidget(m_label);
    connect(&session, &DatabaseSession::replaced, this, &RoleGate::roleChanged);
    qApp->installEventFilter(this);
    roleChanged();
}

RoleGate::~RoleGate()
{
    qApp->removeEventFilter(this);
}

const QStringList &RoleGate::committeeControls()
{
    static const QStringList names{
        // Menus and toolbar.
        QStringLiteral("newPromotionAction"), QStringLiteral("editPromotionAction"),
        QStringLiteral("closePromotionAction"), QStringLiteral("reopenPromotionAction"),
        QStringLiteral("addCandidateAction"), QStringLiteral("editCandidateAction"),
        QStringLiteral("removeCandidateAction"), QStringLiteral("importCsvAction"), QStringLiteral("addMembersAction"),
        QStringLiteral("copyCommitteeAction"), QStringLiteral("proposeLaureatesAction"),
        // The pages' own buttons.
        QStringLiteral("addCandidateButton"), QStringLiteral("editCandidateButton"),
        QStringLiteral("removeCandidateButton"), QStringLiteral("emptyAddCandidateButton"),
        QStringLiteral("emptyImportButton"), QStringLiteral("emptyAddMembersButton"),
        QStringLiteral("emptyCopyCommitteeButton"), QStringLiteral("welcomeCreatePromotionButton"),
        QStringLiteral("welcomeImportButton"), QStringLiteral("decisionButton"), QStringLiteral("proposeButton"),
        QStringLiteral("addMemberButton"), QStringLiteral("saveScenarioButton"), QStringLiteral("removeScenarioButton"),
        QStringLiteral("importPaymentsButton")};
    return names;
}

const QStringList &RoleGate::scoringControls()
{
    static const QStringList names{QStringLiteral("clearNoteAction"), QStringLiteral("recusalAction")};
    return names;
}

bool RoleGate::forbids(const QString &objectName) const
{
    if (objectName.isEmpty())
        return false;
    if (!m_role.mayChangeCommittee() && committeeControls().contains(objectName))
        return true;
    return !m_role.mayScore() && scoringControls().contains(objectName);
}

void RoleGate::roleChanged()
{
    const CommitteeStore *store = m_session.store();
    m_role = store ? store->database().serverRole() : ServerRole();
    if (m_role.isManaged()) {
        m_label->setText(tr("connected as %1 (%2)").arg(m_role.login(), m_role.label()));
        m_label->show();
    } else {
        m_label->clear();
        m_label->hide();
    }
    // Given back first: a role that allows them again (another database) finds them as their owners left them.
    for (const QPointer<QAction> &action : std::exchange(m_heldActions, {})) {
        if (action && !forbids(action->objectName()))
            action->setEnabled(true);
    }
    for (const QPointer<QWidget> &widget : std::exchange(m_heldWidgets, {})) {
        if (widget && !forbids(widget->objectName()))
            widget->setEnabled(true);
    }
    for (QAction *action : m_window.findChildren<QAction *>()) {
        watch(action);
        hold(action);
    }
    for (QAbstractButton *button : m_window.findChildren<QAbstractButton *>())
        holdWidget(button);
}

void RoleGate::watch(QAction *action)
{
    if (m_watched.contains(action))
        return;
    m_watched.insert(action);
    connect(action, &QAction::enabledChanged, this, [this, action](bool enabled) {
        if (enabled)
            hold(action);
    });
    connect(action, &QObject::destroyed, this, [this, action] { m_watched.remove(action); });
}

void RoleGate::hold(QAction *action)
{
    if (!action->isEnabled() || !forbids(action->objectName()))
        return;
    action->setEnabled(false);
    m_heldActions.append(action);
}

void RoleGate::holdWidget(QWidget *widget)
{
    if (!widget->isEnabled() || !forbids(widget->objectName()) || widget->window() != &m_window)
        return;
    widget->setEnabled(false);
    m_heldWidgets.append(widget);
}

bool RoleGate::eventFilter(QObject *watched, QEvent *event)
{
    // Only when a role forbids something: a file's window pays nothing for the gate.
    if (m_role.mayChangeCommittee() && m_role.mayScore())
        return false;
    switch (event->type()) {
    case QEvent::ActionAdded:
        // A page built later adds its actions to its widgets.
        if (QAction *action = static_cast<QActionEvent *>(event)->action()) {
            watch(action);
            hold(action);
        }
        break;
    case QEvent::Polish:
    case QEvent::EnabledChange:
        if (auto *button = qobject_cast<QAbstractButton *>(watched))
            holdWidget(button);
        break;
    default:
        break;
    }
    return false;
}
