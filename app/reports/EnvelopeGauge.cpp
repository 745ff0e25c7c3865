#include "EnvelopeGauge.h"

#include <algorithm>

EnvelopeGauge::EnvelopeGauge(Money envelope, Money consumed, Money proposed)
    : m_envelope(envelope), m_consumed(consumed), m_proposed(proposed)
{}

EnvelopeGauge EnvelopeGauge::compute(const Promotion &promotion, const QList<Candidate> &candidates, Money proposed)
{
    return EnvelopeGauge(promotion.envelope, Promotion::consumed(candidates), proposed);
}

EnvelopeGauge EnvelopeGauge::fromTable(const RankingTable &table)
{
    return EnvelopeGauge(table.envelope(), table.consumed(), table.proposedUndecided());
}

Money EnvelopeGauge::remaining() const
{
    return std::max(Money(), m_envelope - m_consumed - m_proposed);
}

Money EnvelopeGauge::overspend() const
{
    return std::max(Money(), m_consumed + m_proposed - m_envelope);
}

Money EnvelopeGauge::consumedWithinEnvelope() const
{
    return std::min(m_consumed, m_envelope);
}

Money EnvelopeGauge::proposedWithinEnvelope() const
{
    return std::min(m_proposed, m_envelope - consumedWithinEnvelope());
}

QString EnvelopeGauge::overspendText() const
{
    if (!isOverspent())
        return QString();
    return tr("Overspend: %1").arg(overspend().toString());
}
