#include "CommitteeCopier.h"

#include "AuditText.h"
#include "CriterionRepository.h"
#include "MemberRepository.h"
#include "PromotionRepository.h"
#include "StoreWrite.h"

#include "domain/AuditAction.h"
#include "domain/TextKey.h"

#include <QSet>

Result<CommitteeCopy> CommitteeCopier::copy(StoreWrite &write, int sourceNumber, const Promotion &target,
                                            const ScoreSheet &targetSheet)
{
    using Copied = Result<CommitteeCopy>;
    const Result<std::optional<Promotion>> found = PromotionRepository(write.connection()).byNumber(sourceNumber);
    if (!found)
        return Copied::failure(found.error());
    if (!found.value())
        return Copied::failure(tr("There is no promotion FAST%1 to copy a committee from.").arg(sourceNumber));
    const Promotion &source = *found.value();
    if (source.number == target.number)
        return Copied::failure(
            tr("%1's committee cannot be copied onto itself: choose an earlier promotion.").arg(target.label()));
    // Copying replaces the criteria, and notes given on the old ones would lose their meaning.
    if (targetSheet.hasAnyNote())
        return Copied::failure(tr("%1 already has notes: its criteria can no longer change, so %2's committee "
                                  "cannot be copied into it. Add the missing members one by one instead.")
                                   .arg(target.label(), source.label()));

    CommitteeCopy copied;
    copied.sourceNumber = source.number;
    copied.targetNumber = target.number;
    MemberRepository memberRows(write.connection());
    // A read that fails refuses the copy: an unread committee is not an empty one.
    const Result<QList<CommitteeMember>> targetMembers = memberRows.forPromotion(target.id);
    if (!targetMembers)
        return Copied::failure(targetMembers.error());
    const Result<QList<CommitteeMember>> sourceMembers = memberRows.forPromotion(source.id);
    if (!sourceMembers)
        return Copied::failure(sourceMembers.error());
    QSet<QString> present;
    for (const CommitteeMember &member : targetMembers.value())
        present.insert(TextKey::fold(member.name));
    for (const CommitteeMember &member : sourceMembers.value()) {
        const QString key = TextKey::fold(member.name);
        if (present.contains(key)) {
            copied.membersAlreadyThere.append(member.name);
            continue;
        }
        const Result<qint64> id = memberRows.insert(target.id, member.name);
        if (!id)
            return Copied::failure(id.error());
        present.insert(key);
        copied.addedMembers.append({id.value(), member.name});
        write.audit(AuditAction::memberAdd, target.number, target.label() + QStringLiteral(" / ") + member.name,
                    QString(), member.name);
    }

    CriterionRepository criterionRows(write.connection());
    const Result<CriteriaSet> beforeRead = criterionRows.forPromotion(target.id);
    if (!beforeRead)
        return Copied::failure(beforeRead.error());
    const Result<CriteriaSet> wantedRead = criterionRows.forPromotion(source.id);
    if (!wantedRead)
        return Copied::failure(wantedRead.error());
    const CriteriaSet &before = beforeRead.value();
    const CriteriaSet &wanted = wantedRead.value();
    const QString oldText = AuditText::criteria(before);
    const QString newText = AuditText::criteria(wanted);
    if (oldText != newText && !wanted.isEmpty()) {
        if (const Outcome valid = wanted.validate(); !valid)
            return Copied::failure(valid.error());
        if (const Outcome written = criterionRows.replace(target.id, wanted); !written)
            return Copied::failure(written.error());
        copied.criteriaChanged = true;
        copied.criteriaBefore = before;
        write.audit(AuditAction::criteriaUpdate, target.number, target.label() + QStringLiteral(" / criteria"), oldText,
                    newText);
    }
    if (copied.addedMembers.isEmpty() && !copied.criteriaChanged)
        return Copied::failure(tr("Nothing to copy: %1 already has every member and the criteria of %2.")
                                   .arg(target.label(), source.label()));
    return Copied::success(copied);
}
