#pragma once

#include "domain/Scenario.h"

#include <QAbstractTableModel>

// The scenarios saved for the shown promotion, read only: name, envelope and how many candidates each
// leaves out.
class ScenarioListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, EnvelopeColumn, ExcludedColumn, ColumnCount };

    explicit ScenarioListModel(QObject *parent = nullptr);

    void setScenarios(const QList<Scenario> &scenarios);
    const QList<Scenario> &scenarios() const { return m_scenarios; }
    const Scenario &scenarioAt(int row) const { return m_scenarios.at(row); }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Scenario> m_scenarios;
};
