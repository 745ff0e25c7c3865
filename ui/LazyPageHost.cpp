#include "LazyPageHost.h"

#include <QVBoxLayout>

LazyPageHost::LazyPageHost(Builder builder, QWidget *parent) : QWidget(parent), m_builder(std::move(builder))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
}

QWidget *LazyPageHost::ensurePage()
{
    if (m_page)
        return m_page;
    m_page = m_builder();
    if (!m_page)
        return nullptr;
    layout()->addWidget(m_page);
    // A widget added to a shown parent is shown only by a queued call: show it now, so that it reads
    // its data and paints in the same turn as the tab change.
    if (isVisible())
        m_page->show();
    return m_page;
}

void LazyPageHost::dropPage()
{
    delete m_page;
}
