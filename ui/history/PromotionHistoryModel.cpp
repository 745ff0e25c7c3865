#include "history/PromotionHistoryModel.h"

#include "widgets/Palette.h"
#include "widgets/StatusIcons.h"

#include <QBrush>
#include <QColor>

namespace {

bool isAmount(PromotionHistoryModel::Column c)
{
    using Column = PromotionHistoryModel::Column;
    return c == Column::Envelope || c == Column::Granted || c == Column::Remaining || c == Column::MeanGrant;
}

bool isNumber(PromotionHistoryModel::Column c)
{
    using Column = PromotionHistoryModel::Column;
    return isAmount(c) || c == Column::Year || c == Column::Candidates || c == Column::Laureates;
}

} // namespace

PromotionHistoryModel::PromotionHistoryModel(QObject *parent)
    : QAbstractTableModel(parent), m_lockIcon(StatusIcons::lockIcon()), m_openIcon(StatusIcons::openIcon())
{}

void PromotionHistoryModel::setHistory(const PromotionHistory &history)
{
    beginResetModel();
    m_rows = history.rows();
    endResetModel();
}

int PromotionHistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int PromotionHistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : column(Column::Count);
}

QVariant PromotionHistoryModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return QVariant();
    const PromotionHistory::Row &row = m_rows.at(index.row());
    const auto c = static_cast<Column>(index.column());
    switch (role) {
    case Qt::DisplayRole:
        switch (c) {
        case Column::Promotion:
            return QStringLiteral("FAST%1").arg(row.number);
        case Column::Year:
            return QString::number(row.year);
        case Column::Status:
            return row.isClosed() ? tr("closed (read-only)") : tr("open");
        case Column::Candidates:
            return QString::number(row.candidates);
        case Column::Laureates:
            return QString::number(row.laureates);
        case Column::Envelope:
            return row.envelope.toString();
        case Column::Granted:
            return row.granted.toString();
        case Column::Remaining:
            return row.remaining().toString();
        case Column::MeanGrant:
            // No laureates, no mean: a dash rather than a grant of nothing.
            return row.laureates > 0 ? row.meanGrant().toString() : QStringLiteral("—");
        case Column::Count:
            break;
        }
        return QVariant();
    case SortRole:
        switch (c) {
        case Column::Promotion:
            return row.number;
        case Column::Year:
            return row.year * 1000 + row.number;
        case Column::Status:
            return row.isClosed() ? 1 : 0;
        case Column::Candidates:
            return row.candidates;
        case Column::Laureates:
            return row.laureates;
        case Column::Envelope:
            return row.envelope.cents();
        case Column::Granted:
            return row.granted.cents();
        case Column::Remaining:
            return row.remaining().cents();
        case Column::MeanGrant:
            return row.meanGrant().cents();
        case Column::Count:
            break;
        }
        return QVariant();
    case PromotionNumberRole:
        return row.number;
    case Qt::DecorationRole:
        if (c == Column::Status)
            return row.isClosed() ? m_lockIcon : m_openIcon;
        return QVariant();
    case Qt::ForegroundRole:
        // Overspending is shown, never hidden (rules.md).
        if (c == Column::Remaining && row.remaining().isNegative())
            return QBrush(Palette::errorText());
        return QVariant();
    case Qt::ToolTipRole:
        if (c == Column::Remaining && row.remaining().isNegative())
            return tr("Overspent by %1").arg((Money() - row.remaining()).toString());
        if (c == Column::Candidates)
            return tr("%1 products, %2 incubators").arg(row.productCandidates).arg(row.incubatorCandidates);
        if (c == Column::Laureates)
            return tr("%1 products, %2 incubators").arg(row.productLaureates).arg(row.incubatorLaureates);
        return QVariant();
    case Qt::TextAlignmentRole:
        return isNumber(c) ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    default:
        return QVariant();
    }
}

QVariant PromotionHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QVariant();
    const auto c = static_cast<Column>(section);
    if (role == Qt::TextAlignmentRole)
        return isNumber(c) ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return QVariant();
    switch (c) {
    case Column::Promotion:
        return tr("Promotion");
    case Column::Year:
        return tr("Year");
    case Column::Status:
        return tr("Status");
    case Column::Candidates:
        return tr("Candidates");
    case Column::Laureates:
        return tr("Laureates");
    case Column::Envelope:
        return tr("Envelope");
    case Column::Granted:
        return tr("Granted");
    case Column::Remaining:
        return tr("Remaining");
    case Column::MeanGrant:
        return tr("Mean grant");
    case Column::Count:
        break;
    }
    return QVariant();
}
