#pragma once

#include <QList>
#include <QSplitter>

// The window's splitter between the promotions' sidebar and the rest. The sidebar folds away to a zero
// width (View > Promotions Panel, F7, or dragging its edge shut) and unfolds to the width it had.
class SidebarSplitter : public QSplitter
{
    Q_OBJECT

public:
    explicit SidebarSplitter(QWidget *sidebar, QWidget *content, QWidget *parent = nullptr);

    void setSidebarShown(bool shown);
    // True while the sidebar has a width.
    bool isSidebarShown() const;

signals:
    // After a fold, an unfold, or a drag of the edge.
    void sidebarMoved(bool shown);

private:
    // The sidebar and content widths before the sidebar was last folded away.
    QList<int> m_sidebarSizes;
    // The sidebar's own minimum width, given back when it unfolds.
    int m_sidebarMinimumWidth = 0;
};
