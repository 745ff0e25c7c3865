#pragma once

#include "domain/Candidate.h"
#include "domain/CandidateUpdate.h"
#include "domain/Result.h"

#include <QList>
#include <QObject>

class CommitteeStore;
class Database;

// The write of an import that both adds candidates and updates stored ones (a re-import of the call's
// updated export, matched by file number), beside CommitteeStore and on its database, and its undo. One
// transaction through the stores' one write path (StoreWrite): refused on a closed promotion, every row
// checked first (CandidateImportCheck, with the updated candidates' new names and file numbers), each added
// candidate audited as an import, each changed field as an edit (AuditText::candidateChanges), all or
// nothing. An update is refused when its candidate no longer reads as it did when the import was planned,
// so that what the user saw is what is written. candidatesWritten is relayed to
// CommitteeStore::candidatesChanged by one connection made here, and emitted once per write.
class CandidateImportStore : public QObject
{
    Q_OBJECT

public:
    explicit CandidateImportStore(CommitteeStore &committee, QObject *parent = nullptr);

    // Adds the candidates (in order) and applies the updates. Returns the new rows' ids, in order.
    Result<QList<qint64>> applyImport(int promotionNumber, const QList<Candidate> &added,
                                      const CandidateUpdates &updates);
    // The undo of applyImport: removes the rows it added and puts each updated candidate back as it was
    // (updates as applyImport was given them).
    Outcome revertImport(int promotionNumber, const QList<qint64> &addedIds, const CandidateUpdates &updates);

signals:
    void candidatesWritten(int promotionNumber);

private:
    Result<QList<qint64>> write(int promotionNumber, const QList<Candidate> &added, const QList<qint64> &removedIds,
                                const CandidateUpdates &updates);

    CommitteeStore &m_committee;
    Database &m_database;
};
