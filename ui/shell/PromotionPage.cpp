#include "shell/PromotionPage.h"

PromotionPage::PromotionPage(const Services &services, QWidget *parent) : QWidget(parent), m_services(services)
{}

void PromotionPage::setPromotion(int number)
{
    m_promotionNumber = number;
    reloadWhenShown();
}

void PromotionPage::reloadWhenShown()
{
    if (parentWidget() && !isVisible()) {
        m_stale = true;
        return;
    }
    m_stale = false;
    reload();
}

void PromotionPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale) {
        m_stale = false;
        reload();
    }
}
