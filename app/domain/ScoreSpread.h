#pragma once

#include "Score.h"

#include <QList>
#include <QtGlobal>

#include <optional>

class ScoreSheet;

// How far apart the committee members' scores on one candidate are (issue #4: candidates whose member
// scores differ by 40 points or more are flagged for discussion). Only members who have noted every
// criterion count: a half-noted S would make any candidate look divided. The highest and lowest S are
// kept as exact fractions and compared exactly, like every score, so that a difference of exactly 40
// is flagged and 39.8 is not; the members who gave them are named so that the flag can say who to hear.
class ScoreSpread
{
public:
    // A member score difference of this many points or more calls for a discussion.
    static constexpr int discussionThreshold = 40;

    // Nothing counted: no member has noted every criterion yet.
    ScoreSpread() = default;
    // The spread of the member scores on the candidate (unknown candidate: nothing counted).
    static ScoreSpread of(const ScoreSheet &sheet, qint64 candidateId);

    // Members who have noted every criterion of the candidate (recused members never have).
    int memberCount() const { return m_memberCount; }
    std::optional<Score> highest() const { return m_highest; }
    std::optional<Score> lowest() const { return m_lowest; }
    // The members who gave the highest (lowest) score, in committee order.
    const QList<qint64> &highestMemberIds() const { return m_highestMemberIds; }
    const QList<qint64> &lowestMemberIds() const { return m_lowestMemberIds; }
    // highest − lowest, exact; zero when fewer than two members count.
    Score difference() const;
    // difference ≥ discussionThreshold, compared exactly.
    bool needsDiscussion() const;

private:
    int m_memberCount = 0;
    std::optional<Score> m_highest;
    std::optional<Score> m_lowest;
    QList<qint64> m_highestMemberIds;
    QList<qint64> m_lowestMemberIds;
};
