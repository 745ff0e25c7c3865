#include "CandidateRepository.h"

#include "domain/TextKey.h"

#include <QSqlError>
#include <QVariant>

namespace {

const QString selectColumns =
    QStringLiteral("SELECT id, promotion_id, name, carrier, incubator, kind, phase, annual_budget_cents, "
                   "requested_cents, description, decision, granted_cents FROM candidates ");

Candidate fromRow(const QSqlQuery &query)
{
    Candidate candidate;
    candidate.id = query.value(0).toLongLong();
    candidate.promotionId = query.value(1).toLongLong();
    candidate.name = query.value(2).toString();
    candidate.carrier = query.value(3).toString();
    candidate.incubator = query.value(4).toString();
    candidate.kind = candidateKindFromKey(query.value(5).toString()).value_or(CandidateKind::Product);
    candidate.phase = phaseFromKey(query.value(6).toString()).value_or(Phase::Unspecified);
    candidate.annualBudget = Money::fromCents(query.value(7).toLongLong());
    candidate.requested = Money::fromCents(query.value(8).toLongLong());
    candidate.description = query.value(9).toString();
    candidate.decision = decisionFromKey(query.value(10).toString()).value_or(Decision::None);
    candidate.granted = Money::fromCents(query.value(11).toLongLong());
    return candidate;
}

// Qt binds a null QString as SQL NULL; the text columns are NOT NULL and an empty field is "".
QString text(const QString &value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

// Binds every column after promotion_id, in the order of the INSERT and the UPDATE below.
void bindFields(QSqlQuery &query, const Candidate &candidate, const QString &nameKey)
{
    query.addBindValue(text(candidate.name));
    query.addBindValue(nameKey);
    query.addBindValue(text(candidate.carrier));
    query.addBindValue(text(candidate.incubator));
    query.addBindValue(candidateKindKey(candidate.kind));
    query.addBindValue(phaseKey(candidate.phase));
    query.addBindValue(candidate.annualBudget.cents());
    query.addBindValue(candidate.requested.cents());
    query.addBindValue(text(candidate.description));
    query.addBindValue(decisionKey(candidate.decision));
    query.addBindValue(candidate.granted.cents());
}

} // namespace

CandidateRepository::CandidateRepository(QSqlDatabase database) : m_database(std::move(database)), m_insert(m_database)
{}

QList<Candidate> CandidateRepository::forPromotion(qint64 promotionId) const
{
    QList<Candidate> candidates;
    QSqlQuery query(m_database);
    query.setForwardOnly(true);
    query.prepare(selectColumns + QStringLiteral("WHERE promotion_id = ? ORDER BY name_key, id"));
    query.addBindValue(promotionId);
    if (!query.exec()) {
        qWarning("candidates: %s", qPrintable(query.lastError().text()));
        return candidates;
    }
    while (query.next())
        candidates.append(fromRow(query));
    return candidates;
}

std::optional<Candidate> CandidateRepository::byId(qint64 id) const
{
    QSqlQuery query(m_database);
    query.setForwardOnly(true);
    query.prepare(selectColumns + QStringLiteral("WHERE id = ?"));
    query.addBindValue(id);
    if (!query.exec()) {
        qWarning("candidate: %s", qPrintable(query.lastError().text()));
        return std::nullopt;
    }
    if (!query.next())
        return std::nullopt;
    return fromRow(query);
}

std::optional<Candidate> CandidateRepository::byNameKey(qint64 promotionId, const QString &nameKey) const
{
    QSqlQuery query(m_database);
    query.setForwardOnly(true);
    query.prepare(selectColumns + QStringLiteral("WHERE promotion_id = ? AND name_key = ?"));
    query.addBindValue(promotionId);
    query.addBindValue(nameKey);
    if (!query.exec()) {
        qWarning("candidate: %s", qPrintable(query.lastError().text()));
        return std::nullopt;
    }
    if (!query.next())
        return std::nullopt;
    return fromRow(query);
}

QSet<QString> CandidateRepository::nameKeys(qint64 promotionId) const
{
    QSet<QString> keys;
    QSqlQuery query(m_database);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT name_key FROM candidates WHERE promotion_id = ?"));
    query.addBindValue(promotionId);
    if (!query.exec()) {
        qWarning("candidate names: %s", qPrintable(query.lastError().text()));
        return keys;
    }
    while (query.next())
        keys.insert(query.value(0).toString());
    return keys;
}

int CandidateRepository::countForPromotion(qint64 promotionId) const
{
    QSqlQuery query(m_database);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT COUNT(*) FROM candidates WHERE promotion_id = ?"));
    query.addBindValue(promotionId);
    if (!query.exec() || !query.next()) {
        qWarning("candidate count: %s", qPrintable(query.lastError().text()));
        return 0;
    }
    return query.value(0).toInt();
}

Result<qint64> CandidateRepository::insert(const Candidate &candidate)
{
    return insert(candidate, TextKey::fold(candidate.name));
}

Result<qint64> CandidateRepository::insert(const Candidate &candidate, const QString &nameKey)
{
    if (!m_insertPrepared) {
        if (!m_insert.prepare(
                QStringLiteral("INSERT INTO candidates (promotion_id, name, name_key, carrier, incubator, kind, phase, "
                               "annual_budget_cents, requested_cents, description, decision, granted_cents) "
                               "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")))
            return Result<qint64>::failure(
                tr("The database refused the candidate %1: %2").arg(candidate.name, m_insert.lastError().text()));
        m_insertPrepared = true;
    }
    m_insert.addBindValue(candidate.promotionId);
    bindFields(m_insert, candidate, nameKey);
    if (!m_insert.exec())
        return Result<qint64>::failure(
            tr("The database refused the candidate %1: %2").arg(candidate.name, m_insert.lastError().text()));
    return Result<qint64>::success(m_insert.lastInsertId().toLongLong());
}

Outcome CandidateRepository::update(const Candidate &candidate)
{
    QSqlQuery query(m_database);
    query.prepare(QStringLiteral("UPDATE candidates SET name = ?, name_key = ?, carrier = ?, incubator = ?, kind = ?, "
                                 "phase = ?, annual_budget_cents = ?, requested_cents = ?, description = ?, "
                                 "decision = ?, granted_cents = ? WHERE id = ?"));
    bindFields(query, candidate, TextKey::fold(candidate.name));
    query.addBindValue(candidate.id);
    if (!query.exec())
        return Outcome::failure(
            tr("The database refused the candidate %1: %2").arg(candidate.name, query.lastError().text()));
    return Outcome::success();
}

Outcome CandidateRepository::remove(qint64 id)
{
    QSqlQuery query(m_database);
    query.prepare(QStringLiteral("DELETE FROM candidates WHERE id = ?"));
    query.addBindValue(id);
    if (!query.exec())
        return Outcome::failure(tr("The database refused to remove the candidate: %1").arg(query.lastError().text()));
    return Outcome::success();
}
