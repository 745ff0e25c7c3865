#pragma once

#include "domain/RankedCandidate.h"
#include "domain/ScenarioOutcome.h"

#include <QAbstractTableModel>
#include <QHash>

// The what-if panel's live proposal, read only: one row per proposed decision of the panel's scenario,
// in ranking order, with the envelope consumed so far.
class ScenarioProposalModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { RankColumn, NameColumn, ScoreColumn, EligibleColumn, DecisionColumn, CumulativeColumn, ColumnCount };

    explicit ScenarioProposalModel(QObject *parent = nullptr);

    void setOutcome(const QList<RankedCandidate> &ranking, const ScenarioOutcome &outcome);
    const ScenarioOutcome &outcome() const { return m_outcome; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    ScenarioOutcome m_outcome;
    QHash<qint64, RankedCandidate> m_rankedById;
};
