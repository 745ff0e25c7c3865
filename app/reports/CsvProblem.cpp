#include "CsvProblem.h"

QString CsvProblem::columnLetters(int index)
{
    QString letters;
    for (int rest = index; rest >= 0; rest = rest / 26 - 1)
        letters.prepend(QChar(QLatin1Char('A').unicode() + rest % 26));
    return letters;
}

QString CsvProblem::columnLabel() const
{
    if (sheet.isEmpty() || columnIndex < 0)
        return column;
    return column.isEmpty() ? columnLetters(columnIndex)
                            : QStringLiteral("%1 (%2)").arg(columnLetters(columnIndex), column);
}

QString CsvProblem::toString() const
{
    if (!sheet.isEmpty()) {
        // A spreadsheet's user finds a cell by its sheet, row and column letters, in their own language.
        QString place;
        if (line <= 0)
            place = tr("Sheet \"%1\"").arg(sheet);
        else if (columnIndex < 0)
            place = tr("Sheet \"%1\", row %2").arg(sheet).arg(line);
        else
            place = tr("Sheet \"%1\", row %2, column %3").arg(sheet).arg(line).arg(columnLabel());
        return file + QLatin1String(": ") + place + QLatin1String(": ") + reason;
    }
    // The layout is a machine convention (like a compiler's), not a sentence: it is not translated.
    QString text = file;
    if (line > 0)
        text += QLatin1Char(':') + QString::number(line);
    text += QLatin1String(": ");
    if (line > 0 && !column.isEmpty())
        text += column + QLatin1String(": ");
    return text + reason;
}
