#pragma once

#include "ColumnMapping.h"
#include "domain/Result.h"
#include "domain/SavedColumnMapping.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

class ColumnMappingStore;

// Between a mapping as the import reads rows through it (columns by position) and as ColumnMappingStore
// keeps it (columns by title, with the key of the header it was made for), so that a saved mapping is
// proposed again for a file with the same header and applies by title to a file whose columns moved.
class SavedColumnMappings
{
    Q_DECLARE_TR_FUNCTIONS(SavedColumnMappings)

public:
    // The key of a header: the JSON array of its titles folded as ColumnMappingProposal::titleKey does.
    static QString headerKey(const QStringList &titles);
    static SavedColumnMapping toSaved(const QString &name, const QStringList &titles, const ColumnMapping &mapping);
    // The saved mapping on this header (Source::Saved, savedName set); refused, naming the field, the title
    // and the file's columns, when a column it reads is not in the file.
    static Result<ColumnMapping> fromSaved(const SavedColumnMapping &saved, const QStringList &titles);
    // The lookup CandidateFileImport::MappingChoice::saved wants: the mapping the store last saved for a
    // header of these titles, if any (a store that cannot be read proposes nothing rather than stopping the
    // import; the import's own checks still run).
    static std::function<std::optional<ColumnMapping>(const QStringList &titles)> savedIn(ColumnMappingStore &store);
};
