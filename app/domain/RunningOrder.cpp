#include "RunningOrder.h"

#include <QSet>

QList<qint64> RunningOrder::merged(const QList<qint64> &rankingOrder, const QList<qint64> &saved)
{
    const QSet<qint64> present(rankingOrder.cbegin(), rankingOrder.cend());
    QList<qint64> order;
    QSet<qint64> taken;
    for (qint64 id : saved) {
        if (present.contains(id) && !taken.contains(id)) {
            order.append(id);
            taken.insert(id);
        }
    }
    for (qint64 id : rankingOrder) {
        if (!taken.contains(id)) {
            order.append(id);
            taken.insert(id);
        }
    }
    return order;
}

void RunningOrder::setCandidates(const QList<qint64> &rankingOrder, const QList<qint64> &saved)
{
    const qint64 wasCurrent = current();
    m_order = merged(rankingOrder, saved);
    m_custom = !saved.isEmpty() && m_order != rankingOrder;
    m_current = 0;
    if (wasCurrent != 0)
        setCurrent(wasCurrent);
}

bool RunningOrder::setCurrent(qint64 candidateId)
{
    const qsizetype index = m_order.indexOf(candidateId);
    if (index < 0)
        return false;
    m_current = int(index);
    return true;
}

bool RunningOrder::next()
{
    if (m_current + 1 >= m_order.size())
        return false;
    ++m_current;
    return true;
}

bool RunningOrder::previous()
{
    if (m_current <= 0)
        return false;
    --m_current;
    return true;
}
