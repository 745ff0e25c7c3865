#pragma once

#include <QColor>
#include <QList>
#include <QWidget>

class FlowLayout;
class QChart;
class QLabel;

// A chart's legend as labels under the chart, in rows that wrap, each entry a colour swatch and its whole
// text ("Produit (7) : 1 730 000 €"). Qt Charts' legend keeps one row and cuts its entries when they do not
// fit; this one is never cut, at any width or text size. It is built from the chart's own legend markers,
// so that what it says is what the series say.
class ChartLegend : public QWidget
{
    Q_OBJECT

public:
    explicit ChartLegend(QWidget *parent = nullptr);

    // One entry per visible legend marker of the chart, in its order; hidden when there is none.
    void showMarkersOf(QChart *chart);
    QStringList texts() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Entry
    {
        QLabel *swatch;
        QLabel *text;
        QColor colour;
        // A line series is shown as a line in its own style, a bar or a slice as a square.
        Qt::PenStyle lineStyle;
    };

    void addEntry(const QString &text, const QColor &colour, Qt::PenStyle lineStyle);
    void clear();
    void drawSwatch(const Entry &entry) const;

    FlowLayout *m_flow;
    QList<Entry> m_entries;
};
