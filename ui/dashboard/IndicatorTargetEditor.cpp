#include "dashboard/IndicatorTargetEditor.h"

#include "storage/CommitteeStore.h"
#include "widgets/ChartPalette.h"
#include "widgets/RelativeFont.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QVBoxLayout>

IndicatorTargetEditor::IndicatorTargetEditor(CommitteeStore &store, QWidget *parent)
    : QWidget(parent), m_store(store), m_grid(new QGridLayout), m_refusalLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("indicatorTargetEditor"));
    m_refusalLabel->setObjectName(QStringLiteral("targetRefusalLabel"));
    m_refusalLabel->setWordWrap(true);
    m_refusalLabel->setStyleSheet(QStringLiteral("color: %1;").arg(ChartPalette::vermillion().name()));
    m_refusalLabel->hide();

    m_grid->setObjectName(QStringLiteral("indicatorYearGrid"));
    m_grid->setHorizontalSpacing(16);
    m_grid->setVerticalSpacing(4);
    auto *centred = new QHBoxLayout;
    centred->addStretch(1);
    centred->addLayout(m_grid);
    centred->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(centred);
    layout->addWidget(m_refusalLabel);
    reload();
}

void IndicatorTargetEditor::reload()
{
    const Result<QList<FundYear>> read = m_store.years();
    if (!read) {
        // The targets shown stay as they were, with the read's words under them.
        m_refusalLabel->setText(read.error());
        return;
    }
    const QList<FundYear> &years = read.value();
    QList<int> yearNumbers;
    for (const FundYear &year : years)
        yearNumbers.append(year.year);
    if (yearNumbers != m_years) {
        // The set of years changed: rebuild the grid. Widgets are deleted later because reload() can run
        // inside one of their own signals (a target saved emits yearsChanged).
        while (QLayoutItem *item = m_grid->takeAt(0)) {
            if (QWidget *widget = item->widget()) {
                widget->hide();
                widget->setObjectName(QString());
                widget->deleteLater();
            }
            delete item;
        }
        m_spinBoxes.clear();
        m_realisedLabels.clear();
        m_shareLabels.clear();
        m_years = yearNumbers;
        const auto addLabel = [this](const QString &text, int row, int column, Qt::Alignment alignment,
                                     bool bold = false) {
            auto *label = new QLabel(text, this);
            RelativeFont::follow(label, 0, bold);
            m_grid->addWidget(label, row, column, alignment);
            return label;
        };
        for (int index = 0; index < m_years.size(); ++index) {
            const int year = m_years.at(index);
            const int top = index / yearsPerRow * rowsPerBlock;
            const int column = index % yearsPerRow + 1;
            if (column == 1) {
                addLabel(tr("Realised"), top + 1, 0, Qt::AlignLeft | Qt::AlignVCenter, true);
                addLabel(tr("Target"), top + 2, 0, Qt::AlignLeft | Qt::AlignVCenter, true);
                addLabel(tr("Of the target"), top + 3, 0, Qt::AlignLeft | Qt::AlignVCenter, true);
            }
            QLabel *yearLabel = addLabel(QString::number(year), top, column, Qt::AlignCenter, true);
            m_realisedLabels.append(addLabel(QString(), top + 1, column, Qt::AlignCenter));
            auto *box = new QSpinBox(this);
            box->setObjectName(QStringLiteral("targetSpinBox%1").arg(year));
            box->setRange(0, maximumTarget);
            box->setSpecialValueText(tr("No target"));
            box->setAccessibleName(tr("Target for %1").arg(year));
            box->setAlignment(Qt::AlignRight);
            // Saved when typing ends or an arrow is clicked, not at every keystroke.
            box->setKeyboardTracking(false);
            RelativeFont::follow(box, 0);
            yearLabel->setBuddy(box);
            m_grid->addWidget(box, top + 2, column);
            m_shareLabels.append(addLabel(QString(), top + 3, column, Qt::AlignCenter));
            connect(box, &QSpinBox::valueChanged, this, [this, year](int value) { targetEdited(year, value); });
            m_spinBoxes.append(box);
        }
    }
    for (int row = 0; row < years.size(); ++row) {
        QSpinBox *box = m_spinBoxes.at(row);
        const QSignalBlocker blocker(box);
        box->setValue(years.at(row).productTarget.value_or(0));
    }
    showFigures();
}

void IndicatorTargetEditor::setSeries(const IndicatorSeries &series)
{
    m_series = series;
    showFigures();
}

QString IndicatorTargetEditor::figureText(int year, int row) const
{
    const qsizetype index = m_years.indexOf(year);
    if (index < 0)
        return QString();
    if (row == 1)
        return m_realisedLabels.at(index)->text();
    if (row == 3)
        return m_shareLabels.at(index)->text();
    return QString();
}

void IndicatorTargetEditor::showFigures()
{
    // A dash where there is no data: a year without promotions realised nothing yet, it is not zero.
    const QString none = QStringLiteral("—");
    for (int index = 0; index < m_years.size(); ++index) {
        const std::optional<IndicatorSeries::Point> point = m_series.point(m_years.at(index));
        const std::optional<int> realised = point ? point->realised : std::nullopt;
        const std::optional<int> percent = point ? point->percentOfTarget() : std::nullopt;
        m_realisedLabels.at(index)->setText(realised ? QString::number(*realised) : none);
        m_shareLabels.at(index)->setText(percent ? tr("%1 %").arg(*percent) : none);
    }
}

QSpinBox *IndicatorTargetEditor::spinBoxForYear(int year) const
{
    const qsizetype index = m_years.indexOf(year);
    return index < 0 ? nullptr : m_spinBoxes.at(index);
}

QString IndicatorTargetEditor::lastRefusal() const
{
    return m_refusalLabel->text();
}

void IndicatorTargetEditor::targetEdited(int year, int value)
{
    const Outcome saved = m_store.setYearProductTarget(year, value > 0 ? std::optional<int>(value) : std::nullopt);
    m_refusalLabel->setText(saved ? QString() : saved.error());
    m_refusalLabel->setVisible(!saved);
    if (!saved)
        reload();
}
