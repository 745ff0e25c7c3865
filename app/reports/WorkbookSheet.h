#pragma once

#include "WorkbookCell.h"

#include <QList>
#include <QString>
#include <QStringList>

// One sheet of an exported workbook, as data: its name, the header row, the table under it (the rows a
// spreadsheet filters and sorts) and the totals below the table, after an empty row, outside the filter.
// PromotionWorkbook fills it from the application's values; XlsxWorkbookWriter writes it.
struct WorkbookSheet
{
    QString name;
    QStringList headers;
    QList<QList<WorkbookCell>> rows;
    QList<QList<WorkbookCell>> totals;
};
