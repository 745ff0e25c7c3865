#pragma once

#include "reports/PromotionArchive.h"

#include <QDialog>

class PromotionHistoryModel;
class QSortFilterProxyModel;
class QTableView;

// Every promotion the fund has held, one row each (PromotionHistory): year, status, candidates, laureates
// and amounts, sortable by any column. Double-click or Enter on a row opens that promotion in the window
// (a closed one read-only, as everywhere).
class PromotionHistoryDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PromotionHistoryDialog(const PromotionArchive &archive, QWidget *parent = nullptr);

    PromotionHistoryModel *model() const { return m_model; }
    QSortFilterProxyModel *proxy() const { return m_proxy; }
    QTableView *view() const { return m_view; }

signals:
    void promotionChosen(int number);

protected:
    // Widens the dialog to its columns, at the font it is shown with (larger in session mode).
    void showEvent(QShowEvent *event) override;

private:
    PromotionHistoryModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_view;
};
