#include "Scenario.h"

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
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return Outcome::failure(tr("Give the scenario a name."));
    if (trimmed.size() > maximumNameLength)
        return Outcome::failure(tr("The scenario's name is %1 characters long; at most %2 are allowed.")
                                    .arg(trimmed.size())
                                    .arg(maximumNameLength));
    for (const QChar character : trimmed) {
        if (character.category() == QChar::Other_Control || character == QChar::LineSeparator ||
            character == QChar::ParagraphSeparator)
            return Outcome::failure(tr("The scenario's name must fit on one line."));
    }
    return Outcome::success();
}

Outcome Scenario::validate() const
{
    if (const Outcome named = checkName(name); !named)
        return named;
    if (envelope.isNegative())
        return Outcome::failure(tr("The scenario's envelope cannot be negative."));
    if (envelope.cents() > Money::maximumCents)
        return Outcome::failure(
            tr("The scenario's envelope is above %1.").arg(Money::fromCents(Money::maximumCents).toString()));
    return Outcome::success();
}
