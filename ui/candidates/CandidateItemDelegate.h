#pragma once

#include <QStyledItemDelegate>

// Paints the candidates' table cells as QStyledItemDelegate does, but lays each cell's text out once.
// The style's item painting shapes a cell's text three to four times (layout, elision test, drawing),
// and the table's cells were a quarter of the window's start-up (callgrind, 1 000 candidates): here the
// style draws the background, selection and focus, and the text is laid out once and drawn from that
// layout, unless it does not fit, when it is elided as the style would.
class CandidateItemDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit CandidateItemDelegate(QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};
