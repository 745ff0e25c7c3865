#include "widgets/WrappingHeaderView.h"

#include <QPainter>
#include <QStyleOptionHeader>

#include <algorithm>

WrappingHeaderView::WrappingHeaderView(QWidget *parent) : QHeaderView(Qt::Horizontal, parent)
{
    setObjectName(QStringLiteral("wrappingHeaderView"));
    setDefaultAlignment(Qt::AlignCenter);
    // Narrower sections may need another line: the table lays its header out again.
    connect(this, &QHeaderView::sectionResized, this, [this] {
        updateGeometry();
        emit geometriesChanged();
    });
}

QSize WrappingHeaderView::sizeHint() const
{
    QSize size = QHeaderView::sizeHint();
    if (!model())
        return size;
    const QFontMetrics metrics(font());
    const int margin = style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, this);
    for (int section = 0; section < count(); ++section) {
        if (isSectionHidden(section) || sectionSize(section) <= 2 * margin)
            continue;
        const QString text = model()->headerData(section, orientation(), Qt::DisplayRole).toString();
        const QRect wrapped =
            metrics.boundingRect(QRect(0, 0, sectionSize(section) - 2 * margin, 10000), Qt::TextWordWrap, text);
        size.setHeight(std::max(size.height(), wrapped.height() + 2 * margin));
    }
    return size;
}

QSize WrappingHeaderView::sectionSizeFromContents(int logicalIndex) const
{
    QSize size = QHeaderView::sectionSizeFromContents(logicalIndex);
    if (!model())
        return size;
    const QString text = model()->headerData(logicalIndex, orientation(), Qt::DisplayRole).toString();
    const QFontMetrics metrics(font());
    const int margin = style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, this) * 2;
    int longestWord = 0;
    for (const QString &word : text.split(QLatin1Char(' '), Qt::SkipEmptyParts))
        longestWord = std::max(longestWord, metrics.horizontalAdvance(word));
    const int wrappedWidth = std::max(longestWord, metrics.horizontalAdvance(text) / lineCount);
    size.setWidth(std::min(size.width(), wrappedWidth + margin * 2));
    size.setHeight(std::max(size.height(), metrics.lineSpacing() * lineCount + margin));
    return size;
}

void WrappingHeaderView::paintSection(QPainter *painter, const QRect &rect, int logicalIndex) const
{
    if (!rect.isValid())
        return;
    // The style draws the section without its title, then the title is drawn wrapped.
    QStyleOptionHeader option;
    initStyleOption(&option);
    initStyleOptionForIndex(&option, logicalIndex);
    option.rect = rect;
    const QString text = option.text;
    option.text.clear();
    // The style's header restores the clip it found, and "no clip" comes back as an empty clip region that
    // hides everything drawn after it (the member names were blank): the title is drawn outside its save.
    painter->save();
    style()->drawControl(QStyle::CE_Header, &option, painter, this);
    painter->restore();
    painter->save();
    const int margin = style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, this);
    painter->setFont(font());
    painter->setPen(option.palette.color(QPalette::ButtonText));
    painter->drawText(rect.adjusted(margin, 0, -margin, 0), Qt::AlignCenter | Qt::TextWordWrap, text);
    painter->restore();
}
