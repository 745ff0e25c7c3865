#include "shell/PromotionTree.h"

#include "storage/CommitteeStore.h"
#include "widgets/StatusIcons.h"

#include <QCoreApplication>
#include <QMap>

#include <algorithm>

// The sidebar's texts were written in the window and are translated under its context ("MainWindow").

namespace {

constexpr int promotionNumberRole = Qt::UserRole + 1;

} // namespace

PromotionTree::PromotionTree(QWidget *parent) : QTreeWidget(parent)
{
    setObjectName(QStringLiteral("promotionTreeWidget"));
    setAccessibleName(QCoreApplication::translate("MainWindow", "Promotions by year"));
    setHeaderLabel(QCoreApplication::translate("MainWindow", "Promotions"));
    setRootIsDecorated(true);
    setMinimumWidth(200);
    connect(this, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        const int number = item ? item->data(0, promotionNumberRole).toInt() : 0;
        if (number > 0)
            emit promotionChosen(number);
    });
}

void PromotionTree::reload(const CommitteeStore *store, int shownNumber)
{
    const QSignalBlocker blocker(this);
    clear();
    if (!store)
        return;
    const Result<QList<Promotion>> promotions = store->promotions();
    const Result<QList<FundYear>> years = store->years();
    if (!promotions || !years) {
        // Not an empty tree, which would say "no promotion": the read's words, in place of the list.
        auto *failure =
            new QTreeWidgetItem(this, {QCoreApplication::translate("MainWindow", "The promotions could not be read.")});
        failure->setFlags(Qt::ItemIsEnabled);
        failure->setToolTip(0, promotions ? years.error() : promotions.error());
        return;
    }
    QMap<int, QList<Promotion>> byYear;
    for (const Promotion &promotion : promotions.value())
        byYear[promotion.year].append(promotion);
    QMap<int, Money> annualBudgets;
    for (const FundYear &year : years.value()) {
        if (year.annualBudget)
            annualBudgets.insert(year.year, *year.annualBudget);
    }
    QTreeWidgetItem *current = nullptr;
    // Drawn once for the whole tree, not once per promotion.
    const QIcon lockIcon = StatusIcons::lockIcon();
    const QIcon openIcon = StatusIcons::openIcon();
    // Newest year first, newest promotion first within it.
    for (auto year = byYear.cend(); year != byYear.cbegin();) {
        --year;
        auto *yearItem = new QTreeWidgetItem(this, {QString::number(year.key())});
        yearItem->setFlags(Qt::ItemIsEnabled);
        Money envelopes;
        for (const Promotion &promotion : year.value())
            envelopes += promotion.envelope;
        QString tip =
            QCoreApplication::translate("MainWindow", "Envelopes of %1: %2").arg(year.key()).arg(envelopes.toString());
        if (const auto budget = annualBudgets.constFind(year.key()); budget != annualBudgets.cend())
            tip += QLatin1Char('\n') + QCoreApplication::translate("MainWindow", "Annual budget of the fund: %1")
                                           .arg(budget.value().toString());
        yearItem->setToolTip(0, tip);
        QFont bold = yearItem->font(0);
        bold.setBold(true);
        yearItem->setFont(0, bold);
        QList<Promotion> ofYear = year.value();
        std::sort(ofYear.begin(), ofYear.end(),
                  [](const Promotion &a, const Promotion &b) { return a.number > b.number; });
        for (const Promotion &promotion : std::as_const(ofYear)) {
            auto *item = new QTreeWidgetItem(yearItem);
            item->setData(0, promotionNumberRole, promotion.number);
            if (promotion.isClosed()) {
                item->setText(0, QCoreApplication::translate("MainWindow", "%1 (closed)").arg(promotion.label()));
                item->setIcon(0, lockIcon);
                item->setToolTip(
                    0, QCoreApplication::translate("MainWindow", "%1 is closed: read-only.").arg(promotion.label()));
            } else {
                item->setText(0, promotion.label());
                item->setIcon(0, openIcon);
                item->setToolTip(0, QCoreApplication::translate("MainWindow", "%1 is open.").arg(promotion.label()));
            }
            if (promotion.number == shownNumber)
                current = item;
        }
    }
    expandAll();
    if (current)
        setCurrentItem(current);
}

bool PromotionTree::select(int number)
{
    for (int top = 0; top < topLevelItemCount(); ++top) {
        QTreeWidgetItem *yearItem = topLevelItem(top);
        for (int child = 0; child < yearItem->childCount(); ++child) {
            QTreeWidgetItem *item = yearItem->child(child);
            if (item->data(0, promotionNumberRole).toInt() == number) {
                setCurrentItem(item);
                return true;
            }
        }
    }
    return false;
}
