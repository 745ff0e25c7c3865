#include "CandidatesCommand.h"

#include "CliContext.h"
#include "PromotionArguments.h"
#include "domain/NameText.h"
#include "storage/CommitteeReads.h"
#include "storage/CommitteeStore.h"

#include <QJsonArray>
#include <QJsonObject>

int CandidatesCommand::run(CliContext &context, const QStringList &arguments)
{
    PromotionArguments options(tr("The promotion."), tr("NUMBER"), tr("Prints a JSON array."));
    const QString usage = QStringLiteral("fast-committee candidates --promotion NUMBER [--json]");
    if (const auto stop = options.parse(context, arguments, usage, tr("Give --promotion NUMBER. Usage: %1").arg(usage)))
        return *stop;
    const Promotion &promotion = options.promotion();
    const std::optional<QList<Candidate>> read = context.read(context.reads().candidates(promotion));
    if (!read)
        return CliContext::refused;
    const QList<Candidate> &candidates = *read;

    if (options.json()) {
        QJsonArray array;
        for (const Candidate &candidate : candidates) {
            const Eligibility eligibility = candidate.eligibility(promotion.rule);
            array.append(QJsonObject{
                {QStringLiteral("name"), candidate.name},
                {QStringLiteral("carrier"), candidate.carrier},
                {QStringLiteral("incubator"), candidate.incubator},
                {QStringLiteral("kind"), candidateKindKey(candidate.kind)},
                {QStringLiteral("phase"), phaseKey(candidate.phase)},
                {QStringLiteral("budget_cents"), candidate.annualBudget.cents()},
                {QStringLiteral("requested_cents"), candidate.requested.cents()},
                {QStringLiteral("eligible_cents"), eligibility.eligible.cents()},
                {QStringLiteral("limited_by"), limitedByKey(eligibility.limitedBy)},
                {QStringLiteral("decision"), decisionKey(candidate.decision)},
                {QStringLiteral("granted_cents"), candidate.granted.cents()},
                {QStringLiteral("description"), candidate.description},
            });
        }
        context.printJson(QJsonDocument(array));
        return CliContext::success;
    }

    if (candidates.isEmpty()) {
        context.out() << tr("%1 has no candidate yet.").arg(promotion.label()) << Qt::endl;
        return CliContext::success;
    }
    Money totalRequested;
    Money totalEligible;
    for (const Candidate &candidate : candidates) {
        const Eligibility eligibility = candidate.eligibility(promotion.rule);
        totalRequested += candidate.requested;
        totalEligible += eligibility.eligible;
        QString line =
            QStringLiteral("%1  %2  %3  %4 (%5)")
                .arg(NameText::visible(candidate.name).leftJustified(28),
                     NameText::visible(candidate.carrier).left(30).leftJustified(30),
                     candidate.requested.toString().rightJustified(14),
                     eligibility.eligible.toString().rightJustified(14), promotion.rule.reason(eligibility.limitedBy));
        if (candidate.decision != Decision::None) {
            line += QStringLiteral("  %1").arg(decisionDisplayName(candidate.decision));
            if (candidate.decision == Decision::Laureate)
                line += QStringLiteral(" %1").arg(candidate.granted.toString());
        }
        context.out() << line << Qt::endl;
    }
    context.out() << tr("%n candidate(s); requested %1, eligible %2; envelope %3, consumed %4, remaining %5.", nullptr,
                        int(candidates.size()))
                         .arg(totalRequested.toString(), totalEligible.toString(), promotion.envelope.toString(),
                              Promotion::consumed(candidates).toString(),
                              (promotion.envelope - Promotion::consumed(candidates)).toString())
                  << Qt::endl;
    return CliContext::success;
}
