#include "OpeningKey.h"

#include "Promotion.h"

#include <QRegularExpression>

OpeningKey OpeningKey::seeded(int year)
{
    OpeningKey key;
    key.year = year;
    return key;
}

Outcome OpeningKey::validate() const
{
    if (year < Promotion::minimumYear || year > Promotion::maximumYear)
        return Outcome::failure(tr("The opening key's year %1 is outside %2–%3.")
                                    .arg(year)
                                    .arg(Promotion::minimumYear)
                                    .arg(Promotion::maximumYear));
    if (firstBasisPoints < 1 || firstBasisPoints > fullBasisPoints)
        return Outcome::failure(tr("The opening key of %1: the first tranche's share is %2; it must be more than "
                                   "0 % and at most 100 %.")
                                    .arg(year)
                                    .arg(percentText(firstBasisPoints)));
    return Outcome::success();
}

QList<Money> OpeningKey::split(Money commitment) const
{
    if (commitment <= Money())
        return {};
    // Below Money::maximumCents × 10 000 the product stays well inside 64 bits.
    const qint64 first = commitment.cents() * firstBasisPoints / fullBasisPoints;
    if (secondBasisPoints() <= 0)
        return {commitment};
    // floor(commitment × second share) plus the remainder cent(s) is exactly what is left.
    return {Money::fromCents(first), commitment - Money::fromCents(first)};
}

Result<int> OpeningKey::parsePercent(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^\\s*(\\d{1,3})(?:[.,](\\d{1,2}))?\\s*%?\\s*$"));
    const QRegularExpressionMatch match = pattern.match(text);
    if (!match.hasMatch())
        return Result<int>::failure(
            tr("\"%1\" is not a percentage: write it with at most two decimals, as 78,93.").arg(text));
    QString decimals = match.captured(2);
    while (decimals.size() < 2)
        decimals.append(QLatin1Char('0'));
    const int basisPoints = match.captured(1).toInt() * 100 + decimals.toInt();
    if (basisPoints > fullBasisPoints)
        return Result<int>::failure(tr("%1 is more than 100 %.").arg(text.trimmed()));
    return Result<int>::success(basisPoints);
}

QString OpeningKey::percentText(int basisPoints)
{
    const int whole = basisPoints / 100;
    const int decimals = basisPoints % 100;
    if (decimals == 0)
        return QStringLiteral("%1 %").arg(whole);
    return QStringLiteral("%1,%2 %").arg(whole).arg(decimals, 2, 10, QLatin1Char('0'));
}
