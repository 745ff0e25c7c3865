#include "audit/AuditLogFilterProxyModel.h"

#include "audit/AuditLogModel.h"
#include "domain/TextKey.h"

#include <QDateTime>

AuditLogFilterProxyModel::AuditLogFilterProxyModel(QObject *parent) : QSortFilterProxyModel(parent)
{}

void AuditLogFilterProxyModel::setPromotion(int number)
{
    if (number == m_promotion)
        return;
    m_promotion = number;
    invalidateFilter();
}

void AuditLogFilterProxyModel::setCandidateText(const QString &text)
{
    if (text == m_candidateText)
        return;
    m_candidateText = text;
    m_candidateKey = TextKey::fold(text);
    invalidateFilter();
}

void AuditLogFilterProxyModel::setOperator(const QString &name)
{
    if (name == m_operator)
        return;
    m_operator = name;
    invalidateFilter();
}

void AuditLogFilterProxyModel::setDateRange(const QDate &from, const QDate &to)
{
    if (from == m_from && to == m_to)
        return;
    m_from = from;
    m_to = to;
    invalidateFilter();
}

bool AuditLogFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const auto *log = qobject_cast<const AuditLogModel *>(sourceModel());
    if (!log || sourceParent.isValid())
        return true;
    const AuditEntry &entry = log->entryAt(sourceRow);
    if (m_promotion != 0 && entry.promotionNumber != m_promotion)
        return false;
    if (!m_operator.isEmpty() && entry.operatorName != m_operator)
        return false;
    if (!m_candidateKey.isEmpty()) {
        const QString candidate =
            log->data(log->index(sourceRow, AuditLogModel::CandidateColumn), AuditLogModel::CandidateRole).toString();
        if (!TextKey::fold(candidate).contains(m_candidateKey))
            return false;
    }
    // The days the secretariat sees in the "when" column: local time.
    const QDate day = entry.at.toLocalTime().date();
    if (m_from.isValid() && day < m_from)
        return false;
    if (m_to.isValid() && day > m_to)
        return false;
    return true;
}

bool AuditLogFilterProxyModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    if (left.column() == AuditLogModel::WhenColumn && right.column() == AuditLogModel::WhenColumn)
        return left.data(AuditLogModel::TimestampRole).toLongLong() <
               right.data(AuditLogModel::TimestampRole).toLongLong();
    if (left.column() == AuditLogModel::PromotionColumn && right.column() == AuditLogModel::PromotionColumn)
        return left.data(AuditLogModel::PromotionNumberRole).toInt() <
               right.data(AuditLogModel::PromotionNumberRole).toInt();
    return QString::localeAwareCompare(left.data().toString(), right.data().toString()) < 0;
}
