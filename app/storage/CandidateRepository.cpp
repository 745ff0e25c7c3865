#include "CandidateRepository.h"

#include "BatchStatement.h"
#include "StorageError.h"

#include "domain/TextKey.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QVariant>

#include <algorithm>
#include <array>

namespace {

const QString selectColumns =
    QStringLiteral("SELECT id, promotion_id, name, carrier, incubator, kind, phase, annual_budget_cents, "
                   "requested_cents, description, decision, granted_cents, reference, contact_email, extra_fields, "
                   // What a withdrawal after the decision gave back to the envelope (LaureateFollowUp::released):
                   // the granted amount less what was paid, read with the candidate so that every sum of the
                   // envelope (Promotion::consumed) counts it.
                   "COALESCE((SELECT candidates.granted_cents - COALESCE((SELECT SUM(t.paid_cents) FROM tranches t "
                   "WHERE t.candidate_id = candidates.id), 0) FROM agreements a "
                   "WHERE a.candidate_id = candidates.id AND a.withdrawn_on IS NOT NULL), 0) "
                   "FROM candidates ");

// The extra fields as stored: a JSON array of {"name", "value"} objects, or '' when there are none.
QString extraFieldsText(const CandidateExtraFields &fields)
{
    if (fields.isEmpty())
        return QStringLiteral("");
    QJsonArray array;
    for (const CandidateExtraField &field : fields)
        array.append(QJsonObject{{QStringLiteral("name"), field.name}, {QStringLiteral("value"), field.value}});
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

// The extra fields of a stored text. Only this repository writes the column; a text it cannot read (edited
// by hand) gives no field rather than a made-up one, and the schema check has already vouched for the file.
CandidateExtraFields extraFieldsFromText(const QString &text)
{
    CandidateExtraFields fields;
    if (text.isEmpty())
        return fields;
    const QJsonArray array = QJsonDocument::fromJson(text.toUtf8()).array();
    fields.reserve(array.size());
    for (const QJsonValue &value : array) {
        const QJsonObject object = value.toObject();
        fields.append(
            {object.value(QStringLiteral("name")).toString(), object.value(QStringLiteral("value")).toString()});
    }
    return fields;
}

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
    candidate.reference = query.value(12).toString();
    candidate.contactEmail = query.value(13).toString();
    candidate.extraFields = extraFieldsFromText(query.value(14).toString());
    candidate.released = Money::fromCents(query.value(15).toLongLong());
    return candidate;
}

// Qt binds a null QString as SQL NULL; the text columns are NOT NULL and an empty field is "".
QString text(const QString &value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

// Every column after promotion_id, in the order of the INSERTs and the UPDATE below.
std::array<QVariant, 14> fieldValues(const Candidate &candidate, const QString &nameKey)
{
    return {text(candidate.name),
            nameKey,
            text(candidate.carrier),
            text(candidate.incubator),
            candidateKindKey(candidate.kind),
            phaseKey(candidate.phase),
            candidate.annualBudget.cents(),
            candidate.requested.cents(),
            text(candidate.description),
            decisionKey(candidate.decision),
            candidate.granted.cents(),
            text(candidate.reference),
            text(candidate.contactEmail),
            extraFieldsText(candidate.extraFields)};
}

// Binds fieldValues() by position from the placeholder at position; returns the position after them.
int bindFields(QSqlQuery &query, int position, const Candidate &candidate, const QString &nameKey)
{
    for (const QVariant &value : fieldValues(candidate, nameKey))
        query.bindValue(position++, value);
    return position;
}

// The columns of fieldValues(), by name, for the UPDATE of the columns an edit changes.
constexpr std::array<const char *, 14> fieldColumns{"name",
                                                    "name_key",
                                                    "carrier",
                                                    "incubator",
                                                    "kind",
                                                    "phase",
                                                    "annual_budget_cents",
                                                    "requested_cents",
                                                    "description",
                                                    "decision",
                                                    "granted_cents",
                                                    "reference",
                                                    "contact_email",
                                                    "extra_fields"};

// The columns an INSERT writes: promotion_id, then fieldValues()'s.
const QString insertInto =
    QStringLiteral("INSERT INTO candidates (promotion_id, name, name_key, carrier, incubator, kind, phase, "
                   "annual_budget_cents, requested_cents, description, decision, granted_cents, reference, "
                   "contact_email, extra_fields) VALUES ");
constexpr int insertedColumns = 15;

// The INSERT of rows candidates at once, with the named placeholders :v0, :v1… in order.
QString insertStatement(qsizetype rows)
{
    QString statement = insertInto;
    for (qsizetype row = 0; row < rows; ++row) {
        statement += row == 0 ? QStringLiteral("(") : QStringLiteral(", (");
        for (int column = 0; column < insertedColumns; ++column) {
            if (column > 0)
                statement += QStringLiteral(", ");
            statement += QStringLiteral(":v") + QString::number(row * insertedColumns + column);
        }
        statement += QLatin1Char(')');
    }
    // Each row's id with its folded name, so that the caller gets the ids in its own order whatever order
    // the database returns them in.
    return statement + QStringLiteral(" RETURNING id, name_key");
}

} // namespace

CandidateRepository::CandidateRepository(QSqlDatabase database) : m_database(std::move(database))
{}

Result<QList<Candidate>> CandidateRepository::forPromotion(qint64 promotionId) const
{
    using Candidates = QList<Candidate>;
    Candidates candidates;
    QSqlQuery query(m_database);
    query.setForwardOnly(true);
    query.prepare(selectColumns + QStringLiteral("WHERE promotion_id = ? ORDER BY name_key, id"));
    query.addBindValue(promotionId);
    if (!query.exec())
        return Result<Candidates>::failure(
            StorageError::readMessage(query.lastError(), m_database, tr("the candidates")));
    while (query.next())
        candidates.append(fromRow(query));
    if (query.lastError().isValid())
        return Result<Candidates>::failure(
            StorageError::readMessage(query.lastError(), m_database, tr("the candidates")));
    return Result<Candidates>::success(candidates);
}

Result<std::optional<Candidate>> CandidateRepository::byId(qint64 id) const
{
    QSqlQuery query(m_database);
    query.setForwardOnly(true);
    query.prepare(selectColumns + QStringLiteral("WHERE id = ?"));
    query.addBindValue(id);
    return one(query);
}

Result<std::optional<Candidate>> CandidateRepository::byNameKey(qint64 promotionId, const QString &nameKey) const
{
    QSqlQuery query(m_database);
    query.setForwardOnly(true);
    query.prepare(selectColumns + QStringLiteral("WHERE promotion_id = ? AND name_key = ?"));
    query.addBindValue(promotionId);
    query.addBindValue(nameKey);
    return one(query);
}

Result<std::optional<Candidate>> CandidateRepository::byReference(qint64 promotionId, const QString &reference) const
{
    if (reference.isEmpty())
        return Result<std::optional<Candidate>>::success(std::nullopt);
    QSqlQuery query(m_database);
    query.setForwardOnly(true);
    query.prepare(selectColumns + QStringLiteral("WHERE promotion_id = ? AND reference = ?"));
    query.addBindValue(promotionId);
    query.addBindValue(reference);
    return one(query);
}

Result<std::optional<Candidate>> CandidateRepository::one(QSqlQuery &query) const
{
    using Found = std::optional<Candidate>;
    if (!query.exec())
        return Result<Found>::failure(StorageError::readMessage(query.lastError(), m_database, tr("the candidate")));
    if (!query.next()) {
        if (query.lastError().isValid())
            return Result<Found>::failure(
                StorageError::readMessage(query.lastError(), m_database, tr("the candidate")));
        return Result<Found>::success(std::nullopt);
    }
    return Result<Found>::success(fromRow(query));
}

Result<QSet<QString>> CandidateRepository::nameKeys(qint64 promotionId) const
{
    using Keys = QSet<QString>;
    Keys keys;
    QSqlQuery query(m_database);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT name_key FROM candidates WHERE promotion_id = ?"));
    query.addBindValue(promotionId);
    if (!query.exec())
        return Result<Keys>::failure(
            StorageError::readMessage(query.lastError(), m_database, tr("the candidates' names")));
    while (query.next())
        keys.insert(query.value(0).toString());
    if (query.lastError().isValid())
        return Result<Keys>::failure(
            StorageError::readMessage(query.lastError(), m_database, tr("the candidates' names")));
    return Result<Keys>::success(keys);
}

Result<int> CandidateRepository::countForPromotion(qint64 promotionId) const
{
    QSqlQuery query(m_database);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT COUNT(*) FROM candidates WHERE promotion_id = ?"));
    query.addBindValue(promotionId);
    if (!query.exec() || !query.next())
        return Result<int>::failure(
            StorageError::readMessage(query.lastError(), m_database, tr("the number of candidates")));
    return Result<int>::success(query.value(0).toInt());
}

Result<qint64> CandidateRepository::insert(const Candidate &candidate)
{
    QSqlQuery query(m_database);
    query.prepare(insertInto + QStringLiteral("(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    query.bindValue(0, candidate.promotionId);
    bindFields(query, 1, candidate, TextKey::fold(candidate.name));
    if (!query.exec())
        return Result<qint64>::failure(StorageError::message(
            query.lastError(), m_database,
            tr("The database refused the candidate %1: %2").arg(candidate.name, query.lastError().text())));
    return Result<qint64>::success(query.lastInsertId().toLongLong());
}

Result<QList<qint64>> CandidateRepository::insertAll(const QList<Candidate> &candidates, const QStringList &nameKeys)
{
    using Ids = QList<qint64>;
    Q_ASSERT(nameKeys.size() == candidates.size());
    // Bound by name: Qt formats a name for every value bound by position, which cost more than SQLite's
    // insert of the value (callgrind).
    QStringList placeholders;
    placeholders.reserve(insertBatchRows * insertedColumns);
    for (qsizetype i = 0; i < insertBatchRows * insertedColumns; ++i)
        placeholders.append(QStringLiteral(":v") + QString::number(i));
    BatchStatement statement(m_database, insertBatchRows, insertStatement);
    QHash<QString, qint64> idByKey; // the keys are unique in a promotion
    idByKey.reserve(candidates.size());
    for (qsizetype first = 0; first < candidates.size(); first += insertBatchRows) {
        const qsizetype rows = std::min(insertBatchRows, candidates.size() - first);
        QSqlError error;
        QSqlQuery *const batch = statement.prepared(rows, &error);
        if (!batch)
            return Result<Ids>::failure(StorageError::message(
                error, m_database, tr("The database refused the candidates: %1").arg(error.text())));
        QSqlQuery &query = *batch;
        qsizetype placeholder = 0;
        for (qsizetype row = first; row < first + rows; ++row) {
            const Candidate &candidate = candidates.at(row);
            query.bindValue(placeholders.at(placeholder++), candidate.promotionId);
            for (const QVariant &value : fieldValues(candidate, nameKeys.at(row)))
                query.bindValue(placeholders.at(placeholder++), value);
        }
        if (!query.exec())
            return Result<Ids>::failure(StorageError::message(
                query.lastError(), m_database,
                tr("The database refused the candidates from %1 to %2: %3")
                    .arg(candidates.at(first).name, candidates.at(first + rows - 1).name, query.lastError().text())));
        while (query.next())
            idByKey.insert(query.value(1).toString(), query.value(0).toLongLong());
    }
    Ids ids;
    ids.reserve(candidates.size());
    for (const QString &key : nameKeys)
        ids.append(idByKey.value(key));
    return Result<Ids>::success(ids);
}

Outcome CandidateRepository::update(const Candidate &candidate)
{
    QSqlQuery query(m_database);
    query.prepare(QStringLiteral("UPDATE candidates SET name = ?, name_key = ?, carrier = ?, incubator = ?, kind = ?, "
                                 "phase = ?, annual_budget_cents = ?, requested_cents = ?, description = ?, "
                                 "decision = ?, granted_cents = ?, reference = ?, contact_email = ?, "
                                 "extra_fields = ? WHERE id = ?"));
    const int idPosition = bindFields(query, 0, candidate, TextKey::fold(candidate.name));
    query.bindValue(idPosition, candidate.id);
    if (!query.exec())
        return Outcome::failure(StorageError::message(
            query.lastError(), m_database,
            tr("The database refused the candidate %1: %2").arg(candidate.name, query.lastError().text())));
    return Outcome::success();
}

Result<bool> CandidateRepository::updateChangedColumns(const Candidate &stored, const Candidate &changed)
{
    const std::array<QVariant, 14> oldValues = fieldValues(stored, TextKey::fold(stored.name));
    const std::array<QVariant, 14> newValues = fieldValues(changed, TextKey::fold(changed.name));
    QStringList assignments;
    QStringList conditions;
    QVariantList assigned;
    QVariantList expected;
    for (std::size_t column = 0; column < fieldColumns.size(); ++column) {
        if (oldValues.at(column) == newValues.at(column))
            continue;
        const QString name = QLatin1String(fieldColumns.at(column));
        assignments.append(name + QStringLiteral(" = ?"));
        conditions.append(name + QStringLiteral(" = ?"));
        assigned.append(newValues.at(column));
        expected.append(oldValues.at(column));
    }
    if (assignments.isEmpty())
        return Result<bool>::success(true);
    QSqlQuery query(m_database);
    query.prepare(QStringLiteral("UPDATE candidates SET %1 WHERE id = ? AND %2")
                      .arg(assignments.join(QStringLiteral(", ")), conditions.join(QStringLiteral(" AND "))));
    for (const QVariant &value : assigned)
        query.addBindValue(value);
    query.addBindValue(changed.id);
    for (const QVariant &value : expected)
        query.addBindValue(value);
    if (!query.exec())
        return Result<bool>::failure(StorageError::message(
            query.lastError(), m_database,
            tr("The database refused the candidate %1: %2").arg(changed.name, query.lastError().text())));
    return Result<bool>::success(query.numRowsAffected() == 1);
}

Result<bool> CandidateRepository::updateDecision(const Candidate &candidate, Decision expectedDecision,
                                                 Money expectedGranted)
{
    QSqlQuery query(m_database);
    query.prepare(QStringLiteral("UPDATE candidates SET decision = ?, granted_cents = ? "
                                 "WHERE id = ? AND decision = ? AND granted_cents = ?"));
    query.addBindValue(decisionKey(candidate.decision));
    query.addBindValue(candidate.granted.cents());
    query.addBindValue(candidate.id);
    query.addBindValue(decisionKey(expectedDecision));
    query.addBindValue(expectedGranted.cents());
    if (!query.exec())
        return Result<bool>::failure(StorageError::message(
            query.lastError(), m_database,
            tr("The database refused the candidate %1: %2").arg(candidate.name, query.lastError().text())));
    return Result<bool>::success(query.numRowsAffected() == 1);
}

Outcome CandidateRepository::removeAll(const QList<qint64> &ids)
{
    // Bound by position: one value per row, and the statement prepared once for every full batch.
    BatchStatement statement(m_database, removeBatchRows, [](qsizetype rows) {
        QStringList placeholders;
        for (qsizetype row = 0; row < rows; ++row)
            placeholders.append(QStringLiteral("?"));
        return QStringLiteral("DELETE FROM candidates WHERE id IN (%1)").arg(placeholders.join(QStringLiteral(", ")));
    });
    for (qsizetype first = 0; first < ids.size(); first += removeBatchRows) {
        const qsizetype rows = std::min(removeBatchRows, ids.size() - first);
        QSqlError error;
        QSqlQuery *const batch = statement.prepared(rows, &error);
        if (!batch)
            return Outcome::failure(StorageError::message(
                error, m_database, tr("The database refused to remove the candidate: %1").arg(error.text())));
        for (qsizetype row = 0; row < rows; ++row)
            batch->bindValue(int(row), ids.at(first + row));
        if (!batch->exec())
            return Outcome::failure(StorageError::message(
                batch->lastError(), m_database,
                tr("The database refused to remove the candidate: %1").arg(batch->lastError().text())));
    }
    return Outcome::success();
}

Outcome CandidateRepository::remove(qint64 id)
{
    QSqlQuery query(m_database);
    query.prepare(QStringLiteral("DELETE FROM candidates WHERE id = ?"));
    query.addBindValue(id);
    if (!query.exec())
        return Outcome::failure(StorageError::message(
            query.lastError(), m_database,
            tr("The database refused to remove the candidate: %1").arg(query.lastError().text())));
    return Outcome::success();
}
