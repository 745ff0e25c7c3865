#pragma once

#include "domain/Result.h"

#include <QObject>
#include <QStringList>

#include <functional>
#include <memory>

class CommitteeStore;
class Database;
class DecisionStore;
class FollowUpStore;
class PendingWrites;
class PromotionArchive;
class PromotionSnapshots;
class QTemporaryDir;
class ScoringStore;
class ServerChanges;
class ServerReconnect;

// The window's open database: the file (or the demonstration's temporary one), the stores on it and their
// lifetime, the operator's name the audit log uses, the recently opened files, and every promotion as the
// past-promotion views read it (loaded on first use, dropped by each change). The stores' signals are
// connected here and only here, and come out as this object's signals, so that the window and its pages
// listen to one object that outlives every database. On a server it also keeps the session going across a
// lost connection: the writes the connection lost wait in its queue (PendingWrites), ServerReconnect brings the
// connection back, and then the session listens again, sends them in order and reloads every view.
class DatabaseSession : public QObject
{
    Q_OBJECT

public:
    explicit DatabaseSession(QObject *parent = nullptr);
    ~DatabaseSession() override;

    // Opens (or creates) a database file; on refusal the session keeps the database it had.
    Outcome open(const QString &path);
    // A fresh temporary database holding the illustrative committee of DemoCommittee.
    Outcome openDemo();
    // The illustrative committee in that file (--demo --db PATH): written into a new or empty database,
    // reopened as it is when the file already holds only the demonstration's promotions, and refused, the
    // file untouched, when it holds anything else: a committee's data is never overwritten or mixed.
    Outcome openDemoAt(const QString &path);
    bool isDemo() const { return m_demoDirectory != nullptr; }
    bool isOpen() const { return m_store != nullptr; }
    // Empty when no database is open.
    QString path() const;
    // The open file's schema version as the migrations recorded it (Database::schemaVersion()).
    Result<int> schemaVersion() const;

    // The name the audit log records; kept for the next database when none is open.
    void setOperatorName(const QString &name);
    QString operatorName() const;

    CommitteeStore *store() const { return m_store.get(); }
    ScoringStore *scoring() const { return m_scoring.get(); }
    DecisionStore *decisions() const { return m_decisions.get(); }
    // The laureates' follow-up after the decision (issue #18); its changes come out as candidatesChanged.
    FollowUpStore *followUp() const { return m_followUp.get(); }
    // Each promotion as the pages show it, read once per change and shared by them.
    PromotionSnapshots *snapshots() const { return m_snapshots.get(); }

    // Every promotion with its candidates and scores; null (with the reason in error) when it cannot be read.
    const PromotionArchive *archive(QString *error = nullptr);

    // A read of the stores failed where a page asked for it: said like the snapshots' failures (readFailed).
    void reportReadFailure(const QString &message) { emit readFailed(message); }

    // The files opened lately, most recent first, at most six.
    static QStringList recentFiles();

    // On a server: true when its connection no longer answers (ServerReconnect::isConnectionLost).
    bool isConnectionLost() const;
    // The server's host name; empty on a file.
    QString serverHost() const;
    // A write the connection lost, kept to be sent when it is back (and the reconnection started); its id.
    quint64 keepPending(const QString &description, std::function<Outcome()> write);
    // A kept write that will not be sent after all (undone before it was).
    void forgetPending(quint64 id);
    // Null when no database is open.
    PendingWrites *pendingWrites() const { return m_pending.get(); }
    ServerReconnect *reconnect() const { return m_reconnect.get(); }

signals:
    // Before the stores are replaced: whatever refers to them (undo commands, pages) must let them go.
    void aboutToReplace();
    // Another database is open and its stores are ready.
    void replaced();
    void recentFilesChanged();
    // The stores' changes, forwarded in the order they happen.
    void promotionsChanged();
    void candidatesChanged(int promotionNumber);
    // Scores or decisions of that promotion changed.
    void scoringChanged(int promotionNumber);
    // A promotion could not be read (PromotionSnapshots::readFailed, reportReadFailure): the database's words.
    void readFailed(const QString &message);
    // The connection to the server was lost: the session reconnects by itself.
    void connectionLost();
    void reconnectAttemptFailed(const QString &reason, int nextDelayMilliseconds);
    // The connection is back: the writes kept were sent (that many) and the views told to reload.
    void connectionRestored(const QString &host, int sent);
    void pendingWritesChanged();
    // A kept write was refused when it was sent at last (another changed the same decision meanwhile).
    void pendingWriteRefused(quint64 id, const QString &description, const QString &message);

private:
    void attach(std::unique_ptr<Database> database, std::unique_ptr<CommitteeStore> store);
    void connectStores();
    void remember(const QString &path);
    void connectReconnection();
    // Refuses to replace the database while changes wait for the connection: they would be lost unseen.
    Outcome checkNothingPending() const;
    void reconnected();

    std::unique_ptr<QTemporaryDir> m_demoDirectory;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<CommitteeStore> m_store;
    std::unique_ptr<ScoringStore> m_scoring;
    std::unique_ptr<DecisionStore> m_decisions;
    std::unique_ptr<FollowUpStore> m_followUp;
    std::unique_ptr<PromotionSnapshots> m_snapshots; // after the stores: it goes first
    std::unique_ptr<ServerChanges> m_serverChanges;  // the other windows' writes, on a server
    std::unique_ptr<PendingWrites> m_pending;        // the writes a lost connection keeps waiting
    std::unique_ptr<ServerReconnect> m_reconnect;    // goes before the database it reopens
    QString m_operatorName;
    // Dropped by every change of the stores; null until a view needs it again.
    std::unique_ptr<PromotionArchive> m_archive;
};
