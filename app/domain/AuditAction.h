#pragma once

#include <QLatin1String>

// The stable keys of the audit log's "action" column, in one place so that the store that writes them
// and the screens and commands that filter on them cannot drift apart. Stored as written: never rename one.
namespace AuditAction {

inline constexpr QLatin1String promotionAdd("promotion.add");
inline constexpr QLatin1String promotionUpdate("promotion.update");
inline constexpr QLatin1String promotionRemove("promotion.remove");
inline constexpr QLatin1String promotionClose("promotion.close");
inline constexpr QLatin1String promotionReopen("promotion.reopen");
inline constexpr QLatin1String candidateAdd("candidate.add");
inline constexpr QLatin1String candidateUpdate("candidate.update");
inline constexpr QLatin1String candidateRemove("candidate.remove");
inline constexpr QLatin1String candidateImport("candidate.import");
inline constexpr QLatin1String yearTarget("year.target");
inline constexpr QLatin1String yearBudget("year.budget");
inline constexpr QLatin1String memberAdd("member.add");
// A member removed before giving any note (the undo of an addition).
inline constexpr QLatin1String memberRemove("member.remove");
inline constexpr QLatin1String criteriaUpdate("criteria.update");
// A note given, changed (old and new note) or cleared (no new note), one by one or by an import.
inline constexpr QLatin1String scoreSet("score.set");
inline constexpr QLatin1String scoreClear("score.clear");
inline constexpr QLatin1String scoreImport("score.import");
// The old value lists the notes the recusal removed.
inline constexpr QLatin1String recusalRecord("recusal.record");
inline constexpr QLatin1String recusalLift("recusal.lift");
inline constexpr QLatin1String decisionUpdate("decision.update");
// One row per candidate whose decision or granted amount the applied proposal changed.
inline constexpr QLatin1String proposalApply("proposal.apply");
// A laureate's follow-up after the decision (issue #18), one row per changed field: the agreement (reference,
// signature, amendment), the withdrawal, a payment tranche, a milestone; and a year's opening key.
inline constexpr QLatin1String followUpAgreement("followup.agreement");
inline constexpr QLatin1String followUpWithdrawal("followup.withdrawal");
inline constexpr QLatin1String followUpTranche("followup.tranche");
inline constexpr QLatin1String followUpMilestone("followup.milestone");
inline constexpr QLatin1String yearOpeningKey("year.opening_key");
// A what-if scenario saved (the old value is the one it replaced, if any) or removed.
// A column mapping of the candidate import saved under a name (old value: the mapping it replaced).
inline constexpr QLatin1String mappingSave("mapping.save");
inline constexpr QLatin1String scenarioSave("scenario.save");
inline constexpr QLatin1String scenarioRemove("scenario.remove");

} // namespace AuditAction
