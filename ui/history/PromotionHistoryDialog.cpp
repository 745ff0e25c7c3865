#include "history/PromotionHistoryDialog.h"

#include "history/PromotionHistoryModel.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QScrollBar>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

PromotionHistoryDialog::PromotionHistoryDialog(const PromotionArchive &archive, QWidget *parent)
    : QDialog(parent), m_model(new PromotionHistoryModel(this)), m_proxy(new QSortFilterProxyModel(this)),
      m_view(new QTableView(this))
{
    setObjectName(QStringLiteral("promotionHistoryDialog"));
    setWindowTitle(tr("Promotion history"));
    m_model->setHistory(PromotionHistory::compute(archive));
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(PromotionHistoryModel::SortRole);

    auto *layout = new QVBoxLayout(this);
    auto *hint = new QLabel(tr("Every promotion of the fund. Double-click a promotion or press Enter to open it; "
                               "a closed promotion opens read-only."),
                            this);
    hint->setObjectName(QStringLiteral("historyHintLabel"));
    hint->setWordWrap(true);
    layout->addWidget(hint);

    m_view->setObjectName(QStringLiteral("historyTableView"));
    m_view->setAccessibleName(tr("Promotion history"));
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    // Newest first: the promotion being prepared, then the ones before it.
    m_view->sortByColumn(PromotionHistoryModel::column(PromotionHistoryModel::Column::Year), Qt::DescendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setTabKeyNavigation(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setStretchLastSection(false);
    if (m_proxy->rowCount() > 0)
        m_view->selectionModel()->setCurrentIndex(m_proxy->index(0, 0),
                                                  QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    connect(m_view, &QTableView::activated, this, [this](const QModelIndex &index) {
        if (!index.isValid())
            return;
        emit promotionChosen(index.data(PromotionHistoryModel::PromotionNumberRole).toInt());
        accept();
    });
    layout->addWidget(m_view, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->setObjectName(QStringLiteral("historyButtonBox"));
    // Enter opens the promotion chosen in the table, not the Close button.
    buttons->button(QDialogButtonBox::Close)->setAutoDefault(false);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    m_view->setFocus();
    resize(1000, 420);
}

void PromotionHistoryDialog::showEvent(QShowEvent *event)
{
    // Every column whole, never scrolled sideways: the French titles ("Montant moyen accordé") and the
    // session mode's larger text need more than the English at the desktop's size.
    m_view->resizeColumnsToContents();
    const int tableWidth = m_view->horizontalHeader()->length() + 2 * m_view->frameWidth() +
                           m_view->verticalScrollBar()->sizeHint().width();
    const QMargins margins = layout()->contentsMargins();
    const int needed = tableWidth + margins.left() + margins.right();
    if (needed > width())
        resize(needed, height());
    QDialog::showEvent(event);
}
