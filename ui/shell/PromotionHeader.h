#pragma once

#include "domain/Promotion.h"

#include <QObject>

#include <optional>

class QFont;
class QLabel;
class QVBoxLayout;

// Above the tabs: the demonstration's banner, the shown promotion's title and details (rule, minimum score,
// committee date, state) and the banner of a closed promotion. Its labels go straight into the window's
// layout (addTo), so that they sit exactly where they always did.
class PromotionHeader : public QObject
{
    Q_OBJECT

public:
    explicit PromotionHeader(QObject *parent = nullptr);

    void addTo(QVBoxLayout *layout) const;
    // No promotion: says whether a database is open.
    void showPromotion(const std::optional<Promotion> &promotion, bool databaseOpen);
    void setDemo(bool demo);
    // Session mode's fonts: the labels with a style sheet or a font of their own do not follow the parent's.
    void setBaseFont(const QFont &base);

    QLabel *titleLabel() const { return m_title; }

private:
    QLabel *m_demoBanner;
    QLabel *m_title;
    QLabel *m_details;
    QLabel *m_closedBanner;
};
