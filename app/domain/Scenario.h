#pragma once

#include "Money.h"
#include "RankedCandidate.h"
#include "Result.h"

#include <QCoreApplication>
#include <QList>
#include <QSet>
#include <QString>
#include <QtGlobal>

class ScenarioOutcome;

// A what-if the committee may save and compare (issue #4): the promotion's ranking proposed again with
// another envelope and some candidates left out. "Including" a candidate is taking it out of the excluded
// set again. The ranking itself (scores, eligible amounts) is never changed by a scenario: it is read
// fresh each time, so a saved scenario follows the notes given after it was saved. Excluded ids of
// candidates that no longer exist are ignored rather than refused, so a removed candidate never makes a
// saved scenario unreadable.
class Scenario
{
    Q_DECLARE_TR_FUNCTIONS(Scenario)

public:
    static constexpr int maximumNameLength = 80;

    QString name;
    int promotionNumber = 0;
    Money envelope;
    QSet<qint64> excludedCandidateIds;
    QString note;

    // The proposal of the ranking without the excluded candidates, within this scenario's envelope and the
    // promotion's minimum score.
    ScenarioOutcome outcome(const QList<RankedCandidate> &ranking, int minimumScore) const;

    // Refuses an empty name (once trimmed), one longer than maximumNameLength and one the text policy refuses
    // (NameText: a line break, a control, zero-width or bidirectional character): the name is shown in
    // lists, combos and the audit log.
    static Outcome checkName(const QString &name);
    // The name as stored (NFC-normalised, trimmed), or checkName's refusal.
    static Result<QString> normaliseName(const QString &name);
    // checkName, a note the text policy refuses (line breaks and tabs are allowed), and an envelope that is
    // negative or above Money::maximumCents.
    Outcome validate() const;

    bool operator==(const Scenario &other) const
    {
        return name == other.name && promotionNumber == other.promotionNumber && envelope == other.envelope &&
               excludedCandidateIds == other.excludedCandidateIds && note == other.note;
    }
    bool operator!=(const Scenario &other) const { return !(*this == other); }
};
