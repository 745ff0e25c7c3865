#pragma once

#include "domain/AuditEntry.h"

#include <QAbstractTableModel>
#include <QList>

// The audit log as the window shows it, one row per entry in the order given (newest first, as the store
// reads them): when (local time), who, the promotion, what (in words), the candidate concerned, the subject
// and the change "old → new". Read-only: the log is only ever appended to, by the stores.
class AuditLogModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        WhenColumn,
        OperatorColumn,
        PromotionColumn,
        ActionColumn,
        CandidateColumn,
        SubjectColumn,
        ChangeColumn,
        ColumnCount
    };
    enum Role {
        // Sorting and filtering work on these, not on the shown text.
        TimestampRole = Qt::UserRole + 1, // qint64 milliseconds since the epoch
        PromotionNumberRole,              // int, 0 for a change outside promotions
        CandidateRole,                    // QString, empty when the entry concerns no candidate
    };

    explicit AuditLogModel(QObject *parent = nullptr);

    void setEntries(const QList<AuditEntry> &entries);
    const QList<AuditEntry> &entries() const { return m_entries; }
    const AuditEntry &entryAt(int row) const { return m_entries.at(row); }

    // "none → laureate"; an empty side is "—".
    static QString changeText(const AuditEntry &entry);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<AuditEntry> m_entries;
    QList<QString> m_candidates; // by row: AuditSubject::candidateOf, read once
};
