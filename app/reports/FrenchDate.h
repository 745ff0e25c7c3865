#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

// Dates in words as the fund's official documents write them, in French whatever the window's language:
// "15 juin 2023", the first of a month as an ordinal ("1er juin 2023"), and "15 juin 2023 à 14:05" for the
// moment a document was generated. The follow-up's own dates in figures are LaureateFollowUp::dateText's.
class FrenchDate
{
public:
    // Empty for a date that is not set.
    static QString text(const QDate &date);
    static QString withTime(const QDateTime &dateTime);
};
