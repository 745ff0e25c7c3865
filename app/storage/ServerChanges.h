#pragma once

#include <QObject>
#include <QString>

class CommitteeStore;
class Database;
class DecisionStore;
class ScoringStore;

// Another window's writes on a committee shared on a PostgreSQL server, made known to this one: the server
// announces every change (SqlDialect::serverObjects), and each announcement of another connection is
// emitted again as the signal the stores emit for their own writes (candidatesChanged, scoresChanged…), so
// that the snapshots, the ranking and the gauge reload as they do after a local write. This connection's
// own announcements are left out: its stores have already said so. Does nothing on an SQLite file.
class ServerChanges : public QObject
{
    Q_OBJECT

public:
    ServerChanges(Database &database, CommitteeStore &committee, ScoringStore &scoring, DecisionStore &decisions,
                  QObject *parent = nullptr);
    ~ServerChanges() override;

    // False on an SQLite file, or when the server refused the subscription.
    bool isListening() const { return m_listening; }
    // While the connection is lost: a notice the driver still delivers (read from the socket as it closed, and
    // then no longer told apart from this connection's own) is not relayed, since every view reading again
    // then would find nothing and empty itself. relayEverything() catches up once the connection is back.
    void suspend() { m_suspended = true; }
    // After a reconnection (ServerReconnect): a connection opened again has forgotten what it listened to.
    bool listenAgain();
    // Every promotion and table said changed, as if announced by the server: what the others wrote while the
    // connection was lost was never announced to this one, so every view reads it again.
    void relayEverything();

signals:
    // One other connection's change: the table, and the promotion it belongs to (0 for none).
    void changedElsewhere(const QString &table, int promotionNumber);

private:
    void relay(const QString &table, int promotionNumber);

    Database &m_database;
    CommitteeStore &m_committee;
    ScoringStore &m_scoring;
    DecisionStore &m_decisions;
    bool m_listening = false;
    bool m_suspended = false;
};
