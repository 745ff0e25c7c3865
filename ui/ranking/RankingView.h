#pragma once

#include "shell/PromotionPage.h"

#include "reports/RankingTable.h"

#include <QMessageBox>

class EmptyState;
class EnvelopeGaugeBar;
class QLabel;
class QPushButton;
class QTableView;
struct PromotionSnapshot;
class RankingTableModel;

// The promotion's ranking tab: the envelope gauge (consumed by the decided laureates, proposed for
// the proposal's undecided laureates, remaining, overspend: drawn from the table itself, so the two never
// disagree), then the ranking table with the proposal and its reason beside the decisions. "Propose laureates…" lists
// what the proposal would change and applies it on confirmation; "Decision…" (or Enter, or a double click on a row)
// sets one candidate's decision and granted amount; "Close promotion…" checks the close rule first and names what
// blocks it. Every change is an undo command. Rows, figures and rules come from the core (RankingTable,
// ProposalChanges, EnvelopeGauge, Promotion::checkCanClose); a closed promotion is shown read-only.
class RankingView : public PromotionPage
{
    Q_OBJECT

public:
    explicit RankingView(const Services &services, QWidget *parent = nullptr);

    RankingTableModel *model() const { return m_model; }
    EnvelopeGaugeBar *gaugeBar() const { return m_gauge; }
    QTableView *tableView() const { return m_tableView; }
    // Over the table while nothing is ranked: why, and a button to the tab that fills it.
    EmptyState *emptyState() const { return m_emptyState; }

    // The actions of the buttons, public so the window's menus and the tests can call them. Each opens
    // its dialog without blocking (QDialog::open) and acts when it is accepted.
    void proposeLaureates();
    void decideSelected();
    void closePromotion();

protected:
    void reload() override;
    // The table's viewport resized or its font changed (session mode): the columns fit again, and the
    // rows take the height of their wrapped texts.
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    // Shown when nothing is ranked: no candidate, no member, or the notes still missing (counted).
    void updateEmptyState(const PromotionSnapshot &snapshot, int rankedCount);
    // The decision and granted columns only once a candidate has a decision.
    void showDecisionColumns(const RankingTable &table);
    void fitColumns();
    void decideRow(int row);
    void setWritable(bool writable, const QString &reason);
    void showMessage(QMessageBox::Icon icon, const QString &objectName, const QString &text);
    // The candidate of the selected row; 0 when none.
    qint64 selectedCandidateId() const;
    void selectCandidate(qint64 candidateId);

    RankingTableModel *m_model;
    QLabel *m_titleLabel;
    EnvelopeGaugeBar *m_gauge;
    QPushButton *m_proposeButton;
    QPushButton *m_decisionButton;
    QPushButton *m_closeButton;
    QLabel *m_statusLabel;
    QTableView *m_tableView;
    EmptyState *m_emptyState = nullptr;
    bool m_fitPending = false;
};
