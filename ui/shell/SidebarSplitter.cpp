#include "shell/SidebarSplitter.h"

#include <algorithm>

SidebarSplitter::SidebarSplitter(QWidget *sidebar, QWidget *content, QWidget *parent) : QSplitter(parent)
{
    setObjectName(QStringLiteral("mainSplitter"));
    addWidget(sidebar);
    addWidget(content);
    setStretchFactor(1, 1);
    setSizes({230, 1170});
    // Dragged shut or open by its edge, the sidebar's menu entry follows.
    connect(this, &QSplitter::splitterMoved, this, [this] { emit sidebarMoved(isSidebarShown()); });
}

bool SidebarSplitter::isSidebarShown() const
{
    return sizes().constFirst() > 0;
}

void SidebarSplitter::setSidebarShown(bool shown)
{
    const QList<int> current = sizes();
    if (!shown && current.constFirst() > 0) {
        m_sidebarSizes = current;
        // Folded, the sidebar's minimum width (200 pixels) must not count in the window's: it made a window
        // in session mode wider than a 1 280-pixel projector.
        m_sidebarMinimumWidth = widget(0)->minimumWidth();
        widget(0)->setMinimumWidth(0);
        setSizes({0, current.constFirst() + current.constLast()});
    } else if (shown && current.constFirst() == 0 && current.constLast() > 0) {
        widget(0)->setMinimumWidth(m_sidebarMinimumWidth);
        const int total = current.constLast();
        const bool known = m_sidebarSizes.size() == 2 && m_sidebarSizes.constFirst() > 0;
        setSizes(known ? m_sidebarSizes : QList<int>{230, std::max(total - 230, 0)});
    }
    emit sidebarMoved(isSidebarShown());
}
