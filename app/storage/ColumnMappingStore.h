#pragma once

#include "domain/Result.h"
#include "domain/SavedColumnMapping.h"

#include <QCoreApplication>
#include <QObject>
#include <QStringList>

#include <optional>

class CommitteeStore;
class Database;

// The candidate import's saved column mappings, beside CommitteeStore and on its database. A mapping is
// named once (case- and accent-insensitive: saving under a name already used replaces that mapping), belongs
// to no promotion (a call's form stays the same from one promotion to the next), and is found again by the
// key of the header it was made for. Saving goes through the stores' one write path (StoreWrite): one
// transaction with its audit row (who: the committee store's operator), mappingsChanged after the commit.
// It is light (no cache): the window and the command line each build their own.
class ColumnMappingStore : public QObject
{
    Q_OBJECT

public:
    explicit ColumnMappingStore(CommitteeStore &committee, QObject *parent = nullptr);

    // The mapping last saved for a header of that key, if any.
    Result<std::optional<SavedColumnMapping>> byHeaderKey(const QString &headerKey) const;
    Result<std::optional<SavedColumnMapping>> byName(const QString &name) const;
    // Every saved mapping's name, A→Z.
    Result<QStringList> names() const;
    // Saves the mapping under its name (trimmed, NFC, checked as a name), replacing the one of the same name.
    // Returns the mapping it replaced, if any.
    Result<std::optional<SavedColumnMapping>> save(const SavedColumnMapping &mapping);

signals:
    void mappingsChanged();

private:
    Result<std::optional<SavedColumnMapping>> findOne(const QString &condition, const QString &value) const;

    CommitteeStore &m_committee;
    Database &m_database;
};
