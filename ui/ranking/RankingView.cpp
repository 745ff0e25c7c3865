#include "ranking/RankingView.h"

#include "commands/ApplyProposalCommand.h"
#include "commands/ClosePromotionCommand.h"
#include "commands/SetDecisionCommand.h"
#include "ranking/DecisionDialog.h"
#include "ranking/ProposalConfirmationDialog.h"
#include "ranking/RankingTableModel.h"
#include "widgets/EnvelopeGaugeBar.h"
#include "widgets/RelativeFont.h"

#include "reports/EnvelopeGauge.h"
#include "reports/ProposalChanges.h"
#include "storage/DecisionStore.h"
#include "storage/PromotionSnapshots.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

RankingView::RankingView(const Services &services, QWidget *parent)
    : PromotionPage(services, parent), m_model(new RankingTableModel(this)), m_titleLabel(new QLabel(this)),
      m_gauge(new EnvelopeGaugeBar(this)), m_proposeButton(new QPushButton(tr("&Propose laureates…"), this)),
      m_decisionButton(new QPushButton(tr("&Decision…"), this)),
      m_closeButton(new QPushButton(tr("C&lose promotion…"), this)), m_statusLabel(new QLabel(this)),
      m_tableView(new QTableView(this))
{
    setObjectName(QStringLiteral("rankingView"));
    m_titleLabel->setObjectName(QStringLiteral("titleLabel"));
    RelativeFont::follow(m_titleLabel, 3, true);

    m_proposeButton->setObjectName(QStringLiteral("proposeButton"));
    m_decisionButton->setObjectName(QStringLiteral("decisionButton"));
    m_closeButton->setObjectName(QStringLiteral("closeButton"));
    m_statusLabel->setObjectName(QStringLiteral("statusLabel"));
    m_statusLabel->setWordWrap(true);

    m_tableView->setObjectName(QStringLiteral("rankingTableView"));
    m_tableView->setModel(m_model);
    m_tableView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tableView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tableView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tableView->setAlternatingRowColors(true);
    m_tableView->verticalHeader()->hide();
    m_tableView->horizontalHeader()->setStretchLastSection(false);
    // Every column as wide as its contents at the current font (session mode scales it), names in full;
    // the proposal's words ("incomplete scoring (5 notes missing)") wrap in the width left, on taller rows.
    m_tableView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_tableView->horizontalHeader()->setSectionResizeMode(
        RankingTableModel::column(RankingTableModel::Column::Proposed), QHeaderView::Stretch);
    m_tableView->setWordWrap(true);
    m_tableView->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    // Slightly larger than the desktop default: the ranking is read on a projected screen.
    RelativeFont::follow(m_tableView, 1);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_proposeButton);
    buttons->addWidget(m_decisionButton);
    buttons->addStretch(1);
    buttons->addWidget(m_closeButton);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_titleLabel);
    layout->addWidget(m_gauge);
    layout->addLayout(buttons);
    layout->addWidget(m_statusLabel);
    layout->addWidget(m_tableView, 1);

    connect(m_proposeButton, &QPushButton::clicked, this, &RankingView::proposeLaureates);
    connect(m_decisionButton, &QPushButton::clicked, this, &RankingView::decideSelected);
    connect(m_closeButton, &QPushButton::clicked, this, &RankingView::closePromotion);
    // Enter on a row, or a double click, as the style activates items.
    connect(m_tableView, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        if (index.isValid())
            decideRow(index.row());
    });
    connect(m_tableView->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        if (m_proposeButton->isEnabled())
            m_decisionButton->setEnabled(selectedCandidateId() != 0);
    });

    // The promotion's shared snapshot says when its scores, decisions, members, criteria or candidates
    // changed, and with everyPromotion when any promotion did (closed, reopened, renumbered).
    connect(&snapshots(), &PromotionSnapshots::changed, this, [this](int number) {
        if (number == promotionNumber() || number == PromotionSnapshots::everyPromotion)
            reloadWhenShown();
    });
    reload();
}

void RankingView::reload()
{
    const qint64 selected = selectedCandidateId();
    const std::shared_ptr<const PromotionSnapshot> snapshot = snapshots().of(promotionNumber());
    const std::optional<Promotion> &promotion = snapshot->promotion;
    if (!promotion) {
        m_titleLabel->setText(tr("Ranking"));
        m_model->setTable(RankingTable());
        m_gauge->setGauge(EnvelopeGauge());
        m_statusLabel->setText(tr("No promotion selected."));
        setWritable(false, tr("No promotion selected."));
        return;
    }

    const QList<Candidate> &candidates = snapshot->candidates;
    m_titleLabel->setText(tr("%1 ranking").arg(promotion->label()));
    if (!snapshot->isScored()) {
        const QString &error = snapshot->error;
        m_model->setTable(RankingTable());
        m_gauge->setGauge(EnvelopeGauge::compute(*promotion, candidates));
        m_statusLabel->setText(error);
        setWritable(false, error);
        return;
    }

    const RankingTable table = RankingTable::build(snapshot->ranking, snapshot->proposal, candidates, *promotion);
    m_model->setTable(table);
    m_gauge->setGauge(EnvelopeGauge::compute(*promotion, candidates, snapshot->proposedUndecided));
    m_tableView->resizeColumnsToContents();
    m_tableView->horizontalHeader()->setSectionResizeMode(RankingTableModel::column(RankingTableModel::Column::Name),
                                                          QHeaderView::Stretch);

    QString status = tr("%n ranked", nullptr, table.rankedCount());
    if (table.incompleteCount() > 0)
        status += tr(", %n with incomplete scoring", nullptr, table.incompleteCount());
    if (table.withdrawnCount() > 0)
        status += tr(", %n withdrawn", nullptr, table.withdrawnCount());
    status += tr(". Minimum score: %1.").arg(promotion->minimumScore);
    if (promotion->isClosed()) {
        const QString reason = tr("%1 is closed: reopen it to change its decisions.").arg(promotion->label());
        status += QLatin1Char(' ') + reason;
        setWritable(false, reason);
    } else {
        setWritable(true, QString());
    }
    m_statusLabel->setText(status);
    selectCandidate(selected);
}

void RankingView::setWritable(bool writable, const QString &reason)
{
    for (QPushButton *button : {m_proposeButton, m_decisionButton, m_closeButton}) {
        button->setEnabled(writable);
        button->setToolTip(writable ? QString() : reason);
    }
    if (writable) {
        m_proposeButton->setToolTip(tr("Set the decisions to the proposal, after confirming the changes."));
        m_decisionButton->setEnabled(selectedCandidateId() != 0);
        m_decisionButton->setToolTip(tr("Set the decision and granted amount of the selected project."));
        m_closeButton->setToolTip(tr("Close the promotion once every project has a decision within the envelope."));
    }
}

void RankingView::proposeLaureates()
{
    const std::shared_ptr<const PromotionSnapshot> snapshot = snapshots().of(promotionNumber());
    const std::optional<Promotion> &promotion = snapshot->promotion;
    if (!promotion || promotion->isClosed())
        return;
    if (!snapshot->isScored()) {
        showMessage(QMessageBox::Warning, QStringLiteral("refusalMessageBox"), snapshot->error);
        return;
    }
    const ProposalChanges changes = ProposalChanges::compute(snapshot->proposal, snapshot->candidates);
    auto *dialog = new ProposalConfirmationDialog(promotion->label(), changes, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const int number = promotion->number;
    connect(dialog, &QDialog::accepted, this, [this, number, hasChanges = !changes.isEmpty()] {
        if (!hasChanges)
            return;
        if (const Outcome pushed = pushCommand(new ApplyProposalCommand(store(), decisions(), number)); !pushed)
            showMessage(QMessageBox::Warning, QStringLiteral("refusalMessageBox"), pushed.error());
    });
    dialog->open();
}

void RankingView::decideSelected()
{
    const int row = m_model->rowOfId(selectedCandidateId());
    if (row >= 0)
        decideRow(row);
}

void RankingView::decideRow(int row)
{
    const std::shared_ptr<const PromotionSnapshot> snapshot = snapshots().of(promotionNumber());
    const std::optional<Promotion> &promotion = snapshot->promotion;
    if (!promotion || promotion->isClosed() || row < 0 || row >= m_model->rowCount())
        return;
    const RankingTableRow &shown = m_model->rowAt(row);
    const std::optional<Candidate> candidate = snapshot->candidate(shown.candidateId);
    if (!candidate)
        return;
    // An undecided candidate starts from what the proposal suggests.
    const Decision initial =
        candidate->decision != Decision::None ? candidate->decision : shown.proposed.value_or(Decision::Laureate);
    auto *dialog = new DecisionDialog(*candidate, promotion->rule, initial, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const int number = promotion->number;
    const qint64 id = candidate->id;
    connect(dialog, &QDialog::accepted, this, [this, dialog, number, id] {
        const Outcome pushed = pushCommand(
            new SetDecisionCommand(store(), decisions(), number, id, dialog->decision(), dialog->granted()));
        if (!pushed)
            showMessage(QMessageBox::Warning, QStringLiteral("refusalMessageBox"), pushed.error());
    });
    dialog->open();
}

void RankingView::closePromotion()
{
    const std::shared_ptr<const PromotionSnapshot> snapshot = snapshots().of(promotionNumber());
    const std::optional<Promotion> &promotion = snapshot->promotion;
    if (!promotion || promotion->isClosed())
        return;
    if (const Outcome allowed = promotion->checkCanClose(snapshot->candidates); !allowed) {
        showMessage(QMessageBox::Warning, QStringLiteral("closeRefusalMessageBox"), allowed.error());
        return;
    }
    auto *box = new QMessageBox(
        QMessageBox::Question, tr("Close promotion"),
        tr("Close %1? Its decisions become read-only; reopening it needs a written reason.").arg(promotion->label()),
        QMessageBox::Yes | QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("closeConfirmationMessageBox"));
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    const int number = promotion->number;
    connect(box, &QMessageBox::finished, this, [this, box, number] {
        if (box->clickedButton() != box->button(QMessageBox::Yes))
            return;
        if (const Outcome pushed = pushCommand(new ClosePromotionCommand(store(), number)); !pushed)
            showMessage(QMessageBox::Warning, QStringLiteral("refusalMessageBox"), pushed.error());
    });
    box->open();
}

void RankingView::showMessage(QMessageBox::Icon icon, const QString &objectName, const QString &text)
{
    auto *box = new QMessageBox(icon, tr("Ranking"), text, QMessageBox::Ok, this);
    box->setObjectName(objectName);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

qint64 RankingView::selectedCandidateId() const
{
    const QModelIndexList rows = m_tableView->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return 0;
    return m_model->rowAt(rows.first().row()).candidateId;
}

void RankingView::selectCandidate(qint64 candidateId)
{
    const int row = m_model->rowOfId(candidateId);
    if (row >= 0)
        m_tableView->selectRow(row);
}
