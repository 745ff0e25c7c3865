#pragma once

#include <QTableView>

// The what-if page's tables (candidates, proposal, saved scenarios, comparison): read-only, one row
// selected at a time, every column as wide as its contents so that names and amounts show in full.
class ScenarioTableView : public QTableView
{
    Q_OBJECT

public:
    ScenarioTableView(const QString &objectName, QAbstractItemModel *model, QWidget *parent = nullptr);
};
