#pragma once

#include "CsvProblem.h"
#include "CsvTable.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

// The columns an import knows (each with its French and English header name, required or not) and the
// reading of a file's header row against them: where each field is, and every header problem (unknown,
// duplicate, missing column) located as "FILE:LINE: column: reason". Both CSV importers read their header
// through it, and a spreadsheet import whose user chooses the mapping fills a Header of its own, so that
// the rows are read the same way whichever way the columns were found. Fields are numbered in the order
// the columns are given (an importer's field enum, cast to int).
class CsvColumnMap
{
public:
    struct Column
    {
        QString french;
        QString english;
        bool required = true;
    };

    // The texts of the header's problems. The importer translates them in its own context, where their
    // translations already are; a null emptyHeader leaves an empty header row to the missing-column check.
    struct Messages
    {
        QString noHeader;    // the file has no record at all
        QString emptyHeader; // %1: acceptedColumnsDescription()
        QString unknown;     // %1: acceptedColumnsDescription()
        QString duplicate;   // %1: the 1-based column that already holds the field, %2: its header text
        QString missing;     // %1, %2: the French and English names of a required column
    };

    // What a header row says.
    struct Header
    {
        int line = 0;               // the header's line in the file; 0 without a header
        QStringList names;          // each column's header text, trimmed ("" for an unnamed column)
        QList<int> columnOf;        // per field, the 0-based column that holds it, or -1
        QList<CsvProblem> problems; // in column order, then the missing columns in field order
        // False when there is no header to read the rows against (no record, or an empty header row).
        bool readable = false;

        template <typename Field> int column(Field field) const { return columnOf.value(int(field), -1); }
        template <typename Field> bool has(Field field) const { return column(field) >= 0; }
    };

    explicit CsvColumnMap(QList<Column> columns);

    // The comparison key of a header name: case- and accent-insensitive, '_', '-' and spaces alike.
    static QString columnKey(const QString &headerName);

    const QList<Column> &columns() const { return m_columns; }
    // "projet/name, administration/carrier, phase, ...": a name that is the same in both languages once.
    QString acceptedColumnsDescription() const;
    // The field a header text names, or -1.
    int fieldOf(const QString &headerName) const;

    // Reads the table's first record as the header. Every problem is reported, not only the first, so
    // that one run shows the user everything to fix.
    Header read(const CsvTable &table, const QString &fileName, const Messages &messages) const;

private:
    QList<Column> m_columns;
    QHash<QString, int> m_fieldOfKey;
};
