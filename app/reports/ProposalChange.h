#pragma once

#include "domain/Decision.h"
#include "domain/Money.h"

#include <QMetaType>
#include <QString>
#include <QtGlobal>

// What applying the proposal would do to one candidate: its decision and granted amount before and after,
// and the proposal's reason.
struct ProposalChange
{
    qint64 candidateId = 0;
    QString name;
    Decision decisionBefore = Decision::None;
    Money grantedBefore;
    Decision decisionAfter = Decision::None;
    Money grantedAfter;
    // Why the proposal decides so (ProposedDecision::explanation), shown beside the change.
    QString explanation;

    bool operator==(const ProposalChange &other) const
    {
        return candidateId == other.candidateId && name == other.name && decisionBefore == other.decisionBefore &&
               grantedBefore == other.grantedBefore && decisionAfter == other.decisionAfter &&
               grantedAfter == other.grantedAfter && explanation == other.explanation;
    }
};

Q_DECLARE_METATYPE(ProposalChange)
