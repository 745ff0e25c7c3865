#include "commands/RemoveCandidateCommand.h"

#include "storage/CommitteeStore.h"

#include <QCoreApplication>

RemoveCandidateCommand::RemoveCandidateCommand(CommitteeStore &store, int promotionNumber, const Candidate &candidate)
    : StoreCommand(store,
                   QCoreApplication::translate("RemoveCandidateCommand", "Remove candidate %1").arg(candidate.name)),
      m_promotionNumber(promotionNumber), m_candidate(candidate)
{}

Outcome RemoveCandidateCommand::apply()
{
    return removeCandidateNamed(m_promotionNumber, m_candidate.name);
}

Outcome RemoveCandidateCommand::revert()
{
    Candidate restored = m_candidate;
    restored.id = 0;
    const Result<Candidate> added = m_store.addCandidate(m_promotionNumber, restored);
    if (!added)
        return Outcome::failure(added.error());
    return Outcome::success();
}
