#include "SpreadsheetNumber.h"

#include <QDate>
#include <QTime>

#include <algorithm>
#include <cmath>

namespace {

// A decimal number as its significant digits and where the decimal point goes among them: the value is
// 0.DIGITS × 10^pointAt (digits "25", pointAt 6 is 250000).
struct Decimal
{
    bool negative = false;
    QString digits;
    int pointAt = 0;
};

bool parseDecimal(QStringView text, Decimal *decimal)
{
    qsizetype at = 0;
    if (at < text.size() && (text.at(at) == QLatin1Char('-') || text.at(at) == QLatin1Char('+')))
        decimal->negative = text.at(at++) == QLatin1Char('-');
    bool seenDigit = false;
    bool seenPoint = false;
    int pointAt = 0;
    QString digits;
    for (; at < text.size(); ++at) {
        const QChar c = text.at(at);
        if (c.isDigit() && c.unicode() < 128) {
            seenDigit = true;
            // Leading zeros carry no digit; before the point they do not move it either.
            if (digits.isEmpty() && c == QLatin1Char('0')) {
                if (seenPoint)
                    --pointAt;
                continue;
            }
            digits.append(c);
            if (!seenPoint)
                ++pointAt;
        } else if (c == QLatin1Char('.') && !seenPoint) {
            seenPoint = true;
        } else {
            break;
        }
    }
    if (!seenDigit)
        return false;
    if (at < text.size()) {
        if (text.at(at) != QLatin1Char('e') && text.at(at) != QLatin1Char('E'))
            return false;
        bool ok = false;
        const int exponent = text.mid(at + 1).toInt(&ok);
        // Beyond any double: not a number a spreadsheet wrote.
        if (!ok || exponent > 400 || exponent < -400)
            return false;
        pointAt += exponent;
    }
    decimal->digits = digits;
    decimal->pointAt = digits.isEmpty() ? 0 : pointAt;
    return true;
}

// Rounds to 15 significant digits, half away from zero, on the digits themselves.
void roundToSignificant(Decimal *decimal, int significant)
{
    QString &digits = decimal->digits;
    if (digits.size() > significant) {
        const bool up = digits.at(significant) >= QLatin1Char('5');
        digits.truncate(significant);
        if (up) {
            int at = significant - 1;
            while (at >= 0 && digits.at(at) == QLatin1Char('9'))
                digits[at--] = QLatin1Char('0');
            if (at >= 0) {
                digits[at] = QChar(digits.at(at).unicode() + 1);
            } else {
                digits.prepend(QLatin1Char('1'));
                digits.chop(1);
                ++decimal->pointAt;
            }
        }
    }
    while (!digits.isEmpty() && digits.endsWith(QLatin1Char('0')))
        digits.chop(1);
    if (digits.isEmpty())
        decimal->pointAt = 0;
}

} // namespace

QString SpreadsheetNumber::toText(QStringView stored)
{
    // Whole amounts, nearly every number of a call's export, are already written as they will be.
    if (!stored.isEmpty() && stored.size() <= 15 && stored.front() != QLatin1Char('0') &&
        std::all_of(stored.begin(), stored.end(),
                    [](QChar c) { return c >= QLatin1Char('0') && c <= QLatin1Char('9'); }))
        return stored.toString();
    Decimal decimal;
    if (!parseDecimal(stored.trimmed(), &decimal))
        return QString();
    roundToSignificant(&decimal, 15);
    const QString &digits = decimal.digits;
    if (digits.isEmpty())
        return QStringLiteral("0");
    QString text;
    if (decimal.pointAt <= 0)
        text = QLatin1String("0,") + QString(-decimal.pointAt, QLatin1Char('0')) + digits;
    else if (decimal.pointAt >= digits.size())
        text = digits + QString(decimal.pointAt - digits.size(), QLatin1Char('0'));
    else
        text = digits.left(decimal.pointAt) + QLatin1Char(',') + digits.mid(decimal.pointAt);
    return decimal.negative ? QLatin1Char('-') + text : text;
}

namespace {

// The serial as whole days and the seconds of its fraction (rounded to the second, which may carry into
// the next day). A date is not money: its fraction may go through a double.
bool splitSerial(QStringView stored, qint64 *days, int *seconds)
{
    const QString text = SpreadsheetNumber::toText(stored);
    if (text.isNull() || text.startsWith(QLatin1Char('-')))
        return false;
    const qsizetype comma = text.indexOf(QLatin1Char(','));
    bool ok = false;
    *days = text.left(comma < 0 ? text.size() : comma).toLongLong(&ok);
    if (!ok || *days > 2958465) // 9999-12-31, the last date a spreadsheet has
        return false;
    const double fraction = comma < 0 ? 0.0 : (QLatin1String("0.") + text.mid(comma + 1)).toDouble();
    *seconds = int(std::lround(fraction * 86400.0));
    if (*seconds >= 86400) {
        ++*days;
        *seconds -= 86400;
    }
    return true;
}

} // namespace

QString SpreadsheetNumber::serialToIsoDate(QStringView stored, bool date1904)
{
    qint64 days = 0;
    int seconds = 0;
    if (!splitSerial(stored, &days, &seconds))
        return QString();
    QDate date;
    if (date1904)
        date = QDate(1904, 1, 1).addDays(days);
    else if (days >= 61)
        date = QDate(1899, 12, 30).addDays(days);
    else // Before 1900-03-01 the 1900 system counts a 29 February 1900 that never was.
        date = QDate(1899, 12, 31).addDays(days);
    const QString iso = date.toString(Qt::ISODate);
    if (seconds == 0)
        return iso;
    return iso + QLatin1Char('T') + QTime(0, 0).addSecs(seconds).toString(Qt::ISODate);
}

QString SpreadsheetNumber::serialToIsoTime(QStringView stored)
{
    qint64 days = 0;
    int seconds = 0;
    if (!splitSerial(stored, &days, &seconds))
        return QString();
    return QTime(0, 0).addSecs(seconds).toString(Qt::ISODate);
}
