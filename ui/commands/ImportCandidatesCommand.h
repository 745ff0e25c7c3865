#pragma once

#include "commands/StoreCommand.h"

#include <QList>

// Imports the rows of a CSV file in one transaction (all or nothing); undo removes them.
class ImportCandidatesCommand : public StoreCommand
{
public:
    ImportCandidatesCommand(CommitteeStore &store, int promotionNumber, const QList<Candidate> &candidates);

protected:
    Outcome apply() override;
    Outcome revert() override;

private:
    int m_promotionNumber;
    QList<Candidate> m_candidates;
    // The rows the last apply inserted, which revert removes.
    QList<qint64> m_insertedIds;
};
