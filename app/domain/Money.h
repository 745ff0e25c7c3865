#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QMetaType>
#include <QString>
#include <QtGlobal>

// An amount of money in euro cents, the only money type of the application.
// No floating point: every amount is a 64-bit integer number of cents. Money::parse is the one
// parser of typed and imported amounts and toString() the one formatter (French form), so every
// screen, report and export agrees on how an amount is read and written.
class Money
{
    Q_DECLARE_TR_FUNCTIONS(Money)

public:
    // Amounts above 10^12 € are refused: no budget of the fund comes near, and it keeps every
    // product of an amount by a percentage well inside 64 bits.
    static constexpr qint64 maximumCents = Q_INT64_C(100000000000000);

    constexpr Money() = default;
    static constexpr Money fromCents(qint64 cents) { return Money(cents); }
    static constexpr Money fromEuros(qint64 euros) { return Money(euros * 100); }

    constexpr qint64 cents() const { return m_cents; }
    constexpr bool isZero() const { return m_cents == 0; }
    constexpr bool isNegative() const { return m_cents < 0; }

    // Reads an amount as users type it: "300 000", "1 234 567,89 €", "1.000", "1000.5", "2 550 000 EUR".
    // Refuses, each with its own message: empty, negative, letters, more than two decimals,
    // more than 10^12 €, and ambiguous forms such as "300,000".
    static Result<Money> parse(const QString &text);

    // French form: "300 000 €", "1 234 567,89 €"; cents only when not zero; no-break spaces.
    QString toString() const;
    // French form without the currency sign, for table cells and CSV: "1 234 567,89".
    QString toNumberString() const;
    // Plain machine form for CSV export and round trips: "1234567.89" or "300000".
    QString toPlainString() const;

    constexpr Money operator+(Money other) const { return Money(m_cents + other.m_cents); }
    constexpr Money operator-(Money other) const { return Money(m_cents - other.m_cents); }
    Money &operator+=(Money other)
    {
        m_cents += other.m_cents;
        return *this;
    }
    Money &operator-=(Money other)
    {
        m_cents -= other.m_cents;
        return *this;
    }
    constexpr bool operator==(Money other) const { return m_cents == other.m_cents; }
    constexpr bool operator!=(Money other) const { return m_cents != other.m_cents; }
    constexpr bool operator<(Money other) const { return m_cents < other.m_cents; }
    constexpr bool operator<=(Money other) const { return m_cents <= other.m_cents; }
    constexpr bool operator>(Money other) const { return m_cents > other.m_cents; }
    constexpr bool operator>=(Money other) const { return m_cents >= other.m_cents; }

private:
    explicit constexpr Money(qint64 cents) : m_cents(cents) {}

    qint64 m_cents = 0;
};

Q_DECLARE_METATYPE(Money)
