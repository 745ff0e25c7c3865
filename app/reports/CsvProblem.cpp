#include "CsvProblem.h"

QString CsvProblem::toString() const
{
    // The layout is a machine convention (like a compiler's), not a sentence: it is not translated.
    QString text = file;
    if (line > 0)
        text += QLatin1Char(':') + QString::number(line);
    text += QLatin1String(": ");
    if (line > 0 && !column.isEmpty())
        text += column + QLatin1String(": ");
    return text + reason;
}
