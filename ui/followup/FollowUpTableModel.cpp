#include "followup/FollowUpTableModel.h"

#include "widgets/Palette.h"

#include <QBrush>

FollowUpTableModel::FollowUpTableModel(QObject *parent) : QAbstractTableModel(parent), m_today(QDate::currentDate())
{}

void FollowUpTableModel::setToday(const QDate &today)
{
    if (today == m_today)
        return;
    m_today = today;
    if (!m_laureates.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

void FollowUpTableModel::setLaureates(const QList<LaureateFollowUp> &laureates)
{
    beginResetModel();
    m_laureates = laureates;
    endResetModel();
}

int FollowUpTableModel::rowOf(qint64 candidateId) const
{
    for (int row = 0; row < m_laureates.size(); ++row) {
        if (m_laureates.at(row).candidateId == candidateId)
            return row;
    }
    return -1;
}

Money FollowUpTableModel::totalCommitted() const
{
    Money total;
    for (const LaureateFollowUp &laureate : m_laureates)
        total += laureate.committed();
    return total;
}

Money FollowUpTableModel::totalPaid() const
{
    Money total;
    for (const LaureateFollowUp &laureate : m_laureates)
        total += laureate.paid();
    return total;
}

Money FollowUpTableModel::totalLeftToPay() const
{
    Money total;
    for (const LaureateFollowUp &laureate : m_laureates)
        total += laureate.leftToPay();
    return total;
}

Money FollowUpTableModel::totalReleased() const
{
    Money total;
    for (const LaureateFollowUp &laureate : m_laureates)
        total += laureate.released();
    return total;
}

int FollowUpTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_laureates.size());
}

int FollowUpTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString FollowUpTableModel::dateText(const QDate &date)
{
    return date.isValid() ? date.toString(QStringLiteral("dd/MM/yyyy")) : QString();
}

QString FollowUpTableModel::lateText(const LaureateFollowUp &laureate, const QDate &today)
{
    const QStringList late = laureate.lateItems(today);
    if (late.isEmpty())
        return QString();
    return tr("late: %1").arg(late.join(QStringLiteral("; ")));
}

QString FollowUpTableModel::lateSummary(const LaureateFollowUp &laureate, const QDate &today)
{
    const QStringList late = laureate.lateItems(today);
    if (late.isEmpty())
        return QString();
    if (late.size() == 1)
        return tr("late: %1").arg(late.constFirst());
    return tr("late: %1 and %n more", nullptr, int(late.size()) - 1).arg(late.constFirst());
}

QVariant FollowUpTableModel::display(const LaureateFollowUp &laureate, int column) const
{
    switch (column) {
    case Name:
        return laureate.name;
    case Status:
        return followUpStatusDisplayName(laureate.status());
    case Committed:
        return laureate.committed().toString();
    case Paid:
        return laureate.paid().toString();
    case LeftToPay:
        return laureate.leftToPay().toString();
    case NextDue: {
        const std::optional<PaymentTranche> next = laureate.nextDue();
        return next ? tr("%1 on %2").arg(next->planned.toString(), dateText(next->plannedOn)) : QString();
    }
    case Late:
        return lateSummary(laureate, m_today);
    default:
        return {};
    }
}

QVariant FollowUpTableModel::sortKey(const LaureateFollowUp &laureate, int column) const
{
    switch (column) {
    case Status:
        return int(laureate.status());
    case Committed:
        return laureate.committed().cents();
    case Paid:
        return laureate.paid().cents();
    case LeftToPay:
        return laureate.leftToPay().cents();
    case NextDue: {
        const std::optional<PaymentTranche> next = laureate.nextDue();
        // Nothing due sorts last.
        return next ? next->plannedOn : QDate(9999, 12, 31);
    }
    case Late:
        return int(laureate.lateItems(m_today).size());
    default:
        return display(laureate, column);
    }
}

QVariant FollowUpTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_laureates.size())
        return {};
    const LaureateFollowUp &laureate = m_laureates.at(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return display(laureate, column);
    case Qt::UserRole:
        return sortKey(laureate, column);
    case Qt::TextAlignmentRole:
        if (column == Committed || column == Paid || column == LeftToPay)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::ForegroundRole: {
        if (column == Late && !laureate.lateItems(m_today).isEmpty())
            return QBrush(Palette::warningText());
        if (column == NextDue) {
            const std::optional<PaymentTranche> next = laureate.nextDue();
            if (next && next->plannedOn < m_today)
                return QBrush(Palette::warningText());
        }
        if (column == Status && laureate.status() == FollowUpStatus::Withdrawn)
            return QBrush(Palette::outOfRankingText());
        return {};
    }
    case Qt::ToolTipRole:
        if (column == Late)
            return laureate.lateItems(m_today).join(QLatin1Char('\n'));
        if (column == Status && laureate.released() > Money())
            return tr("Withdrawn before any payment: %1 back to the envelope").arg(laureate.released().toString());
        if (column == Committed && laureate.agreement.isAmended())
            return tr("Amended: %1").arg(laureate.agreement.amendmentReason);
        return {};
    default:
        return {};
    }
}

QVariant FollowUpTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::TextAlignmentRole && (section == Committed || section == Paid || section == LeftToPay))
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Laureate");
    case Status:
        return tr("Status");
    case Committed:
        return tr("Committed");
    case Paid:
        return tr("Paid");
    case LeftToPay:
        return tr("Left to pay");
    case NextDue:
        return tr("Next due");
    case Late:
        return tr("Late items");
    default:
        return {};
    }
}
