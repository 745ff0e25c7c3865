#include "FollowUpRepository.h"

#include "StorageError.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

namespace {

// Dates are stored as ISO text ('2026-03-01'), NULL when not set.
QVariant dateValue(const QDate &date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate)) : QVariant(QMetaType(QMetaType::QString));
}

QDate dateOf(const QVariant &value)
{
    return value.isNull() ? QDate() : QDate::fromString(value.toString(), Qt::ISODate);
}

// Qt binds a null QString as SQL NULL; the text columns are NOT NULL and an empty text is "".
QString text(const QString &value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

// What follows "FROM <child> JOIN candidates c" so that the child rows read are those of the laureates read.
const QString laureateScope =
    QStringLiteral("JOIN promotions p ON p.id = c.promotion_id WHERE c.decision = 'laureate' ");

} // namespace

FollowUpRepository::FollowUpRepository(QSqlDatabase database) : m_database(std::move(database))
{}

Result<QList<LaureateFollowUp>> FollowUpRepository::forPromotion(int promotionNumber) const
{
    return read(QStringLiteral("AND p.number = ? "), {promotionNumber});
}

Result<QList<LaureateFollowUp>> FollowUpRepository::all() const
{
    return read(QString(), {});
}

Result<std::optional<LaureateFollowUp>> FollowUpRepository::forCandidate(qint64 candidateId) const
{
    using Found = std::optional<LaureateFollowUp>;
    const Result<QList<LaureateFollowUp>> found = read(QStringLiteral("AND c.id = ? "), {candidateId});
    if (!found)
        return Result<Found>::failure(found.error());
    if (found.value().isEmpty())
        return Result<Found>::success(std::nullopt);
    return Result<Found>::success(found.value().first());
}

Result<QList<LaureateFollowUp>> FollowUpRepository::read(const QString &condition, const QVariantList &values) const
{
    using Read = QList<LaureateFollowUp>;
    const QString what = tr("the laureates' follow-up");
    QSqlQuery query(m_database);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT c.id, p.number, p.year, c.name, c.kind, c.granted_cents, a.reference, "
                                 "a.signed_on, a.amended_cents, a.amendment_reason, a.withdrawn_on, "
                                 "a.withdrawal_reason "
                                 "FROM candidates c JOIN promotions p ON p.id = c.promotion_id "
                                 "LEFT JOIN agreements a ON a.candidate_id = c.id "
                                 "WHERE c.decision = 'laureate' ") +
                  condition + QStringLiteral("ORDER BY p.number, c.name_key, c.id"));
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec())
        return Result<Read>::failure(StorageError::readMessage(query.lastError(), m_database, what));
    Read laureates;
    QHash<qint64, qsizetype> indexOf;
    while (query.next()) {
        LaureateFollowUp followUp;
        followUp.candidateId = query.value(0).toLongLong();
        followUp.promotionNumber = query.value(1).toInt();
        followUp.promotionYear = query.value(2).toInt();
        followUp.name = query.value(3).toString();
        followUp.kind = candidateKindFromKey(query.value(4).toString()).value_or(CandidateKind::Product);
        followUp.granted = Money::fromCents(query.value(5).toLongLong());
        followUp.agreement.reference = query.value(6).toString();
        followUp.agreement.signedOn = dateOf(query.value(7));
        if (!query.value(8).isNull())
            followUp.agreement.amended = Money::fromCents(query.value(8).toLongLong());
        followUp.agreement.amendmentReason = query.value(9).toString();
        followUp.agreement.withdrawnOn = dateOf(query.value(10));
        followUp.agreement.withdrawalReason = query.value(11).toString();
        indexOf.insert(followUp.candidateId, laureates.size());
        laureates.append(followUp);
    }
    if (query.lastError().isValid())
        return Result<Read>::failure(StorageError::readMessage(query.lastError(), m_database, what));

    QSqlQuery tranches(m_database);
    tranches.setForwardOnly(true);
    tranches.prepare(QStringLiteral("SELECT t.candidate_id, t.position, t.planned_on, t.planned_cents, t.paid_on, "
                                    "t.paid_cents, t.reference FROM tranches t "
                                    "JOIN candidates c ON c.id = t.candidate_id ") +
                     laureateScope + condition + QStringLiteral("ORDER BY t.candidate_id, t.position"));
    for (const QVariant &value : values)
        tranches.addBindValue(value);
    if (!tranches.exec())
        return Result<Read>::failure(StorageError::readMessage(tranches.lastError(), m_database, what));
    while (tranches.next()) {
        const auto found = indexOf.constFind(tranches.value(0).toLongLong());
        if (found == indexOf.constEnd())
            continue;
        PaymentTranche tranche;
        tranche.position = tranches.value(1).toInt();
        tranche.plannedOn = dateOf(tranches.value(2));
        tranche.planned = Money::fromCents(tranches.value(3).toLongLong());
        tranche.paidOn = dateOf(tranches.value(4));
        tranche.paid = Money::fromCents(tranches.value(5).toLongLong());
        tranche.reference = tranches.value(6).toString();
        laureates[*found].tranches.append(tranche);
    }
    if (tranches.lastError().isValid())
        return Result<Read>::failure(StorageError::readMessage(tranches.lastError(), m_database, what));

    QSqlQuery milestones(m_database);
    milestones.setForwardOnly(true);
    milestones.prepare(
        QStringLiteral("SELECT m.candidate_id, m.kind, m.planned_on, m.done_on, m.note FROM milestones m "
                       "JOIN candidates c ON c.id = m.candidate_id ") +
        laureateScope + condition);
    for (const QVariant &value : values)
        milestones.addBindValue(value);
    if (!milestones.exec())
        return Result<Read>::failure(StorageError::readMessage(milestones.lastError(), m_database, what));
    while (milestones.next()) {
        const auto found = indexOf.constFind(milestones.value(0).toLongLong());
        const std::optional<Milestone::Kind> kind = Milestone::fromKey(milestones.value(1).toString());
        if (found == indexOf.constEnd() || !kind)
            continue;
        Milestone milestone;
        milestone.kind = *kind;
        milestone.plannedOn = dateOf(milestones.value(2));
        milestone.doneOn = dateOf(milestones.value(3));
        milestone.note = milestones.value(4).toString();
        laureates[*found].milestones.append(milestone);
    }
    if (milestones.lastError().isValid())
        return Result<Read>::failure(StorageError::readMessage(milestones.lastError(), m_database, what));
    for (LaureateFollowUp &followUp : laureates)
        std::sort(followUp.milestones.begin(), followUp.milestones.end(),
                  [](const Milestone &left, const Milestone &right) { return int(left.kind) < int(right.kind); });
    return Result<Read>::success(laureates);
}

Outcome FollowUpRepository::exec(const QString &statement, const QVariantList &values, const QString &refusal)
{
    QSqlQuery query(m_database);
    query.prepare(statement);
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec())
        return Outcome::failure(
            StorageError::message(query.lastError(), m_database, refusal.arg(query.lastError().text())));
    return Outcome::success();
}

Outcome FollowUpRepository::replace(const LaureateFollowUp &before, const LaureateFollowUp &after)
{
    const QString refusal = tr("The database refused the follow-up of %1: %2").arg(after.label());
    const qint64 id = after.candidateId;
    if (before.agreement != after.agreement) {
        if (const Outcome done = exec(QStringLiteral("DELETE FROM agreements WHERE candidate_id = ?"), {id}, refusal);
            !done)
            return done;
        const Agreement &agreement = after.agreement;
        if (!agreement.isEmpty()) {
            const Outcome done = exec(
                QStringLiteral("INSERT INTO agreements (candidate_id, reference, signed_on, amended_cents, "
                               "amendment_reason, withdrawn_on, withdrawal_reason) VALUES (?, ?, ?, ?, ?, ?, ?)"),
                {id, text(agreement.reference), dateValue(agreement.signedOn),
                 agreement.amended ? QVariant(agreement.amended->cents()) : QVariant(QMetaType(QMetaType::LongLong)),
                 text(agreement.amendmentReason), dateValue(agreement.withdrawnOn), text(agreement.withdrawalReason)},
                refusal);
            if (!done)
                return done;
        }
    }
    if (before.tranches != after.tranches) {
        if (const Outcome done = exec(QStringLiteral("DELETE FROM tranches WHERE candidate_id = ?"), {id}, refusal);
            !done)
            return done;
        for (const PaymentTranche &tranche : after.tranches) {
            const Outcome done = exec(
                QStringLiteral("INSERT INTO tranches (candidate_id, position, planned_on, planned_cents, paid_on, "
                               "paid_cents, reference) VALUES (?, ?, ?, ?, ?, ?, ?)"),
                {id, tranche.position, dateValue(tranche.plannedOn), tranche.planned.cents(), dateValue(tranche.paidOn),
                 tranche.isPaid() ? QVariant(tranche.paid.cents()) : QVariant(QMetaType(QMetaType::LongLong)),
                 text(tranche.reference)},
                refusal);
            if (!done)
                return done;
        }
    }
    if (before.milestones != after.milestones) {
        if (const Outcome done = exec(QStringLiteral("DELETE FROM milestones WHERE candidate_id = ?"), {id}, refusal);
            !done)
            return done;
        for (const Milestone &milestone : after.milestones) {
            const Outcome done = exec(QStringLiteral("INSERT INTO milestones (candidate_id, kind, planned_on, done_on, "
                                                     "note) VALUES (?, ?, ?, ?, ?)"),
                                      {id, Milestone::key(milestone.kind), dateValue(milestone.plannedOn),
                                       dateValue(milestone.doneOn), text(milestone.note)},
                                      refusal);
            if (!done)
                return done;
        }
    }
    return Outcome::success();
}

Result<OpeningKey> FollowUpRepository::openingKey(int year) const
{
    QSqlQuery query(m_database);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT opening_key_bp FROM years WHERE year = ?"));
    query.addBindValue(year);
    const QString what = tr("the opening key of %1").arg(year);
    if (!query.exec())
        return Result<OpeningKey>::failure(StorageError::readMessage(query.lastError(), m_database, what));
    OpeningKey key = OpeningKey::seeded(year);
    if (query.next())
        key.firstBasisPoints = query.value(0).toInt();
    else if (query.lastError().isValid())
        return Result<OpeningKey>::failure(StorageError::readMessage(query.lastError(), m_database, what));
    return Result<OpeningKey>::success(key);
}

Outcome FollowUpRepository::setOpeningKey(const OpeningKey &key)
{
    const QString refusal = tr("The database refused the opening key of %1: %2").arg(key.year);
    QSqlQuery update(m_database);
    update.prepare(QStringLiteral("UPDATE years SET opening_key_bp = ? WHERE year = ?"));
    update.addBindValue(key.firstBasisPoints);
    update.addBindValue(key.year);
    if (!update.exec())
        return Outcome::failure(
            StorageError::message(update.lastError(), m_database, refusal.arg(update.lastError().text())));
    if (update.numRowsAffected() > 0)
        return Outcome::success();
    return exec(QStringLiteral("INSERT INTO years (year, opening_key_bp) VALUES (?, ?)"),
                {key.year, key.firstBasisPoints}, refusal);
}
