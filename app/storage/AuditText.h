#pragma once

#include "domain/Candidate.h"
#include "domain/CriteriaSet.h"
#include "domain/Promotion.h"

#include <QList>
#include <QString>

// How the stores word stored values in the audit log's old and new columns: a promotion, a candidate, a
// decision, a set of criteria, and the fields an edit changed. Stable keys (decisionKey, phaseKey...) rather
// than display names wherever the log must read the same whatever the interface language was. The
// translated parts keep the translation context of the store they were first written in.
class AuditText
{
public:
    // One changed field, named in the audit log's subject ("FAST13 / envelope", "FAST13 / Envergo /
    // granted") by a stable key, like the action keys.
    struct FieldChange
    {
        QString field;
        QString oldValue;
        QString newValue;
    };

    // The fields of the promotion an update changes, in a fixed order; empty when none.
    static QList<FieldChange> promotionChanges(const Promotion &before, const Promotion &after);
    static QList<FieldChange> candidateChanges(const Candidate &before, const Candidate &after);

    static QString promotion(const Promotion &promotion);
    static QString candidate(const Candidate &candidate);
    static QString decision(Decision decision, Money granted);
    static QString criteria(const CriteriaSet &criteria);
};
