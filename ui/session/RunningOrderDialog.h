#pragma once

#include <QDialog>
#include <QList>
#include <QPair>

class QListWidget;
class QPushButton;
class QSpinBox;

// Sets the order of the oral hearings and their lengths: the candidates in a list the secretariat
// reorders by dragging or with Move up / Move down (Ctrl+Up, Ctrl+Down), "Ranking order" to start again
// from the ranking, and the minutes of presentation and of questions. It only edits; HearingClock keeps
// the result.
class RunningOrderDialog : public QDialog
{
    Q_OBJECT

public:
    // candidates: (id, name) in the current running order; rankingOrder: the ids in the ranking's order.
    RunningOrderDialog(const QList<QPair<qint64, QString>> &candidates, const QList<qint64> &rankingOrder,
                       int presentationMinutes, int questionsMinutes, QWidget *parent = nullptr);

    QList<qint64> order() const;
    int presentationMinutes() const;
    int questionsMinutes() const;

    QListWidget *listWidget() const { return m_list; }
    // Moves the selected candidate one place up (-1) or down (+1).
    void moveSelected(int delta);
    void resetToRanking();

private:
    void updateButtons();

    QList<qint64> m_rankingOrder;
    QListWidget *m_list;
    QPushButton *m_upButton;
    QPushButton *m_downButton;
    QPushButton *m_rankingButton;
    QSpinBox *m_presentationSpin;
    QSpinBox *m_questionsSpin;
};
