#pragma once

#include "domain/Candidate.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

// What the laureates of a promotion or a year were granted, grouped by carrier (administration
// porteuse) or by kind, largest first. Only the eight largest groups are named and the rest are summed
// into one "Others" group, so that a chart stays legible whatever the number of administrations.
// Carriers typed differently ("Ministère de la Justice", "ministere de la justice ") are one group
// (TextKey::fold); equal amounts are ordered by name, A→Z, so that the eighth place is stable.
class GrantBreakdown
{
    Q_DECLARE_TR_FUNCTIONS(GrantBreakdown)

public:
    static constexpr int maximumNamedGroups = 8;

    struct Group
    {
        QString label;
        Money granted;
        int laureates = 0;
        bool isOthers = false;
    };

    static GrantBreakdown byCarrier(const QList<Candidate> &candidates);
    static GrantBreakdown byKind(const QList<Candidate> &candidates);

    // Largest first; at most maximumNamedGroups named groups, then "Others" when more remain.
    const QList<Group> &groups() const { return m_groups; }
    Money total() const;

private:
    static GrantBreakdown fromGroups(QList<Group> groups);

    QList<Group> m_groups;
};
