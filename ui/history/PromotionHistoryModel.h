#pragma once

#include "reports/PromotionHistory.h"

#include <QAbstractTableModel>
#include <QIcon>

// The promotions' history (PromotionHistory) as table rows, one promotion each: number, year, status,
// candidates, laureates, envelope, granted, remaining (red when overspent) and mean grant. Read-only.
class PromotionHistoryModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum class Column {
        Promotion,
        Year,
        Status,
        Candidates,
        Laureates,
        Envelope,
        Granted,
        Remaining,
        MeanGrant,
        Count
    };
    enum Role {
        // Numbers and cents: what the proxy sorts on.
        SortRole = Qt::UserRole + 1,
        PromotionNumberRole,
    };

    explicit PromotionHistoryModel(QObject *parent = nullptr);

    static constexpr int column(Column c) { return static_cast<int>(c); }

    void setHistory(const PromotionHistory &history);
    const QList<PromotionHistory::Row> &rows() const { return m_rows; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<PromotionHistory::Row> m_rows;
    // Drawn once, not at each paint of a row.
    QIcon m_lockIcon;
    QIcon m_openIcon;
};
