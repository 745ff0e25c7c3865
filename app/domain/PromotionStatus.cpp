#include "PromotionStatus.h"

#include <QCoreApplication>

QString promotionStatusKey(PromotionStatus status)
{
    return status == PromotionStatus::Closed ? QStringLiteral("closed") : QStringLiteral("open");
}

std::optional<PromotionStatus> promotionStatusFromKey(const QString &key)
{
    if (key == QLatin1String("open"))
        return PromotionStatus::Open;
    if (key == QLatin1String("closed"))
        return PromotionStatus::Closed;
    return std::nullopt;
}

QString promotionStatusDisplayName(PromotionStatus status)
{
    return status == PromotionStatus::Closed ? QCoreApplication::translate("PromotionStatus", "Closed")
                                             : QCoreApplication::translate("PromotionStatus", "Open");
}
