#pragma once

#include "shell/PromotionPage.h"

#include <QPointer>

class FollowUpDialog;
class FollowUpPdfExport;
class FollowUpStore;
class FollowUpTableModel;
class QAction;
class PaymentImport;
class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

// The Follow-up tab: the shown promotion's laureates after the decision, with their status, what is
// committed, paid and left to pay, the next tranche due and what is late, and a footer of the totals that
// add up to the cent (and what withdrawals gave back to the envelope). A row opens the laureate's follow-up
// (double-click, Enter, or the button), where every change is an undoable command; its follow-up sheet is
// exported in PDF from the button beside it or the row's context menu (FollowUpPdfExport); the bank's file of
// payments is imported from here too (PaymentImport). Past and closed
// promotions show here too: a closed promotion's follow-up stays editable. The tab follows the stores'
// changes (a follow-up write, a decision, another window's) keeping the selected laureate and the scroll.
class FollowUpView : public PromotionPage
{
    Q_OBJECT

public:
    FollowUpView(const Services &services, FollowUpStore &followUp, QWidget *parent = nullptr);

    FollowUpTableModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    // The selected laureate's follow-up in its dialog (modeless, deleted on close); null when none is selected.
    FollowUpDialog *openSelected();
    FollowUpDialog *openRow(int proxyRow);
    PaymentImport *paymentImport() const { return m_paymentImport; }
    FollowUpPdfExport *pdfExport() const { return m_pdfExport; }
    // The selected laureate's follow-up sheet, after asking where; nothing when none is selected.
    void exportSelectedSheet();

protected:
    void reload() override;

private:
    void updateFooter();
    void updateButton();
    qint64 selectedCandidate() const;

    FollowUpStore &m_followUp;
    FollowUpTableModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_table;
    QLabel *m_totalsLabel;
    QLabel *m_releasedLabel;
    QPushButton *m_openButton;
    QPushButton *m_importButton;
    QPushButton *m_exportButton;
    QAction *m_openAction;
    QAction *m_exportAction;
    PaymentImport *m_paymentImport;
    FollowUpPdfExport *m_pdfExport;
    QPointer<FollowUpDialog> m_dialog;
};
