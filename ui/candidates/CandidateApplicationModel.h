#pragma once

#include "reports/CandidateApplication.h"

#include <QAbstractTableModel>
#include <QList>

// Applications of candidates across promotions as table rows: the search across promotions shows every
// column, the earlier-applications panel hides the name, carrier and incubator of the candidate it is
// about. Read-only; amounts and scores come formatted by the core (Money::toString, Score).
class CandidateApplicationModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum class Column { Promotion, Year, Name, Carrier, Incubator, Decision, Granted, Score, Count };
    enum Role {
        // Cents, numbers or folded text: what a proxy sorts on.
        SortRole = Qt::UserRole + 1,
        PromotionNumberRole,
    };

    explicit CandidateApplicationModel(QObject *parent = nullptr);

    static constexpr int column(Column c) { return static_cast<int>(c); }

    void setApplications(const QList<CandidateApplication> &applications);
    const QList<CandidateApplication> &applications() const { return m_applications; }
    const CandidateApplication &applicationAt(int row) const { return m_applications.at(row); }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<CandidateApplication> m_applications;
};
