#include "history/PromotionSideBySideModel.h"

PromotionSideBySideModel::PromotionSideBySideModel(QObject *parent) : QAbstractTableModel(parent)
{}

void PromotionSideBySideModel::setComparison(const PromotionSideBySide &comparison)
{
    beginResetModel();
    m_comparison = comparison;
    endResetModel();
}

int PromotionSideBySideModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_comparison.lines().size());
}

int PromotionSideBySideModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : 2;
}

QVariant PromotionSideBySideModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_comparison.lines().size())
        return QVariant();
    const PromotionSideBySide::Line &line = m_comparison.lines().at(index.row());
    if (role == Qt::DisplayRole)
        return index.column() == 0 ? line.left : line.right;
    if (role == Qt::TextAlignmentRole)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::AccessibleDescriptionRole)
        return line.label;
    return QVariant();
}

QVariant PromotionSideBySideModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role == Qt::TextAlignmentRole)
        return orientation == Qt::Horizontal ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                             : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return QVariant();
    if (orientation == Qt::Vertical)
        return section < m_comparison.lines().size() ? m_comparison.lines().at(section).label : QString();
    return section == 0 ? m_comparison.leftTitle() : m_comparison.rightTitle();
}
