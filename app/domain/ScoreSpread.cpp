#include "ScoreSpread.h"

#include "ScoreSheet.h"

ScoreSpread ScoreSpread::of(const ScoreSheet &sheet, qint64 candidateId)
{
    ScoreSpread spread;
    if (!sheet.hasCandidate(candidateId))
        return spread;
    for (const CommitteeMember &member : sheet.members()) {
        const std::optional<Score> score = sheet.memberScore(candidateId, member.id);
        if (!score)
            continue;
        ++spread.m_memberCount;
        if (!spread.m_highest || *score > *spread.m_highest) {
            spread.m_highest = score;
            spread.m_highestMemberIds = {member.id};
        } else if (*score == *spread.m_highest) {
            spread.m_highestMemberIds.append(member.id);
        }
        if (!spread.m_lowest || *score < *spread.m_lowest) {
            spread.m_lowest = score;
            spread.m_lowestMemberIds = {member.id};
        } else if (*score == *spread.m_lowest) {
            spread.m_lowestMemberIds.append(member.id);
        }
    }
    return spread;
}

Score ScoreSpread::difference() const
{
    if (!m_highest || !m_lowest)
        return Score();
    // a/b − c/d = (a·d − c·b) / (b·d): member scores have small denominators (5), far inside 64 bits.
    return Score(m_highest->numerator() * m_lowest->denominator() - m_lowest->numerator() * m_highest->denominator(),
                 m_highest->denominator() * m_lowest->denominator());
}

bool ScoreSpread::needsDiscussion() const
{
    return !difference().isBelow(discussionThreshold);
}
