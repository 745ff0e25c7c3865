#include "candidates/CandidateApplicationModel.h"

#include "domain/TextKey.h"

CandidateApplicationModel::CandidateApplicationModel(QObject *parent) : QAbstractTableModel(parent)
{}

void CandidateApplicationModel::setApplications(const QList<CandidateApplication> &applications)
{
    beginResetModel();
    m_applications = applications;
    endResetModel();
}

int CandidateApplicationModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_applications.size());
}

int CandidateApplicationModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : column(Column::Count);
}

QVariant CandidateApplicationModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_applications.size())
        return QVariant();
    const CandidateApplication &application = m_applications.at(index.row());
    const auto c = static_cast<Column>(index.column());
    const bool laureate = application.decision == Decision::Laureate;
    switch (role) {
    case Qt::DisplayRole:
        switch (c) {
        case Column::Promotion:
            return application.promotionClosed ? tr("FAST%1 (closed)").arg(application.promotionNumber)
                                               : QStringLiteral("FAST%1").arg(application.promotionNumber);
        case Column::Year:
            return QString::number(application.year);
        case Column::Name:
            return application.name;
        case Column::Carrier:
            return application.carrier;
        case Column::Incubator:
            return application.incubator;
        case Column::Decision:
            return decisionDisplayName(application.decision);
        case Column::Granted:
            // Only a laureate is granted anything: a dash, not "0 €", for the others.
            return laureate ? application.granted.toString() : QStringLiteral("—");
        case Column::Score:
            if (!application.score)
                return tr("not scored");
            // Scored before it withdrew: the score stands, but it is not ranked.
            return application.decision == Decision::Withdrawn
                       ? tr("%1 (withdrawn)").arg(application.score->toDisplayString())
                       : application.score->toDisplayString();
        case Column::Count:
            break;
        }
        return QVariant();
    case SortRole:
        switch (c) {
        case Column::Promotion:
            return application.promotionNumber;
        case Column::Year:
            return application.year * 1000 + application.promotionNumber;
        case Column::Granted:
            return laureate ? application.granted.cents() : qint64(-1);
        case Column::Score:
            // Thousandths, in integers: finer than the one decimal shown, and no floating point.
            return application.score ? application.score->numerator() * 1000 / application.score->denominator()
                                     : qint64(-1);
        default:
            return TextKey::fold(data(index, Qt::DisplayRole).toString());
        }
    case PromotionNumberRole:
        return application.promotionNumber;
    case Qt::TextAlignmentRole:
        if (c == Column::Granted || c == Column::Score || c == Column::Year)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::ToolTipRole:
        if (c == Column::Carrier || c == Column::Incubator || c == Column::Name)
            return data(index, Qt::DisplayRole);
        return QVariant();
    default:
        return QVariant();
    }
}

QVariant CandidateApplicationModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QVariant();
    if (role == Qt::TextAlignmentRole) {
        const auto c = static_cast<Column>(section);
        return (c == Column::Granted || c == Column::Score || c == Column::Year)
                   ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                   : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    }
    if (role != Qt::DisplayRole)
        return QVariant();
    switch (static_cast<Column>(section)) {
    case Column::Promotion:
        return tr("Promotion");
    case Column::Year:
        return tr("Year");
    case Column::Name:
        return tr("Project");
    case Column::Carrier:
        return tr("Carrier");
    case Column::Incubator:
        return tr("Incubator");
    case Column::Decision:
        return tr("Decision");
    case Column::Granted:
        return tr("Granted");
    case Column::Score:
        return tr("Score");
    case Column::Count:
        break;
    }
    return QVariant();
}
