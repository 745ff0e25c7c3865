#pragma once

#include "shell/PromotionPage.h"

#include <QStringList>

class CriteriaDialog;
class CopyCommitteeDialog;
class EmptyState;
class QAction;
class QComboBox;
class QLabel;
class QModelIndex;
class QPushButton;
class QTableView;
class ScoringGridModel;

// The window's scoring tab: the committee's grid of one promotion (candidates × members) for one criterion
// or the total, with a legend for the cell states and the discussion flag, and a line that counts the notes
// still missing and the candidates flagged. Made for the keyboard, as the secretariat notes while members
// speak: a digit typed on a cell gives that note and moves to the next member (then the next candidate),
// Delete clears it, Ctrl+D records or lifts a recusal (also in the context menu). Every change is an undo
// command; a closed promotion's grid is read-only.
class ScoringGridView : public PromotionPage
{
    Q_OBJECT

public:
    explicit ScoringGridView(const Services &services, QWidget *parent = nullptr);

    ScoringGridModel *model() const { return m_model; }
    // Adds members to the shown promotion's committee (the "Add member…" button asks for the names).
    Outcome addMembers(const QStringList &names);
    // The criteria editor on the shown promotion (read-only once a note exists); null without a promotion.
    CriteriaDialog *openCriteriaDialog();
    // Shows a criterion of the promotion, or ScoringGridModel::totalView.
    void showCriterion(int criterionIndex);
    // Asks for new members' names (one per line) and adds them (the "Add member…" button).
    void askForMembers();
    // Asks which earlier promotion's committee (members and criteria) to copy here, then copies it as one
    // undoable step; `sourceNumber` is the promotion offered first (0: the newest earlier one with members).
    CopyCommitteeDialog *askToCopyCommittee(int sourceNumber = 0);
    // Copies the committee of that promotion here, one undoable step (what the dialog does once accepted).
    Outcome copyCommittee(int sourceNumber);
    // Over the grid while it has no member or no candidate: what fills it and the buttons that do.
    EmptyState *emptyState() const { return m_emptyState; }

protected:
    void reload() override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void fillCriteria();
    void updateSummary();
    void updateEmptyState();
    // Members share the width; the score column keeps room for "incomplete: N notes missing".
    void adjustColumns();
    void showMessage(const QString &message);
    void toggleRecusal();
    void clearCurrentNote();
    // After a digit: the next member of the row, then the first member of the next candidate.
    void moveToNextCell(const QModelIndex &from);
    QWidget *createLegend();

    ScoringGridModel *m_model = nullptr;
    QComboBox *m_criterionCombo = nullptr;
    QPushButton *m_addMemberButton = nullptr;
    QPushButton *m_criteriaButton = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_summaryLabel = nullptr;
    QLabel *m_messageLabel = nullptr;
    QAction *m_recusalAction = nullptr;
    QAction *m_clearAction = nullptr;
    EmptyState *m_emptyState = nullptr;
    // What the empty state says now (0 none, 1 no member, 2 no candidate), to rebuild it only on a change.
    int m_emptyKind = -1;
};
