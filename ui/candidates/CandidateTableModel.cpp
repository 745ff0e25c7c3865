#include "candidates/CandidateTableModel.h"

#include "domain/TextKey.h"
#include "widgets/Palette.h"

#include <QBrush>
#include <QColor>
#include <QFont>

namespace {

bool isAmountColumn(CandidateTableModel::Column c)
{
    using Column = CandidateTableModel::Column;
    return c == Column::AnnualBudget || c == Column::Requested || c == Column::Eligible || c == Column::Granted;
}

} // namespace

CandidateTableModel::CandidateTableModel(QObject *parent) : QAbstractTableModel(parent)
{}

void CandidateTableModel::setCandidates(const QList<Candidate> &candidates, const CofinancingRule &rule)
{
    beginResetModel();
    m_candidates = candidates;
    m_rule = rule;
    // The list is sorted by name when shown: fold each name once here rather than twice per comparison.
    m_nameKeys.clear();
    m_nameKeys.reserve(m_candidates.size());
    for (const Candidate &candidate : std::as_const(m_candidates))
        m_nameKeys.append(TextKey::fold(candidate.name));
    endResetModel();
}

void CandidateTableModel::clear()
{
    setCandidates({}, CofinancingRule());
}

int CandidateTableModel::rowOfId(qint64 id) const
{
    for (int row = 0; row < m_candidates.size(); ++row) {
        if (m_candidates.at(row).id == id)
            return row;
    }
    return -1;
}

Money CandidateTableModel::totalRequested() const
{
    Money total;
    for (const Candidate &candidate : m_candidates)
        total += candidate.requested;
    return total;
}

Money CandidateTableModel::totalEligible() const
{
    Money total;
    for (const Candidate &candidate : m_candidates)
        total += candidate.eligibility(m_rule).eligible;
    return total;
}

int CandidateTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_candidates.size());
}

int CandidateTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : column(Column::Count);
}

QVariant CandidateTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const Candidate &candidate = m_candidates.at(index.row());
    const auto c = static_cast<Column>(index.column());
    switch (role) {
    case Qt::DisplayRole:
        return displayText(candidate, c);
    case Qt::ToolTipRole:
        if (c == Column::Eligible || c == Column::Reason)
            return tr("Rule: %1").arg(m_rule.describe());
        // The carrier column is the one elided when space runs short.
        if (c == Column::Carrier)
            return candidate.carrier;
        if (c == Column::Name && !candidate.incubator.isEmpty())
            return tr("Incubator: %1").arg(candidate.incubator);
        return QVariant();
    case Qt::TextAlignmentRole:
        if (isAmountColumn(c))
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::FontRole:
        if (c == Column::Name) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return QVariant();
    case Qt::ForegroundRole:
        if (c == Column::Decision && candidate.decision == Decision::Laureate)
            return QBrush(Palette::laureateText());
        return QVariant();
    case SortRole:
        return c == Column::Name ? QVariant(m_nameKeys.at(index.row())) : sortKey(candidate, c);
    case SearchTextRole:
        return TextKey::fold(candidate.name) + QLatin1Char('\n') + TextKey::fold(candidate.carrier) +
               QLatin1Char('\n') + TextKey::fold(candidate.incubator);
    case CandidateIdRole:
        return candidate.id;
    default:
        return QVariant();
    }
}

QVariant CandidateTableModel::displayText(const Candidate &candidate, Column c) const
{
    switch (c) {
    case Column::Name:
        return candidate.name;
    case Column::Carrier:
        return candidate.carrier;
    case Column::Kind:
        return candidateKindDisplayName(candidate.kind);
    case Column::Phase:
        return candidate.phase == Phase::Unspecified ? QString() : phaseDisplayName(candidate.phase);
    case Column::AnnualBudget:
        return candidate.annualBudget.toString();
    case Column::Requested:
        return candidate.requested.toString();
    case Column::Eligible:
        return candidate.eligibility(m_rule).eligible.toString();
    case Column::Reason:
        return m_rule.reason(candidate.eligibility(m_rule).limitedBy);
    case Column::Decision:
        return candidate.decision == Decision::None ? QString() : decisionDisplayName(candidate.decision);
    case Column::Granted:
        return candidate.decision == Decision::Laureate ? candidate.granted.toString() : QString();
    case Column::Count:
        break;
    }
    return QVariant();
}

QVariant CandidateTableModel::sortKey(const Candidate &candidate, Column c) const
{
    switch (c) {
    case Column::AnnualBudget:
        return candidate.annualBudget.cents();
    case Column::Requested:
        return candidate.requested.cents();
    case Column::Eligible:
        return candidate.eligibility(m_rule).eligible.cents();
    case Column::Granted:
        return candidate.decision == Decision::Laureate ? candidate.granted.cents() : qint64(-1);
    case Column::Kind:
        return static_cast<int>(candidate.kind);
    case Column::Phase:
        return static_cast<int>(candidate.phase);
    case Column::Decision:
        return static_cast<int>(candidate.decision);
    default:
        return TextKey::fold(displayText(candidate, c).toString());
    }
}

QVariant CandidateTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= column(Column::Count))
        return QAbstractTableModel::headerData(section, orientation, role);
    const auto c = static_cast<Column>(section);
    if (role == Qt::TextAlignmentRole)
        return QVariant::fromValue((isAmountColumn(c) ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return QVariant();
    switch (c) {
    case Column::Name:
        return tr("Project");
    case Column::Carrier:
        return tr("Carrying administration");
    case Column::Kind:
        return tr("Kind");
    case Column::Phase:
        return tr("Phase");
    case Column::AnnualBudget:
        return tr("Annual budget");
    case Column::Requested:
        return tr("Requested");
    case Column::Eligible:
        return tr("Eligible");
    case Column::Reason:
        return tr("Why");
    case Column::Decision:
        return tr("Decision");
    case Column::Granted:
        return tr("Granted");
    case Column::Count:
        break;
    }
    return QVariant();
}
