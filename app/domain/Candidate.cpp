#include "Candidate.h"

#include "NameText.h"

namespace {

// The text of a name field as stored when the policy accepts it, else the text unchanged.
QString storedName(const QString &text)
{
    const Result<QString> normalised = NameText::normalise(text, QString());
    return normalised ? normalised.value() : text;
}

} // namespace

QList<FieldError> Candidate::validate(const CofinancingRule &rule) const
{
    QList<FieldError> errors;
    // Whole sentences per field, so that translations can agree in gender and number. Empty and too long
    // are said first, in the form's words; then the characters, by NameText.
    const auto checkName = [&errors](CandidateField field, const QString &text, const QString &label,
                                     const QString &requiredMessage, const QString &tooLongMessage) {
        if (text.trimmed().isEmpty()) {
            if (!requiredMessage.isEmpty())
                errors.append({field, requiredMessage});
        } else if (NameText::length(text.trimmed()) > maximumNameLength) {
            errors.append({field, tooLongMessage});
        } else if (const Result<QString> normalised = NameText::normalise(text, label); !normalised) {
            errors.append({field, normalised.error()});
        }
    };
    checkName(CandidateField::Name, name, tr("Project name"), tr("The project name is required."),
              tr("The project name is longer than %1 characters.").arg(maximumNameLength));
    checkName(CandidateField::Carrier, carrier, tr("Carrying administration"),
              tr("The carrying administration is required."),
              tr("The carrying administration is longer than %1 characters.").arg(maximumNameLength));
    checkName(CandidateField::Incubator, incubator, tr("Incubator"), QString(),
              tr("The incubator is longer than %1 characters.").arg(maximumNameLength));
    if (const Result<QString> text = NameText::normaliseFreeText(description, tr("Description")); !text)
        errors.append({CandidateField::Description, text.error()});

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

Candidate Candidate::normalised() const
{
    Candidate stored = *this;
    stored.name = storedName(name);
    stored.carrier = storedName(carrier);
    stored.incubator = incubator.trimmed().isEmpty() ? QString() : storedName(incubator);
    if (const Result<QString> text = NameText::normaliseFreeText(description, QString()))
        stored.description = text.value();
    return stored;
}
