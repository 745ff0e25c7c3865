#include "whatif/ScenarioProposalModel.h"

#include <QFont>

ScenarioProposalModel::ScenarioProposalModel(QObject *parent) : QAbstractTableModel(parent)
{}

void ScenarioProposalModel::setOutcome(const QList<RankedCandidate> &ranking, const ScenarioOutcome &outcome)
{
    // Same rows in the same order on most keystrokes: say which cells changed instead of resetting, so
    // the view keeps its selection and scroll position while an amount is typed.
    const bool sameRows = [&] {
        if (outcome.decisions().size() != m_outcome.decisions().size())
            return false;
        for (qsizetype i = 0; i < outcome.decisions().size(); ++i) {
            if (outcome.decisions().at(i).candidateId != m_outcome.decisions().at(i).candidateId)
                return false;
        }
        return true;
    }();
    if (!sameRows)
        beginResetModel();
    m_outcome = outcome;
    m_rankedById.clear();
    for (const RankedCandidate &row : ranking)
        m_rankedById.insert(row.candidateId, row);
    if (!sameRows)
        endResetModel();
    else if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int ScenarioProposalModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_outcome.decisions().size());
}

int ScenarioProposalModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ScenarioProposalModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ProposedDecision &proposed = m_outcome.decisions().at(index.row());
    const RankedCandidate ranked = m_rankedById.value(proposed.candidateId);
    if (role == Qt::TextAlignmentRole && index.column() != NameColumn && index.column() != DecisionColumn)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::FontRole && index.column() == DecisionColumn && proposed.decision == Decision::Laureate) {
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case RankColumn:
        if (!ranked.rank)
            return QString();
        return ranked.exAequo ? tr("%1 (tie)").arg(*ranked.rank) : QString::number(*ranked.rank);
    case NameColumn:
        return proposed.name;
    case ScoreColumn:
        return ranked.score ? ranked.score->toDisplayString() : QString();
    case EligibleColumn:
        return ranked.eligible.toString();
    case DecisionColumn:
        return decisionDisplayName(proposed.decision);
    case CumulativeColumn:
        return proposed.consumedAfter.toString();
    default:
        return {};
    }
}

QVariant ScenarioProposalModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    // The short title in full, for the pointer.
    if (orientation == Qt::Horizontal && role == Qt::ToolTipRole && section == DecisionColumn)
        return tr("Proposed decision");
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case RankColumn:
        return tr("Rank");
    case NameColumn:
        return tr("Candidate");
    case ScoreColumn:
        return tr("Score");
    case EligibleColumn:
        return tr("Eligible");
    case DecisionColumn:
        // Short: the cumulative amounts beside it were cut at 1 280 pixels in session mode.
        return tr("Proposal");
    case CumulativeColumn:
        return tr("Cumulative");
    default:
        return {};
    }
}
