#include "LimitedBy.h"

QString limitedByKey(LimitedBy limitedBy)
{
    switch (limitedBy) {
    case LimitedBy::Requested:
        return QStringLiteral("requested");
    case LimitedBy::Rate:
        return QStringLiteral("rate");
    case LimitedBy::Cap:
        return QStringLiteral("cap");
    }
    return QString();
}

std::optional<LimitedBy> limitedByFromKey(const QString &key)
{
    for (LimitedBy candidate : {LimitedBy::Requested, LimitedBy::Rate, LimitedBy::Cap}) {
        if (limitedByKey(candidate) == key)
            return candidate;
    }
    return std::nullopt;
}
