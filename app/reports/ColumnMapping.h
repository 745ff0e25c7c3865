#pragma once

#include "domain/CandidateField.h"

#include <QList>
#include <QString>

// Which column of a file holds each of the candidate's fields (CandidateImportFields, in CandidateField
// order), and how each was found: by its exact name, by a known title of the form, by such a title inside a
// longer question, from a saved mapping or given by the user. A column holds at most one field; a column
// that holds none is kept as one of the candidate's extra fields. A plain value: the proposal makes one, the
// window and the command line change it, the import reads the rows through it.
struct ColumnMapping
{
    enum class Source { None, Exact, Synonym, Contained, Saved, Given };

    QList<int> columnOf;    // per field, the 0-based column that holds it, or -1
    QList<Source> sourceOf; // per field, how that column was found
    QString savedName;      // the saved mapping this one was loaded from; empty otherwise

    // Every field unmapped.
    static ColumnMapping none(int fieldCount)
    {
        ColumnMapping mapping;
        mapping.columnOf = QList<int>(fieldCount, -1);
        mapping.sourceOf = QList<Source>(fieldCount, Source::None);
        return mapping;
    }

    int column(CandidateField field) const { return columnOf.value(int(field), -1); }
    Source source(CandidateField field) const { return sourceOf.value(int(field), Source::None); }
    // The field the column holds, or -1.
    int fieldAt(int column) const { return column < 0 ? -1 : int(columnOf.indexOf(column)); }
    // Maps the field to the column (-1: to none), taking the column from any field that held it, so that a
    // column is never read twice.
    void set(CandidateField field, int column, Source source)
    {
        if (column >= 0) {
            for (int other = 0; other < columnOf.size(); ++other) {
                if (columnOf.at(other) == column) {
                    columnOf[other] = -1;
                    sourceOf[other] = Source::None;
                }
            }
        }
        columnOf[int(field)] = column;
        sourceOf[int(field)] = column >= 0 ? source : Source::None;
    }

    bool operator==(const ColumnMapping &other) const
    {
        return columnOf == other.columnOf && sourceOf == other.sourceOf && savedName == other.savedName;
    }
    bool operator!=(const ColumnMapping &other) const { return !(*this == other); }
};
