#include "audit/AuditLogModel.h"

#include "audit/AuditActionText.h"
#include "domain/NameText.h"
#include "reports/AuditSubject.h"

AuditLogModel::AuditLogModel(QObject *parent) : QAbstractTableModel(parent)
{}

void AuditLogModel::setEntries(const QList<AuditEntry> &entries)
{
    beginResetModel();
    m_entries = entries;
    m_candidates.clear();
    m_candidates.reserve(entries.size());
    for (const AuditEntry &entry : entries)
        m_candidates.append(AuditSubject::candidateOf(entry));
    endResetModel();
}

QString AuditLogModel::changeText(const AuditEntry &entry)
{
    if (entry.oldValue.isEmpty() && entry.newValue.isEmpty())
        return QString();
    // Stored text is shown, never obeyed: a line break or a bidirectional override becomes <U+XXXX>.
    const auto side = [](const QString &text) {
        return text.isEmpty() ? QStringLiteral("—") : NameText::visible(text);
    };
    return side(entry.oldValue) + QStringLiteral(" → ") + side(entry.newValue);
}

int AuditLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int AuditLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditLogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const AuditEntry &entry = m_entries.at(index.row());
    switch (role) {
    case TimestampRole:
        return entry.at.toMSecsSinceEpoch();
    case PromotionNumberRole:
        return entry.promotionNumber;
    case CandidateRole:
        return m_candidates.at(index.row());
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        break;
    default:
        return QVariant();
    }
    switch (index.column()) {
    case WhenColumn:
        return entry.at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    case OperatorColumn:
        return NameText::visible(entry.operatorName);
    case PromotionColumn:
        return entry.promotionNumber > 0 ? QStringLiteral("FAST%1").arg(entry.promotionNumber) : QString();
    case ActionColumn:
        return role == Qt::ToolTipRole ? entry.action : AuditActionText::label(entry.action);
    case CandidateColumn:
        return NameText::visible(m_candidates.at(index.row()));
    case SubjectColumn:
        return NameText::visible(entry.subject);
    case ChangeColumn:
        return changeText(entry);
    default:
        return QVariant();
    }
}

QVariant AuditLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case WhenColumn:
        return tr("When");
    case OperatorColumn:
        return tr("Who");
    case PromotionColumn:
        return tr("Promotion");
    case ActionColumn:
        return tr("What");
    case CandidateColumn:
        return tr("Candidate");
    case SubjectColumn:
        return tr("Subject");
    case ChangeColumn:
        return tr("Old → new");
    default:
        return QVariant();
    }
}
