#pragma once

#include "domain/CandidateField.h"

#include <QString>

// One field of a stored candidate that a re-import changes, in the words the window shows: the field's
// name ("annual budget", or an extra field's question as the form wrote it) and both values as the
// candidates' table writes them (amounts through Money, kinds, phases and decisions by their display names).
struct CandidateImportChange
{
    CandidateField field = CandidateField::Name;
    QString fieldName;
    QString oldValue;
    QString newValue;

    // "annual budget: 600 000 € → 650 000 €"
    QString toString() const { return fieldName + QStringLiteral(": ") + oldValue + QStringLiteral(" → ") + newValue; }

    friend bool operator==(const CandidateImportChange &left, const CandidateImportChange &right)
    {
        return left.field == right.field && left.fieldName == right.fieldName && left.oldValue == right.oldValue &&
               left.newValue == right.newValue;
    }
};
