#include "storage/PromotionSnapshot.h"

#include "domain/Ranking.h"
#include "domain/RankingCandidate.h"
#include "domain/TextKey.h"

#include <QSet>

std::optional<Candidate> PromotionSnapshot::candidate(qint64 id) const
{
    for (const Candidate &each : candidates) {
        if (each.id == id)
            return each;
    }
    return std::nullopt;
}

std::optional<Candidate> PromotionSnapshot::candidateNamed(const QString &name) const
{
    const QString key = TextKey::fold(name);
    for (const Candidate &each : candidates) {
        if (TextKey::fold(each.name) == key)
            return each;
    }
    return std::nullopt;
}

std::optional<CommitteeMember> PromotionSnapshot::memberNamed(const QString &name) const
{
    const QString key = TextKey::fold(name);
    for (const CommitteeMember &member : sheet.members()) {
        if (TextKey::fold(member.name) == key)
            return member;
    }
    return std::nullopt;
}

void PromotionSnapshot::compute()
{
    ranking.clear();
    proposal = Proposal();
    proposedUndecided = Money();
    if (!isScored())
        return;
    QList<RankingCandidate> rankingCandidates;
    rankingCandidates.reserve(candidates.size());
    for (const Candidate &each : std::as_const(candidates))
        rankingCandidates.append(RankingCandidate::fromCandidate(each, promotion->rule));
    ranking = Ranking::rank(sheet, rankingCandidates);
    proposal = Proposal::propose(ranking, *promotion, candidates);
    QSet<qint64> undecided;
    for (const Candidate &each : std::as_const(candidates)) {
        if (each.decision == Decision::None)
            undecided.insert(each.id);
    }
    for (const ProposedDecision &decision : proposal.decisions()) {
        if (decision.decision == Decision::Laureate && undecided.contains(decision.candidateId))
            proposedUndecided += decision.granted;
    }
}
