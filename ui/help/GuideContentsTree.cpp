#include "help/GuideContentsTree.h"

#include <QHeaderView>
#include <QTextBlock>
#include <QTextDocument>

namespace {

constexpr int positionRole = Qt::UserRole + 1;

} // namespace

GuideContentsTree::GuideContentsTree(QWidget *parent) : QTreeWidget(parent)
{
    setObjectName(QStringLiteral("guideContentsTree"));
    setHeaderHidden(true);
    setColumnCount(1);
    setRootIsDecorated(true);
    header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    connect(this, &QTreeWidget::itemActivated, this,
            [this](QTreeWidgetItem *item) { emit headingChosen(positionOf(item)); });
    connect(this, &QTreeWidget::itemClicked, this,
            [this](QTreeWidgetItem *item) { emit headingChosen(positionOf(item)); });
}

void GuideContentsTree::setDocument(const QTextDocument &document)
{
    clear();
    // The latest item of each level, so that a level-3 heading goes under the level-2 one before it. The
    // guide's title (the one level-1 heading) is the root the sections hang from.
    QTreeWidgetItem *parents[4] = {nullptr, nullptr, nullptr, nullptr};
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        const int level = block.blockFormat().headingLevel();
        if (level < 1 || level > 3)
            continue;
        QTreeWidgetItem *parent = nullptr;
        for (int above = level - 1; above >= 1 && !parent; --above)
            parent = parents[above];
        auto *item = parent ? new QTreeWidgetItem(parent) : new QTreeWidgetItem(this);
        item->setText(0, block.text());
        item->setData(0, positionRole, block.position());
        parents[level] = item;
        for (int below = level + 1; below <= 3; ++below)
            parents[below] = nullptr;
    }
    expandAll();
}

int GuideContentsTree::positionOf(const QTreeWidgetItem *item)
{
    return item ? item->data(0, positionRole).toInt() : -1;
}
