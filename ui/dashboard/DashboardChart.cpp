#include "dashboard/DashboardChart.h"

#include "dashboard/ChartExport.h"
#include "dashboard/ChartLegend.h"
#include "widgets/ChartPalette.h"
#include "widgets/EmptyState.h"
#include "widgets/RelativeFont.h"

#include <QAbstractBarSeries>
#include <QAction>
#include <QApplication>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QCursor>
#include <QEvent>
#include <QFileDialog>
#include <QLabel>
#include <QLegend>
#include <QMessageBox>
#include <QPieSeries>
#include <QToolTip>
#include <QVBoxLayout>
#include <QXYSeries>

#include <algorithm>
#include <cmath>

DashboardChart::DashboardChart(QWidget *parent)
    : QWidget(parent), m_chart(new QChart), m_titleLabel(new QLabel(this)), m_view(new QChartView(m_chart, this)),
      m_legend(new ChartLegend(this)), m_noteLabel(new QLabel(this)), m_layout(new QVBoxLayout(this)),
      m_savePngAction(new QAction(tr("Save as PNG…"), this)), m_savePdfAction(new QAction(tr("Save as PDF…"), this)),
      m_emptyState(EmptyState::cover(m_view, QStringLiteral("chartEmptyState")))
{
    // A card: the title, the chart, its legend and notes on one background, apart from the page's.
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::Base);
    m_appliedBase = chartFont().pointSizeF();
    // Qt Charts' title and legend stay empty and hidden (the card's labels say them), but their fonts
    // follow the text size like the axes' do.
    m_chart->setTitleFont(chartFont(3));
    m_chart->legend()->setFont(chartFont());
    m_chart->legend()->hide();
    // The chart draws on the card's background, edge to edge.
    m_chart->setBackgroundVisible(false);
    m_chart->setMargins(QMargins(4, 4, 4, 4));
    m_view->setBackgroundBrush(palette().brush(QPalette::Base));
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setFrameShape(QFrame::NoFrame);
    m_view->setMinimumHeight(240);
    m_view->setObjectName(QStringLiteral("chartView"));

    m_titleLabel->setObjectName(QStringLiteral("chartTitleLabel"));
    m_titleLabel->setWordWrap(true);
    m_titleLabel->setAlignment(Qt::AlignCenter);
    m_titleLabel->setTextFormat(Qt::PlainText);
    RelativeFont::follow(m_titleLabel, 3);

    m_noteLabel->setObjectName(QStringLiteral("noteLabel"));
    m_noteLabel->setWordWrap(true);
    m_noteLabel->setAlignment(Qt::AlignCenter);
    m_noteLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    RelativeFont::follow(m_noteLabel, 1);
    m_noteLabel->hide();

    m_savePngAction->setObjectName(QStringLiteral("savePngAction"));
    m_savePdfAction->setObjectName(QStringLiteral("savePdfAction"));
    connect(m_savePngAction, &QAction::triggered, this, [this] { saveAsked(false); });
    connect(m_savePdfAction, &QAction::triggered, this, [this] { saveAsked(true); });
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_view->addAction(m_savePngAction);
    m_view->addAction(m_savePdfAction);

    m_layout->setContentsMargins(10, 8, 10, 10);
    m_layout->setSpacing(6);
    m_layout->addWidget(m_titleLabel);
    m_layout->addWidget(m_view, 1);
    m_layout->addWidget(m_legend);
    m_layout->addWidget(m_noteLabel);
}

void DashboardChart::setEmptyText(const QString &message)
{
    m_emptyState->setMessage(message);
}

void DashboardChart::updateEmptyState()
{
    // The card's title stays above the sentence.
    const bool empty = !m_emptyState->message().isEmpty() && !hasFigures();
    m_emptyState->setVisible(empty);
    if (empty || !m_legendShown)
        m_legend->hide();
    else
        m_legend->showMarkersOf(m_chart);
    fitMargins();
}

bool DashboardChart::hasFigures() const
{
    const QList<QAbstractSeries *> series = m_chart->series();
    for (const QAbstractSeries *one : series) {
        if (const auto *bars = qobject_cast<const QAbstractBarSeries *>(one)) {
            for (const QBarSet *set : bars->barSets()) {
                for (int index = 0; index < set->count(); ++index) {
                    if (set->at(index) != 0)
                        return true;
                }
            }
        } else if (const auto *pie = qobject_cast<const QPieSeries *>(one)) {
            if (pie->sum() != 0)
                return true;
        } else if (const auto *xy = qobject_cast<const QXYSeries *>(one)) {
            const QList<QPointF> points = xy->points();
            if (std::any_of(points.cbegin(), points.cend(), [](const QPointF &point) { return point.y() != 0; }))
                return true;
        }
    }
    return false;
}

void DashboardChart::addUnderChart(QWidget *widget, Qt::Alignment alignment)
{
    m_layout->addWidget(widget, 0, alignment);
}

void DashboardChart::addAboveChart(QWidget *widget)
{
    m_layout->insertWidget(m_layout->indexOf(m_view), widget);
}

QSize DashboardChart::minimumSizeHint() const
{
    QSize hint = QWidget::minimumSizeHint();
    int categories = 0;
    int widestCategory = 0;
    int verticalLabels = 0;
    const QList<QAbstractAxis *> axes = m_chart->axes();
    for (QAbstractAxis *axis : axes) {
        const QFontMetrics metrics(axis->labelsFont());
        QStringList labels;
        if (auto *barCategories = qobject_cast<QBarCategoryAxis *>(axis))
            labels = barCategories->categories();
        else if (auto *money = qobject_cast<QCategoryAxis *>(axis))
            labels = money->categoriesLabels();
        int widest = 0;
        for (const QString &label : std::as_const(labels)) {
            // A rich-text label has one line per <br>.
            const QStringList lines = label.split(QStringLiteral("<br>"));
            for (const QString &line : lines)
                widest = std::max(widest, metrics.horizontalAdvance(line));
        }
        if (axis->orientation() == Qt::Vertical) {
            verticalLabels = std::max(verticalLabels, widest);
        } else if (qobject_cast<QBarCategoryAxis *>(axis)) {
            categories = int(labels.size());
            widestCategory = widest;
        }
    }
    if (categories > 0) {
        // Each category its widest label and room either side (Qt Charts cuts a label well before it
        // touches the next); around the plot, what the card, the
        // chart's margins and the vertical axis take: measured once Qt Charts laid the chart out (it does
        // not depend on the width), estimated before.
        const QRectF plot = m_chart->plotArea();
        const int around = plot.width() > 0 && width() > plot.width()
                               ? width() - int(plot.width())
                               : verticalLabels + 70 + m_chart->margins().left() + m_chart->margins().right() + 20;
        hint.setWidth(std::max(hint.width(), categories * (widestCategory + 40) + around));
    }
    return hint;
}

QString DashboardChart::title() const
{
    return m_title;
}

void DashboardChart::setTitle(const QString &title)
{
    m_title = title;
    m_titleLabel->setText(title);
    m_view->setAccessibleName(title);
}

// The whole card, so that the image keeps the title, the legend and the notes.
Outcome DashboardChart::savePng(const QString &path)
{
    return ChartExport::savePng(*this, path);
}

Outcome DashboardChart::savePdf(const QString &path)
{
    return ChartExport::savePdf(*this, path, title());
}

void DashboardChart::clearChart()
{
    m_chart->removeAllSeries();
    const QList<QAbstractAxis *> axes = m_chart->axes();
    for (QAbstractAxis *axis : axes) {
        m_chart->removeAxis(axis);
        delete axis;
    }
}

void DashboardChart::setNote(const QString &text, bool warning)
{
    m_noteLabel->setText(text);
    m_noteLabel->setStyleSheet(
        warning ? QStringLiteral("color: %1; font-weight: bold;").arg(ChartPalette::vermillion().name()) : QString());
    m_noteLabel->setVisible(!text.isEmpty());
}

QCategoryAxis *DashboardChart::createMoneyAxis(Money largest, int maximumTicks) const
{
    // A round step (1, 2 or 5 × 10^k euros) giving at most maximumTicks ticks above zero (one more
    // only when cents push the largest amount past a round number of euros).
    const qint64 top = std::max<qint64>(largest.cents() / 100, 1);
    qint64 magnitude = 1;
    while (magnitude * 10 <= top / 4)
        magnitude *= 10;
    qint64 step = magnitude;
    for (qint64 factor : {qint64(1), qint64(2), qint64(5), qint64(10)}) {
        step = magnitude * factor;
        if ((top + step - 1) / step <= maximumTicks)
            break;
    }
    qint64 end = ((top + step - 1) / step) * step;
    if (end == top && largest.cents() % 100 != 0)
        end += step;

    auto *axis = new QCategoryAxis;
    axis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    axis->setLabelsFont(chartFont());
    axis->setRange(0, qreal(end));
    axis->setStartValue(0);
    for (qint64 tick = step; tick <= end; tick += step)
        axis->append(Money::fromEuros(tick).toString(), qreal(tick));
    return axis;
}

void DashboardChart::showAmountsOnHover(QBarSet *set, const QStringList &categories, const QList<Money> &amounts)
{
    connect(set, &QBarSet::hovered, this, [set, categories, amounts](bool status, int index) {
        if (!status || index < 0 || index >= amounts.size()) {
            QToolTip::hideText();
            return;
        }
        const QString category = index < categories.size() ? categories.at(index) : QString();
        QToolTip::showText(QCursor::pos(), tr("%1 — %2: %3").arg(category, set->label(), amounts.at(index).toString()));
    });
}

void DashboardChart::showAmountsOnHover(QXYSeries *series, const QStringList &categories, const QList<Money> &amounts)
{
    connect(series, &QXYSeries::hovered, this, [series, categories, amounts](const QPointF &point, bool state) {
        const int index = int(std::lround(point.x()));
        if (!state || index < 0 || index >= amounts.size()) {
            QToolTip::hideText();
            return;
        }
        const QString category = index < categories.size() ? categories.at(index) : QString();
        QToolTip::showText(QCursor::pos(),
                           tr("%1 — %2: %3").arg(category, series->name(), amounts.at(index).toString()));
    });
}

QFont DashboardChart::chartFont(int pointSizeDelta) const
{
    QFont chartText = font();
    // Slightly larger than the desktop default: the dashboard is meant to be projected. Session mode scales
    // the widget's font from the application's; the chart's text grows by the same factor.
    const qreal application = QApplication::font().pointSizeF();
    const qreal scale = application > 0 ? chartText.pointSizeF() / application : 1.0;
    chartText.setPointSizeF((std::max(application, 10.0) + pointSizeDelta) * scale);
    return chartText;
}

void DashboardChart::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::FontChange)
        applyFonts();
}

void DashboardChart::applyFonts()
{
    const qreal base = chartFont().pointSizeF();
    const auto follow = [this, base](QFont current) {
        current.setPointSizeF(current.pointSizeF() * base / m_appliedBase);
        return current;
    };
    m_chart->setTitleFont(follow(m_chart->titleFont()));
    m_chart->legend()->setFont(follow(m_chart->legend()->font()));
    const QList<QAbstractAxis *> axes = m_chart->axes();
    for (QAbstractAxis *axis : axes)
        axis->setLabelsFont(follow(axis->labelsFont()));
    // The values written on bars (the indicator's counts).
    const QList<QAbstractSeries *> series = m_chart->series();
    for (QAbstractSeries *one : series) {
        if (auto *bars = qobject_cast<QAbstractBarSeries *>(one); bars && bars->isLabelsVisible()) {
            for (QBarSet *set : bars->barSets())
                set->setLabelFont(follow(set->labelFont()));
        }
    }
    m_appliedBase = base;
    fitMargins();
}

void DashboardChart::fitMargins()
{
    QMargins margins(4, 4, 4, 4);
    const QList<QAbstractAxis *> axes = m_chart->axes();
    for (QAbstractAxis *axis : axes) {
        const QFontMetrics metrics(axis->labelsFont());
        if (axis->orientation() == Qt::Vertical) {
            margins.setTop(std::max(margins.top(), metrics.height() / 2 + 4));
        } else if (auto *money = qobject_cast<QCategoryAxis *>(axis); money && !money->categoriesLabels().isEmpty()) {
            const int half = metrics.horizontalAdvance(money->categoriesLabels().constLast()) / 2;
            margins.setRight(std::max(margins.right(), half + 8));
        }
    }
    m_chart->setMargins(margins);
}

void DashboardChart::saveAsked(bool pdf)
{
    const QString filter = pdf ? tr("PDF documents (*.pdf)") : tr("PNG images (*.png)");
    QString path = QFileDialog::getSaveFileName(this, pdf ? tr("Save the chart as PDF") : tr("Save the chart as PNG"),
                                                QString(), filter);
    if (path.isEmpty())
        return;
    const QString suffix = pdf ? QStringLiteral(".pdf") : QStringLiteral(".png");
    if (!path.endsWith(suffix, Qt::CaseInsensitive))
        path += suffix;
    const Outcome saved = pdf ? savePdf(path) : savePng(path);
    if (!saved)
        QMessageBox::warning(this, tr("Save the chart"), saved.error());
}
