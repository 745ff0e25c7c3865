#include "AuditText.h"

#include <QCoreApplication>

namespace {

void compare(QList<AuditText::FieldChange> &changes, const QString &field, const QString &oldValue,
             const QString &newValue)
{
    if (oldValue != newValue)
        changes.append({field, oldValue, newValue});
}

QString dateText(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

QString percentText(int percent)
{
    return QStringLiteral("%1 %").arg(percent);
}

} // namespace

QList<AuditText::FieldChange> AuditText::promotionChanges(const Promotion &before, const Promotion &after)
{
    QList<FieldChange> changes;
    compare(changes, QStringLiteral("number"), QString::number(before.number), QString::number(after.number));
    compare(changes, QStringLiteral("year"), QString::number(before.year), QString::number(after.year));
    compare(changes, QStringLiteral("envelope"), before.envelope.toString(), after.envelope.toString());
    compare(changes, QStringLiteral("rate"), percentText(before.rule.ratePercent()),
            percentText(after.rule.ratePercent()));
    compare(changes, QStringLiteral("cap"), before.rule.cap().toString(), after.rule.cap().toString());
    compare(changes, QStringLiteral("minimum score"), QString::number(before.minimumScore),
            QString::number(after.minimumScore));
    compare(changes, QStringLiteral("committee date"), dateText(before.committeeDate), dateText(after.committeeDate));
    return changes;
}

QList<AuditText::FieldChange> AuditText::candidateChanges(const Candidate &before, const Candidate &after)
{
    QList<FieldChange> changes;
    compare(changes, QStringLiteral("name"), before.name, after.name);
    compare(changes, QStringLiteral("carrier"), before.carrier, after.carrier);
    compare(changes, QStringLiteral("incubator"), before.incubator, after.incubator);
    compare(changes, QStringLiteral("kind"), candidateKindKey(before.kind), candidateKindKey(after.kind));
    compare(changes, QStringLiteral("phase"), phaseKey(before.phase), phaseKey(after.phase));
    compare(changes, QStringLiteral("annual budget"), before.annualBudget.toString(), after.annualBudget.toString());
    compare(changes, QStringLiteral("requested"), before.requested.toString(), after.requested.toString());
    compare(changes, QStringLiteral("description"), before.description, after.description);
    compare(changes, QStringLiteral("decision"), decisionKey(before.decision), decisionKey(after.decision));
    compare(changes, QStringLiteral("granted"), before.granted.toString(), after.granted.toString());
    compare(changes, QStringLiteral("file number"), before.reference, after.reference);
    compare(changes, QStringLiteral("contact e-mail"), before.contactEmail, after.contactEmail);
    // Each extra field by its name, so that the log says which answer of the form changed.
    QStringList names;
    for (const CandidateExtraFields *fields : {&before.extraFields, &after.extraFields}) {
        for (const CandidateExtraField &field : *fields) {
            if (!names.contains(field.name))
                names.append(field.name);
        }
    }
    const auto valueOf = [](const CandidateExtraFields &fields, const QString &name) {
        for (const CandidateExtraField &field : fields) {
            if (field.name == name)
                return field.value;
        }
        return QString();
    };
    for (const QString &name : names)
        compare(changes, name, valueOf(before.extraFields, name), valueOf(after.extraFields, name));
    return changes;
}

QString AuditText::promotion(const Promotion &promotion)
{
    QStringList parts{QCoreApplication::translate("CommitteeStore", "year %1").arg(promotion.year),
                      QCoreApplication::translate("CommitteeStore", "envelope %1").arg(promotion.envelope.toString()),
                      promotion.rule.describe(),
                      QCoreApplication::translate("CommitteeStore", "minimum score %1").arg(promotion.minimumScore)};
    if (promotion.committeeDate.isValid())
        parts.append(
            QCoreApplication::translate("CommitteeStore", "committee %1").arg(dateText(promotion.committeeDate)));
    return parts.join(QStringLiteral("; "));
}

QString AuditText::candidate(const Candidate &candidate)
{
    QStringList parts{candidate.name, candidate.carrier, candidateKindKey(candidate.kind)};
    if (!candidate.reference.isEmpty())
        parts.append(QCoreApplication::translate("CommitteeStore", "file %1").arg(candidate.reference));
    if (!candidate.incubator.isEmpty())
        parts.append(QCoreApplication::translate("CommitteeStore", "incubator %1").arg(candidate.incubator));
    if (candidate.phase != Phase::Unspecified)
        parts.append(phaseKey(candidate.phase));
    parts.append(QCoreApplication::translate("CommitteeStore", "budget %1").arg(candidate.annualBudget.toString()));
    parts.append(QCoreApplication::translate("CommitteeStore", "requested %1").arg(candidate.requested.toString()));
    if (candidate.decision != Decision::None)
        parts.append(decisionKey(candidate.decision));
    if (candidate.decision == Decision::Laureate)
        parts.append(QCoreApplication::translate("CommitteeStore", "granted %1").arg(candidate.granted.toString()));
    return parts.join(QStringLiteral("; "));
}

QString AuditText::decision(Decision decision, Money granted)
{
    // Stable keys, like the candidates' audit rows, so the log reads the same in every language.
    if (decision == Decision::Laureate)
        return QStringLiteral("%1 %2").arg(decisionKey(decision), granted.toString());
    return decisionKey(decision);
}

QString AuditText::criteria(const CriteriaSet &criteria)
{
    // Stored data, not a sentence: the fund's labels and their weights, in order.
    QStringList parts;
    for (const Criterion &criterion : criteria.criteria())
        parts.append(QStringLiteral("%1 %2").arg(criterion.name.trimmed()).arg(criterion.weight));
    return parts.join(QStringLiteral("; "));
}
