#pragma once

#include <QObject>

class CandidateSearchDialog;
class ComparePromotionsDialog;
class MainWindow;
class PromotionHistoryDialog;
class QAction;

// The past promotions: the history, the search across promotions and the comparison of two, each a
// window-modal dialog deleted on close, computed from the session's archive as it is when it opens.
// Choosing a promotion or a candidate in them shows it in the window.
class PastPromotionsActions : public QObject
{
    Q_OBJECT

public:
    explicit PastPromotionsActions(MainWindow &window);

    PromotionHistoryDialog *openHistoryDialog();
    CandidateSearchDialog *openSearchAllDialog();
    ComparePromotionsDialog *openCompareDialog();

    // Enabled when a database is open.
    void setEnabled(bool enabled);
    QAction *historyAction() const { return m_historyAction; }
    QAction *searchAllAction() const { return m_searchAllAction; }
    QAction *compareAction() const { return m_compareAction; }

private:
    // Window-modal, deleted on close, in the window's font in session mode, then opened.
    void prepare(QWidget *dialog) const;

    MainWindow &m_window;
    QAction *m_historyAction;
    QAction *m_searchAllAction;
    QAction *m_compareAction;
};
