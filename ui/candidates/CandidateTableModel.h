#pragma once

#include "domain/Candidate.h"
#include "domain/CofinancingRule.h"

#include <QAbstractTableModel>
#include <QList>

// The candidates of one promotion as table rows. It only shows what the core computes: the eligible
// amount and its reason come from the promotion's CofinancingRule, amounts are Money::toString().
// Read-only: edits go through undo commands that call the store, which then reloads the model.
class CandidateTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum class Column {
        Name,
        Carrier,
        Kind,
        Phase,
        AnnualBudget,
        Requested,
        Eligible,
        Reason,
        Decision,
        Granted,
        Count
    };
    enum Role {
        // Cents for amounts, the folded text for words: what the proxy sorts on.
        SortRole = Qt::UserRole + 1,
        // Name, carrier and incubator folded, what the search box matches.
        SearchTextRole,
        CandidateIdRole
    };

    explicit CandidateTableModel(QObject *parent = nullptr);

    static constexpr int column(Column c) { return static_cast<int>(c); }

    void setCandidates(const QList<Candidate> &candidates, const CofinancingRule &rule);
    void clear();

    const QList<Candidate> &candidates() const { return m_candidates; }
    const CofinancingRule &rule() const { return m_rule; }
    const Candidate &candidateAt(int row) const { return m_candidates.at(row); }
    // -1 when no row holds that candidate.
    int rowOfId(qint64 id) const;

    Money totalRequested() const;
    Money totalEligible() const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant displayText(const Candidate &candidate, Column c) const;
    QVariant sortKey(const Candidate &candidate, Column c) const;

    QList<Candidate> m_candidates;
    CofinancingRule m_rule;
    // TextKey::fold of each row's name, the sort key of the name column.
    QList<QString> m_nameKeys;
};
