#include "dashboard/IndicatorTargetEditor.h"

#include "storage/CommitteeStore.h"
#include "widgets/ChartPalette.h"

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
    auto *heading = new QLabel(tr("Targets (products per year):"), this);
    QFont bold = heading->font();
    bold.setBold(true);
    heading->setFont(bold);

    m_refusalLabel->setObjectName(QStringLiteral("targetRefusalLabel"));
    m_refusalLabel->setWordWrap(true);
    m_refusalLabel->setStyleSheet(QStringLiteral("color: %1;").arg(ChartPalette::vermillion().name()));
    m_refusalLabel->hide();

    m_grid->setHorizontalSpacing(12);
    m_grid->setVerticalSpacing(2);
    auto *strip = new QHBoxLayout;
    strip->addWidget(heading, 0, Qt::AlignTop);
    strip->addLayout(m_grid);
    strip->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(strip);
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
        // The set of years changed: rebuild the rows. Boxes are deleted later because reload() can run
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
        m_years = yearNumbers;
        for (int index = 0; index < m_years.size(); ++index) {
            const int year = m_years.at(index);
            const int row = index / yearsPerRow * 2;
            const int column = index % yearsPerRow;
            auto *label = new QLabel(QString::number(year), this);
            auto *box = new QSpinBox(this);
            box->setObjectName(QStringLiteral("targetSpinBox%1").arg(year));
            box->setRange(0, maximumTarget);
            box->setSpecialValueText(tr("No target"));
            box->setAccessibleName(tr("Target for %1").arg(year));
            // Saved when typing ends or an arrow is clicked, not at every keystroke.
            box->setKeyboardTracking(false);
            label->setBuddy(box);
            m_grid->addWidget(label, row, column, Qt::AlignHCenter | Qt::AlignBottom);
            m_grid->addWidget(box, row + 1, column);
            connect(box, &QSpinBox::valueChanged, this, [this, year](int value) { targetEdited(year, value); });
            m_spinBoxes.append(box);
        }
    }
    for (int row = 0; row < years.size(); ++row) {
        QSpinBox *box = m_spinBoxes.at(row);
        const QSignalBlocker blocker(box);
        box->setValue(years.at(row).productTarget.value_or(0));
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
