#pragma once

#include "Decision.h"
#include "Money.h"
#include "RankedCandidate.h"
#include "ScenarioOutcome.h"

#include <QList>
#include <QString>

// Two scenarios side by side (issue #4): for every candidate of the ranking, what each scenario proposes
// for it (or that it left the candidate out), whether the two differ, and each scenario's totals. Rows
// come in ranking order; candidates not fully scored get no proposal in either scenario and are left out.
class ScenarioComparison
{
public:
    // What one scenario says of one candidate.
    struct Side
    {
        bool excluded = false;
        Decision decision = Decision::None; // None when excluded
        Money granted;

        bool operator==(const Side &other) const
        {
            return excluded == other.excluded && decision == other.decision && granted == other.granted;
        }
        bool operator!=(const Side &other) const { return !(*this == other); }
    };

    struct Row
    {
        qint64 candidateId = 0;
        QString name;
        Side a;
        Side b;

        bool differs() const { return a != b; }
    };

    struct Totals
    {
        Money envelope;
        int laureates = 0;
        Money consumed;
        Money remaining;
    };

    static ScenarioComparison compare(const QList<RankedCandidate> &ranking, const ScenarioOutcome &a,
                                      const ScenarioOutcome &b);

    const QList<Row> &rows() const { return m_rows; }
    int differenceCount() const;
    Totals totalsA() const { return m_totalsA; }
    Totals totalsB() const { return m_totalsB; }

private:
    static Side sideOf(const ScenarioOutcome &outcome, qint64 candidateId);
    static Totals totalsOf(const ScenarioOutcome &outcome);

    QList<Row> m_rows;
    Totals m_totalsA;
    Totals m_totalsB;
};
