#include "commands/ImportPlanCommand.h"

#include "storage/CandidateImportStore.h"

#include <QCoreApplication>

namespace {

QString commandText(qsizetype added, qsizetype updated)
{
    if (updated == 0) // a first import: the words it always had
        return QCoreApplication::translate("ImportCandidatesCommand", "Import %n candidate(s)", nullptr, int(added));
    if (added == 0)
        return QCoreApplication::translate("ImportPlanCommand", "Update %n candidate(s)", nullptr, int(updated));
    return QCoreApplication::translate("ImportPlanCommand", "Import %1 and update %n candidate(s)", nullptr,
                                       int(updated))
        .arg(added);
}

} // namespace

ImportPlanCommand::ImportPlanCommand(CommitteeStore &store, int promotionNumber, const QList<Candidate> &added,
                                     const CandidateUpdates &updates)
    : StoreCommand(store, commandText(added.size(), updates.size())), m_promotionNumber(promotionNumber),
      m_added(added), m_updates(updates)
{}

ImportPlanCommand::ImportPlanCommand(CommitteeStore &store, int promotionNumber, const CandidateImportPlan &plan,
                                     bool forceDecided)
    : ImportPlanCommand(store, promotionNumber, plan.added, plan.updates(forceDecided))
{}

Outcome ImportPlanCommand::apply()
{
    const Result<QList<qint64>> inserted =
        CandidateImportStore(m_store).applyImport(m_promotionNumber, m_added, m_updates);
    if (!inserted)
        return Outcome::failure(inserted.error());
    m_insertedIds = inserted.value();
    return Outcome::success();
}

Outcome ImportPlanCommand::revert()
{
    // One transaction and one signal: the added rows go, the updated ones are put back.
    return CandidateImportStore(m_store).revertImport(m_promotionNumber, m_insertedIds, m_updates);
}
