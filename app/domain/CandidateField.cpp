#include "CandidateField.h"

QString candidateFieldColumn(CandidateField field)
{
    switch (field) {
    case CandidateField::Name:
        return QStringLiteral("projet");
    case CandidateField::Carrier:
        return QStringLiteral("administration");
    case CandidateField::Incubator:
        return QStringLiteral("incubateur");
    case CandidateField::Kind:
        return QStringLiteral("type");
    case CandidateField::Phase:
        return QStringLiteral("phase");
    case CandidateField::AnnualBudget:
        return QStringLiteral("budget_annuel");
    case CandidateField::Requested:
        return QStringLiteral("montant_demande");
    case CandidateField::Description:
        return QStringLiteral("description");
    case CandidateField::Decision:
        return QStringLiteral("decision");
    case CandidateField::Granted:
        return QStringLiteral("montant_accorde");
    case CandidateField::Reference:
        return QStringLiteral("numero_dossier");
    case CandidateField::ContactEmail:
        return QStringLiteral("email_contact");
    case CandidateField::ExtraFields:
        return QStringLiteral("champs_supplementaires");
    }
    return QString();
}
