#pragma once

#include "CsvTable.h"

#include <QList>
#include <QString>

// Gathers a sheet's cells, row by row as XlsxSheetReader and OdsSheetReader stream them, into the table
// the CSV import reads: rows without any text are skipped (a record's line is its row number, so the
// rows after one still say where they are), columns keep their place from column A so that a problem's
// column letters are the sheet's, and the columns after the last one holding text anywhere are dropped.
class SpreadsheetTableBuilder
{
public:
    void startRow(int rowNumber);
    // column is 0-based; a cell whose text is empty or blank is no cell.
    void addCell(int column, const QString &text);
    // Adds the row, when it holds any text, repeated times (ODS repeats identical rows).
    void endRow(int repeated = 1);
    bool rowHasText() const { return !m_cells.isEmpty(); }
    qsizetype recordCount() const { return m_rows.size(); }

    // The records, every one as wide as the widest column holding text.
    CsvTable take();

private:
    int m_rowNumber = 0;
    QStringList m_cells; // the row's cells from column A, as far as its last cell with text
    QList<CsvRecord> m_rows;
    int m_width = 0;
};
