#include "commands/ImportCandidatesCommand.h"

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
    // By name: the import does not hand back the new rows' ids, and a candidate's name is unique in its
    // promotion. One transaction and one signal for the whole import, all or nothing.
    QStringList names;
    names.reserve(m_candidates.size());
    for (const Candidate &candidate : m_candidates)
        names.append(candidate.name);
    return m_store.removeCandidatesNamed(m_promotionNumber, names);
}
