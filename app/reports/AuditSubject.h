#pragma once

#include "domain/AuditEntry.h"

#include <QString>

// What an audit entry is about, read from its subject as the stores write it ("FAST13 / Envergo",
// "FAST13 / Envergo / Alice / Impact potentiel", "FAST13 / envelope"): the candidate for the actions that
// concern one (candidate.*, score.*, recusal.*, decision.update, proposal.apply), so that the audit-log view
// can show it in its own column and filter on it.
class AuditSubject
{
public:
    // The candidate's name, or an empty string when the entry concerns none.
    static QString candidateOf(const AuditEntry &entry);
};
