#include "whatif/ScenarioListModel.h"

ScenarioListModel::ScenarioListModel(QObject *parent) : QAbstractTableModel(parent)
{}

void ScenarioListModel::setScenarios(const QList<Scenario> &scenarios)
{
    beginResetModel();
    m_scenarios = scenarios;
    endResetModel();
}

int ScenarioListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_scenarios.size());
}

int ScenarioListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ScenarioListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Scenario &scenario = m_scenarios.at(index.row());
    if (role == Qt::TextAlignmentRole && index.column() != NameColumn)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && !scenario.note.isEmpty())
        return scenario.note;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case NameColumn:
        return scenario.name;
    case EnvelopeColumn:
        return scenario.envelope.toString();
    case ExcludedColumn:
        return QString::number(scenario.excludedCandidateIds.size());
    default:
        return {};
    }
}

QVariant ScenarioListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Scenario");
    case EnvelopeColumn:
        return tr("Envelope");
    case ExcludedColumn:
        return tr("Excluded");
    default:
        return {};
    }
}
