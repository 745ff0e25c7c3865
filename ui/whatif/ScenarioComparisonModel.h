#pragma once

#include "domain/ScenarioComparison.h"

#include <QAbstractTableModel>

// Two scenarios side by side, read only: candidate, what A proposes, what B proposes, and a difference
// column whose "≠" marks each row where they disagree, so the difference does not rest on colour alone
// (the row is also bold and tinted).
class ScenarioComparisonModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, AColumn, BColumn, DifferenceColumn, ColumnCount };

    explicit ScenarioComparisonModel(QObject *parent = nullptr);

    void setComparison(const ScenarioComparison &comparison, const QString &nameA, const QString &nameB);
    const ScenarioComparison &comparison() const { return m_comparison; }

    // "Laureate — 300 000 €", "Waitlist", "Excluded".
    static QString sideText(const ScenarioComparison::Side &side);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    ScenarioComparison m_comparison;
    QString m_nameA;
    QString m_nameB;
};
