#include "FollowUpFrench.h"

QString FollowUpFrench::status(FollowUpStatus status, const QDate &withdrawnOn)
{
    switch (status) {
    case FollowUpStatus::ToSign:
        return QStringLiteral("À signer");
    case FollowUpStatus::Signed:
        return QStringLiteral("Signé");
    case FollowUpStatus::Paying:
        return QStringLiteral("En paiement");
    case FollowUpStatus::PaidInFull:
        return QStringLiteral("Soldé");
    case FollowUpStatus::Withdrawn:
        return withdrawnOn.isValid() ? QStringLiteral("Retiré le %1").arg(LaureateFollowUp::dateText(withdrawnOn))
                                     : QStringLiteral("Retiré");
    }
    return QString();
}

QString FollowUpFrench::milestone(Milestone::Kind kind)
{
    switch (kind) {
    case Milestone::Kind::KickOff:
        return QStringLiteral("Lancement");
    case Milestone::Kind::MidTermReview:
        return QStringLiteral("Revue à mi-parcours");
    case Milestone::Kind::End:
        return QStringLiteral("Fin à six mois");
    }
    return QString();
}

QString FollowUpFrench::nextDue(const std::optional<PaymentTranche> &tranche)
{
    if (!tranche)
        return QStringLiteral("—");
    return QStringLiteral("%1 le %2").arg(tranche->planned.toString(), LaureateFollowUp::dateText(tranche->plannedOn));
}

QString FollowUpFrench::lateTranche(const PaymentTranche &tranche)
{
    return QStringLiteral("Tranche %1 de %2 prévue le %3, non payée")
        .arg(QString::number(tranche.position), tranche.planned.toString(),
             LaureateFollowUp::dateText(tranche.plannedOn));
}

QString FollowUpFrench::lateMilestone(const Milestone &milestone)
{
    // "Lancement" is masculine, the review and the end feminine.
    const QString sentence = milestone.kind == Milestone::Kind::KickOff ? QStringLiteral("%1 prévu le %2, non fait")
                                                                        : QStringLiteral("%1 prévue le %2, non faite");
    return sentence.arg(FollowUpFrench::milestone(milestone.kind), LaureateFollowUp::dateText(milestone.plannedOn));
}

QString FollowUpFrench::laureates(int count)
{
    if (count == 0)
        return QStringLiteral("aucun lauréat");
    return count == 1 ? QStringLiteral("1 lauréat") : QStringLiteral("%1 lauréats").arg(count);
}
