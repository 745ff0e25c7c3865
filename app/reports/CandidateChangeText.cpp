#include "CandidateChangeText.h"

#include <algorithm>

namespace {

// Long descriptions would push the preview sideways: the change shows their start, on one line.
constexpr int shownTextLength = 80;

QString shown(const QString &value)
{
    if (value.isEmpty())
        return CandidateChangeText::emptyValue();
    QString text = value.simplified();
    if (text.size() > shownTextLength)
        text = text.left(shownTextLength - 1) + QChar(0x2026);
    return text;
}

QString decisionText(Decision decision)
{
    return decision == Decision::None ? CandidateChangeText::emptyValue() : decisionDisplayName(decision);
}

QString extraValue(const CandidateExtraFields &fields, const QString &name)
{
    for (const CandidateExtraField &field : fields) {
        if (field.name.compare(name, Qt::CaseInsensitive) == 0)
            return field.value;
    }
    return QString();
}

} // namespace

QString CandidateChangeText::emptyValue()
{
    return tr("(empty)");
}

QString CandidateChangeText::fieldName(CandidateField field)
{
    switch (field) {
    case CandidateField::Name:
        return tr("project");
    case CandidateField::Carrier:
        return tr("carrying administration");
    case CandidateField::Incubator:
        return tr("incubator");
    case CandidateField::Kind:
        return tr("kind");
    case CandidateField::Phase:
        return tr("phase");
    case CandidateField::AnnualBudget:
        return tr("annual budget");
    case CandidateField::Requested:
        return tr("requested amount");
    case CandidateField::Description:
        return tr("description");
    case CandidateField::Decision:
        return tr("decision");
    case CandidateField::Granted:
        return tr("granted amount");
    case CandidateField::Reference:
        return tr("file number");
    case CandidateField::ContactEmail:
        return tr("contact e-mail");
    case CandidateField::ExtraFields:
        return tr("other answers");
    }
    return QString();
}

QList<CandidateImportChange> CandidateChangeText::changes(const Candidate &before, const Candidate &after)
{
    QList<CandidateImportChange> changes;
    // Compared on the values themselves, shown as the table shows them (a long text by its start).
    const auto compare = [&](CandidateField field, bool differs, const QString &oldValue, const QString &newValue) {
        if (differs)
            changes.append({field, fieldName(field), oldValue, newValue});
    };
    const auto compareText = [&](CandidateField field, const QString &oldValue, const QString &newValue) {
        compare(field, oldValue != newValue, shown(oldValue), shown(newValue));
    };
    compareText(CandidateField::Name, before.name, after.name);
    compareText(CandidateField::Carrier, before.carrier, after.carrier);
    compareText(CandidateField::Incubator, before.incubator, after.incubator);
    compare(CandidateField::Kind, before.kind != after.kind, candidateKindDisplayName(before.kind),
            candidateKindDisplayName(after.kind));
    compare(CandidateField::Phase, before.phase != after.phase, phaseDisplayName(before.phase),
            phaseDisplayName(after.phase));
    compare(CandidateField::AnnualBudget, before.annualBudget != after.annualBudget, before.annualBudget.toString(),
            after.annualBudget.toString());
    compare(CandidateField::Requested, before.requested != after.requested, before.requested.toString(),
            after.requested.toString());
    compareText(CandidateField::Description, before.description, after.description);
    compare(CandidateField::Decision, before.decision != after.decision, decisionText(before.decision),
            decisionText(after.decision));
    compare(CandidateField::Granted, before.granted != after.granted, before.granted.toString(),
            after.granted.toString());
    compareText(CandidateField::ContactEmail, before.contactEmail, after.contactEmail);
    QStringList names;
    for (const CandidateExtraFields *fields : {&before.extraFields, &after.extraFields}) {
        for (const CandidateExtraField &field : *fields) {
            const bool seen = std::any_of(names.cbegin(), names.cend(), [&](const QString &name) {
                return name.compare(field.name, Qt::CaseInsensitive) == 0;
            });
            if (!seen)
                names.append(field.name);
        }
    }
    for (const QString &name : names) {
        const QString oldValue = extraValue(before.extraFields, name);
        const QString newValue = extraValue(after.extraFields, name);
        if (oldValue != newValue)
            changes.append({CandidateField::ExtraFields, name, shown(oldValue), shown(newValue)});
    }
    return changes;
}
