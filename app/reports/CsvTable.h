#pragma once

#include <QChar>
#include <QList>
#include <QString>
#include <QStringList>

// One record of a CSV file: its fields, unquoted, and the 1-based physical line where it starts (a
// quoted field may hold line breaks, so records and lines are not the same count).
struct CsvRecord
{
    int line = 0;
    QStringList fields;
};

// A CSV file as read by CsvReader: the records in file order, header first, with what was detected
// about the file so that an import can tell the user how it was read.
struct CsvTable
{
    QChar delimiter;
    // "UTF-8", "UTF-8 (BOM)" or "Windows-1252".
    QString encodingName;
    QList<CsvRecord> records;
    // For a spreadsheet (XLSX, ODS) read as a table: the sheet read, and every sheet of the file in its
    // order, so that the user can choose another; a record's line is then its row number in the sheet.
    // Both empty for a CSV file.
    QString sheetName;
    QStringList sheetNames;
};
