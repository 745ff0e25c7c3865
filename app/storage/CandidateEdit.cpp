#include "CandidateEdit.h"

#include "AuditLogRepository.h"
#include "AuditText.h"
#include "CandidateImportCheck.h"
#include "CandidateRepository.h"
#include "StoreWrite.h"

#include "domain/AuditAction.h"
#include "domain/TextKey.h"

#include <QtGlobal>

#include <array>
#include <functional>

namespace {

// One field of a candidate as an edit sees it: compared, carried over, named and shown in a refusal.
struct EditedField
{
    // The last part of the field's audit subject (AuditText::candidateChanges); empty for the extra fields,
    // which are audited one answer at a time.
    const char *auditName;
    const char *label; // for the refusal, translated in CandidateEdit's context
    std::function<bool(const Candidate &, const Candidate &)> same;
    std::function<void(Candidate &to, const Candidate &from)> copy;
    std::function<QString(const Candidate &)> shown;
};

template <typename Member> EditedField textField(const char *auditName, const char *label, Member member)
{
    return {auditName, label, [member](const Candidate &a, const Candidate &b) { return a.*member == b.*member; },
            [member](Candidate &to, const Candidate &from) { to.*member = from.*member; },
            [member](const Candidate &candidate) {
                return candidate.*member;
            }};
}

EditedField moneyField(const char *auditName, const char *label, Money Candidate::*member)
{
    return {auditName, label, [member](const Candidate &a, const Candidate &b) { return a.*member == b.*member; },
            [member](Candidate &to, const Candidate &from) { to.*member = from.*member; },
            [member](const Candidate &candidate) {
                return (candidate.*member).toString();
            }};
}

const std::array<EditedField, 13> &editedFields()
{
    static const std::array<EditedField, 13> fields{
        textField("name", QT_TRANSLATE_NOOP("CandidateEdit", "name"), &Candidate::name),
        textField("carrier", QT_TRANSLATE_NOOP("CandidateEdit", "carrier"), &Candidate::carrier),
        textField("incubator", QT_TRANSLATE_NOOP("CandidateEdit", "incubator"), &Candidate::incubator),
        EditedField{"kind", QT_TRANSLATE_NOOP("CandidateEdit", "kind"),
                    [](const Candidate &a, const Candidate &b) { return a.kind == b.kind; },
                    [](Candidate &to, const Candidate &from) { to.kind = from.kind; },
                    [](const Candidate &candidate) {
                        return candidateKindDisplayName(candidate.kind);
                    }},
        EditedField{"phase", QT_TRANSLATE_NOOP("CandidateEdit", "phase"),
                    [](const Candidate &a, const Candidate &b) { return a.phase == b.phase; },
                    [](Candidate &to, const Candidate &from) { to.phase = from.phase; },
                    [](const Candidate &candidate) {
                        return phaseDisplayName(candidate.phase);
                    }},
        moneyField("annual budget", QT_TRANSLATE_NOOP("CandidateEdit", "budget"), &Candidate::annualBudget),
        moneyField("requested", QT_TRANSLATE_NOOP("CandidateEdit", "requested amount"), &Candidate::requested),
        textField("description", QT_TRANSLATE_NOOP("CandidateEdit", "description"), &Candidate::description),
        EditedField{"decision", QT_TRANSLATE_NOOP("CandidateEdit", "decision"),
                    [](const Candidate &a, const Candidate &b) { return a.decision == b.decision; },
                    [](Candidate &to, const Candidate &from) { to.decision = from.decision; },
                    [](const Candidate &candidate) {
                        return decisionDisplayName(candidate.decision);
                    }},
        moneyField("granted", QT_TRANSLATE_NOOP("CandidateEdit", "granted amount"), &Candidate::granted),
        textField("file number", QT_TRANSLATE_NOOP("CandidateEdit", "file number"), &Candidate::reference),
        textField("contact e-mail", QT_TRANSLATE_NOOP("CandidateEdit", "contact e-mail"), &Candidate::contactEmail),
        EditedField{"", QT_TRANSLATE_NOOP("CandidateEdit", "other answers"),
                    [](const Candidate &a, const Candidate &b) { return a.extraFields == b.extraFields; },
                    [](Candidate &to, const Candidate &from) { to.extraFields = from.extraFields; },
                    [](const Candidate &candidate) {
                        QStringList answers;
                        for (const CandidateExtraField &field : candidate.extraFields)
                            answers.append(field.name + QStringLiteral(": ") + field.value);
                        return answers.join(QStringLiteral("; "));
                    }}};
    return fields;
}

// The refusals of an edit, without those on a name or description left as it was stored: a database
// written before names were checked keeps its rows (only what is written is checked), so a decision or an
// amount can still change on a candidate whose legacy name holds, say, a zero-width space.
QList<FieldError> textErrorsOnChangedFields(const QList<FieldError> &errors, const Candidate &stored,
                                            const Candidate &changed)
{
    QList<FieldError> kept;
    for (const FieldError &error : errors) {
        const bool unchangedText =
            (error.field == CandidateField::Name && changed.name == stored.name) ||
            (error.field == CandidateField::Carrier && changed.carrier == stored.carrier) ||
            (error.field == CandidateField::Incubator && changed.incubator == stored.incubator) ||
            (error.field == CandidateField::Description && changed.description == stored.description);
        if (!unchangedText)
            kept.append(error);
    }
    return kept;
}

QString joinedMessages(const QList<FieldError> &errors)
{
    QStringList messages;
    for (const FieldError &error : errors)
        messages.append(error.message);
    return messages.join(QLatin1Char(' '));
}

} // namespace

CandidateEdit::CandidateEdit(StoreWrite &write, std::optional<Candidate> before, Candidate after)
    : m_write(write), m_before(std::move(before)), m_after(std::move(after))
{}

Result<std::optional<Promotion>> CandidateEdit::write()
{
    using Written = std::optional<Promotion>;
    const Result<std::pair<Candidate, Promotion>> found = m_write.writableCandidate(m_after.id);
    if (!found)
        return Result<Written>::failure(found.error());
    const Candidate &stored = found.value().first;
    const Promotion &owner = found.value().second;
    const Candidate before = m_before ? m_before->normalised() : stored;
    const Candidate after = m_after.normalised();

    // The stored row with the fields this edit changes, each checked against what the operator opened.
    Candidate merged = stored;
    const std::array<EditedField, 13> &fields = editedFields();
    for (int field = 0; field < int(fields.size()); ++field) {
        const EditedField &edited = fields.at(std::size_t(field));
        if (edited.same(before, after) || edited.same(stored, after))
            continue;
        if (!edited.same(stored, before))
            return Result<Written>::failure(changedMeanwhileMessage(owner, stored, field));
        edited.copy(merged, after);
    }
    const QList<AuditText::FieldChange> changes = AuditText::candidateChanges(stored, merged);
    if (changes.isEmpty())
        return Result<Written>::success(std::nullopt);

    if (const QList<FieldError> errors = textErrorsOnChangedFields(merged.validate(owner.rule), stored, merged);
        !errors.isEmpty())
        return Result<Written>::failure(joinedMessages(errors));
    CandidateRepository candidateRows(m_write.connection());
    const Result<std::optional<Candidate>> clash = candidateRows.byNameKey(owner.id, TextKey::fold(merged.name));
    if (!clash)
        return Result<Written>::failure(clash.error());
    if (clash.value() && clash.value()->id != stored.id)
        return Result<Written>::failure(CandidateImportCheck::duplicateNameMessage(owner, clash.value()->name));
    const Result<std::optional<Candidate>> holder = candidateRows.byReference(owner.id, merged.reference);
    if (!holder)
        return Result<Written>::failure(holder.error());
    if (holder.value() && holder.value()->id != stored.id)
        return Result<Written>::failure(
            CandidateImportCheck::duplicateReferenceMessage(owner, merged.reference, holder.value()->name));

    const Result<bool> written = candidateRows.updateChangedColumns(stored, merged);
    if (!written)
        return Result<Written>::failure(written.error());
    if (!written.value()) {
        // Changed by another connection between this transaction's read and its write (a server's
        // transactions do not lock what they read): say which field, as the check above would have.
        const Result<std::pair<Candidate, Promotion>> now = m_write.writableCandidate(stored.id);
        if (!now)
            return Result<Written>::failure(now.error());
        for (int field = 0; field < int(fields.size()); ++field) {
            const EditedField &edited = fields.at(std::size_t(field));
            if (!edited.same(stored, merged) && !edited.same(stored, now.value().first))
                return Result<Written>::failure(changedMeanwhileMessage(owner, now.value().first, field));
        }
        return Result<Written>::failure(changedMeanwhileMessage(owner, now.value().first, 0));
    }
    const QString subject = owner.label() + QStringLiteral(" / ") + merged.name + QStringLiteral(" / ");
    for (const AuditText::FieldChange &change : changes)
        m_write.audit(AuditAction::candidateUpdate, owner.number, subject + change.field, change.oldValue,
                      change.newValue);
    return Result<Written>::success(owner);
}

QString CandidateEdit::changedMeanwhileMessage(const Promotion &owner, const Candidate &now, int field) const
{
    const EditedField &edited = editedFields().at(std::size_t(field));
    // Who: the newest audit row on that field; a decision set from the ranking is audited on the candidate
    // itself, as are the form's other answers one by one, so those look at the candidate's newest row.
    const QString candidateSubject = owner.label() + QStringLiteral(" / ") + now.name;
    const bool ownSubject = qstrlen(edited.auditName) > 0 && qstrcmp(edited.auditName, "decision") != 0 &&
                            qstrcmp(edited.auditName, "granted") != 0;
    AuditLogRepository auditRows(m_write.connection());
    Result<std::optional<AuditEntry>> latest = Result<std::optional<AuditEntry>>::success(std::nullopt);
    if (ownSubject)
        latest = auditRows.latestAbout(candidateSubject + QStringLiteral(" / ") + QLatin1String(edited.auditName));
    if (!latest || !latest.value())
        latest = auditRows.latestAbout(candidateSubject);
    const QString who = latest && latest.value() && !latest.value()->operatorName.isEmpty()
                            ? latest.value()->operatorName
                            : tr("another operator");
    const QString name = m_before ? m_before->name : now.name;
    const QString value = edited.shown(now);
    if (value.isEmpty())
        return tr("%1's %2 was cleared by %3 since you opened it; your change was not saved.")
            .arg(name, tr(edited.label), who);
    return tr("%1's %2 was changed to %3 by %4 since you opened it; your change was not saved.")
        .arg(name, tr(edited.label), value, who);
}
