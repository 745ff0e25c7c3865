#include "shell/LazyPageHost.h"

#include <QScrollArea>
#include <QVBoxLayout>

LazyPageHost::LazyPageHost(Builder builder, QWidget *parent)
    : QWidget(parent), m_builder(std::move(builder)), m_scrollArea(new QScrollArea(this))
{
    // In a scroll area, so that a page larger than the window (the what-if page in session mode on a
    // 1 280 x 720 projector) scrolls instead of making the window larger than the screen.
    m_scrollArea->setFrameShape(QFrame::NoFrame);
    m_scrollArea->setWidgetResizable(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_scrollArea);
}

QWidget *LazyPageHost::ensurePage()
{
    if (m_page)
        return m_page;
    m_page = m_builder();
    if (!m_page)
        return nullptr;
    m_scrollArea->setWidget(m_page);
    // A widget given to a shown parent is shown only by a queued call: show it now, so that it reads its
    // data and paints in the same turn as the tab change.
    if (isVisible())
        m_page->show();
    return m_page;
}

void LazyPageHost::dropPage()
{
    delete m_page;
}
