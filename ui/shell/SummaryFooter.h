#pragma once

#include <QFrame>
#include <QList>

class QGridLayout;
class QLabel;
struct PromotionTotals;

// The line under the candidates' table: candidates, requested, eligible, envelope, consumed and
// remaining, separated by thin rules. On one row normally; on two rows of three in session mode, whose
// larger text would otherwise make the window wider than a 1 280-pixel projector. It only writes out the
// figures PromotionTotals computes; an overspent envelope is written in red.
class SummaryFooter : public QFrame
{
    Q_OBJECT

public:
    explicit SummaryFooter(QWidget *parent = nullptr);

    QLabel *candidateCountLabel() const { return m_labels.at(0); }
    QLabel *totalRequestedLabel() const { return m_labels.at(1); }
    QLabel *totalEligibleLabel() const { return m_labels.at(2); }
    QLabel *envelopeLabel() const { return m_labels.at(3); }
    QLabel *consumedLabel() const { return m_labels.at(4); }
    QLabel *remainingLabel() const { return m_labels.at(5); }

    // Writes the totals out; visible false hides every figure (no promotion shown).
    void showTotals(const PromotionTotals &totals, bool visible);

    void setTwoRows(bool twoRows);
    bool hasTwoRows() const { return m_twoRows; }

private:
    void layOut();

    QGridLayout *m_layout;
    QList<QLabel *> m_labels;
    QList<QFrame *> m_separators; // m_separators[i] between m_labels[i] and m_labels[i + 1]
    bool m_twoRows = false;
};
