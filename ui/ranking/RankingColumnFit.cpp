#include "ranking/RankingColumnFit.h"

#include <QAbstractItemModel>
#include <QFont>
#include <QFontMetricsF>
#include <QHeaderView>
#include <QStyle>
#include <QTableView>

#include <algorithm>
#include <cmath>

namespace {

constexpr int maximumLines = 2;

QFont cellFont(const QTableView &view, const QModelIndex &index)
{
    const QVariant font = index.data(Qt::FontRole);
    return font.isValid() ? font.value<QFont>().resolve(view.font()) : view.font();
}

} // namespace

RankingColumnFit::RankingColumnFit(QTableView &view, QList<int> wrapping, int stretched)
    : m_view(view), m_wrapping(std::move(wrapping)), m_stretched(stretched)
{}

int RankingColumnFit::cellMargin() const
{
    // As the style draws an item's text: the focus frame's margin and one pixel each side, and the grid line.
    return (m_view.style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, &m_view) + 1) * 2 + 1;
}

int RankingColumnFit::headerWidth(int column) const
{
    const QHeaderView *header = m_view.horizontalHeader();
    const QString title = m_view.model()->headerData(column, Qt::Horizontal).toString();
    int width = int(std::ceil(QFontMetricsF(header->font()).horizontalAdvance(title))) +
                header->style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, header) * 2;
    if (header->isSortIndicatorShown() && header->sortIndicatorSection() == column)
        width += header->style()->pixelMetric(QStyle::PM_HeaderMarkSize, nullptr, header);
    return width + 1;
}

int RankingColumnFit::oneLineWidth(int column) const
{
    const QAbstractItemModel *model = m_view.model();
    int width = headerWidth(column);
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex index = model->index(row, column);
        // In fractions of a pixel, rounded up: "90,0" is 33.4 pixels, and the style elides it in 33.
        const qreal text = QFontMetricsF(cellFont(m_view, index)).horizontalAdvance(index.data().toString());
        width = std::max(width, int(std::ceil(text)) + cellMargin());
    }
    return width;
}

int RankingColumnFit::twoLineWidth(int row, int column) const
{
    const QModelIndex index = m_view.model()->index(row, column);
    const QString text = index.data().toString();
    const QFontMetricsF metrics(cellFont(m_view, index));
    const int full = int(std::ceil(metrics.horizontalAdvance(text)));
    const auto wrapped = [&](int width) {
        return metrics.boundingRect(QRectF(0, 0, width, 100000), Qt::TextWordWrap, text).toAlignedRect();
    };
    // The narrowest text width that keeps the text on two lines, found by halving the interval.
    int low = 1;
    int high = std::max(full, 1);
    while (low < high) {
        const int middle = (low + high) / 2;
        if (wrapped(middle).height() < metrics.lineSpacing() * (maximumLines + 1))
            high = middle;
        else
            low = middle + 1;
    }
    // A single word wider than that stays whole (bounding width), never cut.
    return std::max(high, wrapped(high).width()) + cellMargin();
}

int RankingColumnFit::twoLineColumnWidth(int column) const
{
    int width = headerWidth(column);
    for (int row = 0; row < m_view.model()->rowCount(); ++row)
        width = std::max(width, twoLineWidth(row, column));
    return width;
}

void RankingColumnFit::apply() const
{
    const QAbstractItemModel *model = m_view.model();
    if (!model)
        return;
    QHeaderView *header = m_view.horizontalHeader();
    QList<int> widths(model->columnCount(), 0);
    int used = 0;
    for (int column = 0; column < model->columnCount(); ++column) {
        if (column == m_stretched || m_view.isColumnHidden(column))
            continue;
        widths[column] = oneLineWidth(column);
        used += widths.at(column);
    }
    const int needed = twoLineColumnWidth(m_stretched);
    const int available = m_view.viewport()->width();
    for (const int column : m_wrapping) {
        if (used + needed <= available)
            break;
        if (m_view.isColumnHidden(column))
            continue;
        // Only as much as the reasons lack: a name column made a little narrower wraps the longest names only.
        const int lacking = used + needed - available;
        const int narrower =
            std::min(widths.at(column), std::max(twoLineColumnWidth(column), widths.at(column) - lacking));
        used -= widths.at(column) - narrower;
        widths[column] = narrower;
    }
    for (int column = 0; column < model->columnCount(); ++column) {
        if (column != m_stretched && !m_view.isColumnHidden(column))
            header->resizeSection(column, widths.at(column));
    }
    // The reasons take the rest, never less than they need on two lines (the table then scrolls rather
    // than cutting them).
    header->resizeSection(m_stretched, std::max(needed, available - used));
}
