#pragma once

#include "domain/Money.h"
#include "domain/Result.h"

#include <QList>
#include <QStringList>
#include <QWidget>

class ChartLegend;
class EmptyState;
class QAction;
class QBarSet;
class QCategoryAxis;
class QChart;
class QChartView;
class QLabel;
class QVBoxLayout;
class QXYSeries;

// A dashboard chart with what every chart of the dashboard shares, as a card: its title, a QChart in a
// view, the legend and a note under it for the figures a bar cannot say (an overspend, a missing budget),
// exact amounts on hover in French form, an axis of amounts labelled by Money::toString, and "Save as
// PNG/PDF" in its context menu. The title and the legend are labels of the card, not Qt Charts' own: those
// are cut with "..." when the card is narrow, labels wrap. Subclasses only map a core report to series;
// amounts become euros as double only here, to draw.
class DashboardChart : public QWidget
{
    Q_OBJECT

public:
    explicit DashboardChart(QWidget *parent = nullptr);

    QChart *chart() const { return m_chart; }
    QChartView *chartView() const { return m_view; }
    QLabel *noteLabel() const { return m_noteLabel; }
    QLabel *titleLabel() const { return m_titleLabel; }
    ChartLegend *legend() const { return m_legend; }
    QString title() const;

    // The sentence shown instead of the chart while it has no figure to draw (every bar, slice and point
    // at zero): an empty frame with axes says nothing on a projector.
    void setEmptyText(const QString &message);
    // Shows the sentence, or the chart and its legend, after the subclass mapped new figures.
    void updateEmptyState();
    bool hasFigures() const;
    // Whether the card shows a legend under the chart (a chart of one series needs none).
    bool showsLegend() const { return m_legendShown; }
    // Wide enough for every category label of a horizontal axis side by side and the amounts of the
    // vertical one: narrower, Qt Charts cuts the labels with "...".
    QSize minimumSizeHint() const override;
    EmptyState *emptyState() const { return m_emptyState; }

    // Puts a widget in the card under the chart and its legend (a grid of figures), so that it shares
    // the card's background and is saved with it.
    void addUnderChart(QWidget *widget, Qt::Alignment alignment = {});
    // Puts a widget between the title and the chart: a choice that changes what the chart draws (the
    // indicator's counting basis) is read before the figures it changes.
    void addAboveChart(QWidget *widget);

    Outcome savePng(const QString &path);
    Outcome savePdf(const QString &path);

    // Euros as a double, for drawing only.
    static qreal euros(Money amount) { return qreal(amount.cents()) / 100; }

protected:
    void setTitle(const QString &title);
    void setLegendShown(bool shown) { m_legendShown = shown; }
    // Removes every series and axis, before a subclass maps new figures.
    void clearChart();
    // The note under the chart; warning notes are drawn in vermillion, the overspend colour.
    void setNote(const QString &text, bool warning = false);
    // A value axis from zero to a round amount above largest, its ticks labelled in French form; at most
    // maximumTicks ticks, fewer on a horizontal axis where "2 500 000 €" labels take room.
    QCategoryAxis *createMoneyAxis(Money largest, int maximumTicks = 6) const;
    // Shows "category — set: amount" on hover; amounts[i] is the exact amount of bar i.
    void showAmountsOnHover(QBarSet *set, const QStringList &categories, const QList<Money> &amounts);
    // Likewise for the points of a line.
    void showAmountsOnHover(QXYSeries *series, const QStringList &categories, const QList<Money> &amounts);
    // The widget's font (which session mode scales) at least 10 points, pointSizeDelta larger.
    QFont chartFont(int pointSizeDelta = 0) const;
    // Qt Charts draws with fonts of its own: they follow the widget's font when it changes.
    void changeEvent(QEvent *event) override;

private:
    // Sets Qt Charts' fonts (title, legend, every axis' labels, the values on bars) from chartFont(), each
    // keeping its difference with the base it was given; the card's labels follow through RelativeFont.
    void applyFonts();
    // Room around the plot for the axis labels Qt Charts centres on the ends of an axis (the last amount
    // of a horizontal axis, the top one of a vertical axis), which it would draw past the card's edge.
    void fitMargins();

    void saveAsked(bool pdf);

    QString m_title;
    QChart *m_chart;
    QLabel *m_titleLabel;
    QChartView *m_view;
    ChartLegend *m_legend;
    QLabel *m_noteLabel;
    QVBoxLayout *m_layout;
    QAction *m_savePngAction;
    QAction *m_savePdfAction;
    EmptyState *m_emptyState;
    bool m_legendShown = true;
    // chartFont()'s size when the fonts were last applied.
    qreal m_appliedBase = 0;
};
