#include "CandidateImportStore.h"

#include "AuditText.h"
#include "CandidateImportCheck.h"
#include "CandidateRepository.h"
#include "CommitteeStore.h"
#include "StoreWrite.h"

#include "domain/AuditAction.h"

#include <QHash>

CandidateImportStore::CandidateImportStore(CommitteeStore &committee, QObject *parent)
    : QObject(parent), m_committee(committee), m_database(committee.database())
{
    connect(this, &CandidateImportStore::candidatesWritten, &committee, &CommitteeStore::candidatesChanged);
}

Result<QList<qint64>> CandidateImportStore::applyImport(int promotionNumber, const QList<Candidate> &added,
                                                        const CandidateUpdates &updates)
{
    return write(promotionNumber, added, {}, updates);
}

Outcome CandidateImportStore::revertImport(int promotionNumber, const QList<qint64> &addedIds,
                                           const CandidateUpdates &updates)
{
    CandidateUpdates reversed;
    reversed.reserve(updates.size());
    for (const CandidateUpdate &update : updates)
        reversed.append(update.reversed());
    const Result<QList<qint64>> written = write(promotionNumber, {}, addedIds, reversed);
    return written ? Outcome::success() : Outcome::failure(written.error());
}

Result<QList<qint64>> CandidateImportStore::write(int promotionNumber, const QList<Candidate> &added,
                                                  const QList<qint64> &removedIds, const CandidateUpdates &updates)
{
    using Ids = QList<qint64>;
    StoreWrite write(m_database, m_committee.operatorName());
    if (const Outcome begun = write.begun(); !begun)
        return Result<Ids>::failure(begun.error());
    const Result<Promotion> ownerFound = write.writablePromotion(promotionNumber);
    if (!ownerFound)
        return Result<Ids>::failure(ownerFound.error());
    const Promotion &owner = ownerFound.value();
    CandidateRepository candidateRows(write.connection());
    const Result<QList<Candidate>> storedRead = candidateRows.forPromotion(owner.id);
    if (!storedRead)
        return Result<Ids>::failure(storedRead.error());

    // Every row is checked before the first is written: the removed ones and the updated ones must be the
    // promotion's candidates, the updated ones as the plan read them.
    QHash<qint64, Candidate> byId;
    for (const Candidate &candidate : storedRead.value())
        byId.insert(candidate.id, candidate);
    QList<Candidate> remaining = storedRead.value();
    for (const qint64 id : removedIds) {
        if (!byId.contains(id))
            return Result<Ids>::failure(CommitteeStore::tr("This candidate no longer exists."));
        remaining.removeIf([id](const Candidate &candidate) { return candidate.id == id; });
    }
    CandidateUpdates normalisedUpdates;
    normalisedUpdates.reserve(updates.size());
    for (const CandidateUpdate &update : updates) {
        const auto stored = byId.constFind(update.before.id);
        if (stored == byId.cend())
            return Result<Ids>::failure(CommitteeStore::tr("This candidate no longer exists."));
        if (!AuditText::candidateChanges(update.before, *stored).isEmpty())
            return Result<Ids>::failure(tr("\"%1\" was changed after the import was previewed: nothing was "
                                           "written. Open the file again to see its changes as they are now.")
                                            .arg(stored->name));
        Candidate after = update.after.normalised();
        after.id = stored->id;
        after.promotionId = stored->promotionId;
        normalisedUpdates.append({*stored, after});
    }
    const Result<QStringList> checked = CandidateImportCheck::check(owner, remaining, added, normalisedUpdates);
    if (!checked)
        return Result<Ids>::failure(checked.error());
    if (added.isEmpty() && removedIds.isEmpty() && normalisedUpdates.isEmpty())
        return Result<Ids>::success({});

    const QString subjectPrefix = owner.label() + QStringLiteral(" / ");
    for (const qint64 id : removedIds)
        write.audit(AuditAction::candidateRemove, owner.number, subjectPrefix + byId.value(id).name,
                    AuditText::candidate(byId.value(id)));
    if (!removedIds.isEmpty()) {
        if (const Outcome gone = candidateRows.removeAll(removedIds); !gone)
            return Result<Ids>::failure(gone.error());
    }
    for (const CandidateUpdate &update : normalisedUpdates) {
        const QList<AuditText::FieldChange> changes = AuditText::candidateChanges(update.before, update.after);
        if (changes.isEmpty())
            continue;
        if (const Outcome written = candidateRows.update(update.after); !written)
            return Result<Ids>::failure(written.error());
        const QString subject = subjectPrefix + update.after.name + QStringLiteral(" / ");
        for (const AuditText::FieldChange &change : changes)
            write.audit(AuditAction::candidateUpdate, owner.number, subject + change.field, change.oldValue,
                        change.newValue);
    }
    QList<Candidate> inserted;
    inserted.reserve(added.size());
    const QStringList &nameKeys = checked.value();
    for (const Candidate &candidate : added) {
        inserted.append(candidate.normalised());
        inserted.last().promotionId = owner.id;
        write.audit(AuditAction::candidateImport, owner.number, subjectPrefix + inserted.last().name, QString(),
                    AuditText::candidate(inserted.last()));
    }
    Ids ids;
    if (!inserted.isEmpty()) {
        const Result<Ids> insertedIds = candidateRows.insertAll(inserted, nameKeys);
        if (!insertedIds)
            return insertedIds;
        ids = insertedIds.value();
    }
    write.notifyAfterCommit([this, number = owner.number] { emit candidatesWritten(number); });
    if (const Outcome committed = write.commit(); !committed)
        return Result<Ids>::failure(committed.error());
    return Result<Ids>::success(ids);
}
