#include "AuditSubject.h"

#include "domain/AuditAction.h"

QString AuditSubject::candidateOf(const AuditEntry &entry)
{
    const bool aboutCandidate =
        entry.action.startsWith(QLatin1String("candidate.")) || entry.action.startsWith(QLatin1String("score.")) ||
        entry.action.startsWith(QLatin1String("recusal.")) || entry.action == AuditAction::decisionUpdate ||
        entry.action == AuditAction::proposalApply;
    if (!aboutCandidate)
        return QString();
    // "FAST13 / Envergo / …": the promotion's label, then the candidate.
    const QLatin1String separator(" / ");
    const qsizetype start = entry.subject.indexOf(separator);
    if (start < 0)
        return QString();
    const qsizetype from = start + separator.size();
    const qsizetype end = entry.subject.indexOf(separator, from);
    return entry.subject.mid(from, end < 0 ? -1 : end - from);
}
