#include "NoteRepository.h"

#include "StorageError.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

NoteRepository::NoteRepository(QSqlDatabase database) : m_database(std::move(database))
{}

Result<QList<NoteRepository::Row>> NoteRepository::forPromotion(qint64 promotionId) const
{
    QList<Row> rows;
    QSqlQuery query(m_database);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT n.candidate_id, n.member_id, n.criterion_id, n.note FROM notes n "
                                 "JOIN members m ON m.id = n.member_id WHERE m.promotion_id = ? "
                                 "ORDER BY n.candidate_id, n.member_id, n.criterion_id"));
    query.addBindValue(promotionId);
    if (!query.exec())
        return Result<QList<Row>>::failure(StorageError::readMessage(query.lastError(), m_database, tr("the notes")));
    while (query.next())
        rows.append({query.value(0).toLongLong(), query.value(1).toLongLong(), query.value(2).toLongLong(),
                     query.value(3).toInt()});
    if (query.lastError().isValid())
        return Result<QList<Row>>::failure(StorageError::readMessage(query.lastError(), m_database, tr("the notes")));
    return Result<QList<Row>>::success(rows);
}

Result<QList<NoteRepository::Row>> NoteRepository::forCandidateAndMember(qint64 candidateId, qint64 memberId) const
{
    QList<Row> rows;
    QSqlQuery query(m_database);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT candidate_id, member_id, criterion_id, note FROM notes "
                                 "WHERE candidate_id = ? AND member_id = ? ORDER BY criterion_id"));
    query.addBindValue(candidateId);
    query.addBindValue(memberId);
    if (!query.exec())
        return Result<QList<Row>>::failure(StorageError::readMessage(query.lastError(), m_database, tr("the notes")));
    while (query.next())
        rows.append({query.value(0).toLongLong(), query.value(1).toLongLong(), query.value(2).toLongLong(),
                     query.value(3).toInt()});
    if (query.lastError().isValid())
        return Result<QList<Row>>::failure(StorageError::readMessage(query.lastError(), m_database, tr("the notes")));
    return Result<QList<Row>>::success(rows);
}

Outcome NoteRepository::set(qint64 candidateId, qint64 memberId, qint64 criterionId, int note)
{
    // Delete then insert rather than an upsert, which is not portable SQL.
    if (const Outcome removed = remove(candidateId, memberId, criterionId); !removed)
        return removed;
    QSqlQuery query(m_database);
    query.prepare(
        QStringLiteral("INSERT INTO notes (candidate_id, member_id, criterion_id, note) VALUES (?, ?, ?, ?)"));
    query.addBindValue(candidateId);
    query.addBindValue(memberId);
    query.addBindValue(criterionId);
    query.addBindValue(note);
    if (!query.exec())
        return Outcome::failure(StorageError::message(query.lastError(), m_database,
                                                      tr("Cannot save the note: %1").arg(query.lastError().text())));
    return Outcome::success();
}

Outcome NoteRepository::remove(qint64 candidateId, qint64 memberId, qint64 criterionId)
{
    QSqlQuery query(m_database);
    query.prepare(QStringLiteral("DELETE FROM notes WHERE candidate_id = ? AND member_id = ? AND criterion_id = ?"));
    query.addBindValue(candidateId);
    query.addBindValue(memberId);
    query.addBindValue(criterionId);
    if (!query.exec())
        return Outcome::failure(StorageError::message(query.lastError(), m_database,
                                                      tr("Cannot remove the note: %1").arg(query.lastError().text())));
    return Outcome::success();
}

Outcome NoteRepository::removeAll(qint64 candidateId, qint64 memberId)
{
    QSqlQuery query(m_database);
    query.prepare(QStringLiteral("DELETE FROM notes WHERE candidate_id = ? AND member_id = ?"));
    query.addBindValue(candidateId);
    query.addBindValue(memberId);
    if (!query.exec())
        return Outcome::failure(StorageError::message(query.lastError(), m_database,
                                                      tr("Cannot remove the notes: %1").arg(query.lastError().text())));
    return Outcome::success();
}
