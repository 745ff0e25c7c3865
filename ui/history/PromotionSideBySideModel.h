#pragma once

#include "reports/PromotionSideBySide.h"

#include <QAbstractTableModel>

// Two promotions compared (PromotionSideBySide) as a two-column table: one row per figure, named in
// the vertical header, the promotions' titles in the horizontal one. Read-only.
class PromotionSideBySideModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    explicit PromotionSideBySideModel(QObject *parent = nullptr);

    void setComparison(const PromotionSideBySide &comparison);
    const PromotionSideBySide &comparison() const { return m_comparison; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    PromotionSideBySide m_comparison;
};
