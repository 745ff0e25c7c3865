#pragma once

#include <QSortFilterProxyModel>

// Sorts the candidates table on the model's sort keys (cents, not text, for amounts) and keeps the
// rows whose name, carrier or incubator contains the search text, case- and accent-insensitive
// ("refugies" finds "Réfugiés.info").
class CandidateFilterProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit CandidateFilterProxyModel(QObject *parent = nullptr);

    QString searchText() const { return m_searchText; }
    void setSearchText(const QString &text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_searchText;
    QString m_searchKey;
};
