#pragma once

#include "Money.h"
#include "Score.h"

#include <QMetaType>
#include <QString>
#include <QtGlobal>

#include <optional>

// One row of the ranking (classement) as screens, reports and the command line show it. A ranked row has
// a rank (competition numbering, shared by exactly equal scores, which are marked ex aequo); a row
// without a rank is "notation incomplète" and comes after the ranked ones.
struct RankedCandidate
{
    qint64 candidateId = 0;
    QString name;
    Money eligible;
    std::optional<int> rank; // null: not fully scored
    bool exAequo = false;
    std::optional<Score> score;              // set when ranked
    std::optional<Score> firstCriterionMean; // set when ranked
    int missingNotes = 0;                    // notes still expected; 0 when ranked

    bool isRanked() const { return rank.has_value(); }
};

Q_DECLARE_METATYPE(RankedCandidate)
