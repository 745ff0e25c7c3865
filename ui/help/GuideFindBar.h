#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QTextBrowser;
class QToolButton;

// The guide's find bar (Ctrl+F): finds as the words are typed, from the top; Enter or F3 goes to the
// next match, Shift+Enter or Shift+F3 to the previous one, wrapping round at either end; Escape hides it.
// It says when nothing matches instead of leaving the reader to wonder.
class GuideFindBar : public QWidget
{
    Q_OBJECT

public:
    // parent: the window whose F3 and Shift+F3 go to the next and previous match.
    GuideFindBar(QTextBrowser *browser, QWidget *parent);

    QLineEdit *findEdit() const { return m_edit; }
    QLabel *statusLabel() const { return m_status; }
    // Shows the bar with the focus in its field, the words there selected.
    void activate();
    // Selects the next (or previous) match of the field's words; false when there is none.
    bool findNext(bool backward = false);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QTextBrowser *m_browser;
    QLineEdit *m_edit;
    QToolButton *m_previousButton;
    QToolButton *m_nextButton;
    QLabel *m_status;
};
