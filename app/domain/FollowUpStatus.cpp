#include "FollowUpStatus.h"

#include <QCoreApplication>

QString followUpStatusKey(FollowUpStatus status)
{
    switch (status) {
    case FollowUpStatus::ToSign:
        return QStringLiteral("to_sign");
    case FollowUpStatus::Signed:
        return QStringLiteral("signed");
    case FollowUpStatus::Paying:
        return QStringLiteral("paying");
    case FollowUpStatus::PaidInFull:
        return QStringLiteral("paid");
    case FollowUpStatus::Withdrawn:
        return QStringLiteral("withdrawn");
    }
    return QString();
}

QString followUpStatusDisplayName(FollowUpStatus status)
{
    switch (status) {
    case FollowUpStatus::ToSign:
        return QCoreApplication::translate("FollowUpStatus", "to sign");
    case FollowUpStatus::Signed:
        return QCoreApplication::translate("FollowUpStatus", "signed");
    case FollowUpStatus::Paying:
        return QCoreApplication::translate("FollowUpStatus", "paying");
    case FollowUpStatus::PaidInFull:
        return QCoreApplication::translate("FollowUpStatus", "paid in full");
    case FollowUpStatus::Withdrawn:
        return QCoreApplication::translate("FollowUpStatus", "withdrawn");
    }
    return QString();
}
