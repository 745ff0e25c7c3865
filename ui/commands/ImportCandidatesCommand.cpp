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
    const Result<QList<qint64>> inserted = m_store.importCandidates(m_promotionNumber, m_candidates);
    if (!inserted)
        return Outcome::failure(inserted.error());
    m_insertedIds = inserted.value();
    return Outcome::success();
}

Outcome ImportCandidatesCommand::revert()
{
    // By the ids the import handed back: one transaction and one signal for the whole import, all or nothing.
    return m_store.removeCandidates(m_insertedIds);
}
