#include "ImportCandidatesCommand.h"

#include "storage/CommitteeStore.h"

#include <QCoreApplication>

ImportCandidatesCommand::ImportCandidatesCommand(CommitteeStore &store, int promotionNumber,
                                                 const QList<Candidate> &candidates)
    : StoreCommand(store, QCoreApplication::translate("ImportCandidatesCommand", "Import %n candidate(s)", nullptr,
                                                      int(candidates.size()))),
      m_promotionNumber(promotionNumber), m_candidates(candidates)
{}

Outcome ImportCandidatesCommand::apply()
{
    return m_store.importCandidates(m_promotionNumber, m_candidates);
}

Outcome ImportCandidatesCommand::revert()
{
    // Removed one by one: the store has no bulk removal, and a refusal (promotion closed meanwhile)
    // stops at the first one, which the message reports.
    for (const Candidate &candidate : m_candidates) {
        if (const Outcome removed = removeCandidateNamed(m_promotionNumber, candidate.name); !removed)
            return removed;
    }
    return Outcome::success();
}
