#include "CofinancingRule.h"

#include <algorithm>

CofinancingRule::CofinancingRule(int ratePercent, Money cap) : m_ratePercent(ratePercent), m_cap(cap)
{}

Outcome CofinancingRule::validate() const
{
    if (m_ratePercent < 1 || m_ratePercent > 100)
        return Outcome::failure(tr("The co-financing rate must be between 1 and 100 %, not %1 %.").arg(m_ratePercent));
    if (m_cap <= Money())
        return Outcome::failure(tr("The cap per laureate must be more than 0 €."));
    return Outcome::success();
}

Eligibility CofinancingRule::evaluate(Money annualBudget, Money requested) const
{
    Eligibility result;
    // Rounded down: the fund never pays more than the rate. Budgets are at most 10^14 cents, so the
    // product stays far below 2^63.
    result.share = Money::fromCents(annualBudget.cents() * m_ratePercent / 100);
    result.ceiling = std::min(result.share, m_cap);
    result.eligible = std::min(requested, result.ceiling);
    if (result.eligible == requested)
        result.limitedBy = LimitedBy::Requested;
    else if (result.eligible == result.share)
        result.limitedBy = LimitedBy::Rate;
    else
        result.limitedBy = LimitedBy::Cap;
    return result;
}

Outcome CofinancingRule::checkGranted(Money granted, Money annualBudget, Money requested) const
{
    const Eligibility eligibility = evaluate(annualBudget, requested);
    if (granted <= Money())
        return Outcome::failure(
            tr("A laureate's granted amount must be more than 0 € (given: %1).").arg(granted.toString()));
    if (granted > eligibility.eligible)
        return Outcome::failure(
            tr("The granted amount %1 is more than the eligible amount %2: the fund pays at most %3 % of the annual "
               "budget (%4 of %5) and at most %6, and never more than the requested %7.")
                .arg(granted.toString(), eligibility.eligible.toString())
                .arg(m_ratePercent)
                .arg(eligibility.share.toString(), annualBudget.toString(), m_cap.toString(), requested.toString()));
    return Outcome::success();
}

QString CofinancingRule::reason(LimitedBy limitedBy) const
{
    switch (limitedBy) {
    case LimitedBy::Requested:
        return tr("requested amount");
    case LimitedBy::Rate:
        return tr("capped at %1 %").arg(m_ratePercent);
    case LimitedBy::Cap:
        return tr("capped at %1").arg(m_cap.toString());
    }
    return QString();
}

QString CofinancingRule::describe() const
{
    return tr("%1 % of the annual budget, at most %2").arg(m_ratePercent).arg(m_cap.toString());
}
