#pragma once

#include "reports/RankingTable.h"

#include <QAbstractTableModel>

// The rows of a promotion's RankingTable as a table: rank (with the ex aequo mark), name, score with one
// decimal, eligible amount, the proposal's decision, the committee's decision and granted amount, the
// cumulative consumption (RankingTable's rule), and why the proposal says so ("does not fit the remaining
// 190 000 €: passed over for …"), which every row's tooltip repeats. The incomplete and withdrawn rows
// follow the ranked ones, greyed, their reason in the last column ("incomplete scoring (3 notes missing):
// left out of the proposal", "withdrawn"). The row where the envelope runs out answers
// ExhaustsEnvelopeRole (EnvelopeLineDelegate draws the line above it) and its cumulative is in the warning
// colour. Read-only: decisions change through undo commands, after which the view gives the model a new table.
class RankingTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum class Column { Rank, Name, Score, Eligible, Proposed, Decision, Granted, Cumulative, Why, Count };
    enum Role { CandidateIdRole = Qt::UserRole + 1, ExhaustsEnvelopeRole };

    explicit RankingTableModel(QObject *parent = nullptr);

    static constexpr int column(Column c) { return static_cast<int>(c); }

    void setTable(const RankingTable &table);
    const RankingTable &table() const { return m_table; }
    const RankingTableRow &rowAt(int row) const { return m_table.rows().at(row); }
    // -1 when no row holds that candidate.
    int rowOfId(qint64 candidateId) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString displayText(const RankingTableRow &row, Column c) const;
    QString toolTip(const RankingTableRow &row) const;

    RankingTable m_table;
};
