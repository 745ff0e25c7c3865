#include "ranking/RankingTableModel.h"

#include "widgets/Palette.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QStringList>

namespace {

bool isAmountColumn(RankingTableModel::Column c)
{
    using Column = RankingTableModel::Column;
    return c == Column::Eligible || c == Column::Granted || c == Column::Cumulative;
}

} // namespace

RankingTableModel::RankingTableModel(QObject *parent) : QAbstractTableModel(parent)
{}

void RankingTableModel::setTable(const RankingTable &table)
{
    beginResetModel();
    m_table = table;
    endResetModel();
}

int RankingTableModel::rowOfId(qint64 candidateId) const
{
    const QList<RankingTableRow> &rows = m_table.rows();
    for (int row = 0; row < rows.size(); ++row) {
        if (rows.at(row).candidateId == candidateId)
            return row;
    }
    return -1;
}

int RankingTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_table.rows().size());
}

int RankingTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : column(Column::Count);
}

QVariant RankingTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const RankingTableRow &row = m_table.rows().at(index.row());
    const auto c = static_cast<Column>(index.column());
    switch (role) {
    case Qt::DisplayRole:
        return displayText(row, c);
    case Qt::TextAlignmentRole:
        if (isAmountColumn(c))
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        if (c == Column::Rank || c == Column::Score)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::ForegroundRole:
        if (c == Column::Cumulative && row.exhaustsEnvelope)
            return QBrush(Palette::warningText());
        // Out of the ranking: greyed, so the eye goes to the ranked rows first.
        if (!row.isRanked())
            return QBrush(Palette::outOfRankingText());
        if ((c == Column::Decision || c == Column::Granted) && row.decision == Decision::Laureate)
            return QBrush(Palette::laureateText());
        return QVariant();
    case Qt::FontRole:
        if (c == Column::Name && row.isRanked()) {
            QFont font;
            font.setBold(true);
            return font;
        }
        if (c == Column::Cumulative && row.exhaustsEnvelope) {
            QFont font;
            font.setBold(true);
            return font;
        }
        if (!row.isRanked() && (c == Column::Proposed || c == Column::Why)) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        return QVariant();
    case Qt::ToolTipRole:
        // The whole row explains itself, wherever the pointer rests on it.
        return toolTip(row);
    case CandidateIdRole:
        return row.candidateId;
    case ExhaustsEnvelopeRole:
        return row.exhaustsEnvelope;
    default:
        return QVariant();
    }
}

QString RankingTableModel::displayText(const RankingTableRow &row, Column c) const
{
    switch (c) {
    case Column::Rank:
        if (!row.rank)
            return QString();
        return row.exAequo ? tr("%1 ex aequo").arg(*row.rank) : QString::number(*row.rank);
    case Column::Name:
        return row.name;
    case Column::Score:
        return row.score ? row.score->toDisplayString() : QString();
    case Column::Eligible:
        return row.eligible.toString();
    case Column::Proposed:
        // The ranked rows only: the others say why they have none in the last column. A proposed laureate
        // is granted its eligible amount (rules.md), shown beside it: repeating it here took the width the
        // reasons need on a 1 280-pixel projector.
        return row.proposed ? decisionDisplayName(*row.proposed) : QString();
    case Column::Decision:
        return row.decision == Decision::None ? QString() : decisionDisplayName(row.decision);
    case Column::Granted:
        return row.decision == Decision::Laureate ? row.granted.toString() : QString();
    case Column::Cumulative:
        return row.cumulative.toString();
    case Column::Why:
        return row.proposalExplanation;
    case Column::Count:
        break;
    }
    return QString();
}

QString RankingTableModel::toolTip(const RankingTableRow &row) const
{
    QStringList lines;
    if (row.proposed) {
        lines.append(tr("Proposed: %1 (%2).").arg(decisionDisplayName(*row.proposed), row.proposalExplanation));
        // The committee may decide otherwise; the tooltip says so rather than hiding the proposal's reason.
        if (row.decision != Decision::None && *row.proposed != row.decision)
            lines.append(tr("Decided otherwise: %1.").arg(decisionDisplayName(row.decision)));
    } else if (!row.proposalExplanation.isEmpty()) {
        lines.append(tr("Not proposed: %1.").arg(row.proposalExplanation));
    }
    if (row.exhaustsEnvelope)
        lines.append(tr("The envelope runs out here: %1 left above this row.")
                         .arg((m_table.envelope() - (row.cumulative - row.counted())).toString()));
    return lines.join(QLatin1Char('\n'));
}

QVariant RankingTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= column(Column::Count))
        return QAbstractTableModel::headerData(section, orientation, role);
    const auto c = static_cast<Column>(section);
    if (role == Qt::TextAlignmentRole)
        return QVariant::fromValue(
            (isAmountColumn(c) || c == Column::Rank || c == Column::Score ? Qt::AlignRight : Qt::AlignLeft) |
            Qt::AlignVCenter);
    // The short titles in full, for the pointer.
    if (role == Qt::ToolTipRole) {
        switch (c) {
        case Column::Proposed:
            return tr("Proposed decision: the proposal's laureates are granted their eligible amount");
        case Column::Cumulative:
            return tr("Cumulative granted amount, down the ranking: decided, else proposed");
        case Column::Why:
            return tr("Why the proposal says so");
        default:
            return QVariant();
        }
    }
    if (role != Qt::DisplayRole)
        return QVariant();
    switch (c) {
    case Column::Rank:
        return tr("Rank");
    case Column::Name:
        return tr("Project");
    case Column::Score:
        return tr("Score");
    case Column::Eligible:
        return tr("Eligible");
    case Column::Proposed:
        return tr("Proposal");
    case Column::Decision:
        return tr("Decision");
    case Column::Granted:
        return tr("Granted");
    case Column::Cumulative:
        return tr("Cumulative");
    case Column::Why:
        return tr("Why");
    case Column::Count:
        break;
    }
    return QVariant();
}
