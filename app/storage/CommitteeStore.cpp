#include "CommitteeStore.h"

#include "AuditLogRepository.h"
#include "AuditText.h"
#include "CandidateEdit.h"
#include "CandidateImportCheck.h"
#include "CandidateRepository.h"
#include "CriterionRepository.h"
#include "Database.h"
#include "PromotionLifecycle.h"
#include "PromotionRepository.h"
#include "StoreWrite.h"
#include "YearRepository.h"

#include "domain/AuditAction.h"
#include "domain/NameText.h"
#include "domain/TextKey.h"

#include <QHash>

namespace {

QString joinedMessages(const QList<FieldError> &errors)
{
    QStringList messages;
    for (const FieldError &error : errors)
        messages.append(error.message);
    return messages.join(QLatin1Char(' '));
}

} // namespace

CommitteeStore::CommitteeStore(Database &database, QObject *parent) : QObject(parent), m_database(database)
{}

// --- Promotions -----------------------------------------------------------------------------------

Result<QList<Promotion>> CommitteeStore::promotions() const
{
    return PromotionRepository(m_database.connection()).all();
}

Result<std::optional<Promotion>> CommitteeStore::promotion(int number) const
{
    return PromotionRepository(m_database.connection()).byNumber(number);
}

Result<std::optional<Promotion>> CommitteeStore::promotionById(qint64 id) const
{
    return PromotionRepository(m_database.connection()).byId(id);
}

Result<Promotion> CommitteeStore::addPromotion(const Promotion &promotion)
{
    if (const Outcome valid = promotion.validate(); !valid)
        return Result<Promotion>::failure(valid.error());
    StoreWrite write(m_database, m_operatorName);
    if (const Outcome begun = write.begun(); !begun)
        return Result<Promotion>::failure(begun.error());
    PromotionRepository promotionRows(write.connection());
    const Result<std::optional<Promotion>> clash = promotionRows.byNumber(promotion.number);
    if (!clash || clash.value())
        return Result<Promotion>::failure(clash ? tr("There is already a promotion %1.").arg(promotion.label())
                                                : clash.error());
    Promotion added = promotion;
    const Result<qint64> id = promotionRows.insert(added);
    if (!id)
        return Result<Promotion>::failure(id.error());
    added.id = id.value();
    // Every promotion starts with the fund's default criteria (rules.md), editable until the first note.
    if (const Outcome criteria = CriterionRepository(write.connection()).replace(added.id, CriteriaSet::defaults());
        !criteria)
        return Result<Promotion>::failure(criteria.error());
    // A promotion's year appears in the years' list (budget, indicator target) as soon as it has one.
    const Result<bool> yearAdded = YearRepository(write.connection()).ensure(added.year);
    if (!yearAdded)
        return Result<Promotion>::failure(yearAdded.error());
    write.audit(AuditAction::promotionAdd, added.number, added.label(), QString(), AuditText::promotion(added));
    write.notifyAfterCommit([this] { emit promotionsChanged(); });
    if (yearAdded.value())
        write.notifyAfterCommit([this] { emit yearsChanged(); });
    if (const Outcome committed = write.commit(); !committed)
        return Result<Promotion>::failure(committed.error());
    return Result<Promotion>::success(added);
}

Outcome CommitteeStore::updatePromotion(const Promotion &changed)
{
    if (const Outcome valid = changed.validate(); !valid)
        return valid;
    StoreWrite write(m_database, m_operatorName);
    if (const Outcome begun = write.begun(); !begun)
        return begun;
    PromotionRepository promotionRows(write.connection());
    const Result<Promotion> found = write.promotionById(changed.id);
    if (!found)
        return Outcome::failure(found.error());
    const std::optional<Promotion> existing = found.value();
    if (const Outcome writable = StoreWrite::checkWritable(*existing); !writable)
        return writable;
    if (changed.number != existing->number) {
        const Result<std::optional<Promotion>> clash = promotionRows.byNumber(changed.number);
        if (!clash || clash.value())
            return Outcome::failure(clash ? tr("There is already a promotion %1.").arg(changed.label())
                                          : clash.error());
    }

    // The granted amounts were decided under the old rule: a rule that would put one of them above its
    // eligible amount is refused rather than leaving a laureate in breach.
    if (changed.rule != existing->rule) {
        const Result<QList<Candidate>> candidates = CandidateRepository(write.connection()).forPromotion(existing->id);
        if (!candidates)
            return Outcome::failure(candidates.error());
        for (const Candidate &candidate : candidates.value()) {
            if (candidate.decision != Decision::Laureate)
                continue;
            const Money eligible = candidate.eligibility(changed.rule).eligible;
            if (candidate.granted > eligible)
                return Outcome::failure(
                    tr("%1 cannot take the rule \"%2\": the laureate %3 was granted %4, more than its eligible amount "
                       "of %5 under that rule. Change that grant first.")
                        .arg(existing->label(), changed.rule.describe(), candidate.name, candidate.granted.toString(),
                             eligible.toString()));
        }
    }

    const QList<AuditText::FieldChange> changes = AuditText::promotionChanges(*existing, changed);
    if (changes.isEmpty())
        return Outcome::success();

    Promotion updated = changed;
    updated.status = existing->status;
    if (const Outcome written = promotionRows.update(updated); !written)
        return written;
    bool yearAdded = false;
    if (updated.year != existing->year) {
        const Result<bool> ensured = YearRepository(write.connection()).ensure(updated.year);
        if (!ensured)
            return Outcome::failure(ensured.error());
        yearAdded = ensured.value();
    }
    for (const AuditText::FieldChange &change : changes)
        write.audit(AuditAction::promotionUpdate, updated.number,
                    updated.label() + QStringLiteral(" / ") + change.field, change.oldValue, change.newValue);
    write.notifyAfterCommit([this] { emit promotionsChanged(); });
    // Eligible amounts follow the rule, so the candidates' views must refresh too.
    if (updated.rule != existing->rule || updated.number != existing->number)
        write.notifyAfterCommit([this, number = updated.number] { emit candidatesChanged(number); });
    if (yearAdded)
        write.notifyAfterCommit([this] { emit yearsChanged(); });
    return write.commit();
}

Outcome CommitteeStore::removePromotion(int number)
{
    StoreWrite write(m_database, m_operatorName);
    if (const Outcome begun = write.begun(); !begun)
        return begun;
    const Result<Promotion> existing = write.writablePromotion(number);
    if (!existing)
        return Outcome::failure(existing.error());
    const Promotion &removed = existing.value();
    const Result<int> count = CandidateRepository(write.connection()).countForPromotion(removed.id);
    if (!count || count.value() > 0)
        return Outcome::failure(
            count ? tr("%1 has %n candidate(s): remove them before removing the promotion.", nullptr, count.value())
                        .arg(removed.label())
                  : count.error());
    if (const Outcome gone = PromotionRepository(write.connection()).remove(removed.id); !gone)
        return gone;
    write.audit(AuditAction::promotionRemove, removed.number, removed.label(), AuditText::promotion(removed));
    write.notifyAfterCommit([this] { emit promotionsChanged(); });
    return write.commit();
}

Outcome CommitteeStore::closePromotion(int number, const QDate &committeeDate)
{
    StoreWrite write(m_database, m_operatorName);
    if (const Outcome begun = write.begun(); !begun)
        return begun;
    if (const Outcome closed = PromotionLifecycle::close(write, number, committeeDate); !closed)
        return closed;
    write.notifyAfterCommit([this] { emit promotionsChanged(); });
    return write.commit();
}

Outcome CommitteeStore::reopenPromotion(int number, const QString &reason)
{
    // The reason goes to the audit log as free text: line breaks allowed, nothing that hides or reorders it.
    const Result<QString> reasonText = NameText::normaliseFreeText(reason, tr("Reason"));
    if (!reasonText)
        return Outcome::failure(reasonText.error());
    StoreWrite write(m_database, m_operatorName);
    if (const Outcome begun = write.begun(); !begun)
        return begun;
    if (const Outcome reopened = PromotionLifecycle::reopen(write, number, reasonText.value()); !reopened)
        return reopened;
    write.notifyAfterCommit([this] { emit promotionsChanged(); });
    return write.commit();
}

// --- Candidates -----------------------------------------------------------------------------------

Result<QList<Candidate>> CommitteeStore::candidates(int promotionNumber) const
{
    const Result<std::optional<Promotion>> owner = promotion(promotionNumber);
    if (!owner)
        return Result<QList<Candidate>>::failure(owner.error());
    if (!owner.value())
        return Result<QList<Candidate>>::success({});
    return CandidateRepository(m_database.connection()).forPromotion(owner.value()->id);
}

Result<std::optional<Candidate>> CommitteeStore::candidate(qint64 id) const
{
    return CandidateRepository(m_database.connection()).byId(id);
}

Result<Candidate> CommitteeStore::addCandidate(int promotionNumber, const Candidate &candidate)
{
    StoreWrite write(m_database, m_operatorName);
    if (const Outcome begun = write.begun(); !begun)
        return Result<Candidate>::failure(begun.error());
    const Result<Promotion> ownerFound = write.writablePromotion(promotionNumber);
    if (!ownerFound)
        return Result<Candidate>::failure(ownerFound.error());
    const Promotion &owner = ownerFound.value();
    if (const QList<FieldError> errors = candidate.validate(owner.rule); !errors.isEmpty())
        return Result<Candidate>::failure(joinedMessages(errors));
    CandidateRepository candidateRows(write.connection());
    const Result<std::optional<Candidate>> clash = candidateRows.byNameKey(owner.id, TextKey::fold(candidate.name));
    if (!clash || clash.value())
        return Result<Candidate>::failure(clash ? duplicateNameMessage(owner, clash.value()->name) : clash.error());

    Candidate added = candidate.normalised();
    const Result<std::optional<Candidate>> holder = candidateRows.byReference(owner.id, added.reference);
    if (!holder || holder.value())
        return Result<Candidate>::failure(
            holder ? CandidateImportCheck::duplicateReferenceMessage(owner, added.reference, holder.value()->name)
                   : holder.error());
    added.promotionId = owner.id;
    const Result<qint64> id = candidateRows.insert(added);
    if (!id)
        return Result<Candidate>::failure(id.error());
    added.id = id.value();
    write.audit(AuditAction::candidateAdd, owner.number, owner.label() + QStringLiteral(" / ") + added.name, QString(),
                AuditText::candidate(added));
    write.notifyAfterCommit([this, number = owner.number] { emit candidatesChanged(number); });
    if (const Outcome committed = write.commit(); !committed)
        return Result<Candidate>::failure(committed.error());
    return Result<Candidate>::success(added);
}

Outcome CommitteeStore::updateCandidate(const Candidate &changed)
{
    return writeCandidateEdit(std::nullopt, changed);
}

Outcome CommitteeStore::editCandidate(const Candidate &before, const Candidate &after)
{
    return writeCandidateEdit(before, after);
}

Outcome CommitteeStore::writeCandidateEdit(const std::optional<Candidate> &before, const Candidate &after)
{
    StoreWrite write(m_database, m_operatorName);
    if (const Outcome begun = write.begun(); !begun)
        return begun;
    const Result<std::optional<Promotion>> written = CandidateEdit(write, before, after).write();
    if (!written)
        return Outcome::failure(written.error());
    if (!written.value())
        return Outcome::success();
    write.notifyAfterCommit([this, number = written.value()->number] { emit candidatesChanged(number); });
    return write.commit();
}

Outcome CommitteeStore::removeCandidate(qint64 id)
{
    return removeCandidates({id});
}

Outcome CommitteeStore::removeCandidates(const QList<qint64> &ids)
{
    if (ids.isEmpty())
        return Outcome::success();
    StoreWrite write(m_database, m_operatorName);
    if (const Outcome begun = write.begun(); !begun)
        return begun;
    CandidateRepository candidateRows(write.connection());
    const Result<std::pair<Candidate, Promotion>> first = write.writableCandidate(ids.first());
    if (!first)
        return Outcome::failure(first.error());
    const std::optional<Promotion> owner = first.value().second;

    // One read of the promotion, however many candidates go; every id must be one of its candidates.
    const Result<QList<Candidate>> candidates = candidateRows.forPromotion(owner->id);
    if (!candidates)
        return Outcome::failure(candidates.error());
    QHash<qint64, Candidate> byId;
    for (const Candidate &stored : candidates.value())
        byId.insert(stored.id, stored);
    const QString subjectPrefix = owner->label() + QStringLiteral(" / ");
    for (const qint64 id : ids) {
        const auto found = byId.constFind(id);
        if (found == byId.cend())
            return Outcome::failure(tr("This candidate no longer exists."));
        write.audit(AuditAction::candidateRemove, owner->number, subjectPrefix + found->name,
                    AuditText::candidate(found.value()));
        byId.erase(found);
    }
    if (const Outcome gone = candidateRows.removeAll(ids); !gone)
        return gone;
    write.notifyAfterCommit([this, number = owner->number] { emit candidatesChanged(number); });
    return write.commit();
}

Result<QList<qint64>> CommitteeStore::importCandidates(int promotionNumber, const QList<Candidate> &candidates)
{
    using Ids = QList<qint64>;
    StoreWrite write(m_database, m_operatorName);
    if (const Outcome begun = write.begun(); !begun)
        return Result<Ids>::failure(begun.error());
    const Result<Promotion> ownerFound = write.writablePromotion(promotionNumber);
    if (!ownerFound)
        return Result<Ids>::failure(ownerFound.error());
    const Promotion &owner = ownerFound.value();
    CandidateRepository candidateRows(write.connection());

    // Everything is checked before the first row is written.
    const Result<QList<Candidate>> stored = candidateRows.forPromotion(owner.id);
    if (!stored)
        return Result<Ids>::failure(stored.error());
    const Result<QStringList> checked = CandidateImportCheck::check(owner, stored.value(), candidates);
    if (!checked)
        return Result<Ids>::failure(checked.error());
    const QStringList &nameKeys = checked.value();
    if (candidates.isEmpty())
        return Result<Ids>::success({});

    const QString subjectPrefix = owner.label() + QStringLiteral(" / ");
    QList<Candidate> added;
    added.reserve(candidates.size());
    for (const Candidate &candidate : candidates) {
        added.append(candidate.normalised());
        added.last().promotionId = owner.id;
        write.audit(AuditAction::candidateImport, owner.number, subjectPrefix + added.last().name, QString(),
                    AuditText::candidate(added.last()));
    }
    const Result<Ids> ids = candidateRows.insertAll(added, nameKeys);
    if (!ids)
        return ids;
    write.notifyAfterCommit([this, number = owner.number] { emit candidatesChanged(number); });
    if (const Outcome committed = write.commit(); !committed)
        return Result<Ids>::failure(committed.error());
    return ids;
}

Result<QSet<QString>> CommitteeStore::candidateNameKeys(int promotionNumber) const
{
    const Result<std::optional<Promotion>> owner = promotion(promotionNumber);
    if (!owner)
        return Result<QSet<QString>>::failure(owner.error());
    if (!owner.value())
        return Result<QSet<QString>>::success({});
    return CandidateRepository(m_database.connection()).nameKeys(owner.value()->id);
}

// --- Years ----------------------------------------------------------------------------------------

Result<QList<FundYear>> CommitteeStore::years() const
{
    return YearRepository(m_database.connection()).all();
}

Outcome CommitteeStore::setYearProductTarget(int year, std::optional<int> target)
{
    if (const Outcome valid = checkYear(year); !valid)
        return valid;
    if (target && *target < 0)
        return Outcome::failure(tr("The target of indicator 1.2 cannot be negative (%1).").arg(*target));
    StoreWrite write(m_database, m_operatorName);
    if (const Outcome begun = write.begun(); !begun)
        return begun;
    YearRepository yearRows(write.connection());
    // A year that cannot be read is refused, never taken for a year without values: writing a fresh row
    // over it would wipe what it holds.
    const Result<std::optional<FundYear>> stored = yearRows.byYear(year);
    if (!stored)
        return Outcome::failure(stored.error());
    FundYear row = stored.value().value_or(FundYear{year, std::nullopt, std::nullopt});
    if (row.productTarget == target)
        return Outcome::success();
    const QString oldValue = row.productTarget ? QString::number(*row.productTarget) : QString();
    row.productTarget = target;
    if (const Outcome saved = yearRows.save(row); !saved)
        return saved;
    write.audit(AuditAction::yearTarget, 0, QString::number(year), oldValue,
                target ? QString::number(*target) : QString());
    write.notifyAfterCommit([this] { emit yearsChanged(); });
    return write.commit();
}

Outcome CommitteeStore::setYearAnnualBudget(int year, std::optional<Money> budget)
{
    if (const Outcome valid = checkYear(year); !valid)
        return valid;
    if (budget && budget->isNegative())
        return Outcome::failure(tr("The fund's annual budget cannot be negative (%1).").arg(budget->toString()));
    StoreWrite write(m_database, m_operatorName);
    if (const Outcome begun = write.begun(); !begun)
        return begun;
    YearRepository yearRows(write.connection());
    const Result<std::optional<FundYear>> stored = yearRows.byYear(year);
    if (!stored)
        return Outcome::failure(stored.error());
    FundYear row = stored.value().value_or(FundYear{year, std::nullopt, std::nullopt});
    if (row.annualBudget == budget)
        return Outcome::success();
    const QString oldValue = row.annualBudget ? row.annualBudget->toString() : QString();
    row.annualBudget = budget;
    if (const Outcome saved = yearRows.save(row); !saved)
        return saved;
    write.audit(AuditAction::yearBudget, 0, QString::number(year), oldValue, budget ? budget->toString() : QString());
    write.notifyAfterCommit([this] { emit yearsChanged(); });
    return write.commit();
}

Outcome CommitteeStore::checkYear(int year)
{
    if (year < Promotion::minimumYear || year > Promotion::maximumYear)
        return Outcome::failure(tr("The year must be between %1 and %2, not %3.")
                                    .arg(Promotion::minimumYear)
                                    .arg(Promotion::maximumYear)
                                    .arg(year));
    return Outcome::success();
}

// --- Audit log ------------------------------------------------------------------------------------

Result<QList<AuditEntry>> CommitteeStore::auditEntries(std::optional<int> promotionNumber) const
{
    return AuditLogRepository(m_database.connection()).entries(promotionNumber);
}

QString CommitteeStore::duplicateNameMessage(const Promotion &promotion, const QString &existingName)
{
    return CandidateImportCheck::duplicateNameMessage(promotion, existingName);
}
