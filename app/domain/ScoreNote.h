#pragma once

#include <QMetaType>
#include <QtGlobal>

// One note of the score sheet: what a member gave a candidate on a criterion (0–5). Returned when notes
// are removed (a recusal, a member leaving) so that the audit log can say which ones went.
struct ScoreNote
{
    qint64 candidateId = 0;
    qint64 memberId = 0;
    int criterionIndex = 0;
    int note = 0;

    bool operator==(const ScoreNote &other) const
    {
        return candidateId == other.candidateId && memberId == other.memberId &&
               criterionIndex == other.criterionIndex && note == other.note;
    }
};

Q_DECLARE_METATYPE(ScoreNote)
