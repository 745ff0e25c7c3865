#pragma once

#include <QDateTime>
#include <QString>

// One line of the audit log (rules.md): when, who, what, the old value and the new one.
struct AuditEntry
{
    qint64 id = 0;
    QDateTime at;            // UTC
    QString operatorName;    // the member or operator name set in the app
    int promotionNumber = 0; // 0 when the change concerns no promotion (a year's target, say)
    QString action;          // a stable key: "promotion.add", "promotion.close", "candidate.import", ...
    QString subject;         // what was changed: "FAST13", "FAST13 / Envergo", "2024"
    QString oldValue;        // empty when there was none
    QString newValue;        // empty when removed
};
