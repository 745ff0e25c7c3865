#include "dashboard/FlowLayout.h"

#include <QWidget>

#include <algorithm>

FlowLayout::FlowLayout(QWidget *parent, int horizontalSpacing, int verticalSpacing)
    : QLayout(parent), m_horizontalSpacing(horizontalSpacing), m_verticalSpacing(verticalSpacing)
{
    setContentsMargins(0, 0, 0, 0);
}

FlowLayout::~FlowLayout()
{
    while (QLayoutItem *item = takeAt(0))
        delete item;
}

void FlowLayout::addItem(QLayoutItem *item)
{
    m_items.append(item);
}

int FlowLayout::count() const
{
    return int(m_items.size());
}

QLayoutItem *FlowLayout::itemAt(int index) const
{
    return m_items.value(index);
}

QLayoutItem *FlowLayout::takeAt(int index)
{
    if (index < 0 || index >= m_items.size())
        return nullptr;
    return m_items.takeAt(index);
}

Qt::Orientations FlowLayout::expandingDirections() const
{
    return {};
}

bool FlowLayout::hasHeightForWidth() const
{
    return true;
}

int FlowLayout::heightForWidth(int width) const
{
    return arrange(QRect(0, 0, width, 0), false);
}

QSize FlowLayout::minimumSize() const
{
    // The widest entry: an entry is never cut, the rows wrap around it.
    QSize size;
    for (const QLayoutItem *item : m_items)
        size = size.expandedTo(item->minimumSize());
    const QMargins margins = contentsMargins();
    return size + QSize(margins.left() + margins.right(), margins.top() + margins.bottom());
}

QSize FlowLayout::sizeHint() const
{
    // Every entry on one row.
    int width = 0;
    int height = 0;
    for (const QLayoutItem *item : m_items) {
        if (item->isEmpty())
            continue;
        width += item->sizeHint().width() + (width > 0 ? m_horizontalSpacing : 0);
        height = std::max(height, item->sizeHint().height());
    }
    const QMargins margins = contentsMargins();
    return QSize(width + margins.left() + margins.right(), height + margins.top() + margins.bottom());
}

void FlowLayout::setGeometry(const QRect &rect)
{
    QLayout::setGeometry(rect);
    arrange(rect, true);
}

int FlowLayout::arrange(const QRect &rect, bool apply) const
{
    const QRect area = rect.marginsRemoved(contentsMargins());
    // Rows of items first, then each row placed centred.
    QList<QList<QLayoutItem *>> rows(1);
    QList<int> rowWidths(1, 0);
    for (QLayoutItem *item : m_items) {
        if (item->isEmpty())
            continue;
        const int width = item->sizeHint().width();
        int &rowWidth = rowWidths.last();
        if (!rows.last().isEmpty() && rowWidth + m_horizontalSpacing + width > area.width()) {
            rows.append(QList<QLayoutItem *>());
            rowWidths.append(0);
        }
        rowWidths.last() += (rows.last().isEmpty() ? 0 : m_horizontalSpacing) + width;
        rows.last().append(item);
    }
    int y = area.top();
    for (qsizetype row = 0; row < rows.size(); ++row) {
        if (rows.at(row).isEmpty())
            continue;
        int rowHeight = 0;
        for (const QLayoutItem *item : rows.at(row))
            rowHeight = std::max(rowHeight, item->sizeHint().height());
        int x = area.left() + std::max(0, (area.width() - rowWidths.at(row)) / 2);
        for (QLayoutItem *item : rows.at(row)) {
            const QSize size = item->sizeHint();
            if (apply)
                item->setGeometry(QRect(QPoint(x, y + (rowHeight - size.height()) / 2), size));
            x += size.width() + m_horizontalSpacing;
        }
        y += rowHeight + m_verticalSpacing;
    }
    const int used = y - area.top() - (y > area.top() ? m_verticalSpacing : 0);
    const QMargins margins = contentsMargins();
    return used + margins.top() + margins.bottom();
}
