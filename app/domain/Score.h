#pragma once

#include <QMetaType>
#include <QString>
#include <QtGlobal>

// An exact committee score, held as a fraction of integers: a candidate's score is
// Σ_members Σ_criteria weight × note / (5 × scoring members), and the ranking compares such fractions.
// Rounding them to a double would make two equal scores compare unequal (and break ex aequo), so
// comparisons cross-multiply in 64 bits and only the display rounds, half up to the shown decimal.
// The same type holds the mean note on the first criterion (0–5), the ranking's second key.
class Score
{
public:
    constexpr Score() = default;
    // denominator > 0; the fraction need not be reduced.
    constexpr Score(qint64 numerator, qint64 denominator) : m_numerator(numerator), m_denominator(denominator) {}
    // The score of members whose weighted notes add up to weightedNoteSum: sum / (5 × members).
    static constexpr Score fromWeightedNotes(qint64 weightedNoteSum, int members)
    {
        return Score(weightedNoteSum, qint64(5) * members);
    }

    constexpr qint64 numerator() const { return m_numerator; }
    constexpr qint64 denominator() const { return m_denominator; }

    // -1, 0 or 1 as this is below, equal to or above other, exactly.
    int compare(const Score &other) const;
    // Exactly below a whole-number threshold such as the promotion's minimum score.
    bool isBelow(int threshold) const { return m_numerator < qint64(threshold) * m_denominator; }

    // Rounded half up to the given number of decimals, with a decimal point: "73.33" (JSON, CSV).
    QString toFixedString(int decimals) const;
    // One decimal with the interface's decimal mark: "73,3" in French (the default, and the command
    // line's), "73.3" once the English interface has set its mark (setDisplayDecimalMark).
    QString toDisplayString() const;
    // The decimal mark of toDisplayString for the whole process: ',' or '.'. Set once at start, with the
    // interface language, before anything is shown.
    static void setDisplayDecimalMark(QChar mark);
    static QChar displayDecimalMark();
    // Only for drawing (charts, bars); never compare or store it.
    double toDouble() const { return double(m_numerator) / double(m_denominator); }

    bool operator==(const Score &other) const { return compare(other) == 0; }
    bool operator!=(const Score &other) const { return compare(other) != 0; }
    bool operator<(const Score &other) const { return compare(other) < 0; }
    bool operator<=(const Score &other) const { return compare(other) <= 0; }
    bool operator>(const Score &other) const { return compare(other) > 0; }
    bool operator>=(const Score &other) const { return compare(other) >= 0; }

private:
    qint64 m_numerator = 0;
    qint64 m_denominator = 1;
};

Q_DECLARE_METATYPE(Score)
