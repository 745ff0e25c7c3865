#pragma once

#include <QObject>

class QWidget;

// Keeps a widget's font a few points larger (and bold, if asked) than its parent's, and following it. A
// font given once with setFont() keeps its size when the parent's font changes, so the ranking's table,
// the gauge and the titles stayed small in session mode; this one is set again on each change of the
// parent's font, grown by the same factor as the parent's from the application's.
class RelativeFont : public QObject
{
    Q_OBJECT

public:
    // The widget's font: its parent's (the application's without a parent), at least 10 points, plus
    // pointDelta, scaled like the parent's. The widget owns what this creates.
    static void follow(QWidget *widget, qreal pointDelta, bool bold = false);

    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    RelativeFont(QWidget *widget, qreal pointDelta, bool bold);
    void apply();

    QWidget *m_widget;
    qreal m_pointDelta;
    bool m_bold;
};
