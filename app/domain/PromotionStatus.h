#pragma once

#include <QString>

#include <optional>

// A promotion is open while the committee works on it; closed, it is read-only through every path.
enum class PromotionStatus { Open, Closed };

QString promotionStatusKey(PromotionStatus status); // "open" | "closed"
std::optional<PromotionStatus> promotionStatusFromKey(const QString &key);
QString promotionStatusDisplayName(PromotionStatus status);
