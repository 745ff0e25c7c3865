#include "whatif/ScenarioCandidateModel.h"

ScenarioCandidateModel::ScenarioCandidateModel(QObject *parent) : QAbstractTableModel(parent)
{}

void ScenarioCandidateModel::setRanking(const QList<RankedCandidate> &ranking)
{
    beginResetModel();
    m_rows.clear();
    for (const RankedCandidate &row : ranking) {
        if (row.isRanked())
            m_rows.append(row);
    }
    endResetModel();
}

void ScenarioCandidateModel::setExcluded(const QSet<qint64> &excluded)
{
    m_excluded = excluded;
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, NameColumn), index(rowCount() - 1, NameColumn), {Qt::CheckStateRole});
}

int ScenarioCandidateModel::rowOfName(const QString &name) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).name == name)
            return row;
    }
    return -1;
}

int ScenarioCandidateModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ScenarioCandidateModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ScenarioCandidateModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const RankedCandidate &row = m_rows.at(index.row());
    const bool included = !m_excluded.contains(row.candidateId);
    if (role == Qt::CheckStateRole && index.column() == NameColumn)
        return included ? Qt::Checked : Qt::Unchecked;
    if (role == Qt::TextAlignmentRole && index.column() != NameColumn)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && index.column() == NameColumn)
        return included ? tr("Included in the panel's proposal; untick to leave %1 out.").arg(row.name)
                        : tr("Left out of the panel's proposal; tick to include %1 again.").arg(row.name);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case NameColumn:
        return row.name;
    case RankColumn:
        return row.exAequo ? tr("%1 (tie)").arg(*row.rank) : QString::number(*row.rank);
    case ScoreColumn:
        return row.score ? row.score->toDisplayString() : QString();
    case EligibleColumn:
        return row.eligible.toString();
    default:
        return {};
    }
}

QVariant ScenarioCandidateModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Included candidate");
    case RankColumn:
        return tr("Rank");
    case ScoreColumn:
        return tr("Score");
    case EligibleColumn:
        return tr("Eligible");
    default:
        return {};
    }
}

Qt::ItemFlags ScenarioCandidateModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == NameColumn)
        flags |= Qt::ItemIsUserCheckable;
    return flags;
}

bool ScenarioCandidateModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::CheckStateRole || index.column() != NameColumn ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    const qint64 id = m_rows.at(index.row()).candidateId;
    const bool include = static_cast<Qt::CheckState>(value.toInt()) == Qt::Checked;
    if (include == !m_excluded.contains(id))
        return true;
    if (include)
        m_excluded.remove(id);
    else
        m_excluded.insert(id);
    emit dataChanged(index, index.siblingAtColumn(ColumnCount - 1));
    emit exclusionChanged();
    return true;
}
