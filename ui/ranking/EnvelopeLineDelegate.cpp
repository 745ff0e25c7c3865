#include "ranking/EnvelopeLineDelegate.h"

#include "ranking/RankingTableModel.h"
#include "widgets/Palette.h"

#include <QPainter>

EnvelopeLineDelegate::EnvelopeLineDelegate(QObject *parent) : QStyledItemDelegate(parent)
{}

void EnvelopeLineDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyledItemDelegate::paint(painter, option, index);
    if (!index.data(RankingTableModel::ExhaustsEnvelopeRole).toBool())
        return;
    // Thick enough to read from the back of a room, thin enough not to hide the row's text.
    const int thickness = std::max(3, option.fontMetrics.height() / 6);
    painter->save();
    painter->fillRect(QRect(option.rect.left(), option.rect.top(), option.rect.width(), thickness),
                      Palette::warningText());
    painter->restore();
}
