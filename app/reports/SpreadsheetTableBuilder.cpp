#include "SpreadsheetTableBuilder.h"

#include <algorithm>

void SpreadsheetTableBuilder::startRow(int rowNumber)
{
    m_rowNumber = rowNumber;
    m_cells.clear();
}

void SpreadsheetTableBuilder::addCell(int column, const QString &text)
{
    if (std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c.isSpace(); }))
        return;
    if (m_cells.size() <= column)
        m_cells.resize(column + 1);
    m_cells[column] = text;
    m_width = qMax(m_width, column + 1);
}

void SpreadsheetTableBuilder::endRow(int repeated)
{
    if (m_cells.isEmpty())
        return;
    for (int copy = 0; copy < repeated; ++copy)
        m_rows.append({m_rowNumber + copy, m_cells});
    m_cells.clear();
}

CsvTable SpreadsheetTableBuilder::take()
{
    CsvTable table;
    table.encodingName = QStringLiteral("UTF-8");
    for (CsvRecord &record : m_rows)
        record.fields.resize(m_width);
    table.records = std::move(m_rows);
    m_rows.clear();
    return table;
}
