#include "Money.h"

namespace {

constexpr QChar noBreakSpace(0x00A0);
constexpr QChar narrowNoBreakSpace(0x202F);
constexpr QChar euroSign(0x20AC);
constexpr QChar minusSign(0x2212);

bool isGroupSpace(QChar c)
{
    return c == QLatin1Char(' ') || c == noBreakSpace || c == narrowNoBreakSpace;
}

bool allDigits(QStringView text)
{
    for (QChar c : text) {
        if (!c.isDigit() || c.unicode() > 127)
            return false;
    }
    return !text.isEmpty();
}

QString groupedDigits(qint64 value)
{
    const QString digits = QString::number(value);
    QString grouped;
    grouped.reserve(digits.size() + digits.size() / 3);
    for (qsizetype i = 0; i < digits.size(); ++i) {
        if (i > 0 && (digits.size() - i) % 3 == 0)
            grouped.append(noBreakSpace);
        grouped.append(digits.at(i));
    }
    return grouped;
}

} // namespace

Result<Money> Money::parse(const QString &text)
{
    QString body = text.trimmed();
    if (body.isEmpty())
        return Result<Money>::failure(tr("The amount is empty."));

    // The currency may stand before or after the number; nothing else may.
    if (body.endsWith(euroSign))
        body.chop(1);
    else if (body.endsWith(QLatin1String("EUR"), Qt::CaseInsensitive))
        body.chop(3);
    else if (body.startsWith(euroSign))
        body.remove(0, 1);
    body = body.trimmed();
    if (body.isEmpty())
        return Result<Money>::failure(tr("The amount \"%1\" has no digits.").arg(text.trimmed()));

    if (body.startsWith(QLatin1Char('-')) || body.startsWith(minusSign))
        return Result<Money>::failure(
            tr("The amount \"%1\" is negative: amounts must be zero or more.").arg(text.trimmed()));

    for (QChar c : body) {
        if ((c.isDigit() && c.unicode() <= 127) || isGroupSpace(c) || c == QLatin1Char('.') || c == QLatin1Char(','))
            continue;
        if (c.isLetter())
            return Result<Money>::failure(
                tr("The amount \"%1\" contains letters: only digits, spaces, a decimal comma and € are accepted.")
                    .arg(text.trimmed()));
        return Result<Money>::failure(
            tr("The amount \"%1\" contains the unexpected character \"%2\".").arg(text.trimmed(), QString(c)));
    }

    QString integerPart = body;
    QString fraction;
    const qsizetype commaCount = body.count(QLatin1Char(','));
    if (commaCount > 1)
        return Result<Money>::failure(tr("The amount \"%1\" has more than one decimal comma.").arg(text.trimmed()));

    const bool hasSpaces = std::any_of(body.cbegin(), body.cend(), isGroupSpace);
    if (commaCount == 1) {
        const qsizetype comma = body.indexOf(QLatin1Char(','));
        integerPart = body.left(comma);
        fraction = body.mid(comma + 1);
        if (!allDigits(fraction))
            return Result<Money>::failure(
                tr("The amount \"%1\" must have one or two digits after its decimal comma.").arg(text.trimmed()));
        if (fraction.size() == 3)
            return Result<Money>::failure(tr("The amount \"%1\" is ambiguous: a comma followed by three digits could "
                                             "group thousands. Write \"%2\" for thousands or use at most two decimals.")
                                              .arg(text.trimmed(), QString(integerPart + QLatin1Char(' ') + fraction)));
        if (fraction.size() > 2)
            return Result<Money>::failure(tr("The amount \"%1\" has more than two decimals.").arg(text.trimmed()));
    } else {
        // A point followed by one or two digits is the decimal mark only when no other separator is present.
        const qsizetype lastPoint = body.lastIndexOf(QLatin1Char('.'));
        if (lastPoint >= 0) {
            const qsizetype digitsAfter = body.size() - lastPoint - 1;
            const bool onlyPoint = body.count(QLatin1Char('.')) == 1 && !hasSpaces;
            if (digitsAfter != 3 && allDigits(QStringView(body).mid(lastPoint + 1))) {
                if (!onlyPoint)
                    return Result<Money>::failure(tr("The amount \"%1\" uses a decimal point beside other separators: "
                                                     "write the decimals after a comma, as in \"1 000,50\".")
                                                      .arg(text.trimmed()));
                if (digitsAfter > 3)
                    return Result<Money>::failure(
                        tr("The amount \"%1\" has more than two decimals.").arg(text.trimmed()));
                integerPart = body.left(lastPoint);
                fraction = body.mid(lastPoint + 1);
            }
        }
    }

    if (integerPart.isEmpty() || !integerPart.at(0).isDigit())
        return Result<Money>::failure(tr("The amount \"%1\" must start with a digit.").arg(text.trimmed()));

    const bool groupsWithSpaces = std::any_of(integerPart.cbegin(), integerPart.cend(), isGroupSpace);
    const bool groupsWithPoints = integerPart.contains(QLatin1Char('.'));
    if (groupsWithSpaces && groupsWithPoints)
        return Result<Money>::failure(
            tr("The amount \"%1\" mixes spaces and points to group thousands: use one of them.").arg(text.trimmed()));

    QString digits;
    if (groupsWithSpaces || groupsWithPoints) {
        QStringList groups;
        QString current;
        for (QChar c : integerPart) {
            if (isGroupSpace(c) || c == QLatin1Char('.')) {
                groups.append(current);
                current.clear();
            } else {
                current.append(c);
            }
        }
        groups.append(current);
        for (qsizetype i = 0; i < groups.size(); ++i) {
            const qsizetype size = groups.at(i).size();
            const bool valid = i == 0 ? (size >= 1 && size <= 3) : size == 3;
            if (!valid)
                return Result<Money>::failure(tr("The amount \"%1\" groups its thousands wrongly: after the first "
                                                 "group, each group has exactly three digits, as in \"1 234 567\".")
                                                  .arg(text.trimmed()));
        }
        digits = groups.join(QString());
    } else {
        digits = integerPart;
    }

    // Leading zeros carry no value; the length check then bounds the number before converting it.
    qsizetype firstSignificant = 0;
    while (firstSignificant < digits.size() - 1 && digits.at(firstSignificant) == QLatin1Char('0'))
        ++firstSignificant;
    digits = digits.mid(firstSignificant);
    const qint64 maximumEuros = maximumCents / 100;
    if (digits.size() > 13)
        return Result<Money>::failure(
            tr("The amount \"%1\" is more than %2.").arg(text.trimmed(), fromCents(maximumCents).toString()));
    const qint64 euros = digits.toLongLong();
    qint64 cents = 0;
    if (!fraction.isEmpty())
        cents = fraction.size() == 1 ? fraction.toLongLong() * 10 : fraction.toLongLong();
    if (euros > maximumEuros || (euros == maximumEuros && cents > 0))
        return Result<Money>::failure(
            tr("The amount \"%1\" is more than %2.").arg(text.trimmed(), fromCents(maximumCents).toString()));

    return Result<Money>::success(fromCents(euros * 100 + cents));
}

QString Money::toNumberString() const
{
    // Through unsigned arithmetic so that the most negative value still formats.
    const bool negative = m_cents < 0;
    const quint64 magnitude = negative ? quint64(0) - quint64(m_cents) : quint64(m_cents);
    QString text = groupedDigits(qint64(magnitude / 100));
    const quint64 cents = magnitude % 100;
    if (cents != 0)
        text += QLatin1Char(',') + QString::number(cents).rightJustified(2, QLatin1Char('0'));
    return negative ? QLatin1Char('-') + text : text;
}

QString Money::toString() const
{
    return toNumberString() + noBreakSpace + euroSign;
}

QString Money::toPlainString() const
{
    const bool negative = m_cents < 0;
    const quint64 magnitude = negative ? quint64(0) - quint64(m_cents) : quint64(m_cents);
    QString text = QString::number(magnitude / 100);
    const quint64 cents = magnitude % 100;
    if (cents != 0)
        text += QLatin1Char('.') + QString::number(cents).rightJustified(2, QLatin1Char('0'));
    return negative ? QLatin1Char('-') + text : text;
}
