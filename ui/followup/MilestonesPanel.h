#pragma once

#include "followup/FollowUpPanel.h"

class QCheckBox;
class QDateEdit;
class QLineEdit;
class QPushButton;
class QTableWidget;

// The follow-up dialog's six-month accompaniment: the kick-off, the mid-term review and the end, each with
// its planned and done dates and a free note; the selected one is set from the form below the table.
class MilestonesPanel : public FollowUpPanel
{
    Q_OBJECT

public:
    explicit MilestonesPanel(QWidget *parent = nullptr);

    void setFollowUp(const LaureateFollowUp &followUp) override;
    QTableWidget *table() const { return m_table; }

private:
    void fillForm();
    void save();

    LaureateFollowUp m_followUp;
    QTableWidget *m_table;
    QDateEdit *m_plannedOnEdit;
    QCheckBox *m_doneCheck;
    QDateEdit *m_doneOnEdit;
    QLineEdit *m_noteEdit;
    QPushButton *m_saveButton;
};
