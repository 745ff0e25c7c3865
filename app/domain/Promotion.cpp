#include "Promotion.h"

#include "Candidate.h"

Outcome Promotion::validate() const
{
    if (number < 1)
        return Outcome::failure(tr("The promotion number must be 1 or more, not %1.").arg(number));
    if (year < minimumYear || year > maximumYear)
        return Outcome::failure(
            tr("The year must be between %1 and %2, not %3.").arg(minimumYear).arg(maximumYear).arg(year));
    if (envelope <= Money())
        return Outcome::failure(tr("The envelope must be more than 0 € (given: %1).").arg(envelope.toString()));
    if (const Outcome ruleOk = rule.validate(); !ruleOk)
        return ruleOk;
    if (minimumScore < 0 || minimumScore > 100)
        return Outcome::failure(tr("The minimum score must be between 0 and 100, not %1.").arg(minimumScore));
    return Outcome::success();
}

Result<int> Promotion::parseNumber(const QString &text)
{
    QString digits = text.trimmed();
    if (digits.startsWith(QLatin1String("FAST"), Qt::CaseInsensitive))
        digits = digits.mid(4).trimmed();
    bool ok = false;
    const int number = digits.toInt(&ok);
    if (!ok || number < 1 || digits.startsWith(QLatin1Char('+')))
        return Result<int>::failure(tr("\"%1\" is not a promotion number: write 13 or FAST13.").arg(text));
    return Result<int>::success(number);
}

Money Promotion::consumed(const QList<Candidate> &candidates)
{
    Money total;
    for (const Candidate &candidate : candidates) {
        total += candidate.consumed();
    }
    return total;
}

Outcome Promotion::checkCanClose(const QList<Candidate> &candidates) const
{
    QStringList undecided;
    for (const Candidate &candidate : candidates) {
        if (candidate.decision == Decision::None)
            undecided.append(candidate.name);
    }
    QStringList blockers;
    if (!undecided.isEmpty()) {
        constexpr qsizetype namesShown = 10;
        QString names = QStringList(undecided.mid(0, namesShown)).join(QStringLiteral(", "));
        if (undecided.size() > namesShown)
            names += tr(" and %n more", nullptr, int(undecided.size() - namesShown));
        blockers.append(tr("%n candidate(s) without a decision: %1.", nullptr, int(undecided.size())).arg(names));
    }
    // A laureate outside 0 < granted ≤ eligible (a file written before that was enforced on every path, or
    // changed by hand) is never closed into the official list.
    for (const Candidate &candidate : candidates) {
        if (candidate.decision != Decision::Laureate)
            continue;
        if (const Outcome allowed = rule.checkGranted(candidate.granted, candidate.annualBudget, candidate.requested);
            !allowed)
            blockers.append(tr("The laureate %1 breaks the rule: %2").arg(candidate.name, allowed.error()));
    }
    const Money spent = consumed(candidates);
    if (spent > envelope)
        blockers.append(tr("The laureates consume %1, %2 more than the envelope of %3.")
                            .arg(spent.toString(), (spent - envelope).toString(), envelope.toString()));
    if (blockers.isEmpty())
        return Outcome::success();
    return Outcome::failure(tr("%1 cannot be closed: %2").arg(label(), blockers.join(QLatin1Char(' '))));
}
