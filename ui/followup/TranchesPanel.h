#pragma once

#include "domain/OpeningKey.h"
#include "followup/FollowUpPanel.h"

class AmountField;
class QDateEdit;
class QLineEdit;
class QPushButton;
class QTableWidget;

// The follow-up dialog's payment tranches (CP): the schedule as a table, and a form to add a tranche, change
// or remove the selected one, mark it paid (the planned amount unless another is typed), or replace the
// unpaid schedule by the two default tranches of the year's opening key (at signature, and at the mid-term
// review). A paid tranche is a payment made: it is never removed or re-split from here.
class TranchesPanel : public FollowUpPanel
{
    Q_OBJECT

public:
    explicit TranchesPanel(QWidget *parent = nullptr);

    void setFollowUp(const LaureateFollowUp &followUp) override;
    // The opening key of the signature's year, read by the dialog.
    void setOpeningKey(const OpeningKey &key) { m_key = key; }
    QTableWidget *table() const { return m_table; }

private:
    // The selected tranche's position, 0 when none is selected.
    int selectedPosition() const;
    void fillForm();
    void add();
    void update();
    void remove();
    void markPaid();
    void split();
    void updateButtons();

    LaureateFollowUp m_followUp;
    OpeningKey m_key;
    QTableWidget *m_table;
    QDateEdit *m_plannedOnEdit;
    AmountField *m_amountField;
    QLineEdit *m_referenceEdit;
    QDateEdit *m_paidOnEdit;
    AmountField *m_paidField;
    QPushButton *m_addButton;
    QPushButton *m_updateButton;
    QPushButton *m_removeButton;
    QPushButton *m_markPaidButton;
    QPushButton *m_splitButton;
};
