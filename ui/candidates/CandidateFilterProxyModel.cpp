#include "candidates/CandidateFilterProxyModel.h"

#include "candidates/CandidateTableModel.h"
#include "domain/TextKey.h"

CandidateFilterProxyModel::CandidateFilterProxyModel(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortRole(CandidateTableModel::SortRole);
    setDynamicSortFilter(true);
}

void CandidateFilterProxyModel::setSearchText(const QString &text)
{
    if (text == m_searchText)
        return;
    m_searchText = text;
    m_searchKey = TextKey::fold(text);
    invalidateFilter();
}

bool CandidateFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_searchKey.isEmpty())
        return true;
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    return index.data(CandidateTableModel::SearchTextRole).toString().contains(m_searchKey);
}
