#include "Candidate.h"

QList<FieldError> Candidate::validate(const CofinancingRule &rule) const
{
    QList<FieldError> errors;
    // Whole sentences per field, so that translations can agree in gender and number.
    if (name.trimmed().isEmpty())
        errors.append({CandidateField::Name, tr("The project name is required.")});
    else if (name.size() > maximumNameLength)
        errors.append(
            {CandidateField::Name, tr("The project name is longer than %1 characters.").arg(maximumNameLength)});
    if (carrier.trimmed().isEmpty())
        errors.append({CandidateField::Carrier, tr("The carrying administration is required.")});
    else if (carrier.size() > maximumNameLength)
        errors.append({CandidateField::Carrier,
                       tr("The carrying administration is longer than %1 characters.").arg(maximumNameLength)});
    if (incubator.size() > maximumNameLength)
        errors.append(
            {CandidateField::Incubator, tr("The incubator is longer than %1 characters.").arg(maximumNameLength)});

    if (annualBudget <= Money())
        errors.append({CandidateField::AnnualBudget, tr("The annual budget must be more than 0 €.")});
    if (requested <= Money())
        errors.append({CandidateField::Requested, tr("The requested amount must be more than 0 €.")});

    if (decision == Decision::Laureate) {
        if (annualBudget > Money() && requested > Money()) {
            if (const Outcome grantedOk = rule.checkGranted(granted, annualBudget, requested); !grantedOk)
                errors.append({CandidateField::Granted, grantedOk.error()});
        }
    } else if (!granted.isZero()) {
        errors.append(
            {CandidateField::Granted, tr("Only a laureate has a granted amount; this candidate's decision is \"%1\".")
                                          .arg(decisionDisplayName(decision))});
    }
    return errors;
}
