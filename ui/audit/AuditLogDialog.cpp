#include "audit/AuditLogDialog.h"

#include "audit/AuditLogFilterProxyModel.h"
#include "audit/AuditLogModel.h"
#include "reports/AuditCsvExport.h"
#include "widgets/Palette.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSet>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

AuditLogDialog::AuditLogDialog(const QList<AuditEntry> &entries, int promotionNumber, QWidget *parent)
    : QDialog(parent), m_entries(entries), m_model(new AuditLogModel(this)), m_proxy(new AuditLogFilterProxyModel(this))
{
    setObjectName(QStringLiteral("auditLogDialog"));
    setWindowTitle(tr("Audit log"));
    m_model->setEntries(entries);
    m_proxy->setSourceModel(m_model);

    m_promotionCombo = new QComboBox;
    m_promotionCombo->setObjectName(QStringLiteral("auditPromotionComboBox"));
    m_candidateEdit = new QLineEdit;
    m_candidateEdit->setObjectName(QStringLiteral("auditCandidateLineEdit"));
    m_candidateEdit->setPlaceholderText(tr("Name contains…"));
    m_candidateEdit->setClearButtonEnabled(true);
    m_operatorCombo = new QComboBox;
    m_operatorCombo->setObjectName(QStringLiteral("auditOperatorComboBox"));
    m_fromEdit = new QDateEdit;
    m_fromEdit->setObjectName(QStringLiteral("auditFromDateEdit"));
    m_toEdit = new QDateEdit;
    m_toEdit->setObjectName(QStringLiteral("auditToDateEdit"));
    for (QDateEdit *edit : {m_fromEdit, m_toEdit}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    }
    auto *clearButton = new QPushButton(tr("C&lear filters"));
    clearButton->setObjectName(QStringLiteral("auditClearFiltersButton"));

    auto *filters = new QHBoxLayout;
    const auto addFilter = [filters](const QString &text, QWidget *field) {
        auto *label = new QLabel(text);
        label->setBuddy(field);
        filters->addWidget(label);
        filters->addWidget(field);
        filters->addSpacing(8);
    };
    addFilter(tr("&Promotion:"), m_promotionCombo);
    addFilter(tr("C&andidate:"), m_candidateEdit);
    addFilter(tr("&Operator:"), m_operatorCombo);
    addFilter(tr("&From:"), m_fromEdit);
    addFilter(tr("&To:"), m_toEdit);
    filters->addWidget(clearButton);
    filters->addStretch(1);

    m_view = new QTableView;
    m_view->setObjectName(QStringLiteral("auditLogTableView"));
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(AuditLogModel::WhenColumn, Qt::DescendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    QHeaderView *header = m_view->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setStretchLastSection(true);

    m_countLabel = new QLabel;
    m_countLabel->setObjectName(QStringLiteral("auditCountLabel"));
    m_statusLabel = new QLabel;
    m_statusLabel->setObjectName(QStringLiteral("auditStatusLabel"));
    m_statusLabel->setWordWrap(true);
    m_exportButton = new QPushButton(tr("&Export to CSV…"));
    m_exportButton->setObjectName(QStringLiteral("auditExportButton"));
    m_exportButton->setToolTip(tr("Write the entries shown to a CSV file, with the columns of "
                                  "\"fast-committee audit\""));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    buttons->addButton(m_exportButton, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_countLabel);
    layout->addWidget(m_statusLabel);
    layout->addWidget(buttons);

    fillFilters(promotionNumber);
    applyFilters();
    m_view->resizeColumnsToContents();
    // Long old → new texts (a proposal's summary) must not push the table off the screen.
    for (int column = 0; column < AuditLogModel::ChangeColumn; ++column)
        header->resizeSection(column, std::min(header->sectionSize(column), 320));

    connect(m_promotionCombo, &QComboBox::currentIndexChanged, this, &AuditLogDialog::applyFilters);
    connect(m_operatorCombo, &QComboBox::currentIndexChanged, this, &AuditLogDialog::applyFilters);
    connect(m_candidateEdit, &QLineEdit::textChanged, this, &AuditLogDialog::applyFilters);
    connect(m_fromEdit, &QDateEdit::dateChanged, this, &AuditLogDialog::applyFilters);
    connect(m_toEdit, &QDateEdit::dateChanged, this, &AuditLogDialog::applyFilters);
    connect(clearButton, &QPushButton::clicked, this, &AuditLogDialog::clearFilters);
    connect(m_exportButton, &QPushButton::clicked, this, &AuditLogDialog::askAndExport);
    resize(1200, 640);
}

void AuditLogDialog::fillFilters(int promotionNumber)
{
    QList<int> promotions;
    QStringList operators;
    QSet<QString> seenOperators;
    QDate first;
    QDate last;
    for (const AuditEntry &entry : std::as_const(m_entries)) {
        if (entry.promotionNumber > 0 && !promotions.contains(entry.promotionNumber))
            promotions.append(entry.promotionNumber);
        if (!seenOperators.contains(entry.operatorName)) {
            seenOperators.insert(entry.operatorName);
            operators.append(entry.operatorName);
        }
        const QDate day = entry.at.toLocalTime().date();
        if (!first.isValid() || day < first)
            first = day;
        if (!last.isValid() || day > last)
            last = day;
    }
    std::sort(promotions.begin(), promotions.end(), std::greater<int>());
    std::sort(operators.begin(), operators.end(),
              [](const QString &a, const QString &b) { return QString::localeAwareCompare(a, b) < 0; });

    m_promotionCombo->addItem(tr("All promotions"), 0);
    for (int number : std::as_const(promotions))
        m_promotionCombo->addItem(QStringLiteral("FAST%1").arg(number), number);
    const int shown = m_promotionCombo->findData(promotionNumber);
    m_promotionCombo->setCurrentIndex(shown >= 0 ? shown : 0);

    m_operatorCombo->addItem(tr("Everyone"), QString());
    for (const QString &name : std::as_const(operators))
        m_operatorCombo->addItem(name, name);

    if (!first.isValid())
        first = last = QDate::currentDate();
    for (QDateEdit *edit : {m_fromEdit, m_toEdit})
        edit->setDateRange(first, last);
    m_fromEdit->setDate(first);
    m_toEdit->setDate(last);
}

void AuditLogDialog::applyFilters()
{
    m_proxy->setPromotion(m_promotionCombo->currentData().toInt());
    m_proxy->setOperator(m_operatorCombo->currentData().toString());
    m_proxy->setCandidateText(m_candidateEdit->text().trimmed());
    m_proxy->setDateRange(m_fromEdit->date(), m_toEdit->date());
    updateCount();
}

void AuditLogDialog::clearFilters()
{
    m_promotionCombo->setCurrentIndex(0);
    m_operatorCombo->setCurrentIndex(0);
    m_candidateEdit->clear();
    m_fromEdit->setDate(m_fromEdit->minimumDate());
    m_toEdit->setDate(m_toEdit->maximumDate());
}

void AuditLogDialog::updateCount()
{
    const int shown = m_proxy->rowCount();
    const int total = m_model->rowCount();
    m_countLabel->setText(shown == total ? tr("%n entry(ies)", nullptr, total)
                                         : tr("%1 of %n entry(ies) shown", nullptr, total).arg(shown));
    m_exportButton->setEnabled(shown > 0);
}

QList<AuditEntry> AuditLogDialog::shownEntries() const
{
    QList<AuditEntry> shown;
    shown.reserve(m_proxy->rowCount());
    for (int row = 0; row < m_proxy->rowCount(); ++row)
        shown.append(m_model->entryAt(m_proxy->mapToSource(m_proxy->index(row, 0)).row()));
    return shown;
}

Outcome AuditLogDialog::exportCsv(const QString &path)
{
    const QList<AuditEntry> shown = shownEntries();
    const Outcome written = AuditCsvExport::writeFile(path, shown);
    if (!written) {
        m_statusLabel->setStyleSheet(
            QStringLiteral("QLabel { color: %1; font-weight: bold; }").arg(Palette::warningText().name()));
        m_statusLabel->setText(written.error());
        return written;
    }
    m_statusLabel->setStyleSheet(QString());
    m_statusLabel->setText(
        tr("%n entry(ies) exported to %1", nullptr, int(shown.size())).arg(QDir::toNativeSeparators(path)));
    return written;
}

void AuditLogDialog::askAndExport()
{
    const int promotion = m_proxy->promotion();
    const QString name =
        promotion > 0 ? QStringLiteral("FAST%1-audit.csv").arg(promotion) : QStringLiteral("audit.csv");
    // The file dialog asks before replacing an existing file; OutputFile refuses the database itself.
    const QString path = QFileDialog::getSaveFileName(this, tr("Export the audit log"), QDir::home().filePath(name),
                                                      tr("CSV files (*.csv)"));
    if (!path.isEmpty())
        exportCsv(path);
}
