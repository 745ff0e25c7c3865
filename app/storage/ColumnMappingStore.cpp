#include "ColumnMappingStore.h"

#include "CommitteeStore.h"
#include "Database.h"
#include "StorageError.h"
#include "StoreWrite.h"

#include "domain/AuditAction.h"
#include "domain/NameText.h"
#include "domain/TextKey.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace {

// The fields as a JSON array of [field, title] pairs, which keeps their order.
QString fieldsToJson(const SavedColumnMapping &mapping)
{
    QJsonArray array;
    for (const auto &[field, title] : mapping.fields)
        array.append(QJsonArray{field, title});
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

QList<std::pair<QString, QString>> fieldsFromJson(const QString &text)
{
    QList<std::pair<QString, QString>> fields;
    const QJsonArray array = QJsonDocument::fromJson(text.toUtf8()).array();
    for (const QJsonValue &pair : array)
        fields.append({pair.toArray().at(0).toString(), pair.toArray().at(1).toString()});
    return fields;
}

} // namespace

ColumnMappingStore::ColumnMappingStore(CommitteeStore &committee, QObject *parent)
    : QObject(parent), m_committee(committee), m_database(committee.database())
{}

Result<std::optional<SavedColumnMapping>> ColumnMappingStore::findOne(const QString &condition,
                                                                      const QString &value) const
{
    using Found = std::optional<SavedColumnMapping>;
    const QSqlDatabase connection = m_database.connection();
    QSqlQuery query(connection);
    query.setForwardOnly(true);
    // condition is one of this class's two constant column names, never the user's text.
    query.prepare(QStringLiteral("SELECT name, header_key, fields FROM column_mappings WHERE %1 = ? "
                                 "ORDER BY id DESC LIMIT 1")
                      .arg(condition));
    query.addBindValue(value);
    if (!query.exec())
        return Result<Found>::failure(
            StorageError::readMessage(query.lastError(), connection, tr("the saved column mappings")));
    if (!query.next()) {
        if (query.lastError().isValid())
            return Result<Found>::failure(
                StorageError::readMessage(query.lastError(), connection, tr("the saved column mappings")));
        return Result<Found>::success(std::nullopt);
    }
    SavedColumnMapping mapping;
    mapping.name = query.value(0).toString();
    mapping.headerKey = query.value(1).toString();
    mapping.fields = fieldsFromJson(query.value(2).toString());
    return Result<Found>::success(mapping);
}

Result<std::optional<SavedColumnMapping>> ColumnMappingStore::byHeaderKey(const QString &headerKey) const
{
    return findOne(QStringLiteral("header_key"), headerKey);
}

Result<std::optional<SavedColumnMapping>> ColumnMappingStore::byName(const QString &name) const
{
    return findOne(QStringLiteral("name_key"), TextKey::fold(name.trimmed()));
}

Result<QStringList> ColumnMappingStore::names() const
{
    const QSqlDatabase connection = m_database.connection();
    QSqlQuery query(connection);
    query.setForwardOnly(true);
    QStringList names;
    if (!query.exec(QStringLiteral("SELECT name FROM column_mappings ORDER BY name_key")))
        return Result<QStringList>::failure(
            StorageError::readMessage(query.lastError(), connection, tr("the saved column mappings")));
    while (query.next())
        names.append(query.value(0).toString());
    if (query.lastError().isValid())
        return Result<QStringList>::failure(
            StorageError::readMessage(query.lastError(), connection, tr("the saved column mappings")));
    return Result<QStringList>::success(names);
}

Result<std::optional<SavedColumnMapping>> ColumnMappingStore::save(const SavedColumnMapping &mapping)
{
    using Replaced = std::optional<SavedColumnMapping>;
    const Result<QString> name = NameText::normalise(mapping.name, tr("The mapping's name"));
    if (!name)
        return Result<Replaced>::failure(name.error());
    SavedColumnMapping toSave = mapping;
    toSave.name = name.value();
    const QString key = TextKey::fold(toSave.name);

    StoreWrite write(m_database, m_committee.operatorName());
    if (const Outcome begun = write.begun(); !begun)
        return Result<Replaced>::failure(begun.error());
    const Result<Replaced> replaced = findOne(QStringLiteral("name_key"), key);
    if (!replaced)
        return replaced;
    QSqlQuery query(write.connection());
    query.prepare(QStringLiteral("DELETE FROM column_mappings WHERE name_key = ?"));
    query.addBindValue(key);
    if (!query.exec())
        return Result<Replaced>::failure(StorageError::message(
            query.lastError(), write.connection(),
            tr("The mapping \"%1\" could not be replaced: %2").arg(toSave.name, query.lastError().text())));
    query.prepare(
        QStringLiteral("INSERT INTO column_mappings (name, name_key, header_key, fields) VALUES (?, ?, ?, ?)"));
    query.addBindValue(toSave.name);
    query.addBindValue(key);
    query.addBindValue(toSave.headerKey);
    query.addBindValue(fieldsToJson(toSave));
    if (!query.exec())
        return Result<Replaced>::failure(StorageError::message(
            query.lastError(), write.connection(),
            tr("The mapping \"%1\" could not be saved: %2").arg(toSave.name, query.lastError().text())));
    write.audit(AuditAction::mappingSave, 0, toSave.name, replaced.value() ? replaced.value()->describe() : QString(),
                toSave.describe());
    write.notifyAfterCommit([this] { emit mappingsChanged(); });
    if (const Outcome committed = write.commit(); !committed)
        return Result<Replaced>::failure(committed.error());
    return replaced;
}
