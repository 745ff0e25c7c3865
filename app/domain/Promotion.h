#pragma once

#include "CofinancingRule.h"
#include "Money.h"
#include "PromotionStatus.h"
#include "Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

struct Candidate;

// One call and its committee, numbered (FAST13 is promotion 13), with the envelope the committee may
// grant and the co-financing rule it decides under. A plain value: storage gives it an id.
struct Promotion
{
    Q_DECLARE_TR_FUNCTIONS(Promotion)

public:
    static constexpr int minimumYear = 2000;
    static constexpr int maximumYear = 2100;

    qint64 id = 0;
    int number = 0;
    int year = 0;
    Money envelope;
    CofinancingRule rule;
    int minimumScore = 0; // 0–100, on the scale of member scores
    PromotionStatus status = PromotionStatus::Open;
    QDate committeeDate; // null when not set

    bool isClosed() const { return status == PromotionStatus::Closed; }
    // "FAST13"
    QString label() const { return QStringLiteral("FAST%1").arg(number); }

    // Refuses a number below 1, a year outside 2000–2100, a negative envelope, a bad rule, a minimum
    // score outside 0–100.
    Outcome validate() const;

    // The close rule: every candidate has a decision other than none and consumed ≤ envelope.
    // The refusal names what blocks (the undecided candidates, the overspend).
    Outcome checkCanClose(const QList<Candidate> &candidates) const;
    // Σ granted of the laureates among the candidates, less what withdrawals after the decision released.
    static Money consumed(const QList<Candidate> &candidates);

    // Reads "13" or "FAST13" (any case); refuses anything else.
    static Result<int> parseNumber(const QString &text);
};
