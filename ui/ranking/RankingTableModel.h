#pragma once

#include "reports/RankingTable.h"

#include <QAbstractTableModel>

// The rows of a promotion's RankingTable as a table: rank (with the ex aequo mark), name, score with one
// decimal, eligible amount, the proposal's decision, the committee's decision and granted amount, and
// the cumulative consumption. The incomplete and withdrawn rows follow the ranked ones, greyed; an
// incomplete row says in the proposal's column why it has none ("incomplete scoring (3 notes missing)"). Read-only:
// decisions change through undo commands, after which the view gives the model a new table.
class RankingTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum class Column { Rank, Name, Score, Eligible, Proposed, Decision, Granted, Cumulative, Count };
    enum Role { CandidateIdRole = Qt::UserRole + 1 };

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

    RankingTable m_table;
};
