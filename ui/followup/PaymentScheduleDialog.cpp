#include "followup/PaymentScheduleDialog.h"

#include "followup/FollowUpPdfExport.h"
#include "storage/CommitteeStore.h"
#include "storage/FollowUpStore.h"
#include "widgets/Palette.h"

#include <QClipboard>
#include <QDialogButtonBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {

QTableWidget *makeTable(const QString &name, QWidget *parent)
{
    auto *table = new QTableWidget(parent);
    table->setObjectName(name);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionMode(QAbstractItemView::ContiguousSelection);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->setWordWrap(false);
    table->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    table->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    table->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    return table;
}

// As large as its cells: the figures read at once beside their labels, nothing to scroll.
void fitSize(QTableWidget *table)
{
    int height = table->horizontalHeader()->sizeHint().height() + 2 * table->frameWidth();
    for (int row = 0; row < table->rowCount(); ++row)
        height += table->rowHeight(row);
    int width = table->verticalHeader()->sizeHint().width() + 2 * table->frameWidth();
    for (int column = 0; column < table->columnCount(); ++column)
        width += table->columnWidth(column);
    table->setFixedSize(width, height);
}

QTableWidgetItem *amountItem(Money amount)
{
    auto *item = new QTableWidgetItem(amount.toString());
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

QString tableText(const QTableWidget *table)
{
    QStringList lines;
    QStringList header{QString()};
    for (int column = 0; column < table->columnCount(); ++column)
        header << table->horizontalHeaderItem(column)->text();
    if (table->columnCount() > 1)
        lines << header.join(QLatin1Char('\t'));
    for (int row = 0; row < table->rowCount(); ++row) {
        QStringList cells{table->verticalHeaderItem(row)->text()};
        for (int column = 0; column < table->columnCount(); ++column)
            cells << table->item(row, column)->text();
        lines << cells.join(QLatin1Char('\t'));
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace

PaymentScheduleDialog::PaymentScheduleDialog(CommitteeStore &store, FollowUpStore &followUp, int year, QWidget *parent)
    : QDialog(parent), m_store(store), m_followUp(followUp), m_yearSpinBox(new QSpinBox(this)),
      m_figures(makeTable(QStringLiteral("scheduleFiguresTable"), this)),
      m_schedule(makeTable(QStringLiteral("scheduleTable"), this)), m_statusLabel(new QLabel(this)),
      m_pdfExport(new FollowUpPdfExport(store, followUp, this))
{
    setObjectName(QStringLiteral("paymentScheduleDialog"));
    setWindowTitle(tr("Payment schedule"));
    m_yearSpinBox->setObjectName(QStringLiteral("scheduleYearSpinBox"));
    m_yearSpinBox->setRange(2000, 2100);
    m_yearSpinBox->setValue(year);
    m_statusLabel->setObjectName(QStringLiteral("scheduleStatusLabel"));
    m_statusLabel->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *copy = buttons->addButton(tr("&Copy"), QDialogButtonBox::ActionRole);
    copy->setObjectName(QStringLiteral("copyScheduleButton"));
    connect(copy, &QPushButton::clicked, this, [this] { QGuiApplication::clipboard()->setText(copyText()); });
    QPushButton *exportPdf = buttons->addButton(tr("Export to &PDF…"), QDialogButtonBox::ActionRole);
    exportPdf->setObjectName(QStringLiteral("exportSchedulePdfButton"));
    exportPdf->setToolTip(tr("The year shown as the official payment schedule, in French"));
    connect(exportPdf, &QPushButton::clicked, this, [this] { m_pdfExport->exportScheduleDialog(this->year()); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::close);

    auto *yearLabel = new QLabel(tr("Budget &year:"), this);
    yearLabel->setBuddy(m_yearSpinBox);
    auto *yearRow = new QHBoxLayout;
    yearRow->addWidget(yearLabel);
    yearRow->addWidget(m_yearSpinBox);
    yearRow->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(yearRow);
    layout->addWidget(new QLabel(tr("The year's figures"), this));
    layout->addWidget(m_figures);
    layout->addWidget(new QLabel(tr("Schedule of the CP to open"), this));
    layout->addWidget(m_schedule);
    layout->addWidget(m_statusLabel);
    layout->addStretch(1);
    layout->addWidget(buttons);

    connect(m_yearSpinBox, &QSpinBox::valueChanged, this, &PaymentScheduleDialog::reload);
    connect(&m_store, &CommitteeStore::candidatesChanged, this, &PaymentScheduleDialog::reload);
    reload();
    resize(900, 480);
}

int PaymentScheduleDialog::year() const
{
    return m_yearSpinBox->value();
}

void PaymentScheduleDialog::setYear(int year)
{
    m_yearSpinBox->setValue(year);
}

void PaymentScheduleDialog::reload()
{
    const Result<QList<LaureateFollowUp>> laureates = m_followUp.allLaureates();
    if (!laureates) {
        // Never zeros for a failed read: the tables empty and the database's words.
        m_figures->setRowCount(0);
        m_schedule->setRowCount(0);
        m_statusLabel->setText(laureates.error());
        m_statusLabel->setStyleSheet(Palette::textStyle(Palette::errorText()));
        return;
    }
    m_statusLabel->setStyleSheet(QString());
    fill(PaymentSchedule::compute(laureates.value(), year()));
}

void PaymentScheduleDialog::fill(const PaymentSchedule &schedule)
{
    const int y = schedule.year();
    const QList<std::pair<QString, Money>> figures{
        {tr("Restes à payer at 31 December %1").arg(y - 1), schedule.openingRemainder()},
        {tr("AE committed in %1").arg(y), schedule.aeCommitted()},
        {tr("AE cancelled in %1 (withdrawals)").arg(y), schedule.aeCancelled()},
        {tr("CP paid in %1").arg(y), schedule.cpPaid()},
        {tr("CP still planned in %1").arg(y), schedule.cpPlanned()},
        {tr("Restes à payer at 31 December %1").arg(y), schedule.closingRemainder()},
    };
    m_figures->clear();
    m_figures->setColumnCount(1);
    m_figures->setRowCount(int(figures.size()));
    m_figures->setHorizontalHeaderLabels({tr("Amount")});
    for (int row = 0; row < figures.size(); ++row) {
        m_figures->setVerticalHeaderItem(row, new QTableWidgetItem(figures.at(row).first));
        m_figures->setItem(row, 0, amountItem(figures.at(row).second));
    }

    const QList<std::pair<QString, PaymentSchedule::Row>> rows{
        {tr("Commitments before %1").arg(y), schedule.earlierCommitments()},
        {tr("Commitments of %1").arg(y), schedule.newCommitments()},
        {tr("Total"), schedule.totals()},
    };
    m_schedule->clear();
    m_schedule->setColumnCount(7);
    m_schedule->setRowCount(int(rows.size()));
    m_schedule->setHorizontalHeaderLabels({tr("AE"), tr("CP %1").arg(y), tr("CP %1").arg(y + 1), tr("CP %1").arg(y + 2),
                                           tr("CP beyond"), tr("Not scheduled yet"), tr("Cancelled")});
    for (int row = 0; row < rows.size(); ++row) {
        const PaymentSchedule::Row &line = rows.at(row).second;
        m_schedule->setVerticalHeaderItem(row, new QTableWidgetItem(rows.at(row).first));
        const QList<Money> cells{line.commitments, line.cpYear,      line.cpNextYear, line.cpYearAfter,
                                 line.cpBeyond,    line.unscheduled, line.cancelled};
        for (int column = 0; column < cells.size(); ++column)
            m_schedule->setItem(row, column, amountItem(cells.at(column)));
    }
    for (QTableWidget *table : {m_figures, m_schedule}) {
        table->resizeColumnsToContents();
        table->resizeRowsToContents();
        fitSize(table);
    }
    m_statusLabel->setText(tr("Agreements signed in %1: %2, of which %3 for products.")
                               .arg(y)
                               .arg(schedule.agreementsSigned())
                               .arg(schedule.productAgreementsSigned()));
}

QString PaymentScheduleDialog::copyText() const
{
    return tableText(m_figures) + QStringLiteral("\n\n") + tableText(m_schedule);
}
