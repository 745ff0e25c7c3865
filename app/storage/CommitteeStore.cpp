#include "CommitteeStore.h"

#include "AuditLogRepository.h"
#include "CandidateRepository.h"
#include "CriterionRepository.h"
#include "Database.h"
#include "PromotionRepository.h"
#include "TransactionGuard.h"
#include "YearRepository.h"

#include "domain/AuditAction.h"
#include "domain/NameText.h"
#include "domain/TextKey.h"

#include <QHash>

namespace {

// One changed field, named in the audit log's subject ("FAST13 / envelope", "FAST13 / Envergo / granted")
// by a stable key, like the action keys, so that the log reads the same whatever the interface language was.
struct FieldChange
{
    QString field;
    QString oldValue;
    QString newValue;
};

void compare(QList<FieldChange> &changes, const QString &field, const QString &oldValue, const QString &newValue)
{
    if (oldValue != newValue)
        changes.append({field, oldValue, newValue});
}

QString dateText(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

QString percentText(int percent)
{
    return QStringLiteral("%1 %").arg(percent);
}

// The refusals of an edit, without those on a name or description left as it was stored: a database
// written before names were checked keeps its rows (only what is written is checked), so a decision or an
// amount can still change on a candidate whose legacy name holds, say, a zero-width space.
QList<FieldError> textErrorsOnChangedFields(const QList<FieldError> &errors, const Candidate &stored,
                                            const Candidate &changed)
{
    QList<FieldError> kept;
    for (const FieldError &error : errors) {
        const bool unchangedText =
            (error.field == CandidateField::Name && changed.name == stored.name) ||
            (error.field == CandidateField::Carrier && changed.carrier == stored.carrier) ||
            (error.field == CandidateField::Incubator && changed.incubator == stored.incubator) ||
            (error.field == CandidateField::Description && changed.description == stored.description);
        if (!unchangedText)
            kept.append(error);
    }
    return kept;
}

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

QList<Promotion> CommitteeStore::promotions() const
{
    return PromotionRepository(m_database.connection()).all();
}

std::optional<Promotion> CommitteeStore::promotion(int number) const
{
    return PromotionRepository(m_database.connection()).byNumber(number);
}

std::optional<Promotion> CommitteeStore::promotionById(qint64 id) const
{
    return PromotionRepository(m_database.connection()).byId(id);
}

Result<Promotion> CommitteeStore::addPromotion(const Promotion &promotion)
{
    if (const Outcome valid = promotion.validate(); !valid)
        return Result<Promotion>::failure(valid.error());

    TransactionGuard transaction(m_database.connection());
    if (!transaction.isActive())
        return Result<Promotion>::failure(transaction.beginError());
    PromotionRepository promotionRows(m_database.connection());
    YearRepository yearRows(m_database.connection());
    AuditLogRepository auditRows(m_database.connection());

    if (promotionRows.byNumber(promotion.number))
        return Result<Promotion>::failure(tr("There is already a promotion %1.").arg(promotion.label()));
    Promotion added = promotion;
    const Result<qint64> id = promotionRows.insert(added);
    if (!id)
        return Result<Promotion>::failure(id.error());
    added.id = id.value();
    // Every promotion starts with the fund's default criteria (rules.md), editable until the first note.
    if (const Outcome criteria =
            CriterionRepository(m_database.connection()).replace(added.id, CriteriaSet::defaults());
        !criteria)
        return Result<Promotion>::failure(criteria.error());
    // A promotion's year appears in the years' list (budget, indicator target) as soon as it has one.
    const Result<bool> yearAdded = yearRows.ensure(added.year);
    if (!yearAdded)
        return Result<Promotion>::failure(yearAdded.error());
    if (const Outcome logged = auditRows.append(
            auditEntry(AuditAction::promotionAdd, added.number, added.label(), QString(), describePromotion(added)));
        !logged)
        return Result<Promotion>::failure(logged.error());
    if (const Outcome committed = transaction.commit(); !committed)
        return Result<Promotion>::failure(committed.error());

    emit promotionsChanged();
    if (yearAdded.value())
        emit yearsChanged();
    return Result<Promotion>::success(added);
}

Outcome CommitteeStore::updatePromotion(const Promotion &changed)
{
    if (const Outcome valid = changed.validate(); !valid)
        return valid;

    TransactionGuard transaction(m_database.connection());
    if (!transaction.isActive())
        return Outcome::failure(transaction.beginError());
    PromotionRepository promotionRows(m_database.connection());
    CandidateRepository candidateRows(m_database.connection());
    YearRepository yearRows(m_database.connection());
    AuditLogRepository auditRows(m_database.connection());

    const std::optional<Promotion> existing = promotionRows.byId(changed.id);
    if (!existing)
        return Outcome::failure(tr("This promotion no longer exists."));
    if (existing->isClosed())
        return Outcome::failure(closedMessage(*existing));
    if (changed.number != existing->number && promotionRows.byNumber(changed.number))
        return Outcome::failure(tr("There is already a promotion %1.").arg(changed.label()));

    // The granted amounts were decided under the old rule: a rule that would put one of them above its
    // eligible amount is refused rather than leaving a laureate in breach.
    if (changed.rule != existing->rule) {
        for (const Candidate &candidate : candidateRows.forPromotion(existing->id)) {
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

    QList<FieldChange> changes;
    compare(changes, QStringLiteral("number"), QString::number(existing->number), QString::number(changed.number));
    compare(changes, QStringLiteral("year"), QString::number(existing->year), QString::number(changed.year));
    compare(changes, QStringLiteral("envelope"), existing->envelope.toString(), changed.envelope.toString());
    compare(changes, QStringLiteral("rate"), percentText(existing->rule.ratePercent()),
            percentText(changed.rule.ratePercent()));
    compare(changes, QStringLiteral("cap"), existing->rule.cap().toString(), changed.rule.cap().toString());
    compare(changes, QStringLiteral("minimum score"), QString::number(existing->minimumScore),
            QString::number(changed.minimumScore));
    compare(changes, QStringLiteral("committee date"), dateText(existing->committeeDate),
            dateText(changed.committeeDate));
    if (changes.isEmpty())
        return Outcome::success();

    Promotion updated = changed;
    updated.status = existing->status;
    if (const Outcome written = promotionRows.update(updated); !written)
        return written;
    bool yearAdded = false;
    if (updated.year != existing->year) {
        const Result<bool> ensured = yearRows.ensure(updated.year);
        if (!ensured)
            return Outcome::failure(ensured.error());
        yearAdded = ensured.value();
    }
    for (const FieldChange &change : std::as_const(changes)) {
        if (const Outcome logged = auditRows.append(auditEntry(AuditAction::promotionUpdate, updated.number,
                                                               updated.label() + QStringLiteral(" / ") + change.field,
                                                               change.oldValue, change.newValue));
            !logged)
            return logged;
    }
    if (const Outcome committed = transaction.commit(); !committed)
        return committed;

    emit promotionsChanged();
    // Eligible amounts follow the rule, so the candidates' views must refresh too.
    if (updated.rule != existing->rule || updated.number != existing->number)
        emit candidatesChanged(updated.number);
    if (yearAdded)
        emit yearsChanged();
    return Outcome::success();
}

Outcome CommitteeStore::removePromotion(int number)
{
    TransactionGuard transaction(m_database.connection());
    if (!transaction.isActive())
        return Outcome::failure(transaction.beginError());
    PromotionRepository promotionRows(m_database.connection());
    CandidateRepository candidateRows(m_database.connection());
    AuditLogRepository auditRows(m_database.connection());

    const Result<Promotion> existingFound = writablePromotion(promotionRows, number);
    if (!existingFound)
        return Outcome::failure(existingFound.error());
    const Promotion *const existing = &existingFound.value();
    if (const int count = candidateRows.countForPromotion(existing->id); count > 0)
        return Outcome::failure(tr("%1 has %n candidate(s): remove them before removing the promotion.", nullptr, count)
                                    .arg(existing->label()));
    if (const Outcome removed = promotionRows.remove(existing->id); !removed)
        return removed;
    if (const Outcome logged = auditRows.append(auditEntry(AuditAction::promotionRemove, existing->number,
                                                           existing->label(), describePromotion(*existing)));
        !logged)
        return logged;
    if (const Outcome committed = transaction.commit(); !committed)
        return committed;
    emit promotionsChanged();
    return Outcome::success();
}

Outcome CommitteeStore::closePromotion(int number)
{
    TransactionGuard transaction(m_database.connection());
    if (!transaction.isActive())
        return Outcome::failure(transaction.beginError());
    PromotionRepository promotionRows(m_database.connection());
    CandidateRepository candidateRows(m_database.connection());
    AuditLogRepository auditRows(m_database.connection());

    const std::optional<Promotion> existing = promotionRows.byNumber(number);
    if (!existing)
        return Outcome::failure(tr("There is no promotion FAST%1.").arg(number));
    if (existing->isClosed())
        return Outcome::failure(tr("%1 is already closed.").arg(existing->label()));
    if (const Outcome canClose = existing->checkCanClose(candidateRows.forPromotion(existing->id)); !canClose)
        return canClose;
    if (const Outcome written = promotionRows.setStatus(existing->id, PromotionStatus::Closed); !written)
        return written;
    if (const Outcome logged = auditRows.append(auditEntry(AuditAction::promotionClose, existing->number,
                                                           existing->label(), promotionStatusKey(PromotionStatus::Open),
                                                           promotionStatusKey(PromotionStatus::Closed)));
        !logged)
        return logged;
    if (const Outcome committed = transaction.commit(); !committed)
        return committed;
    emit promotionsChanged();
    return Outcome::success();
}

Outcome CommitteeStore::reopenPromotion(int number, const QString &reason)
{
    // The reason goes to the audit log as free text: line breaks allowed, nothing that hides or reorders it.
    const Result<QString> reasonText = NameText::normaliseFreeText(reason, tr("Reason"));
    if (!reasonText)
        return Outcome::failure(reasonText.error());
    const QString why = reasonText.value();
    TransactionGuard transaction(m_database.connection());
    if (!transaction.isActive())
        return Outcome::failure(transaction.beginError());
    PromotionRepository promotionRows(m_database.connection());
    AuditLogRepository auditRows(m_database.connection());

    const std::optional<Promotion> existing = promotionRows.byNumber(number);
    if (!existing)
        return Outcome::failure(tr("There is no promotion FAST%1.").arg(number));
    if (!existing->isClosed())
        return Outcome::failure(tr("%1 is already open.").arg(existing->label()));
    if (why.isEmpty())
        return Outcome::failure(
            tr("Reopening %1 needs a written reason: it goes to the audit log.").arg(existing->label()));
    if (const Outcome written = promotionRows.setStatus(existing->id, PromotionStatus::Open); !written)
        return written;
    if (const Outcome logged =
            auditRows.append(auditEntry(AuditAction::promotionReopen, existing->number, existing->label(),
                                        promotionStatusKey(PromotionStatus::Closed), why));
        !logged)
        return logged;
    if (const Outcome committed = transaction.commit(); !committed)
        return committed;
    emit promotionsChanged();
    return Outcome::success();
}

// --- Candidates -----------------------------------------------------------------------------------

QList<Candidate> CommitteeStore::candidates(int promotionNumber) const
{
    const std::optional<Promotion> owner = promotion(promotionNumber);
    if (!owner)
        return {};
    return CandidateRepository(m_database.connection()).forPromotion(owner->id);
}

std::optional<Candidate> CommitteeStore::candidate(qint64 id) const
{
    return CandidateRepository(m_database.connection()).byId(id);
}

Result<Candidate> CommitteeStore::addCandidate(int promotionNumber, const Candidate &candidate)
{
    TransactionGuard transaction(m_database.connection());
    if (!transaction.isActive())
        return Result<Candidate>::failure(transaction.beginError());
    PromotionRepository promotionRows(m_database.connection());
    CandidateRepository candidateRows(m_database.connection());
    AuditLogRepository auditRows(m_database.connection());

    const Result<Promotion> ownerFound = writablePromotion(promotionRows, promotionNumber);
    if (!ownerFound)
        return Result<Candidate>::failure(ownerFound.error());
    const Promotion *const owner = &ownerFound.value();
    if (const QList<FieldError> errors = candidate.validate(owner->rule); !errors.isEmpty())
        return Result<Candidate>::failure(joinedMessages(errors));
    if (const std::optional<Candidate> clash = candidateRows.byNameKey(owner->id, TextKey::fold(candidate.name)))
        return Result<Candidate>::failure(duplicateNameMessage(*owner, clash->name));

    Candidate added = candidate.normalised();
    added.promotionId = owner->id;
    const Result<qint64> id = candidateRows.insert(added);
    if (!id)
        return Result<Candidate>::failure(id.error());
    added.id = id.value();
    if (const Outcome logged = auditRows.append(auditEntry(AuditAction::candidateAdd, owner->number,
                                                           owner->label() + QStringLiteral(" / ") + added.name,
                                                           QString(), describeCandidate(added)));
        !logged)
        return Result<Candidate>::failure(logged.error());
    if (const Outcome committed = transaction.commit(); !committed)
        return Result<Candidate>::failure(committed.error());
    emit candidatesChanged(owner->number);
    return Result<Candidate>::success(added);
}

Outcome CommitteeStore::updateCandidate(const Candidate &changed)
{
    TransactionGuard transaction(m_database.connection());
    if (!transaction.isActive())
        return Outcome::failure(transaction.beginError());
    PromotionRepository promotionRows(m_database.connection());
    CandidateRepository candidateRows(m_database.connection());
    AuditLogRepository auditRows(m_database.connection());

    const std::optional<Candidate> existing = candidateRows.byId(changed.id);
    if (!existing)
        return Outcome::failure(tr("This candidate no longer exists."));
    const std::optional<Promotion> owner = promotionRows.byId(existing->promotionId);
    if (!owner)
        return Outcome::failure(tr("This promotion no longer exists."));
    if (owner->isClosed())
        return Outcome::failure(closedMessage(*owner));
    if (const QList<FieldError> errors = textErrorsOnChangedFields(changed.validate(owner->rule), *existing, changed);
        !errors.isEmpty())
        return Outcome::failure(joinedMessages(errors));
    const std::optional<Candidate> clash = candidateRows.byNameKey(owner->id, TextKey::fold(changed.name));
    if (clash && clash->id != existing->id)
        return Outcome::failure(duplicateNameMessage(*owner, clash->name));

    Candidate updated = changed.normalised();
    updated.promotionId = existing->promotionId;
    QList<FieldChange> changes;
    compare(changes, QStringLiteral("name"), existing->name, updated.name);
    compare(changes, QStringLiteral("carrier"), existing->carrier, updated.carrier);
    compare(changes, QStringLiteral("incubator"), existing->incubator, updated.incubator);
    compare(changes, QStringLiteral("kind"), candidateKindKey(existing->kind), candidateKindKey(updated.kind));
    compare(changes, QStringLiteral("phase"), phaseKey(existing->phase), phaseKey(updated.phase));
    compare(changes, QStringLiteral("annual budget"), existing->annualBudget.toString(),
            updated.annualBudget.toString());
    compare(changes, QStringLiteral("requested"), existing->requested.toString(), updated.requested.toString());
    compare(changes, QStringLiteral("description"), existing->description, updated.description);
    compare(changes, QStringLiteral("decision"), decisionKey(existing->decision), decisionKey(updated.decision));
    compare(changes, QStringLiteral("granted"), existing->granted.toString(), updated.granted.toString());
    if (changes.isEmpty())
        return Outcome::success();

    if (const Outcome written = candidateRows.update(updated); !written)
        return written;
    const QString subject = owner->label() + QStringLiteral(" / ") + updated.name + QStringLiteral(" / ");
    for (const FieldChange &change : std::as_const(changes)) {
        if (const Outcome logged = auditRows.append(auditEntry(
                AuditAction::candidateUpdate, owner->number, subject + change.field, change.oldValue, change.newValue));
            !logged)
            return logged;
    }
    if (const Outcome committed = transaction.commit(); !committed)
        return committed;
    emit candidatesChanged(owner->number);
    return Outcome::success();
}

Outcome CommitteeStore::removeCandidate(qint64 id)
{
    TransactionGuard transaction(m_database.connection());
    if (!transaction.isActive())
        return Outcome::failure(transaction.beginError());
    PromotionRepository promotionRows(m_database.connection());
    CandidateRepository candidateRows(m_database.connection());
    AuditLogRepository auditRows(m_database.connection());

    const std::optional<Candidate> existing = candidateRows.byId(id);
    if (!existing)
        return Outcome::failure(tr("This candidate no longer exists."));
    const std::optional<Promotion> owner = promotionRows.byId(existing->promotionId);
    if (!owner)
        return Outcome::failure(tr("This promotion no longer exists."));
    if (owner->isClosed())
        return Outcome::failure(closedMessage(*owner));
    if (const Outcome removed = candidateRows.remove(id); !removed)
        return removed;
    if (const Outcome logged = auditRows.append(auditEntry(AuditAction::candidateRemove, owner->number,
                                                           owner->label() + QStringLiteral(" / ") + existing->name,
                                                           describeCandidate(*existing)));
        !logged)
        return logged;
    if (const Outcome committed = transaction.commit(); !committed)
        return committed;
    emit candidatesChanged(owner->number);
    return Outcome::success();
}

Outcome CommitteeStore::removeCandidatesNamed(int promotionNumber, const QStringList &names)
{
    TransactionGuard transaction(m_database.connection());
    if (!transaction.isActive())
        return Outcome::failure(transaction.beginError());
    PromotionRepository promotionRows(m_database.connection());
    CandidateRepository candidateRows(m_database.connection());
    AuditLogRepository auditRows(m_database.connection());
    const Result<Promotion> ownerFound = writablePromotion(promotionRows, promotionNumber);
    if (!ownerFound)
        return Outcome::failure(ownerFound.error());
    const Promotion &owner = ownerFound.value();

    // One read of the promotion, however many candidates go.
    QHash<QString, Candidate> byKey;
    for (const Candidate &stored : candidateRows.forPromotion(owner.id))
        byKey.insert(TextKey::fold(stored.name), stored);
    QList<Candidate> removed;
    removed.reserve(names.size());
    for (const QString &name : names) {
        const auto found = byKey.constFind(TextKey::fold(name));
        if (found == byKey.cend())
            return Outcome::failure(tr("The candidate \"%1\" is no longer in %2.").arg(name, owner.label()));
        removed.append(found.value());
    }
    if (removed.isEmpty())
        return Outcome::success();

    const QDateTime now = QDateTime::currentDateTimeUtc(); // one removal, one moment
    QList<AuditEntry> entries;
    entries.reserve(removed.size());
    for (const Candidate &candidate : std::as_const(removed)) {
        if (const Outcome gone = candidateRows.remove(candidate.id); !gone)
            return gone;
        AuditEntry entry =
            auditEntry(AuditAction::candidateRemove, owner.number,
                       owner.label() + QStringLiteral(" / ") + candidate.name, describeCandidate(candidate));
        entry.at = now;
        entries.append(entry);
    }
    if (const Outcome logged = auditRows.appendAll(entries); !logged)
        return logged;
    if (const Outcome committed = transaction.commit(); !committed)
        return committed;
    emit candidatesChanged(owner.number);
    return Outcome::success();
}

Outcome CommitteeStore::importCandidates(int promotionNumber, const QList<Candidate> &candidates)
{
    TransactionGuard transaction(m_database.connection());
    if (!transaction.isActive())
        return Outcome::failure(transaction.beginError());
    PromotionRepository promotionRows(m_database.connection());
    CandidateRepository candidateRows(m_database.connection());
    AuditLogRepository auditRows(m_database.connection());

    const Result<Promotion> ownerFound = writablePromotion(promotionRows, promotionNumber);
    if (!ownerFound)
        return Outcome::failure(ownerFound.error());
    const Promotion *const owner = &ownerFound.value();

    // Everything is checked before the first row is written, and every problem is reported at once,
    // so that a file is fixed in one pass.
    QStringList problems;
    QHash<QString, QString> existingNames; // folded name -> the name as stored
    for (const Candidate &stored : candidateRows.forPromotion(owner->id))
        existingNames.insert(TextKey::fold(stored.name), stored.name);
    QHash<QString, QString> importedNames;
    importedNames.reserve(candidates.size());
    QStringList nameKeys; // TextKey::fold of each name, folded once for the check and the row
    nameKeys.reserve(candidates.size());
    for (const Candidate &candidate : candidates) {
        for (const FieldError &error : candidate.validate(owner->rule))
            problems.append(
                tr("\"%1\" (%2): %3").arg(candidate.name, candidateFieldColumn(error.field), error.message));
        const QString key = TextKey::fold(candidate.name);
        nameKeys.append(key);
        if (key.isEmpty())
            continue;
        if (const auto stored = existingNames.constFind(key); stored != existingNames.cend())
            problems.append(tr("\"%1\": %2").arg(candidate.name, duplicateNameMessage(*owner, stored.value())));
        else if (const auto earlier = importedNames.constFind(key); earlier != importedNames.cend())
            problems.append(tr("\"%1\": this candidate appears twice in the import (also as \"%2\").")
                                .arg(candidate.name, earlier.value()));
        else
            importedNames.insert(key, candidate.name);
    }
    if (!problems.isEmpty())
        return Outcome::failure(problems.join(QLatin1Char('\n')));
    if (candidates.isEmpty())
        return Outcome::success();

    const QString subjectPrefix = owner->label() + QStringLiteral(" / ");
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QList<Candidate> added;
    added.reserve(candidates.size());
    for (const Candidate &candidate : candidates)
        added.append(candidate.normalised());
    QList<AuditEntry> entries;
    entries.reserve(added.size());
    for (Candidate &candidate : added) {
        candidate.promotionId = owner->id;
        AuditEntry entry = auditEntry(AuditAction::candidateImport, owner->number, subjectPrefix + candidate.name,
                                      QString(), describeCandidate(candidate));
        entry.at = now; // one import, one moment
        entries.append(entry);
    }
    if (const Outcome inserted = candidateRows.insertAll(added, nameKeys); !inserted)
        return inserted;
    if (const Outcome logged = auditRows.appendAll(entries); !logged)
        return logged;
    if (const Outcome committed = transaction.commit(); !committed)
        return committed;
    emit candidatesChanged(owner->number);
    return Outcome::success();
}

QSet<QString> CommitteeStore::candidateNameKeys(int promotionNumber) const
{
    const std::optional<Promotion> owner = promotion(promotionNumber);
    if (!owner)
        return {};
    return CandidateRepository(m_database.connection()).nameKeys(owner->id);
}

// --- Years ----------------------------------------------------------------------------------------

QList<FundYear> CommitteeStore::years() const
{
    return YearRepository(m_database.connection()).all();
}

Outcome CommitteeStore::setYearProductTarget(int year, std::optional<int> target)
{
    if (year < Promotion::minimumYear || year > Promotion::maximumYear)
        return Outcome::failure(tr("The year must be between %1 and %2, not %3.")
                                    .arg(Promotion::minimumYear)
                                    .arg(Promotion::maximumYear)
                                    .arg(year));
    if (target && *target < 0)
        return Outcome::failure(tr("The target of indicator 1.2 cannot be negative (%1).").arg(*target));

    TransactionGuard transaction(m_database.connection());
    if (!transaction.isActive())
        return Outcome::failure(transaction.beginError());
    YearRepository yearRows(m_database.connection());
    AuditLogRepository auditRows(m_database.connection());

    FundYear row = yearRows.byYear(year).value_or(FundYear{year, std::nullopt, std::nullopt});
    if (row.productTarget == target)
        return Outcome::success();
    const QString oldValue = row.productTarget ? QString::number(*row.productTarget) : QString();
    row.productTarget = target;
    if (const Outcome saved = yearRows.save(row); !saved)
        return saved;
    if (const Outcome logged = auditRows.append(auditEntry(AuditAction::yearTarget, 0, QString::number(year), oldValue,
                                                           target ? QString::number(*target) : QString()));
        !logged)
        return logged;
    if (const Outcome committed = transaction.commit(); !committed)
        return committed;
    emit yearsChanged();
    return Outcome::success();
}

Outcome CommitteeStore::setYearAnnualBudget(int year, std::optional<Money> budget)
{
    if (year < Promotion::minimumYear || year > Promotion::maximumYear)
        return Outcome::failure(tr("The year must be between %1 and %2, not %3.")
                                    .arg(Promotion::minimumYear)
                                    .arg(Promotion::maximumYear)
                                    .arg(year));
    if (budget && budget->isNegative())
        return Outcome::failure(tr("The fund's annual budget cannot be negative (%1).").arg(budget->toString()));

    TransactionGuard transaction(m_database.connection());
    if (!transaction.isActive())
        return Outcome::failure(transaction.beginError());
    YearRepository yearRows(m_database.connection());
    AuditLogRepository auditRows(m_database.connection());

    FundYear row = yearRows.byYear(year).value_or(FundYear{year, std::nullopt, std::nullopt});
    if (row.annualBudget == budget)
        return Outcome::success();
    const QString oldValue = row.annualBudget ? row.annualBudget->toString() : QString();
    row.annualBudget = budget;
    if (const Outcome saved = yearRows.save(row); !saved)
        return saved;
    if (const Outcome logged = auditRows.append(auditEntry(AuditAction::yearBudget, 0, QString::number(year), oldValue,
                                                           budget ? budget->toString() : QString()));
        !logged)
        return logged;
    if (const Outcome committed = transaction.commit(); !committed)
        return committed;
    emit yearsChanged();
    return Outcome::success();
}

// --- Audit log ------------------------------------------------------------------------------------

QList<AuditEntry> CommitteeStore::auditEntries(std::optional<int> promotionNumber) const
{
    return AuditLogRepository(m_database.connection()).entries(promotionNumber);
}

AuditEntry CommitteeStore::auditEntry(QLatin1String action, int promotionNumber, const QString &subject,
                                      const QString &oldValue, const QString &newValue) const
{
    AuditEntry entry;
    entry.at = QDateTime::currentDateTimeUtc();
    entry.operatorName = m_operatorName;
    entry.promotionNumber = promotionNumber;
    entry.action = action;
    entry.subject = subject;
    entry.oldValue = oldValue;
    entry.newValue = newValue;
    return entry;
}

Result<Promotion> CommitteeStore::writablePromotion(const PromotionRepository &promotionRows, int number)
{
    const std::optional<Promotion> promotion = promotionRows.byNumber(number);
    if (!promotion)
        return Result<Promotion>::failure(tr("There is no promotion FAST%1.").arg(number));
    if (promotion->isClosed())
        return Result<Promotion>::failure(closedMessage(*promotion));
    return Result<Promotion>::success(*promotion);
}

QString CommitteeStore::closedMessage(const Promotion &promotion)
{
    return tr("%1 is closed: reopen it before changing it.").arg(promotion.label());
}

QString CommitteeStore::duplicateNameMessage(const Promotion &promotion, const QString &existingName)
{
    return tr("%1 already has a candidate called \"%2\".").arg(promotion.label(), existingName);
}

QString CommitteeStore::describePromotion(const Promotion &promotion)
{
    QStringList parts{tr("year %1").arg(promotion.year), tr("envelope %1").arg(promotion.envelope.toString()),
                      promotion.rule.describe(), tr("minimum score %1").arg(promotion.minimumScore)};
    if (promotion.committeeDate.isValid())
        parts.append(tr("committee %1").arg(dateText(promotion.committeeDate)));
    return parts.join(QStringLiteral("; "));
}

QString CommitteeStore::describeCandidate(const Candidate &candidate)
{
    QStringList parts{candidate.name, candidate.carrier, candidateKindKey(candidate.kind)};
    if (!candidate.incubator.isEmpty())
        parts.append(tr("incubator %1").arg(candidate.incubator));
    if (candidate.phase != Phase::Unspecified)
        parts.append(phaseKey(candidate.phase));
    parts.append(tr("budget %1").arg(candidate.annualBudget.toString()));
    parts.append(tr("requested %1").arg(candidate.requested.toString()));
    if (candidate.decision != Decision::None)
        parts.append(decisionKey(candidate.decision));
    if (candidate.decision == Decision::Laureate)
        parts.append(tr("granted %1").arg(candidate.granted.toString()));
    return parts.join(QStringLiteral("; "));
}
