#include "LaureateList.h"

#include "domain/TextKey.h"

#include <QHash>

#include <algorithm>
#include <limits>

namespace {

QList<Candidate> inPublishedOrder(QList<Candidate> candidates, const QHash<qint64, qsizetype> &rankOf)
{
    const auto rank = [&](const Candidate &candidate) {
        return rankOf.value(candidate.id, std::numeric_limits<qsizetype>::max());
    };
    // The fold is computed once per candidate, not once per comparison.
    QHash<qint64, QString> keyOf;
    for (const Candidate &candidate : candidates)
        keyOf.insert(candidate.id, TextKey::fold(candidate.name));
    std::stable_sort(candidates.begin(), candidates.end(), [&](const Candidate &a, const Candidate &b) {
        const qsizetype rankA = rank(a);
        const qsizetype rankB = rank(b);
        if (rankA != rankB)
            return rankA < rankB;
        const QString keyA = keyOf.value(a.id, TextKey::fold(a.name));
        const QString keyB = keyOf.value(b.id, TextKey::fold(b.name));
        if (keyA != keyB)
            return keyA < keyB;
        // Same name apart from case or accents: the exact spelling decides, so the order never depends
        // on the order the candidates came in.
        return a.name < b.name;
    });
    return candidates;
}

} // namespace

LaureateList LaureateList::build(const Promotion &promotion, const QList<Candidate> &candidates,
                                 const QList<qint64> &ranking)
{
    QHash<qint64, qsizetype> rankOf;
    for (qsizetype i = 0; i < ranking.size(); ++i)
        rankOf.insert(ranking.at(i), i);

    LaureateList list;
    list.promotion = promotion;
    list.ranked = !ranking.isEmpty();
    QList<Candidate> laureates;
    QList<Candidate> waitlist;
    for (const Candidate &candidate : candidates) {
        if (candidate.decision == Decision::Laureate) {
            laureates.append(candidate);
            list.granted += candidate.granted;
        } else if (candidate.decision == Decision::Waitlist) {
            waitlist.append(candidate);
        }
    }
    list.laureates = inPublishedOrder(laureates, rankOf);
    list.waitlist = inPublishedOrder(waitlist, rankOf);
    return list;
}

QString LaureateList::defaultAuthority()
{
    return QStringLiteral("Direction interministérielle du numérique — Fonds d'accélération des startups d'État "
                          "et de territoires");
}

QString LaureateList::shareText(Money granted, Money annualBudget)
{
    if (annualBudget.cents() <= 0)
        return QStringLiteral("—");
    // Tenths of a percent, rounded half up: granted × 1000 / budget. Amounts stay below 10^14 cents, so
    // the products fit in 64 bits.
    const qint64 budget = annualBudget.cents();
    const qint64 tenths = (granted.cents() * 2000 + budget) / (2 * budget);
    return QStringLiteral("%1,%2\u00A0%").arg(tenths / 10).arg(tenths % 10);
}
