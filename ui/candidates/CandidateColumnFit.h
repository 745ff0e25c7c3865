#pragma once

#include <QObject>

class CandidateTableView;

// The widths and the shown columns of the candidates' table. Every column is as wide as its header and
// widest text (fit), except the carriers' long names, which take what is left. When what is left cannot
// hold the longest carrier ("Agence nationale de la cohésion des territoires" was "Admini…" at 1 280
// pixels with the sidebar shown), the columns a reader can do without give up their place, in this order:
// the eligibility's reason (the eligible amount's tooltip gives the rule), the annual budget, the phase and
// the kind. Session mode, for a projector, always leaves those four out.
class CandidateColumnFit : public QObject
{
    Q_OBJECT

public:
    explicit CandidateColumnFit(CandidateTableView *view);

    // Exact: each column as wide as its header and widest text; WidenOnly: only the columns now too narrow.
    enum class Mode { Exact, WidenOnly };
    void fit(Mode mode);
    void setSessionMode(bool on);

    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    // Shows the optional columns that leave the carriers their width, and hides the others.
    void chooseOptionalColumns();

    CandidateTableView *m_view;
    QObject *m_viewport;
    bool m_sessionMode = false;
    bool m_choosing = false;
};
