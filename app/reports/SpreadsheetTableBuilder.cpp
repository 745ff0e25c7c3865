#include "SpreadsheetTableBuilder.h"

void SpreadsheetTableBuilder::startRow(int rowNumber)
{
    m_rowNumber = rowNumber;
    m_cells.clear();
}

void SpreadsheetTableBuilder::addCell(int column, const QString &text)
{
    if (text.trimmed().isEmpty())
        return;
    m_cells.append({column, text});
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
    table.records.reserve(m_rows.size());
    for (const Row &row : std::as_const(m_rows)) {
        CsvRecord record;
        record.line = row.line;
        record.fields = QStringList(m_width, QString());
        for (const auto &cell : row.cells)
            record.fields[cell.first] = cell.second;
        table.records.append(std::move(record));
    }
    m_rows.clear();
    return table;
}
