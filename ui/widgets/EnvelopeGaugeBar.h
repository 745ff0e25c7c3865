#pragma once

#include "reports/EnvelopeGauge.h"

#include <QColor>
#include <QList>
#include <QWidget>

class QLabel;

// A promotion's envelope as one horizontal bar painted with QPainter: consumed, proposed and remaining
// inside the envelope and, when consumed + proposed exceed it, the overspend in vermillion beyond the
// envelope's mark with its amount written over it. The bar's scale is max(envelope, consumed +
// proposed), so an overspend always shows as a longer bar, never as a bar capped at 100 %. The exact
// amounts are in the legend under the bar (labels gaugeConsumedLabel, gaugeProposedLabel,
// gaugeRemainingLabel, gaugeEnvelopeLabel, gaugeOverspendLabel: prefixed so they never clash with the
// window's own labels), in the tooltip and in the accessible name. Every figure comes from
// EnvelopeGauge; the widget only draws them.
class EnvelopeGaugeBar : public QWidget
{
    Q_OBJECT

public:
    // One drawn part of the bar, for painting and for tests.
    struct Segment
    {
        Money amount; // the length drawn on the bar
        Money shown;  // the figure written on it: consumed, not only its part within the envelope
        QColor colour;
    };

    explicit EnvelopeGaugeBar(QWidget *parent = nullptr);

    void setGauge(const EnvelopeGauge &gauge);
    // Compact: a thinner bar and no text line above it (the envelope and the overspend are in the legend),
    // for a page that must show its tables and the gauge together on a projector.
    void setCompact(bool compact);
    EnvelopeGauge gauge() const { return m_gauge; }

    // What the full width of the bar stands for: max(envelope, consumed + proposed).
    Money scale() const;
    // Consumed, proposed, remaining and overspend, in drawing order; zero amounts are kept.
    QList<Segment> segments() const;
    // Every figure in one sentence: the tooltip and the accessible name.
    QString summary() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void updateTexts();
    int barTop() const;
    int barHeight() const;
    // The x of an amount measured from the bar's left edge, at the bar's width.
    int xFor(Money amount, int barWidth) const;
    QLabel *addLegendEntry(const QString &objectName, const QColor &colour, QLayout *layout);

    EnvelopeGauge m_gauge;
    QLabel *m_consumedLabel = nullptr;
    QLabel *m_proposedLabel = nullptr;
    QLabel *m_remainingLabel = nullptr;
    QLabel *m_envelopeLabel = nullptr;
    QLabel *m_overspendLabel = nullptr;
    bool m_compact = false;
};
