#pragma once

#include "commands/StoreCommand.h"
#include "domain/CandidateUpdate.h"
#include "reports/CandidateImportPlan.h"

#include <QList>

// The window's import of a file once previewed: adds the new rows and updates the stored candidates the file
// matches by file number, in one transaction (CandidateImportStore); undo removes the added rows and puts
// the updated candidates back as they were, redo applies the same again.
class ImportPlanCommand : public StoreCommand
{
public:
    ImportPlanCommand(CommitteeStore &store, int promotionNumber, const QList<Candidate> &added,
                      const CandidateUpdates &updates);
    // The plan's added rows and its updates, the decided candidates' too when forced.
    ImportPlanCommand(CommitteeStore &store, int promotionNumber, const CandidateImportPlan &plan, bool forceDecided);

protected:
    Outcome apply() override;
    Outcome revert() override;

private:
    int m_promotionNumber;
    QList<Candidate> m_added;
    CandidateUpdates m_updates;
    // The rows the last apply inserted, which revert removes.
    QList<qint64> m_insertedIds;
};
