#include "FrenchDate.h"

#include <QLocale>

QString FrenchDate::text(const QDate &date)
{
    if (!date.isValid())
        return QString();
    const QString rest = QLocale(QLocale::French).toString(date, QStringLiteral("MMMM yyyy"));
    // French writes the first day of a month as an ordinal: "1er juin 2023".
    const QString day = date.day() == 1 ? QStringLiteral("1er") : QString::number(date.day());
    return day + QLatin1Char(' ') + rest;
}

QString FrenchDate::withTime(const QDateTime &dateTime)
{
    return QStringLiteral("%1 à %2").arg(text(dateTime.date()), dateTime.time().toString(QStringLiteral("HH:mm")));
}
