#pragma once

#include "CandidateField.h"

#include <QString>

// One thing wrong with one field of a candidate.
struct FieldError
{
    CandidateField field;
    QString message;

    bool operator==(const FieldError &other) const { return field == other.field && message == other.message; }
};
