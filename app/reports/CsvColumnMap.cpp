#include "CsvColumnMap.h"

#include "domain/TextKey.h"

CsvColumnMap::CsvColumnMap(QList<Column> columns) : m_columns(std::move(columns))
{
    for (int field = 0; field < m_columns.size(); ++field) {
        m_fieldOfKey.insert(columnKey(m_columns.at(field).french), field);
        m_fieldOfKey.insert(columnKey(m_columns.at(field).english), field);
    }
}

QString CsvColumnMap::columnKey(const QString &headerName)
{
    QString text = headerName;
    text.replace(QLatin1Char('_'), QLatin1Char(' ')).replace(QLatin1Char('-'), QLatin1Char(' '));
    return TextKey::fold(text);
}

QString CsvColumnMap::acceptedColumnsDescription() const
{
    QStringList names;
    for (const Column &column : m_columns)
        names.append(column.french == column.english ? column.french
                                                     : column.french + QLatin1Char('/') + column.english);
    return names.join(QLatin1String(", "));
}

int CsvColumnMap::fieldOf(const QString &headerName) const
{
    return m_fieldOfKey.value(columnKey(headerName), -1);
}

CsvColumnMap::Header CsvColumnMap::read(const CsvTable &table, const QString &fileName, const Messages &messages) const
{
    Header header;
    header.columnOf = QList<int>(m_columns.size(), -1);
    if (table.records.isEmpty()) {
        header.problems.append({fileName, 0, QString(), messages.noHeader});
        return header;
    }

    const CsvRecord &record = table.records.constFirst();
    header.line = record.line;
    bool empty = true;
    for (const QString &cell : record.fields) {
        header.names.append(cell.trimmed());
        if (!header.names.constLast().isEmpty())
            empty = false;
    }
    if (empty && !messages.emptyHeader.isNull()) {
        header.problems.append(
            {fileName, header.line, QString(), messages.emptyHeader.arg(acceptedColumnsDescription())});
        return header;
    }
    header.readable = true;

    for (int column = 0; column < header.names.size(); ++column) {
        const QString &name = header.names.at(column);
        if (name.isEmpty())
            continue; // an unnamed column is the importer's to judge, row by row
        const int field = fieldOf(name);
        if (field < 0) {
            header.problems.append(
                {fileName, header.line, name, messages.unknown.arg(acceptedColumnsDescription()), QString(), column});
            continue;
        }
        int &slot = header.columnOf[field];
        if (slot >= 0) {
            header.problems.append({fileName, header.line, name,
                                    messages.duplicate.arg(slot + 1).arg(header.names.at(slot)), QString(), column});
            continue;
        }
        slot = column;
    }
    for (int field = 0; field < m_columns.size(); ++field) {
        const Column &column = m_columns.at(field);
        if (column.required && header.columnOf.at(field) < 0)
            header.problems.append(
                {fileName, header.line, QString(), messages.missing.arg(column.french, column.english)});
    }
    return header;
}
