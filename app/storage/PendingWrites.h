#pragma once

#include "domain/Result.h"

#include <QList>
#include <QObject>
#include <QStringList>

#include <functional>

// The writes the connection to a committee's server lost before they were confirmed, kept in the order
// they were made to be sent again once it is back (ServerReconnect). The server rolled each one back, so
// sending it again writes it once: a note is an upsert of its one cell; a decision keeps the check of the
// decision the operator saw, so that one changed meanwhile by another is still refused with who made it.
// Each is sent once per attempt, in order; one that finds the connection lost again stays, with those after
// it, for the next attempt; one refused is dropped and said (refused()), never reported as written.
class PendingWrites : public QObject
{
    Q_OBJECT

public:
    using Write = std::function<Outcome()>;

    explicit PendingWrites(QObject *parent = nullptr);

    // Keeps a write, described in words for the user ("Note 4 by Alice on Envergo"); returns its id.
    quint64 add(const QString &description, Write write);
    // It will not be sent (undone before it was, or dropped with the window).
    void remove(quint64 id);
    void clear();
    bool isEmpty() const { return m_writes.isEmpty(); }
    int count() const { return int(m_writes.size()); }
    QStringList descriptions() const;

    // Sends the writes in order and returns how many were written. lostAgain() is asked after a failure:
    // true keeps that write and the ones after it for the next attempt.
    int send(const std::function<bool()> &lostAgain);

signals:
    // Added, sent, refused or removed.
    void changed();
    // One write was refused when it was sent (the store's words): it is dropped.
    void refused(quint64 id, const QString &description, const QString &message);

private:
    struct Pending
    {
        quint64 id = 0;
        QString description;
        Write write;
    };

    QList<Pending> m_writes;
    quint64 m_lastId = 0;
};
