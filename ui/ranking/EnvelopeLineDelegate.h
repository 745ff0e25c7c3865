#pragma once

#include <QStyledItemDelegate>

// Draws the envelope line of the ranking table: a bar across the top of the row where the envelope runs
// out (RankingTableModel::ExhaustsEnvelopeRole), so that during deliberation the committee sees at a
// glance where the money stops, on the projector as on a laptop. The row's tooltip says it in words.
class EnvelopeLineDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit EnvelopeLineDelegate(QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};
