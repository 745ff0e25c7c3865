#pragma once

#include "Decision.h"
#include "Money.h"
#include "ProposalReason.h"

#include <QMetaType>
#include <QString>
#include <QtGlobal>

// What the proposal suggests for one candidate (or why it leaves it out), with the envelope's consumption once it is
// counted.
struct ProposedDecision
{
    qint64 candidateId = 0;
    QString name;
    Decision decision = Decision::None; // Laureate, Waitlist or Rejected; None when left out of the proposal
    Money granted;                      // eligible for a proposed laureate, zero otherwise
    Money consumedAfter;                // Σ granted of the proposed laureates up to and including this one
    Money remainingAfter;               // envelope − consumedAfter
    ProposalReason reason = ProposalReason::WithinEnvelope;
    // The reason in words, with its numbers ("does not fit the remaining 190 000 €"), through tr().
    QString explanation;

    bool operator==(const ProposedDecision &other) const
    {
        return candidateId == other.candidateId && name == other.name && decision == other.decision &&
               granted == other.granted && consumedAfter == other.consumedAfter &&
               remainingAfter == other.remainingAfter && reason == other.reason && explanation == other.explanation;
    }
};

Q_DECLARE_METATYPE(ProposedDecision)
