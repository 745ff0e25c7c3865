#pragma once

#include <QFont>
#include <QWidget>

class GuideContentsTree;
class GuideFindBar;
class QAction;
class QTextBrowser;

// Help > User Guide (F1): the guide in the interface's language in its own window, beside the main one
// and not modal, so that it can stay open while the committee works. The table of contents on the left
// leads to each section; Ctrl+F finds words in it; Ctrl++ and Ctrl+- enlarge or reduce its text, which
// starts at the main window's size (large in session mode, for a guide read on a projector).
class UserGuideWindow : public QWidget
{
    Q_OBJECT

public:
    UserGuideWindow(const QString &language, QWidget *parent);

    QString language() const { return m_language; }
    QTextBrowser *browser() const { return m_browser; }
    GuideContentsTree *contentsTree() const { return m_contents; }
    GuideFindBar *findBar() const { return m_findBar; }
    QAction *findAction() const { return m_findAction; }
    QAction *zoomInAction() const { return m_zoomInAction; }
    QAction *zoomOutAction() const { return m_zoomOutAction; }

    // The text's size before zooming: the main window's font (session mode's when it is on).
    void setBaseFont(const QFont &font);
    // Scrolls so that the heading at that position is at the top.
    void showHeading(int position);
    // Steps of enlargement (negative: reduction), from -4 to 8.
    int zoomSteps() const { return m_zoomSteps; }
    void setZoomSteps(int steps);

private:
    QAction *makeAction(const QString &text, const char *name, const QList<QKeySequence> &shortcuts);
    void applyFont();
    void polishDocument();

    QString m_language;
    QTextBrowser *m_browser;
    GuideContentsTree *m_contents;
    GuideFindBar *m_findBar;
    QAction *m_findAction;
    QAction *m_zoomInAction;
    QAction *m_zoomOutAction;
    QAction *m_zoomResetAction;
    QFont m_baseFont;
    int m_zoomSteps = 0;
};
