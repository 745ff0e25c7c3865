#include "candidates/ImportPreviewDialog.h"

#include "widgets/Palette.h"

#include <QDialogButtonBox>
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
    : QDialog(parent), m_summaryLabel(new QLabel(this)), m_problemsTable(new QTableWidget(this)),
      m_rowsTable(new QTableWidget(this)), m_importButton(nullptr)
{
    setObjectName(QStringLiteral("importPreviewDialog"));
    setWindowTitle(tr("Import %1 into %2").arg(fileName, promotionLabel));
    m_summaryLabel->setObjectName(QStringLiteral("importSummaryLabel"));
    m_summaryLabel->setWordWrap(true);
    m_problemsTable->setObjectName(QStringLiteral("problemsTableWidget"));
    m_problemsTable->setAccessibleName(tr("Problems found in the file"));
    m_rowsTable->setObjectName(QStringLiteral("rowsTableWidget"));
    m_rowsTable->setAccessibleName(tr("Rows to import"));

    auto *buttonBox = new QDialogButtonBox(this);
    m_importButton = buttonBox->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    m_importButton->setObjectName(QStringLiteral("importButton"));
    QPushButton *cancelButton = buttonBox->addButton(QDialogButtonBox::Cancel);
    cancelButton->setObjectName(QStringLiteral("cancelButton"));
    connect(buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summaryLabel);
    layout->addWidget(m_problemsTable);
    layout->addWidget(m_rowsTable);
    layout->addWidget(buttonBox);

    if (parse.ok()) {
        fillRows(parse, rule);
        m_problemsTable->hide();
        if (parse.candidates.isEmpty()) {
            m_summaryLabel->setText(tr("The file holds no candidate: nothing to import."));
            m_importButton->setEnabled(false);
        } else {
            m_summaryLabel->setText(
                tr("%n candidate(s) will be added to %1. Nothing is written until you press Import.", nullptr,
                   int(parse.candidates.size()))
                    .arg(promotionLabel));
        }
    } else {
        fillProblems(parse);
        m_rowsTable->hide();
        m_importButton->setEnabled(false);
        m_summaryLabel->setText(tr("%n problem(s) found: nothing will be imported until the file is corrected.",
                                   nullptr, int(parse.problems.size())));
        m_summaryLabel->setStyleSheet(Palette::boldTextStyle(Palette::errorText()));
    }
    m_importButton->setToolTip(m_importButton->isEnabled() ? QString() : m_summaryLabel->text());
    resize(900, 480);
}

void ImportPreviewDialog::fillProblems(const CandidateCsvParse &parse)
{
    m_problemsTable->setColumnCount(3);
    m_problemsTable->setHorizontalHeaderLabels({tr("Line"), tr("Column"), tr("Problem")});
    m_problemsTable->setRowCount(int(parse.problems.size()));
    for (int row = 0; row < parse.problems.size(); ++row) {
        const CsvProblem &problem = parse.problems.at(row);
        m_problemsTable->setItem(row, 0, lineCell(problem.line));
        m_problemsTable->setItem(row, 1, cell(problem.column));
        m_problemsTable->setItem(row, 2, cell(problem.reason));
    }
    m_problemsTable->verticalHeader()->hide();
    m_problemsTable->horizontalHeader()->setStretchLastSection(true);
    m_problemsTable->resizeColumnsToContents();
}

void ImportPreviewDialog::fillRows(const CandidateCsvParse &parse, const CofinancingRule &rule)
{
    m_rowsTable->setColumnCount(8);
    m_rowsTable->setHorizontalHeaderLabels({tr("Line"), tr("Project"), tr("Carrying administration"), tr("Kind"),
                                            tr("Annual budget"), tr("Requested"), tr("Eligible"), tr("Decision")});
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
