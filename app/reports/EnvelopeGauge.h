#pragma once

#include "domain/Candidate.h"
#include "domain/Money.h"
#include "domain/Promotion.h"
#include "reports/RankingTable.h"

#include <QCoreApplication>
#include <QString>

// One promotion's envelope split into what the dashboard's gauge draws: consumed (Σ granted of the
// laureates, less what a withdrawal after the decision gave back: Candidate::consumed), proposed (the proposal's
// laureates not yet decided, given by the caller because the proposal is computed elsewhere), what remains, and the
// overspend beyond the envelope. Over-consumption is shown, never hidden (rules.md): the segments inside the envelope
// are capped at it and the excess is its own segment, so the bar's length is max(envelope, consumed + proposed).
class EnvelopeGauge
{
    Q_DECLARE_TR_FUNCTIONS(EnvelopeGauge)

public:
    EnvelopeGauge() = default;
    EnvelopeGauge(Money envelope, Money consumed, Money proposed = Money());

    static EnvelopeGauge compute(const Promotion &promotion, const QList<Candidate> &candidates,
                                 Money proposed = Money());
    // The gauge of the ranking table's own figures: consumed is Σ granted of its decided laureates,
    // proposed Σ of the proposal's amounts on its undecided rows, so consumed + proposed is its last
    // cumulative. Built from the table, the gauge cannot disagree with the rows shown under it.
    static EnvelopeGauge fromTable(const RankingTable &table);

    Money envelope() const { return m_envelope; }
    Money consumed() const { return m_consumed; }
    Money proposed() const { return m_proposed; }
    // envelope − consumed − proposed, never below zero.
    Money remaining() const;
    // consumed + proposed − envelope, never below zero.
    Money overspend() const;
    bool isOverspent() const { return overspend() > Money(); }

    // The segments of the bar, which sum to max(envelope, consumed + proposed).
    Money consumedWithinEnvelope() const;
    Money proposedWithinEnvelope() const;

    // "Overspend: 12 000 €"; empty when there is none.
    QString overspendText() const;

private:
    Money m_envelope;
    Money m_consumed;
    Money m_proposed;
};
