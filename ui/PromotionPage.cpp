#include "PromotionPage.h"

PromotionPage::PromotionPage(const Services &services, QWidget *parent) : QWidget(parent), m_services(services) {}

void PromotionPage::setPromotion(int number)
{
    m_promotionNumber = number;
    reload();
}
