#include "FollowUpStore.h"

#include "CommitteeStore.h"
#include "Database.h"
#include "FollowUpAudit.h"
#include "FollowUpRepository.h"
#include "StoreWrite.h"

#include "domain/AuditAction.h"
#include "domain/FollowUpEdit.h"

#include <QHash>
#include <QSet>

FollowUpStore::FollowUpStore(CommitteeStore &committee, QObject *parent)
    : QObject(parent), m_committee(committee), m_database(committee.database())
{
    // A withdrawal gives back to the envelope: the candidates' totals and gauges read it again.
    connect(this, &FollowUpStore::followUpChanged, &committee, &CommitteeStore::candidatesChanged);
}

Result<QList<LaureateFollowUp>> FollowUpStore::promotionFollowUp(int promotionNumber) const
{
    return FollowUpRepository(m_database.connection()).forPromotion(promotionNumber);
}

Result<LaureateFollowUp> FollowUpStore::laureate(qint64 candidateId) const
{
    const Result<std::optional<LaureateFollowUp>> found =
        FollowUpRepository(m_database.connection()).forCandidate(candidateId);
    if (!found)
        return Result<LaureateFollowUp>::failure(found.error());
    if (!found.value())
        return Result<LaureateFollowUp>::failure(tr("This laureate no longer exists or is no longer a laureate."));
    return Result<LaureateFollowUp>::success(*found.value());
}

Result<QList<LaureateFollowUp>> FollowUpStore::allLaureates() const
{
    return FollowUpRepository(m_database.connection()).all();
}

Result<OpeningKey> FollowUpStore::openingKey(int year) const
{
    return FollowUpRepository(m_database.connection()).openingKey(year);
}

Result<FollowUpChange> FollowUpStore::editIn(StoreWrite &write, qint64 candidateId, const Edit &change)
{
    // The one guard of a follow-up write: a laureate, of a promotion open or closed.
    const auto owner = write.followUpCandidate(candidateId);
    if (!owner)
        return Result<FollowUpChange>::failure(owner.error());
    FollowUpRepository rows(write.connection());
    const Result<std::optional<LaureateFollowUp>> before = rows.forCandidate(candidateId);
    if (!before)
        return Result<FollowUpChange>::failure(before.error());
    if (!before.value())
        return Result<FollowUpChange>::failure(tr("This laureate no longer exists or is no longer a laureate."));
    return editIn(write, *before.value(), change);
}

Result<FollowUpChange> FollowUpStore::editIn(StoreWrite &write, const LaureateFollowUp &before, const Edit &change)
{
    FollowUpRepository rows(write.connection());
    const Result<LaureateFollowUp> after = change(before, rows);
    if (!after)
        return Result<FollowUpChange>::failure(after.error());
    if (const Outcome valid = after.value().validate(); !valid)
        return Result<FollowUpChange>::failure(valid.error());
    const FollowUpChange done{before, after.value()};
    if (!done.changed())
        return Result<FollowUpChange>::success(done);
    if (const Outcome written = rows.replace(before, after.value()); !written)
        return Result<FollowUpChange>::failure(written.error());
    FollowUpAudit::record(write, before, after.value());
    return Result<FollowUpChange>::success(done);
}

Result<FollowUpChange> FollowUpStore::edit(qint64 candidateId, const Edit &change)
{
    StoreWrite write(m_database, m_committee.operatorName());
    if (const Outcome begun = write.begun(); !begun)
        return Result<FollowUpChange>::failure(begun.error());
    const Result<FollowUpChange> done = editIn(write, candidateId, change);
    if (!done)
        return done;
    if (!done.value().changed())
        return done;
    const int number = done.value().after.promotionNumber;
    write.notifyAfterCommit([this, number] { emit followUpChanged(number); });
    if (const Outcome committed = write.commit(); !committed)
        return Result<FollowUpChange>::failure(committed.error());
    return done;
}

Result<FollowUpChange> FollowUpStore::save(const LaureateFollowUp &wanted)
{
    return edit(wanted.candidateId, [&wanted](const LaureateFollowUp &before, FollowUpRepository &) {
        // What the rows say of the laureate wins over what the caller kept of it (its name, its granted amount).
        LaureateFollowUp after = before;
        after.agreement = wanted.agreement;
        after.tranches = wanted.tranches;
        after.milestones = wanted.milestones;
        return Result<LaureateFollowUp>::success(after);
    });
}

Result<FollowUpChange> FollowUpStore::sign(qint64 candidateId, const QDate &signedOn, const QString &reference,
                                           std::optional<Money> amended, const QString &amendmentReason)
{
    return edit(candidateId, [&](const LaureateFollowUp &before, FollowUpRepository &rows) {
        const Result<OpeningKey> key = rows.openingKey(signedOn.isValid() ? signedOn.year() : before.promotionYear);
        if (!key)
            return Result<LaureateFollowUp>::failure(key.error());
        return FollowUpEdit::sign(before, signedOn, reference, amended, amendmentReason, key.value());
    });
}

Result<FollowUpChange> FollowUpStore::amend(qint64 candidateId, Money committed, const QString &reason)
{
    return edit(candidateId, [&](const LaureateFollowUp &before, FollowUpRepository &) {
        return FollowUpEdit::amend(before, committed, reason);
    });
}

Result<FollowUpChange> FollowUpStore::withdraw(qint64 candidateId, const QDate &withdrawnOn, const QString &reason)
{
    return edit(candidateId, [&](const LaureateFollowUp &before, FollowUpRepository &) {
        return FollowUpEdit::withdraw(before, withdrawnOn, reason);
    });
}

Result<FollowUpChange> FollowUpStore::addTranche(qint64 candidateId, const QDate &plannedOn, Money amount,
                                                 const QString &reference)
{
    return edit(candidateId, [&](const LaureateFollowUp &before, FollowUpRepository &) {
        return FollowUpEdit::addTranche(before, plannedOn, amount, reference);
    });
}

Result<FollowUpChange> FollowUpStore::markPaid(qint64 candidateId, int position, const QDate &paidOn,
                                               std::optional<Money> amount, const QString &reference)
{
    return edit(candidateId, [&](const LaureateFollowUp &before, FollowUpRepository &) {
        return FollowUpEdit::markPaid(before, position, paidOn, amount, reference);
    });
}

Result<FollowUpChange> FollowUpStore::setMilestone(qint64 candidateId, const Milestone &milestone)
{
    return edit(candidateId, [&](const LaureateFollowUp &before, FollowUpRepository &) {
        return FollowUpEdit::setMilestone(before, milestone);
    });
}

Result<QList<FollowUpChange>> FollowUpStore::recordPayments(const QList<PaymentRecord> &payments)
{
    using Changes = QList<FollowUpChange>;
    StoreWrite write(m_database, m_committee.operatorName());
    if (const Outcome begun = write.begun(); !begun)
        return Result<Changes>::failure(begun.error());
    // Several payments of one laureate follow each other: each starts from the one before it.
    QHash<qint64, qsizetype> indexOf;
    Changes changes;
    for (const PaymentRecord &payment : payments) {
        const auto located = [&payment](const QString &message) {
            return Result<Changes>::failure(QStringLiteral("%1: %2").arg(payment.where, message));
        };
        const Edit pay = [&payment](const LaureateFollowUp &before, FollowUpRepository &) {
            return FollowUpEdit::recordPayment(before, payment.reference, payment.paidOn, payment.amount);
        };
        if (const auto found = indexOf.constFind(payment.candidateId); found != indexOf.constEnd()) {
            FollowUpChange &change = changes[*found];
            const Result<FollowUpChange> next = editIn(write, change.after, pay);
            if (!next)
                return located(next.error());
            change.after = next.value().after;
            continue;
        }
        const Result<FollowUpChange> done = editIn(write, payment.candidateId, pay);
        if (!done)
            return located(done.error());
        indexOf.insert(payment.candidateId, changes.size());
        changes.append(done.value());
    }
    QSet<int> promotions;
    for (const FollowUpChange &change : changes)
        promotions.insert(change.after.promotionNumber);
    QList<int> numbers = promotions.values();
    std::sort(numbers.begin(), numbers.end());
    for (const int number : numbers)
        write.notifyAfterCommit([this, number] { emit followUpChanged(number); });
    if (const Outcome committed = write.commit(); !committed)
        return Result<Changes>::failure(committed.error());
    return Result<Changes>::success(changes);
}

Outcome FollowUpStore::restore(const QList<LaureateFollowUp> &before)
{
    StoreWrite write(m_database, m_committee.operatorName());
    if (const Outcome begun = write.begun(); !begun)
        return begun;
    QSet<int> promotions;
    for (const LaureateFollowUp &wanted : before) {
        const Result<FollowUpChange> done =
            editIn(write, wanted.candidateId, [&wanted](const LaureateFollowUp &now, FollowUpRepository &) {
                LaureateFollowUp after = now;
                after.agreement = wanted.agreement;
                after.tranches = wanted.tranches;
                after.milestones = wanted.milestones;
                return Result<LaureateFollowUp>::success(after);
            });
        if (!done)
            return Outcome::failure(done.error());
        if (done.value().changed())
            promotions.insert(done.value().after.promotionNumber);
    }
    QList<int> numbers = promotions.values();
    std::sort(numbers.begin(), numbers.end());
    for (const int number : numbers)
        write.notifyAfterCommit([this, number] { emit followUpChanged(number); });
    return write.commit();
}

Result<OpeningKey> FollowUpStore::setOpeningKey(int year, int firstBasisPoints)
{
    OpeningKey wanted;
    wanted.year = year;
    wanted.firstBasisPoints = firstBasisPoints;
    if (const Outcome valid = wanted.validate(); !valid)
        return Result<OpeningKey>::failure(valid.error());
    StoreWrite write(m_database, m_committee.operatorName());
    if (const Outcome begun = write.begun(); !begun)
        return Result<OpeningKey>::failure(begun.error());
    FollowUpRepository rows(write.connection());
    const Result<OpeningKey> before = rows.openingKey(year);
    if (!before)
        return before;
    if (before.value() == wanted)
        return before;
    if (const Outcome written = rows.setOpeningKey(wanted); !written)
        return Result<OpeningKey>::failure(written.error());
    write.audit(AuditAction::yearOpeningKey, 0, QStringLiteral("%1 / opening key").arg(year),
                OpeningKey::percentText(before.value().firstBasisPoints) + QStringLiteral(" / ") +
                    OpeningKey::percentText(before.value().secondBasisPoints()),
                OpeningKey::percentText(wanted.firstBasisPoints) + QStringLiteral(" / ") +
                    OpeningKey::percentText(wanted.secondBasisPoints()));
    write.notifyAfterCommit([this] { emit openingKeysChanged(); });
    if (const Outcome committed = write.commit(); !committed)
        return Result<OpeningKey>::failure(committed.error());
    return before;
}
