#pragma once

#include "commands/StoreCommand.h"

#include <QHash>
#include <QObject>

class ConnectionBanner;
class DatabaseSession;
class QMainWindow;
class QMessageBox;

// The window's side of a lost connection to the committee's server. A command whose write found the
// connection lost stays on the undo stack as pending (StoreCommand::OfflineQueue) and its write joins the
// session's queue (PendingWrites), in the order typed; the banner says so in words, the session reconnects by
// itself, sends them in order when the server is back and the views reload, keeping selection and scroll.
// The commands stay on the stack, rather than only in a queue, so that the user's edit stays where the
// window shows it (Edit > Undo names it, and undoing one never sent simply forgets it). Closing the window
// while changes wait asks first: keep waiting, or quit and lose them, named.
class OfflineWrites : public QObject, public StoreCommand::OfflineQueue
{
    Q_OBJECT

public:
    // Puts the banner above the window's central widget.
    OfflineWrites(DatabaseSession &session, QMainWindow &window);
    ~OfflineWrites() override;

    // Every command the window pushes: its writes are kept when the connection is lost.
    void watch(StoreCommand *command) { command->setOfflineQueue(this); }
    bool keep(StoreCommand &command) override;
    void forget(StoreCommand &command) override;

    // Asks, when changes are waiting, whether to quit and lose them; true when the window may close.
    bool mayClose();
    // The question mayClose() asks (for the tests, which answer it): built, not shown.
    QMessageBox *closeQuestion();

    ConnectionBanner *banner() const { return m_banner; }

private:
    void connectSession();
    void showBanner();

    DatabaseSession &m_session;
    QMainWindow &m_window;
    ConnectionBanner *m_banner;
    // The pending commands and the id of their write in the session's queue.
    QHash<StoreCommand *, quint64> m_writes;
    // Said with the connection's return, beside what was sent.
    int m_refusedSinceLost = 0;
};
