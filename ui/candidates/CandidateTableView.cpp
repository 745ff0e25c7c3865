#include "candidates/CandidateTableView.h"

#include <QStyledItemDelegate>

#include <algorithm>
#include <utility>

CandidateTableView::CandidateTableView(QWidget *parent) : QTableView(parent)
{}

int CandidateTableView::sizeHintForColumn(int column) const
{
    const QAbstractItemModel *source = model();
    if (!source || column < 0 || column >= source->columnCount() || isColumnHidden(column))
        return -1;
    const int rows = std::min(source->rowCount(), scannedRows);
    if (rows == 0)
        return -1;
    QList<std::pair<qsizetype, int>> lengths; // (characters, row), longest first after the sort
    lengths.reserve(rows);
    for (int row = 0; row < rows; ++row) {
        if (!isRowHidden(row))
            lengths.append({source->index(row, column).data().toString().size(), row});
    }
    const qsizetype measured = std::min<qsizetype>(lengths.size(), measuredRows);
    std::partial_sort(lengths.begin(), lengths.begin() + measured, lengths.end(),
                      [](const auto &a, const auto &b) { return a.first > b.first; });
    QStyleOptionViewItem option;
    initViewItemOption(&option);
    int hint = 0;
    for (qsizetype i = 0; i < measured; ++i) {
        const QModelIndex index = source->index(lengths.at(i).second, column);
        hint = std::max(hint, itemDelegateForIndex(index)->sizeHint(option, index).width());
    }
    // As QTableView: one more pixel for the grid line.
    return showGrid() ? hint + 1 : hint;
}
