#include "Candidate.h"

#include "NameText.h"
#include "TextKey.h"

#include <QSet>

namespace {

// The text of a name field as stored when the policy accepts it, else the text unchanged.
QString storedName(const QString &text)
{
    const Result<QString> normalised = NameText::normalise(text, QString());
    return normalised ? normalised.value() : text;
}

// An address the applicant can be written to: one '@' with text on both sides, a dot inside the domain,
// no space. Not RFC 5322 in full: the form already checked the address; this catches a column mapped wrong.
bool looksLikeEmail(const QString &email)
{
    const qsizetype at = email.indexOf(QLatin1Char('@'));
    if (at <= 0 || at != email.lastIndexOf(QLatin1Char('@')))
        return false;
    const QString domain = email.mid(at + 1);
    const qsizetype dot = domain.indexOf(QLatin1Char('.'));
    if (dot <= 0 || domain.endsWith(QLatin1Char('.')))
        return false;
    for (const QChar character : email) {
        if (character.isSpace())
            return false;
    }
    return true;
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
    if (!reference.trimmed().isEmpty()) {
        if (const Result<QString> text = NameText::normalise(reference, tr("File number"), maximumReferenceLength);
            !text)
            errors.append({CandidateField::Reference, text.error()});
    }
    if (const QString email = contactEmail.trimmed(); !email.isEmpty()) {
        if (const Result<QString> text = NameText::normalise(email, tr("Contact e-mail"), maximumEmailLength); !text)
            errors.append({CandidateField::ContactEmail, text.error()});
        else if (!looksLikeEmail(email))
            errors.append({CandidateField::ContactEmail,
                           tr("The contact e-mail \"%1\" is not an address of the form name@domain.fr.").arg(email)});
    }
    QSet<QString> extraFieldKeys;
    for (const CandidateExtraField &field : extraFields) {
        if (field.name.trimmed().isEmpty()) {
            errors.append({CandidateField::ExtraFields, tr("An extra field has no name.")});
            continue;
        }
        if (const Result<QString> text = NameText::normalise(field.name, tr("Extra field name")); !text) {
            errors.append({CandidateField::ExtraFields, text.error()});
            continue;
        }
        if (const Result<QString> text = NameText::normaliseFreeText(field.value, field.name.trimmed()); !text)
            errors.append({CandidateField::ExtraFields, text.error()});
        if (const QString key = TextKey::fold(field.name); extraFieldKeys.contains(key))
            errors.append(
                {CandidateField::ExtraFields, tr("The extra field \"%1\" is given twice.").arg(field.name.trimmed())});
        else
            extraFieldKeys.insert(key);
    }

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
    stored.reference = reference.trimmed().isEmpty() ? QString() : storedName(reference.trimmed());
    stored.contactEmail = contactEmail.trimmed().isEmpty() ? QString() : storedName(contactEmail.trimmed());
    for (CandidateExtraField &field : stored.extraFields) {
        field.name = storedName(field.name);
        if (const Result<QString> text = NameText::normaliseFreeText(field.value, QString()))
            field.value = text.value();
    }
    return stored;
}
