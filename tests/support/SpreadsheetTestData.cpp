#include "SpreadsheetTestData.h"

#include "reports/CsvProblem.h"
#include "reports/SpreadsheetReader.h"

#include <QtGlobal>

namespace SpreadsheetTestData {

QString fixture(const char *name)
{
    return QStringLiteral(FAST_TEST_DATA_DIR "/spreadsheets/") + QString::fromUtf8(name);
}

CsvTable readSheet(const QString &path, const QString &sheet)
{
    CsvProblem problem;
    const Result<CsvTable> table = SpreadsheetReader::readFile(path, sheet, &problem);
    if (!table)
        qWarning("%s", qPrintable(table.error()));
    return table ? table.value() : CsvTable();
}

QStringList row(std::initializer_list<const char *> cells)
{
    QStringList fields;
    for (const char *cell : cells)
        fields.append(QString::fromUtf8(cell));
    return fields;
}

} // namespace SpreadsheetTestData
