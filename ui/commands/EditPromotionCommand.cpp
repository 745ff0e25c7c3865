#include "commands/EditPromotionCommand.h"

#include "storage/CommitteeStore.h"

#include <QCoreApplication>

EditPromotionCommand::EditPromotionCommand(CommitteeStore &store, const Promotion &before, const Promotion &after)
    : StoreCommand(store, QCoreApplication::translate("EditPromotionCommand", "Edit promotion %1").arg(after.label())),
      m_before(before), m_after(after)
{}

Outcome EditPromotionCommand::apply()
{
    return replace(m_before, m_after);
}

Outcome EditPromotionCommand::revert()
{
    return replace(m_after, m_before);
}

Outcome EditPromotionCommand::replace(const Promotion &from, const Promotion &to)
{
    // Found by number: the id stays, but an undone creation would have given it a new one.
    const Result<std::optional<Promotion>> read = m_store.promotion(from.number);
    if (!read)
        return Outcome::failure(read.error());
    const std::optional<Promotion> current = read.value();
    if (!current)
        return Outcome::failure(
            QCoreApplication::translate("EditPromotionCommand", "The promotion %1 no longer exists.")
                .arg(from.label()));
    Promotion changed = to;
    changed.id = current->id;
    changed.status = current->status;
    return m_store.updatePromotion(changed);
}
