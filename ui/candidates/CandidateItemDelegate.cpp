#include "candidates/CandidateItemDelegate.h"

#include <QApplication>
#include <QPainter>
#include <QTextLayout>
#include <QtMath>

CandidateItemDelegate::CandidateItemDelegate(QObject *parent) : QStyledItemDelegate(parent)
{}

void CandidateItemDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem item = option;
    initStyleOption(&item, index);
    const QWidget *widget = item.widget;
    const QStyle *style = widget ? widget->style() : QApplication::style();
    // The text's place, computed with the text in the option as the style does; then the style paints
    // everything but the text.
    const int margin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, widget) + 1;
    const QRect textRect =
        style->subElementRect(QStyle::SE_ItemViewItemText, &item, widget).adjusted(margin, 0, -margin, 0);
    const QString text = item.text;
    item.text.clear();
    style->drawControl(QStyle::CE_ItemViewItem, &item, painter, widget);
    if (text.isEmpty() || textRect.width() <= 0)
        return;

    QPalette::ColorGroup group = (item.state & QStyle::State_Enabled) ? QPalette::Normal : QPalette::Disabled;
    if (group == QPalette::Normal && !(item.state & QStyle::State_Active))
        group = QPalette::Inactive;
    painter->save();
    painter->setPen(
        item.palette.color(group, (item.state & QStyle::State_Selected) ? QPalette::HighlightedText : QPalette::Text));
    painter->setFont(item.font);
    const Qt::Alignment alignment = QStyle::visualAlignment(item.direction, item.displayAlignment);
    QTextOption textOption(alignment);
    textOption.setWrapMode(QTextOption::NoWrap);
    textOption.setTextDirection(item.direction);
    // Laid out on one line of the cell's width; drawn from that layout when it fits, else once more
    // elided (the rare case of a column narrower than its text).
    const auto layOut = [&](QTextLayout &layout, const QString &shown) {
        layout.setText(shown);
        layout.setFont(item.font);
        layout.setTextOption(textOption);
        layout.beginLayout();
        QTextLine line = layout.createLine();
        line.setLineWidth(textRect.width());
        layout.endLayout();
        return line;
    };
    QTextLayout layout(QString(), item.font, painter->device());
    QTextLine line = layOut(layout, text);
    if (line.naturalTextWidth() > textRect.width())
        line = layOut(layout, item.fontMetrics.elidedText(text, item.textElideMode, textRect.width()));
    const QRect lineRect =
        QStyle::alignedRect(item.direction, alignment, QSize(textRect.width(), qCeil(line.height())), textRect);
    layout.draw(painter, lineRect.topLeft());
    painter->restore();
}
