#pragma once

#include "reports/PromotionArchive.h"

#include <QDialog>

class PromotionSideBySideModel;
class QComboBox;
class QTableView;

// Two promotions side by side (PromotionSideBySide): candidates and laureates by kind, envelope, granted,
// remaining and mean grant, for the two promotions chosen in the combo boxes.
class ComparePromotionsDialog : public QDialog
{
    Q_OBJECT

public:
    // Starts with left and right chosen when they exist (else the two newest promotions).
    ComparePromotionsDialog(const PromotionArchive &archive, int left, int right, QWidget *parent = nullptr);

    PromotionSideBySideModel *model() const { return m_model; }
    // Chooses the promotions, as the combo boxes do.
    void setPromotions(int left, int right);

private:
    void compare();

    PromotionArchive m_archive;
    PromotionSideBySideModel *m_model;
    QComboBox *m_leftCombo;
    QComboBox *m_rightCombo;
    QTableView *m_view;
};
