#include "whatif/ScenarioTableView.h"

#include <QHeaderView>

ScenarioTableView::ScenarioTableView(const QString &objectName, QAbstractItemModel *model, QWidget *parent)
    : QTableView(parent)
{
    setObjectName(objectName);
    setModel(model);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    verticalHeader()->hide();
    setAlternatingRowColors(true);
    horizontalHeader()->setHighlightSections(false);
    // Amounts and decisions are short: every column fits its contents.
    horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    setWordWrap(false);
}
