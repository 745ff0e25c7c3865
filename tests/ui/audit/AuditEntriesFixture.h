#pragma once

#include "domain/AuditEntry.h"

#include <QList>
#include <QString>

// Five audit entries over three days, two operators and two promotions, written as the stores write them,
// for the audit-log view's suites (the times are UTC; the suites run with TZ=UTC).
namespace AuditEntriesFixture {

inline AuditEntry entry(const char *at, const char *who, int promotion, const char *action, const QString &subject,
                        const QString &oldValue, const QString &newValue)
{
    AuditEntry made;
    made.at = QDateTime::fromString(QLatin1String(at), Qt::ISODateWithMs);
    made.operatorName = QString::fromUtf8(who);
    made.promotionNumber = promotion;
    made.action = QLatin1String(action);
    made.subject = subject;
    made.oldValue = oldValue;
    made.newValue = newValue;
    return made;
}

// Newest first, as CommitteeStore::auditEntries reads them.
inline QList<AuditEntry> entries()
{
    return {
        entry("2026-12-03T10:15:00.000Z", "Claire Martin", 14, "decision.update", QStringLiteral("FAST14 / Envergo"),
              QStringLiteral("none"), QStringLiteral("laureate (280 000 €)")),
        entry("2026-12-03T09:40:00.000Z", "Paul Durand", 14, "score.set",
              QStringLiteral("FAST14 / Mon Suivi Social / Alice / Impact potentiel"), QString(), QStringLiteral("4")),
        entry("2026-12-02T16:00:00.000Z", "Claire Martin", 13, "promotion.close", QStringLiteral("FAST13"),
              QStringLiteral("open"), QStringLiteral("closed")),
        entry("2026-12-02T08:00:00.000Z", "Paul Durand", 13, "candidate.update",
              QStringLiteral("FAST13 / Envergo / requested"), QStringLiteral("250 000 €"), QStringLiteral("280 000 €")),
        entry("2026-12-01T12:00:00.000Z", "Paul Durand", 0, "year.target", QStringLiteral("2026"), QStringLiteral("15"),
              QStringLiteral("16")),
    };
}

} // namespace AuditEntriesFixture
