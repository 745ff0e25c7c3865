#include "GrantBreakdown.h"

#include "domain/TextKey.h"

#include <QHash>

#include <algorithm>

GrantBreakdown GrantBreakdown::byCarrier(const QList<Candidate> &candidates)
{
    QList<Group> groups;
    QHash<QString, int> indexByKey;
    for (const Candidate &candidate : candidates) {
        if (candidate.decision != Decision::Laureate)
            continue;
        const QString carrier = candidate.carrier.simplified();
        const QString key = TextKey::fold(carrier);
        auto found = indexByKey.find(key);
        if (found == indexByKey.end()) {
            Group group;
            // The first spelling met names the group; candidates come ordered by name, so it is stable.
            group.label = carrier.isEmpty() ? tr("Carrier not given") : carrier;
            groups.append(group);
            found = indexByKey.insert(key, int(groups.size()) - 1);
        }
        Group &group = groups[found.value()];
        group.granted += candidate.granted;
        ++group.laureates;
    }
    return fromGroups(groups);
}

GrantBreakdown GrantBreakdown::byKind(const QList<Candidate> &candidates)
{
    QList<Group> groups;
    const QList<CandidateKind> kinds = allCandidateKindValues();
    for (CandidateKind kind : kinds) {
        Group group;
        group.label = candidateKindDisplayName(kind);
        for (const Candidate &candidate : candidates) {
            if (candidate.decision != Decision::Laureate || candidate.kind != kind)
                continue;
            group.granted += candidate.granted;
            ++group.laureates;
        }
        if (group.laureates > 0)
            groups.append(group);
    }
    return fromGroups(groups);
}

GrantBreakdown GrantBreakdown::fromGroups(QList<Group> groups)
{
    std::sort(groups.begin(), groups.end(), [](const Group &a, const Group &b) {
        if (a.granted != b.granted)
            return a.granted > b.granted;
        const QString keyA = TextKey::fold(a.label);
        const QString keyB = TextKey::fold(b.label);
        return keyA != keyB ? keyA < keyB : a.label < b.label;
    });
    GrantBreakdown breakdown;
    if (groups.size() <= maximumNamedGroups) {
        breakdown.m_groups = groups;
        return breakdown;
    }
    breakdown.m_groups = groups.mid(0, maximumNamedGroups);
    Group others;
    others.label = tr("Others");
    others.isOthers = true;
    for (qsizetype i = maximumNamedGroups; i < groups.size(); ++i) {
        others.granted += groups.at(i).granted;
        others.laureates += groups.at(i).laureates;
    }
    breakdown.m_groups.append(others);
    return breakdown;
}

Money GrantBreakdown::total() const
{
    Money sum;
    for (const Group &group : m_groups)
        sum += group.granted;
    return sum;
}
