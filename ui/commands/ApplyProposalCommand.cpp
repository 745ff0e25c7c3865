#include "commands/ApplyProposalCommand.h"

#include "storage/CommitteeStore.h"
#include "storage/DecisionStore.h"

#include <QCoreApplication>
#include <QHash>

ApplyProposalCommand::ApplyProposalCommand(CommitteeStore &store, DecisionStore &decisions, int promotionNumber)
    : StoreCommand(
          store,
          QCoreApplication::translate("ApplyProposalCommand", "Propose the laureates of FAST%1").arg(promotionNumber)),
      m_decisions(decisions), m_promotionNumber(promotionNumber)
{}

Outcome ApplyProposalCommand::apply()
{
    // The decisions as they stand, for the undo: not applied when they cannot be read.
    const Result<QList<Candidate>> candidates = m_store.candidates(m_promotionNumber);
    if (!candidates)
        return Outcome::failure(candidates.error());
    QHash<qint64, CandidateDecision> standing;
    for (const Candidate &candidate : candidates.value())
        standing.insert(candidate.id, {candidate.id, candidate.decision, candidate.granted});
    const Result<QList<ProposedDecision>> changed = m_decisions.applyProposal(m_promotionNumber);
    if (!changed)
        return Outcome::failure(changed.error());
    m_before.clear();
    for (const ProposedDecision &decision : changed.value())
        m_before.append(standing.value(decision.candidateId));
    return Outcome::success();
}

Outcome ApplyProposalCommand::revert()
{
    return m_decisions.restoreDecisions(m_promotionNumber, m_before);
}
