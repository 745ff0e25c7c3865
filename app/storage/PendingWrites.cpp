#include "PendingWrites.h"

#include <utility>

PendingWrites::PendingWrites(QObject *parent) : QObject(parent)
{}

quint64 PendingWrites::add(const QString &description, Write write)
{
    m_writes.append({++m_lastId, description, std::move(write)});
    emit changed();
    return m_lastId;
}

void PendingWrites::remove(quint64 id)
{
    const auto removed = m_writes.removeIf([id](const Pending &pending) { return pending.id == id; });
    if (removed > 0)
        emit changed();
}

void PendingWrites::clear()
{
    if (m_writes.isEmpty())
        return;
    m_writes.clear();
    emit changed();
}

QStringList PendingWrites::descriptions() const
{
    QStringList descriptions;
    for (const Pending &pending : m_writes)
        descriptions.append(pending.description);
    return descriptions;
}

int PendingWrites::send(const std::function<bool()> &lostAgain)
{
    int sent = 0;
    while (!m_writes.isEmpty()) {
        // Taken off first: a write may add or remove others while it runs (a refusal shown, a command undone).
        const Pending pending = m_writes.takeFirst();
        const Outcome written = pending.write();
        if (written) {
            ++sent;
            continue;
        }
        if (lostAgain()) {
            m_writes.prepend(pending);
            break;
        }
        emit changed();
        emit refused(pending.id, pending.description, written.error());
    }
    if (sent > 0)
        emit changed();
    return sent;
}
