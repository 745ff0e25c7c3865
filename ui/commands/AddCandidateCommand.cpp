#include "commands/AddCandidateCommand.h"

#include "storage/CommitteeStore.h"

#include <QCoreApplication>

AddCandidateCommand::AddCandidateCommand(CommitteeStore &store, int promotionNumber, const Candidate &candidate)
    : StoreCommand(store, QCoreApplication::translate("AddCandidateCommand", "Add candidate %1").arg(candidate.name)),
      m_promotionNumber(promotionNumber), m_candidate(candidate)
{}

Outcome AddCandidateCommand::apply()
{
    Candidate fresh = m_candidate;
    fresh.id = 0;
    const Result<Candidate> added = m_store.addCandidate(m_promotionNumber, fresh);
    if (!added)
        return Outcome::failure(added.error());
    return Outcome::success();
}

Outcome AddCandidateCommand::revert()
{
    return removeCandidateNamed(m_promotionNumber, m_candidate.name);
}
