#pragma once

#include <QDialog>

class CommitteeStore;
class QComboBox;
class QLabel;
class ScoringStore;

// Asks which earlier promotion's committee (members and criteria) to copy into the shown one. The
// promotions are listed newest first with their number of members; the one offered first is the newest
// earlier promotion that has members (defaultSource). The copy itself is the caller's undo command.
class CopyCommitteeDialog : public QDialog
{
    Q_OBJECT

public:
    CopyCommitteeDialog(const CommitteeStore &store, const ScoringStore &scoring, int targetNumber,
                        QWidget *parent = nullptr);

    // The promotion chosen (0 when there is none to choose).
    int sourceNumber() const;
    void setSourceNumber(int number);
    QComboBox *sourceCombo() const { return m_sourceCombo; }

    // The newest promotion other than the target that has members, earlier ones first; 0 when none has.
    static int defaultSource(const CommitteeStore &store, const ScoringStore &scoring, int targetNumber);

private:
    void updateExplanation();

    int m_targetNumber;
    QComboBox *m_sourceCombo;
    QLabel *m_explanationLabel;
};
