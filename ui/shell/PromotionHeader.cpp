#include "shell/PromotionHeader.h"

#include "widgets/Palette.h"

#include <QCoreApplication>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

// These texts were written in the window and are translated under its context ("MainWindow").

PromotionHeader::PromotionHeader(QObject *parent)
    : QObject(parent),
      m_demoBanner(new QLabel(QCoreApplication::translate(
          "MainWindow", "Demonstration database (illustrative): the ten FAST13 laureates and the 2.55 M€ total "
                        "are public; every other amount, the carriers, the other candidates and the other "
                        "promotions are invented for the demonstration."))),
      m_title(new QLabel), m_details(new QLabel), m_closedBanner(new QLabel)
{
    m_demoBanner->setObjectName(QStringLiteral("demoBannerLabel"));
    m_demoBanner->setWordWrap(true);
    m_demoBanner->setStyleSheet(
        Palette::bannerStyle(Palette::infoBannerBackground(), Palette::infoBannerText(), Palette::infoBannerBorder()));
    m_demoBanner->hide();
    m_title->setObjectName(QStringLiteral("promotionTitleLabel"));
    m_details->setObjectName(QStringLiteral("promotionDetailsLabel"));
    m_details->setWordWrap(true);
    m_closedBanner->setObjectName(QStringLiteral("closedBannerLabel"));
    m_closedBanner->setWordWrap(true);
    m_closedBanner->setStyleSheet(Palette::bannerStyle(Palette::noticeBannerBackground(), Palette::noticeBannerText(),
                                                       Palette::noticeBannerBorder()));
    m_closedBanner->hide();
}

void PromotionHeader::addTo(QVBoxLayout *layout) const
{
    for (QLabel *label : {m_demoBanner, m_title, m_details, m_closedBanner})
        layout->addWidget(label);
}

void PromotionHeader::setDemo(bool demo)
{
    m_demoBanner->setVisible(demo);
}

void PromotionHeader::showPromotion(const std::optional<Promotion> &promotion, bool databaseOpen)
{
    if (!promotion) {
        m_title->setText(databaseOpen ? QCoreApplication::translate(
                                            "MainWindow", "No promotion yet: create one from the Promotion menu.")
                                      : QCoreApplication::translate("MainWindow", "No database open."));
        m_details->clear();
        m_closedBanner->hide();
        return;
    }
    m_title->setText(
        QCoreApplication::translate("MainWindow", "%1 — year %2").arg(promotion->label()).arg(promotion->year));
    QStringList details;
    details.append(QCoreApplication::translate("MainWindow", "Co-financing: %1").arg(promotion->rule.describe()));
    if (promotion->minimumScore > 0)
        details.append(QCoreApplication::translate("MainWindow", "minimum score %1/100").arg(promotion->minimumScore));
    if (promotion->committeeDate.isValid())
        details.append(QCoreApplication::translate("MainWindow", "committee on %1")
                           .arg(QLocale().toString(promotion->committeeDate, QLocale::LongFormat)));
    details.append(promotion->isClosed() ? QCoreApplication::translate("MainWindow", "closed")
                                         : QCoreApplication::translate("MainWindow", "open"));
    m_details->setText(details.join(QStringLiteral(" · ")));
    if (promotion->isClosed()) {
        m_closedBanner->setText(
            QCoreApplication::translate("MainWindow",
                                        "%1 is closed: its candidates and decisions are read-only; its laureates' "
                                        "follow-up stays open. To change the rest, reopen it from the Promotion menu "
                                        "(a written reason is required).")
                .arg(promotion->label()));
        m_closedBanner->show();
    } else {
        m_closedBanner->hide();
    }
}

void PromotionHeader::setBaseFont(const QFont &base)
{
    QFont title = base;
    title.setPointSizeF(base.pointSizeF() * 1.5);
    title.setBold(true);
    m_title->setFont(title);
    QFont bold = base;
    bold.setBold(true);
    m_closedBanner->setFont(bold);
    m_demoBanner->setFont(base);
}
