#pragma once

#include "followup/FollowUpPanel.h"

class AmountField;
class QDateEdit;
class QLineEdit;
class QPushButton;

// The follow-up dialog's agreement: its reference, the signature's date, the committed amount (empty: the
// granted one; another amount is an amendment, with its reason), signed or saved in one step, and the
// laureate's withdrawal with its date and reason, which says what goes back to the envelope.
class AgreementPanel : public FollowUpPanel
{
    Q_OBJECT

public:
    explicit AgreementPanel(QWidget *parent = nullptr);

    void setFollowUp(const LaureateFollowUp &followUp) override;

private:
    void signOrSave();
    void withdraw();

    LaureateFollowUp m_followUp;
    QLineEdit *m_referenceEdit;
    QDateEdit *m_signedOnEdit;
    AmountField *m_committedField;
    QLineEdit *m_amendmentReasonEdit;
    QPushButton *m_signButton;
    QDateEdit *m_withdrawnOnEdit;
    QLineEdit *m_withdrawalReasonEdit;
    QPushButton *m_withdrawButton;
    QLabel *m_withdrawalLabel;
};
