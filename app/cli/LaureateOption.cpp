#include "LaureateOption.h"

#include "CliContext.h"

#include "domain/TextKey.h"
#include "reports/PaymentCsvImport.h"
#include "storage/CommitteeStore.h"

std::optional<qint64> LaureateOption::find(CliContext &context, const Promotion &promotion, const QString &name)
{
    CommitteeStore *store = context.openStore();
    if (!store)
        return std::nullopt;
    const std::optional<QList<Candidate>> candidates = context.read(store->candidates(promotion.number));
    if (!candidates)
        return std::nullopt;
    const QString wanted = TextKey::fold(name);
    for (const Candidate &candidate : *candidates) {
        if (TextKey::fold(candidate.name) == wanted)
            return candidate.id;
    }
    context.err() << tr("%1 has no candidate called \"%2\".").arg(promotion.label(), name) << Qt::endl;
    return std::nullopt;
}

std::optional<QDate> LaureateOption::date(CliContext &context, const QString &option, const QString &text)
{
    const QDate date = PaymentCsvImport::parseDate(text);
    if (date.isValid())
        return date;
    context.err() << tr("--%1: \"%2\" is not a date: write 2025-07-14 or 14/07/2025.").arg(option, text) << Qt::endl;
    return std::nullopt;
}
