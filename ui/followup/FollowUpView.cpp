#include "followup/FollowUpView.h"

#include "followup/FollowUpDialog.h"
#include "followup/FollowUpPdfExport.h"
#include "followup/FollowUpTableModel.h"
#include "followup/PaymentImport.h"
#include "reports/PaymentCsvImport.h"
#include "storage/CommitteeStore.h"
#include "storage/DecisionStore.h"
#include "storage/FollowUpStore.h"
#include "widgets/Palette.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QScrollBar>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

FollowUpView::FollowUpView(const Services &services, FollowUpStore &followUp, QWidget *parent)
    : PromotionPage(services, parent), m_followUp(followUp), m_model(new FollowUpTableModel(this)),
      m_proxy(new QSortFilterProxyModel(this)), m_table(new QTableView(this)), m_totalsLabel(new QLabel(this)),
      m_releasedLabel(new QLabel(this)), m_openButton(new QPushButton(tr("Open follow-&up…"), this)),
      m_importButton(new QPushButton(tr("Import Pa&yments…"), this)),
      m_exportButton(new QPushButton(tr("E&xport Sheet (PDF)…"), this)),
      m_openAction(new QAction(tr("Open follow-up…"), this)),
      m_exportAction(new QAction(tr("Export Sheet (PDF)…"), this)),
      m_paymentImport(new PaymentImport(
          services.store, followUp, [this](StoreCommand *command) { return pushCommand(command); }, this)),
      m_pdfExport(new FollowUpPdfExport(services.store, followUp, this))
{
    setObjectName(QStringLiteral("followUpView"));
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(Qt::UserRole);
    m_table->setObjectName(QStringLiteral("followUpTableView"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(FollowUpTableModel::Name, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(FollowUpTableModel::Late, QHeaderView::Stretch);
    m_totalsLabel->setObjectName(QStringLiteral("followUpTotalsLabel"));
    m_totalsLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_releasedLabel->setObjectName(QStringLiteral("followUpReleasedLabel"));
    m_releasedLabel->setWordWrap(true);
    m_openButton->setObjectName(QStringLiteral("openFollowUpButton"));
    m_openButton->setToolTip(tr("The laureate's agreement, payment tranches and accompaniment (Enter)"));

    m_exportButton->setObjectName(QStringLiteral("exportSheetButton"));
    m_exportButton->setToolTip(tr("The selected laureate's follow-up sheet, in French"));
    // The row's context menu: the same two things the buttons do, on the row under the mouse (a right-click
    // selects it first).
    m_openAction->setObjectName(QStringLiteral("openFollowUpAction"));
    m_exportAction->setObjectName(QStringLiteral("exportSheetAction"));
    m_table->addActions({m_openAction, m_exportAction});
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);

    m_importButton->setObjectName(QStringLiteral("importPaymentsButton"));
    m_importButton->setToolTip(tr("Records the bank's file of payments (%1), all or nothing")
                                   .arg(PaymentCsvImport::acceptedColumnsDescription()));

    auto *footer = new QHBoxLayout;
    footer->addWidget(m_totalsLabel, 1);
    footer->addWidget(m_importButton);
    footer->addWidget(m_exportButton);
    footer->addWidget(m_openButton);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addLayout(footer);
    layout->addWidget(m_releasedLabel);

    // Enter and a double-click both activate a row.
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex &index) { openRow(index.row()); });
    connect(m_openButton, &QPushButton::clicked, this, [this] { openSelected(); });
    connect(m_openAction, &QAction::triggered, this, [this] { openSelected(); });
    connect(m_exportButton, &QPushButton::clicked, this, &FollowUpView::exportSelectedSheet);
    connect(m_exportAction, &QAction::triggered, this, &FollowUpView::exportSelectedSheet);
    connect(m_importButton, &QPushButton::clicked, m_paymentImport, &PaymentImport::chooseFile);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &FollowUpView::updateButton);
    const auto changed = [this](int number) {
        if (number == promotionNumber())
            reloadWhenShown();
    };
    connect(&store(), &CommitteeStore::candidatesChanged, this, changed);
    connect(&decisions(), &DecisionStore::decisionsChanged, this, changed);
    updateFooter();
    updateButton();
}

qint64 FollowUpView::selectedCandidate() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return 0;
    return m_model->laureate(m_proxy->mapToSource(rows.constFirst()).row()).candidateId;
}

void FollowUpView::reload()
{
    // A change keeps the laureate selected and where the table was scrolled.
    const qint64 selected = selectedCandidate();
    const int scroll = m_table->verticalScrollBar()->value();
    QList<LaureateFollowUp> laureates;
    QString failure;
    if (promotionNumber() != 0) {
        const Result<QList<LaureateFollowUp>> read = m_followUp.promotionFollowUp(promotionNumber());
        if (read)
            laureates = read.value();
        else
            failure = read.error();
    }
    m_model->setLaureates(laureates);
    if (const int row = m_model->rowOf(selected); row >= 0)
        m_table->selectRow(m_proxy->mapFromSource(m_model->index(row, 0)).row());
    m_table->verticalScrollBar()->setValue(scroll);
    updateFooter();
    if (!failure.isEmpty()) {
        // Never an empty table for a failed read: the database's words instead.
        m_totalsLabel->setText(failure);
        m_totalsLabel->setStyleSheet(Palette::textStyle(Palette::errorText()));
    }
    updateButton();
}

void FollowUpView::updateFooter()
{
    m_totalsLabel->setStyleSheet(QString());
    if (m_model->rowCount() == 0) {
        m_totalsLabel->setText(
            promotionNumber() == 0
                ? QString()
                : tr("No laureate in FAST%1 yet: the follow-up starts with the decision.").arg(promotionNumber()));
        m_releasedLabel->clear();
        m_releasedLabel->hide();
        return;
    }
    m_totalsLabel->setText(tr("%n laureate(s) · committed %1 · paid %2 · left to pay %3", nullptr, m_model->rowCount())
                               .arg(m_model->totalCommitted().toString(), m_model->totalPaid().toString(),
                                    m_model->totalLeftToPay().toString()));
    const Money released = m_model->totalReleased();
    m_releasedLabel->setVisible(released > Money());
    m_releasedLabel->setText(
        released > Money()
            ? tr("Withdrawals before any payment gave %1 back to the promotion's envelope.").arg(released.toString())
            : QString());
}

void FollowUpView::updateButton()
{
    const bool selected = selectedCandidate() != 0;
    for (QWidget *button : std::initializer_list<QWidget *>{m_openButton, m_exportButton})
        button->setEnabled(selected);
    for (QAction *action : {m_openAction, m_exportAction})
        action->setEnabled(selected);
}

void FollowUpView::exportSelectedSheet()
{
    if (const qint64 candidate = selectedCandidate(); candidate != 0)
        m_pdfExport->exportSheetDialog(candidate);
}

FollowUpDialog *FollowUpView::openSelected()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? nullptr : openRow(rows.constFirst().row());
}

FollowUpDialog *FollowUpView::openRow(int proxyRow)
{
    if (proxyRow < 0 || proxyRow >= m_proxy->rowCount())
        return nullptr;
    const LaureateFollowUp &laureate = m_model->laureate(m_proxy->mapToSource(m_proxy->index(proxyRow, 0)).row());
    // One follow-up open at a time: the other closes (its edits are already saved, each its own command).
    if (m_dialog)
        m_dialog->close();
    m_dialog = new FollowUpDialog(
        store(), m_followUp, [this](StoreCommand *command) { return pushCommand(command); }, laureate.candidateId,
        m_model->today(), this);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_dialog->setFont(font());
    // Edit > Undo and Redo at hand in the dialog too: the window's own actions, so one stack, one history.
    for (const char *name : {"undoAction", "redoAction"}) {
        if (auto *action = window()->findChild<QAction *>(QLatin1String(name)))
            m_dialog->addAction(action);
    }
    m_dialog->show();
    return m_dialog;
}
