#include "candidates/ImportPreviewDialog.h"

#include "candidates/ColumnMappingPanel.h"
#include "candidates/ImportChangesView.h"

#include "widgets/Palette.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {

QTableWidgetItem *cell(const QString &text, Qt::Alignment alignment = Qt::AlignLeft | Qt::AlignVCenter)
{
    auto *item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    item->setTextAlignment(alignment);
    return item;
}

QTableWidgetItem *amountCell(Money amount)
{
    return cell(amount.toString(), Qt::AlignRight | Qt::AlignVCenter);
}

QTableWidgetItem *lineCell(int line)
{
    return cell(line > 0 ? QString::number(line) : QString(), Qt::AlignRight | Qt::AlignVCenter);
}

} // namespace

ImportPreviewDialog::ImportPreviewDialog(const QString &fileName, const CandidateCsvParse &parse,
                                         const CofinancingRule &rule, const QString &promotionLabel, QWidget *parent)
    : QDialog(parent), m_rule(rule), m_promotionLabel(promotionLabel), m_sheetLabel(new QLabel(tr("&Sheet:"), this)),
      m_sheetComboBox(new QComboBox(this)), m_summaryLabel(new QLabel(this)), m_problemsTable(new QTableWidget(this)),
      m_rowsTable(new QTableWidget(this)), m_importButton(nullptr), m_changesView(new ImportChangesView(this)),
      m_fileName(fileName), m_mappingPanel(new ColumnMappingPanel(this)), m_importReasonLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("importPreviewDialog"));
    setWindowTitle(tr("Import %1 into %2").arg(fileName, promotionLabel));
    m_summaryLabel->setObjectName(QStringLiteral("importSummaryLabel"));
    m_summaryLabel->setWordWrap(true);
    m_problemsTable->setObjectName(QStringLiteral("problemsTableWidget"));
    m_problemsTable->setAccessibleName(tr("Problems found in the file"));
    m_rowsTable->setObjectName(QStringLiteral("rowsTableWidget"));
    m_rowsTable->setAccessibleName(tr("Rows to import"));
    m_sheetComboBox->setObjectName(QStringLiteral("sheetComboBox"));
    m_sheetComboBox->setAccessibleName(tr("Sheet to import"));
    m_sheetComboBox->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_sheetLabel->setBuddy(m_sheetComboBox);
    // Activated, not changed: only the user's choice reads the file again, never the filling of the list.
    connect(m_sheetComboBox, &QComboBox::activated, this,
            [this](int index) { emit sheetChosen(m_sheetComboBox->itemText(index)); });

    auto *buttonBox = new QDialogButtonBox(this);
    m_importButton = buttonBox->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    m_importButton->setObjectName(QStringLiteral("importButton"));
    QPushButton *cancelButton = buttonBox->addButton(QDialogButtonBox::Cancel);
    cancelButton->setObjectName(QStringLiteral("cancelButton"));
    connect(buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *sheetRow = new QHBoxLayout;
    sheetRow->addWidget(m_sheetLabel);
    sheetRow->addWidget(m_sheetComboBox);
    sheetRow->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(sheetRow);
    layout->addWidget(m_mappingPanel);
    layout->addWidget(m_summaryLabel);
    layout->addWidget(m_problemsTable, 1);
    layout->addWidget(m_rowsTable, 1);
    layout->addWidget(m_changesView, 1);
    m_importReasonLabel->setObjectName(QStringLiteral("importReasonLabel"));
    m_importReasonLabel->setStyleSheet(Palette::boldTextStyle(Palette::errorText()));
    auto *buttonRow = new QHBoxLayout;
    buttonRow->addWidget(m_importReasonLabel, 1, Qt::AlignRight);
    buttonRow->addWidget(buttonBox);
    layout->addLayout(buttonRow);
    connect(m_changesView, &ImportChangesView::forceDecidedChanged, this, &ImportPreviewDialog::showChanges);

    setParse(parse);
    // The mapping adds its fields and the file's columns: wide enough for them, and within a 1280×720 screen.
    resize(1180, 660);
}

void ImportPreviewDialog::setStoredCandidates(const QList<Candidate> &stored)
{
    m_changesView->setStoredCandidates(stored, m_rule, m_fileName);
    setParse(m_parse);
}

const CandidateImportPlan &ImportPreviewDialog::plan() const
{
    return m_changesView->plan();
}

bool ImportPreviewDialog::forceDecided() const
{
    return m_changesView->forceDecided();
}

void ImportPreviewDialog::setParse(const CandidateCsvParse &read)
{
    m_parse = read;
    // Compared with the stored candidates by file number: the plan's problems are shown as the file's.
    const CandidateCsvParse parse = m_changesView->showPlan(read);
    fillSheets(parse);
    m_summaryLabel->setStyleSheet(QString());
    m_problemsTable->clear();
    m_rowsTable->clear();
    if (parse.ok()) {
        fillRows(parse, m_rule);
        m_problemsTable->hide();
        m_rowsTable->show();
        m_importButton->setEnabled(!parse.candidates.isEmpty());
        if (parse.candidates.isEmpty()) {
            m_summaryLabel->setText(tr("The file holds no candidate: nothing to import."));
        } else {
            m_summaryLabel->setText(
                tr("%n candidate(s) will be added to %1. Nothing is written until you press Import.", nullptr,
                   int(parse.candidates.size()))
                    .arg(m_promotionLabel));
        }
    } else {
        fillProblems(parse);
        m_rowsTable->hide();
        m_problemsTable->show();
        m_importButton->setEnabled(false);
        m_summaryLabel->setText(tr("%n problem(s) found: nothing will be imported until the file is corrected.",
                                   nullptr, int(parse.problems.size())));
        m_summaryLabel->setStyleSheet(Palette::boldTextStyle(Palette::errorText()));
    }
    m_mappingPanel->setVisible(!parse.columns.isEmpty());
    m_mappingPanel->setParse(parse);
    m_importReasonLabel->setText(m_mappingPanel->missingReason());
    showChanges();
}

void ImportPreviewDialog::showChanges()
{
    if (m_changesView->isReimport()) {
        m_rowsTable->hide();
        m_summaryLabel->setText(m_changesView->summary(m_promotionLabel));
        m_importButton->setEnabled(m_changesView->writes());
        m_importButton->setText(m_changesView->importButtonText());
    } else {
        m_importButton->setText(tr("&Import"));
    }
    m_importButton->setToolTip(m_importButton->isEnabled() ? QString() : m_summaryLabel->text());
}

void ImportPreviewDialog::fillSheets(const CandidateCsvParse &parse)
{
    const bool spreadsheet = !parse.sheetNames.isEmpty();
    m_sheetLabel->setVisible(spreadsheet);
    m_sheetComboBox->setVisible(spreadsheet);
    m_sheetComboBox->clear();
    m_sheetComboBox->addItems(parse.sheetNames);
    m_sheetComboBox->setCurrentIndex(int(parse.sheetNames.indexOf(parse.sheetName)));
}

void ImportPreviewDialog::fillProblems(const CandidateCsvParse &parse)
{
    m_problemsTable->setColumnCount(3);
    const bool spreadsheet = !parse.sheetNames.isEmpty();
    m_problemsTable->setHorizontalHeaderLabels({spreadsheet ? tr("Row") : tr("Line"), tr("Column"), tr("Problem")});
    m_problemsTable->setRowCount(int(parse.problems.size()));
    for (int row = 0; row < parse.problems.size(); ++row) {
        const CsvProblem &problem = parse.problems.at(row);
        m_problemsTable->setItem(row, 0, lineCell(problem.line));
        m_problemsTable->setItem(row, 1, cell(problem.columnLabel()));
        m_problemsTable->setItem(row, 2, cell(problem.reason));
    }
    m_problemsTable->verticalHeader()->hide();
    m_problemsTable->horizontalHeader()->setStretchLastSection(true);
    m_problemsTable->resizeColumnsToContents();
}

void ImportPreviewDialog::fillRows(const CandidateCsvParse &parse, const CofinancingRule &rule)
{
    m_rowsTable->setColumnCount(8);
    m_rowsTable->setHorizontalHeaderLabels({parse.sheetNames.isEmpty() ? tr("Line") : tr("Row"), tr("Project"),
                                            tr("Carrying administration"), tr("Kind"), tr("Annual budget"),
                                            tr("Requested"), tr("Eligible"), tr("Decision")});
    m_rowsTable->setRowCount(int(parse.candidates.size()));
    for (int row = 0; row < parse.candidates.size(); ++row) {
        const Candidate &candidate = parse.candidates.at(row);
        const int line = row < parse.lines.size() ? parse.lines.at(row) : 0;
        m_rowsTable->setItem(row, 0, lineCell(line));
        m_rowsTable->setItem(row, 1, cell(candidate.name));
        m_rowsTable->setItem(row, 2, cell(candidate.carrier));
        m_rowsTable->setItem(row, 3, cell(candidateKindDisplayName(candidate.kind)));
        m_rowsTable->setItem(row, 4, amountCell(candidate.annualBudget));
        m_rowsTable->setItem(row, 5, amountCell(candidate.requested));
        m_rowsTable->setItem(row, 6, amountCell(candidate.eligibility(rule).eligible));
        m_rowsTable->setItem(
            row, 7, cell(candidate.decision == Decision::None ? QString() : decisionDisplayName(candidate.decision)));
    }
    m_rowsTable->verticalHeader()->hide();
    m_rowsTable->resizeColumnsToContents();
}
