#include "Scenario.h"

#include "NameText.h"
#include "ScenarioOutcome.h"

ScenarioOutcome Scenario::outcome(const QList<RankedCandidate> &ranking, int minimumScore) const
{
    QList<RankedCandidate> kept;
    kept.reserve(ranking.size());
    QSet<qint64> excludedPresent;
    for (const RankedCandidate &row : ranking) {
        if (excludedCandidateIds.contains(row.candidateId))
            excludedPresent.insert(row.candidateId);
        else
            kept.append(row);
    }
    return ScenarioOutcome(Proposal::propose(kept, envelope, minimumScore), excludedPresent);
}

Outcome Scenario::checkName(const QString &name)
{
    const Result<QString> normalised = normaliseName(name);
    return normalised ? Outcome::success() : Outcome::failure(normalised.error());
}

Result<QString> Scenario::normaliseName(const QString &name)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return Result<QString>::failure(tr("Give the scenario a name."));
    if (const qsizetype length = NameText::length(trimmed); length > maximumNameLength)
        return Result<QString>::failure(tr("The scenario's name is %1 characters long; at most %2 are allowed.")
                                            .arg(length)
                                            .arg(maximumNameLength));
    return NameText::normalise(name, tr("Scenario name"), maximumNameLength);
}

Outcome Scenario::validate() const
{
    if (const Outcome named = checkName(name); !named)
        return named;
    if (const Result<QString> text = NameText::normaliseFreeText(note, tr("Scenario note")); !text)
        return Outcome::failure(text.error());
    if (envelope.isNegative())
        return Outcome::failure(tr("The scenario's envelope cannot be negative."));
    if (envelope.cents() > Money::maximumCents)
        return Outcome::failure(
            tr("The scenario's envelope is above %1.").arg(Money::fromCents(Money::maximumCents).toString()));
    return Outcome::success();
}
