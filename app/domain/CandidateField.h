#pragma once

#include <QString>

// The fields of a candidate, so that a validation error can say which one is wrong (a form highlights
// the input, a CSV import names the column).
enum class CandidateField {
    Name,
    Carrier,
    Incubator,
    Kind,
    Phase,
    AnnualBudget,
    Requested,
    Description,
    Decision,
    Granted
};

// The CSV column's French name: "projet", "administration", ..., "montant_accorde".
QString candidateFieldColumn(CandidateField field);
