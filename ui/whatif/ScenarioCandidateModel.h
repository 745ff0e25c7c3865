#pragma once

#include "domain/RankedCandidate.h"

#include <QAbstractTableModel>
#include <QList>
#include <QSet>

// The what-if panel's candidates: the ranked candidates of the promotion, each with a check box that
// includes it in (checked) or excludes it from the panel's proposal. Ticking a box changes only the panel,
// nothing stored, so setData() changes the model itself and says so with exclusionChanged().
class ScenarioCandidateModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, RankColumn, ScoreColumn, EligibleColumn, ColumnCount };

    explicit ScenarioCandidateModel(QObject *parent = nullptr);

    // Keeps the ranked rows only: a candidate not fully scored gets no proposal to include it in.
    void setRanking(const QList<RankedCandidate> &ranking);
    void setExcluded(const QSet<qint64> &excluded);
    QSet<qint64> excluded() const { return m_excluded; }
    qint64 candidateIdAt(int row) const { return m_rows.at(row).candidateId; }
    // The row of the candidate of that name, -1 when absent.
    int rowOfName(const QString &name) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

signals:
    void exclusionChanged();

private:
    QList<RankedCandidate> m_rows;
    QSet<qint64> m_excluded;
};
