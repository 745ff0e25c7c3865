#pragma once

#include "domain/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QObject>
#include <QTimer>

class Database;

// Brings a committee's connection to its PostgreSQL server back after it was lost (the server stopped or
// restarted, the network gone): the same Qt Sql connection is closed and opened again with the address and
// the password it already holds in memory (never written anywhere), its session set up again, and its schema
// checked. Started by connectionLost(), it tries on a timer that backs off (1 s, 2 s, 5 s, then every 10 s)
// until the server answers, then says reconnected(): the session then listens to the others' changes again,
// sends the writes kept meanwhile and reloads. A write cut by the drop was rolled back by the server, so
// nothing is half-written; what was not confirmed is sent again by whoever kept it. Does nothing on an
// SQLite file, whose connection is never lost this way. A window that neither reads nor writes would not
// notice a lost connection (nor the others' changes it misses): a heartbeat asks the server every 10 s.
class ServerReconnect : public QObject
{
    Q_OBJECT

public:
    explicit ServerReconnect(Database &database, QObject *parent = nullptr);

    // True when the database is on a server whose connection no longer answers: one SELECT 1, failing with
    // a lost connection (StorageError::Kind::ConnectionLost). False on an SQLite file, and after a refusal.
    static bool isConnectionLost(const Database &database);
    // The waits between two attempts, the last one repeated: 1 s, 2 s, 5 s, 10 s.
    static QList<int> defaultDelays();

    // The server's host name, as the messages name it.
    QString host() const;
    bool isReconnecting() const { return m_reconnecting; }
    // The wait before the next attempt, in milliseconds; 0 when not reconnecting.
    int nextDelay() const;
    // For the tests: shorter waits, and another heartbeat (0: none).
    void setDelays(const QList<int> &delays) { m_delays = delays; }
    void setHeartbeat(int milliseconds);
    static constexpr int defaultHeartbeat = 10000;

    // The connection was found lost: starts the attempts (once; later calls while they run do nothing).
    void connectionLost();
    // One attempt now (the banner's Try Now, or the timer): reconnected() on success, else the next one is
    // scheduled.
    Outcome tryNow();

signals:
    // The attempts start.
    void lost();
    // An attempt failed: the server's words, and the wait before the next one.
    void attemptFailed(const QString &reason, int nextDelayMilliseconds);
    // The connection is back, set up and checked.
    void reconnected();

private:
    Outcome reopen();
    void scheduleNext();

    Database &m_database;
    QTimer m_timer;
    QTimer m_heartbeat;
    QList<int> m_delays;
    int m_attempts = 0;
    bool m_reconnecting = false;
};
