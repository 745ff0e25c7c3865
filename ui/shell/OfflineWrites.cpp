#include "shell/OfflineWrites.h"

#include "shell/ConnectionBanner.h"
#include "shell/DatabaseSession.h"
#include "storage/PendingWrites.h"
#include "storage/ServerReconnect.h"

#include <QCoreApplication>
#include <QMainWindow>
#include <QMessageBox>
#include <QPushButton>
#include <QStatusBar>
#include <QVBoxLayout>

OfflineWrites::OfflineWrites(DatabaseSession &session, QMainWindow &window)
    : QObject(&window), m_session(session), m_window(window), m_banner(new ConnectionBanner)
{
    // Above whatever page the window shows (a promotion, the welcome page, a read failure).
    auto *area = new QWidget;
    auto *layout = new QVBoxLayout(area);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_banner);
    layout->addWidget(window.takeCentralWidget(), 1);
    window.setCentralWidget(area);
    connect(m_banner, &ConnectionBanner::tryNowRequested, this, [this] {
        if (ServerReconnect *reconnect = m_session.reconnect())
            reconnect->tryNow();
    });
    connectSession();
}

OfflineWrites::~OfflineWrites()
{
    // The commands outlive nothing of this object's: they may be deleted after it by the stack's owner.
    for (auto it = m_writes.keyBegin(); it != m_writes.keyEnd(); ++it)
        (*it)->setOfflineQueue(nullptr);
}

void OfflineWrites::connectSession()
{
    connect(&m_session, &DatabaseSession::connectionLost, this, &OfflineWrites::showBanner);
    connect(&m_session, &DatabaseSession::pendingWritesChanged, this, [this] {
        if (m_banner->isVisible())
            showBanner();
    });
    connect(&m_session, &DatabaseSession::reconnectAttemptFailed, this,
            [this](const QString &, int nextDelay) { m_banner->showNextAttempt(nextDelay); });
    connect(&m_session, &DatabaseSession::connectionRestored, this, [this](const QString &host, int sent) {
        m_banner->hide();
        QStringList parts;
        if (sent > 0)
            parts.append(tr("%n change(s) sent", nullptr, sent));
        if (m_refusedSinceLost > 0)
            parts.append(tr("%n change(s) refused (see the message)", nullptr, m_refusedSinceLost));
        m_refusedSinceLost = 0;
        m_window.statusBar()->showMessage(
            parts.isEmpty() ? tr("Connection to %1 is back.").arg(host)
                            : tr("Connection to %1 is back: %2.").arg(host, parts.join(QStringLiteral("; "))),
            10000);
    });
    connect(&m_session, &DatabaseSession::pendingWriteRefused, this,
            [this](quint64 id, const QString &, const QString &message) {
                for (auto it = m_writes.begin(); it != m_writes.end(); ++it) {
                    if (it.value() == id) {
                        StoreCommand *command = it.key();
                        m_writes.erase(it);
                        ++m_refusedSinceLost;
                        command->refuseSent(message);
                        return;
                    }
                }
            });
    connect(&m_session, &DatabaseSession::aboutToReplace, this, [this] { m_banner->hide(); });
}

void OfflineWrites::showBanner()
{
    m_banner->showLost(m_session.serverHost(),
                       m_session.pendingWrites() ? m_session.pendingWrites()->descriptions() : QStringList());
    if (ServerReconnect *reconnect = m_session.reconnect(); reconnect && reconnect->isReconnecting())
        m_banner->showNextAttempt(reconnect->nextDelay());
}

bool OfflineWrites::keep(StoreCommand &command)
{
    if (!m_session.isConnectionLost() || m_writes.contains(&command))
        return false;
    const QString description = command.isPendingUndo() ? tr("Undo %1").arg(command.text()) : command.text();
    StoreCommand *kept = &command;
    const quint64 id = m_session.keepPending(description, [this, kept] {
        const Outcome sent = kept->sendPending();
        if (sent)
            m_writes.remove(kept);
        return sent;
    });
    m_writes.insert(&command, id);
    return true;
}

void OfflineWrites::forget(StoreCommand &command)
{
    const auto found = m_writes.constFind(&command);
    if (found == m_writes.constEnd())
        return;
    m_session.forgetPending(found.value());
    m_writes.erase(found);
}

QMessageBox *OfflineWrites::closeQuestion()
{
    const QStringList pending = m_session.pendingWrites() ? m_session.pendingWrites()->descriptions() : QStringList();
    if (pending.isEmpty())
        return nullptr;
    const int count = int(pending.size());
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Comité FAST"),
                                tr("%n change(s) could not reach %1 yet: they will be sent when the server is back, "
                                   "if the window stays open.",
                                   nullptr, count)
                                    .arg(m_session.serverHost()),
                                QMessageBox::NoButton, &m_window);
    box->setObjectName(QStringLiteral("pendingChangesMessageBox"));
    box->setInformativeText(QStringLiteral("• ") + pending.join(QStringLiteral("\n• ")));
    QPushButton *wait = box->addButton(tr("&Keep Waiting"), QMessageBox::RejectRole);
    wait->setObjectName(QStringLiteral("keepWaitingButton"));
    QPushButton *quit = box->addButton(tr("&Quit and Lose %n Change(s)", nullptr, count), QMessageBox::DestructiveRole);
    quit->setObjectName(QStringLiteral("quitAndLoseButton"));
    box->setDefaultButton(wait);
    box->setEscapeButton(wait);
    return box;
}

bool OfflineWrites::mayClose()
{
    QMessageBox *box = closeQuestion();
    if (!box)
        return true;
    box->exec();
    const bool quit = box->clickedButton() && box->clickedButton()->objectName() == QLatin1String("quitAndLoseButton");
    delete box;
    return quit;
}
