#pragma once

#include <QString>

// Where a laureate stands after the decision, derived from its agreement and payments (LaureateFollowUp::
// status): the agreement to sign, signed with nothing paid yet, paying, paid in full, or withdrawn.
enum class FollowUpStatus { ToSign, Signed, Paying, PaidInFull, Withdrawn };

// The machine key of the JSON output: "to_sign", "signed", "paying", "paid", "withdrawn".
QString followUpStatusKey(FollowUpStatus status);
// "to sign", "signed", "paying", "paid in full", "withdrawn", through tr() (context FollowUpStatus).
QString followUpStatusDisplayName(FollowUpStatus status);
