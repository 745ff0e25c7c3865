#include "history/ComparePromotionsDialog.h"

#include "history/PromotionSideBySideModel.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

ComparePromotionsDialog::ComparePromotionsDialog(const PromotionArchive &archive, int left, int right, QWidget *parent)
    : QDialog(parent), m_archive(archive), m_model(new PromotionSideBySideModel(this)),
      m_leftCombo(new QComboBox(this)), m_rightCombo(new QComboBox(this)), m_view(new QTableView(this))
{
    setObjectName(QStringLiteral("comparePromotionsDialog"));
    setWindowTitle(tr("Compare promotions"));
    m_leftCombo->setObjectName(QStringLiteral("leftPromotionComboBox"));
    m_rightCombo->setObjectName(QStringLiteral("rightPromotionComboBox"));
    // Newest first in both lists: the comparison usually starts from the current promotion.
    const QList<PromotionArchive::Entry> &entries = m_archive.entries();
    for (auto entry = entries.crbegin(); entry != entries.crend(); ++entry) {
        const Promotion &promotion = entry->promotion;
        const QString text = promotion.isClosed() ? tr("%1 (%2, closed)").arg(promotion.label()).arg(promotion.year)
                                                  : tr("%1 (%2)").arg(promotion.label()).arg(promotion.year);
        m_leftCombo->addItem(text, promotion.number);
        m_rightCombo->addItem(text, promotion.number);
    }

    auto *layout = new QVBoxLayout(this);
    auto *choices = new QHBoxLayout;
    auto *leftLabel = new QLabel(tr("&Compare"), this);
    leftLabel->setObjectName(QStringLiteral("leftPromotionLabel"));
    leftLabel->setBuddy(m_leftCombo);
    auto *rightLabel = new QLabel(tr("&with"), this);
    rightLabel->setObjectName(QStringLiteral("rightPromotionLabel"));
    rightLabel->setBuddy(m_rightCombo);
    choices->addWidget(leftLabel);
    choices->addWidget(m_leftCombo, 1);
    choices->addWidget(rightLabel);
    choices->addWidget(m_rightCombo, 1);
    layout->addLayout(choices);

    m_view->setObjectName(QStringLiteral("comparisonTableView"));
    m_view->setAccessibleName(tr("The two promotions compared"));
    m_view->setModel(m_model);
    m_view->setSelectionMode(QAbstractItemView::NoSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setTabKeyNavigation(false);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    layout->addWidget(m_view, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->setObjectName(QStringLiteral("compareButtonBox"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    const int leftIndex = m_leftCombo->findData(left);
    const int rightIndex = m_rightCombo->findData(right);
    m_leftCombo->setCurrentIndex(leftIndex >= 0 ? leftIndex : (m_leftCombo->count() > 1 ? 1 : 0));
    m_rightCombo->setCurrentIndex(rightIndex >= 0 ? rightIndex : 0);
    connect(m_leftCombo, &QComboBox::currentIndexChanged, this, &ComparePromotionsDialog::compare);
    connect(m_rightCombo, &QComboBox::currentIndexChanged, this, &ComparePromotionsDialog::compare);
    compare();
    m_leftCombo->setFocus();
    resize(640, 440);
}

void ComparePromotionsDialog::setPromotions(int left, int right)
{
    m_leftCombo->setCurrentIndex(m_leftCombo->findData(left));
    m_rightCombo->setCurrentIndex(m_rightCombo->findData(right));
}

void ComparePromotionsDialog::compare()
{
    m_model->setComparison(PromotionSideBySide::compare(m_archive, m_leftCombo->currentData().toInt(),
                                                        m_rightCombo->currentData().toInt()));
}
