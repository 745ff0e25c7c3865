#include "ProposalReason.h"

QString proposalReasonKey(ProposalReason reason)
{
    switch (reason) {
    case ProposalReason::WithinEnvelope:
        return QStringLiteral("within_envelope");
    case ProposalReason::DoesNotFit:
        return QStringLiteral("does_not_fit");
    case ProposalReason::BelowMinimumScore:
        return QStringLiteral("below_minimum_score");
    case ProposalReason::NothingEligible:
        return QStringLiteral("nothing_eligible");
    case ProposalReason::IncompleteScoring:
        return QStringLiteral("incomplete_scoring");
    case ProposalReason::Withdrawn:
        return QStringLiteral("withdrawn");
    case ProposalReason::AgreementWithdrawn:
        return QStringLiteral("agreement_withdrawn");
    }
    return QString();
}
