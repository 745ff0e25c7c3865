#pragma once

#include <QList>
#include <QtGlobal>

// The order in which candidates are heard, and which one is being heard. By default the ranking's order;
// the secretariat may set its own (kept by the window per database and promotion). A set order is merged
// with the promotion as it stands: candidates gone from it are dropped, new ones come last in the
// ranking's order, so that nobody is skipped. Next and previous stop at the ends.
class RunningOrder
{
public:
    RunningOrder() = default;

    // rankingOrder: every candidate to hear, in the ranking's order; saved: the secretariat's order (empty:
    // none). The current candidate stays the same one when it is still there, else the first.
    void setCandidates(const QList<qint64> &rankingOrder, const QList<qint64> &saved);
    const QList<qint64> &order() const { return m_order; }
    bool isCustom() const { return m_custom; }

    // -1 when there is no candidate.
    int currentIndex() const { return m_order.isEmpty() ? -1 : m_current; }
    qint64 current() const { return m_order.isEmpty() ? 0 : m_order.at(m_current); }
    bool setCurrent(qint64 candidateId);
    // False (and nothing changes) at the last, or the first, candidate.
    bool next();
    bool previous();

    // The order as merged from a saved one, exposed for the reorder dialog and its tests.
    static QList<qint64> merged(const QList<qint64> &rankingOrder, const QList<qint64> &saved);

private:
    QList<qint64> m_order;
    int m_current = 0;
    bool m_custom = false;
};
