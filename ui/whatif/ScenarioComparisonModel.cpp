#include "whatif/ScenarioComparisonModel.h"

#include "widgets/Palette.h"

#include <QBrush>
#include <QColor>
#include <QFont>

ScenarioComparisonModel::ScenarioComparisonModel(QObject *parent) : QAbstractTableModel(parent)
{}

void ScenarioComparisonModel::setComparison(const ScenarioComparison &comparison, const QString &nameA,
                                            const QString &nameB)
{
    beginResetModel();
    m_comparison = comparison;
    m_nameA = nameA;
    m_nameB = nameB;
    endResetModel();
    emit headerDataChanged(Qt::Horizontal, AColumn, BColumn);
}

QString ScenarioComparisonModel::sideText(const ScenarioComparison::Side &side)
{
    if (side.excluded)
        return tr("Excluded");
    if (side.decision == Decision::Laureate)
        return tr("%1 — %2").arg(decisionDisplayName(side.decision), side.granted.toString());
    if (side.decision == Decision::None)
        return tr("No proposal");
    return decisionDisplayName(side.decision);
}

int ScenarioComparisonModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_comparison.rows().size());
}

int ScenarioComparisonModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ScenarioComparisonModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ScenarioComparison::Row &row = m_comparison.rows().at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return row.name;
        case AColumn:
            return sideText(row.a);
        case BColumn:
            return sideText(row.b);
        case DifferenceColumn:
            return row.differs() ? QStringLiteral("≠") : QString();
        default:
            return {};
        }
    case Qt::ToolTipRole:
    case Qt::AccessibleTextRole:
        if (index.column() == DifferenceColumn)
            return row.differs() ? tr("The two scenarios differ for %1.").arg(row.name)
                                 : tr("Same proposal for %1 in both scenarios.").arg(row.name);
        return {};
    case Qt::FontRole:
        if (row.differs()) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case Qt::BackgroundRole:
        return row.differs() ? QBrush(Palette::differenceBackground()) : QVariant();
    case Qt::TextAlignmentRole:
        return index.column() == DifferenceColumn ? QVariant(Qt::AlignCenter) : QVariant();
    default:
        return {};
    }
}

QVariant ScenarioComparisonModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Candidate");
    case AColumn:
        return tr("A: %1").arg(m_nameA);
    case BColumn:
        return tr("B: %1").arg(m_nameB);
    case DifferenceColumn:
        return tr("Differs");
    default:
        return {};
    }
}
