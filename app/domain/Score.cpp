#include "Score.h"

namespace {

// French by default: the command line and the tests show scores as rules.md writes them.
QChar decimalMark = QLatin1Char(',');

} // namespace

void Score::setDisplayDecimalMark(QChar mark)
{
    decimalMark = mark;
}

QChar Score::displayDecimalMark()
{
    return decimalMark;
}

int Score::compare(const Score &other) const
{
    // Denominators are positive, so the cross products keep the order. Numerators stay below
    // 500 × members and denominators below 5 × members: the products are far inside 64 bits.
    const qint64 left = m_numerator * other.m_denominator;
    const qint64 right = other.m_numerator * m_denominator;
    return left < right ? -1 : (left > right ? 1 : 0);
}

QString Score::toFixedString(int decimals) const
{
    qint64 scale = 1;
    for (int i = 0; i < decimals; ++i)
        scale *= 10;
    // Round the magnitude half up, so that 73.35 shows as 73.4 and -73.35 as -73.4.
    const bool negative = m_numerator < 0;
    const qint64 magnitude = negative ? -m_numerator : m_numerator;
    const qint64 rounded = (2 * magnitude * scale + m_denominator) / (2 * m_denominator);
    QString text = QString::number(rounded / scale);
    if (decimals > 0)
        text += QLatin1Char('.') + QStringLiteral("%1").arg(rounded % scale, decimals, 10, QLatin1Char('0'));
    if (negative && rounded != 0)
        text.prepend(QLatin1Char('-'));
    return text;
}

QString Score::toDisplayString() const
{
    return toFixedString(1).replace(QLatin1Char('.'), decimalMark);
}
