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
    Granted,
    Reference,
    ContactEmail,
    ExtraFields
};

// The CSV column's French name: "projet", "administration", ..., "montant_accorde", "numero_dossier",
// "email_contact"; "champs_supplementaires" for the extra fields, which are columns of their own names.
QString candidateFieldColumn(CandidateField field);
