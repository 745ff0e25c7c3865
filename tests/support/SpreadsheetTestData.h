#pragma once

#include "reports/CsvTable.h"

#include <QString>
#include <QStringList>

#include <initializer_list>

// The spreadsheet readers' suites share these: the committed files under tests/data/spreadsheets, a sheet
// read as the import reads it, and a row written as its cells' text.
namespace SpreadsheetTestData {

QString fixture(const char *name);
// The sheet named (the first when empty) as SpreadsheetReader gives it; an empty table, with the
// reader's message in the test's log, when the file is refused.
CsvTable readSheet(const QString &path, const QString &sheet = QString());
QStringList row(std::initializer_list<const char *> cells);

} // namespace SpreadsheetTestData
