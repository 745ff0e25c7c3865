#pragma once

#include <QTreeWidget>

class CommitteeStore;

// The window's sidebar: the promotions by year, newest year and newest promotion first, each with its
// open or closed state, the years' envelopes and the fund's annual budget in their tool tips. Choosing a
// promotion emits promotionChosen; the window decides what is shown.
class PromotionTree : public QTreeWidget
{
    Q_OBJECT

public:
    explicit PromotionTree(QWidget *parent = nullptr);

    // Reads the promotions again (none without a store) and keeps shownNumber current, without a signal.
    void reload(const CommitteeStore *store, int shownNumber);
    // Makes the promotion current (emitting promotionChosen); false when it is not in the tree.
    bool select(int number);

signals:
    void promotionChosen(int number);
};
