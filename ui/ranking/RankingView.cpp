#include "ranking/RankingView.h"

#include "commands/ApplyProposalCommand.h"
#include "commands/ClosePromotionCommand.h"
#include "commands/SetDecisionCommand.h"
#include "history/ClosePromotionDialog.h"
#include "ranking/DecisionDialog.h"
#include "ranking/EnvelopeLineDelegate.h"
#include "ranking/ProposalConfirmationDialog.h"
#include "ranking/RankingColumnFit.h"
#include "ranking/RankingTableModel.h"
#include "widgets/AppIcons.h"
#include "widgets/EmptyState.h"
#include "widgets/EnvelopeGaugeBar.h"
#include "widgets/RelativeFont.h"

#include "reports/EnvelopeGauge.h"
#include "reports/ProposalChanges.h"
#include "storage/Clock.h"
#include "storage/CommitteeStore.h"
#include "storage/Database.h"
#include "storage/DecisionStore.h"
#include "storage/PromotionSnapshots.h"

#include <QEvent>
#include <QFontMetrics>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

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
    for (QPushButton *button : {m_proposeButton, m_decisionButton})
        button->setIcon(AppIcons::forObject(button->objectName()));
    m_closeButton->setObjectName(QStringLiteral("closeButton"));
    m_statusLabel->setObjectName(QStringLiteral("statusLabel"));
    m_statusLabel->setWordWrap(true);

    m_tableView->setObjectName(QStringLiteral("rankingTableView"));
    m_emptyState = EmptyState::cover(m_tableView, QStringLiteral("rankingEmptyState"));
    m_tableView->setModel(m_model);
    m_tableView->setItemDelegate(new EnvelopeLineDelegate(m_tableView));
    m_tableView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tableView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tableView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tableView->setAlternatingRowColors(true);
    m_tableView->verticalHeader()->hide();
    // The whole table on screen, never scrolled sideways (RankingColumnFit): the reasons ("does not fit the
    // remaining 190 000 €: passed over for …") take the width left and wrap there on two lines, and when a
    // projector's 1 280 pixels are short the rank, the proposal and then the names wrap too.
    m_tableView->horizontalHeader()->setStretchLastSection(false);
    m_tableView->horizontalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_tableView->setWordWrap(true);
    m_tableView->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_tableView->installEventFilter(this);
    m_tableView->viewport()->installEventFilter(this);
    // Slightly larger than the desktop default: the ranking is read on a projected screen.
    RelativeFont::follow(m_tableView, 1);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_proposeButton);
    buttons->addWidget(m_decisionButton);
    buttons->addStretch(1);
    buttons->addWidget(m_closeButton);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_titleLabel);
    // Compact: the envelope is in the gauge's legend, and the height goes to the ranking's rows (one more
    // shows on a 1 280 × 720 projector in session mode).
    m_gauge->setCompact(true);
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
        m_emptyState->hide();
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

    // One table from the snapshot's one proposal, and the gauge from that table: they cannot disagree.
    const RankingTable table = RankingTable::build(snapshot->ranking, snapshot->proposal, candidates, *promotion);
    m_model->setTable(table);
    m_gauge->setGauge(EnvelopeGauge::fromTable(table));
    showDecisionColumns(table);
    fitColumns();

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
    updateEmptyState(*snapshot, table.rankedCount());
    selectCandidate(selected);
}

void RankingView::showDecisionColumns(const RankingTable &table)
{
    // While the committee deliberates nothing is decided yet: two empty columns would only push the
    // cumulative and the reasons off a projector's 1 280 pixels. They come back with the first decision.
    const QList<RankingTableRow> &rows = table.rows();
    const bool anyDecision = std::any_of(rows.cbegin(), rows.cend(), [](const RankingTableRow &row) {
        return row.decision != Decision::None && row.decision != Decision::Withdrawn;
    });
    for (const RankingTableModel::Column column :
         {RankingTableModel::Column::Decision, RankingTableModel::Column::Granted})
        m_tableView->setColumnHidden(RankingTableModel::column(column), !anyDecision);
}

bool RankingView::eventFilter(QObject *watched, QEvent *event)
{
    // Queued: after the resize or the new font (session mode) has been laid out, and once for both the
    // table's and its header's font.
    // The event's type first: while the page is destroyed, its children's events still arrive here.
    const bool resized = event->type() == QEvent::Resize && watched == m_tableView->viewport();
    const bool newFont = watched == m_tableView && event->type() == QEvent::FontChange;
    if ((resized || newFont) && !m_fitPending) {
        m_fitPending = true;
        QMetaObject::invokeMethod(this, &RankingView::fitColumns, Qt::QueuedConnection);
    }
    return PromotionPage::eventFilter(watched, event);
}

void RankingView::fitColumns()
{
    m_fitPending = false;
    using Column = RankingTableModel::Column;
    const RankingColumnFit fit(*m_tableView,
                               {RankingTableModel::column(Column::Rank), RankingTableModel::column(Column::Proposed),
                                RankingTableModel::column(Column::Decision), RankingTableModel::column(Column::Name)},
                               RankingTableModel::column(Column::Why));
    fit.apply();
    m_tableView->resizeRowsToContents();
}

void RankingView::updateEmptyState(const PromotionSnapshot &snapshot, int rankedCount)
{
    m_emptyState->setVisible(rankedCount == 0);
    if (rankedCount > 0)
        return;
    m_emptyState->clearButtons();
    int missing = 0;
    int inRunning = 0;
    for (const Candidate &candidate : snapshot.candidates) {
        if (candidate.decision == Decision::Withdrawn)
            continue;
        ++inRunning;
        missing += snapshot.sheet.missingNoteCount(candidate.id);
    }
    if (inRunning == 0) {
        m_emptyState->setTitle(tr("No candidate to rank yet"));
        m_emptyState->setMessage(tr("The ranking lists the candidates once the committee has scored them: add or "
                                    "import the candidates first."));
        m_emptyState->addTabLink(tr("Go to the candidates"), QStringLiteral("emptyCandidatesLinkButton"), 0);
        return;
    }
    if (snapshot.sheet.memberCount() == 0) {
        m_emptyState->setTitle(tr("No committee member yet"));
        m_emptyState->setMessage(tr("A candidate is ranked once every member has noted every criterion: add the "
                                    "committee in the Scoring tab."));
    } else {
        m_emptyState->setTitle(tr("Nobody is fully scored yet"));
        m_emptyState->setMessage(tr("A candidate is ranked once every member not recused has noted every criterion: "
                                    "%n note(s) still missing.",
                                    nullptr, missing));
    }
    m_emptyState->addTabLink(tr("Go to scoring"), QStringLiteral("emptyScoringLinkButton"), 1);
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
    // What the operator saw: if another window or process decides meanwhile, theirs is not overwritten.
    const CandidateDecision seen{candidate->id, candidate->decision, candidate->granted};
    connect(dialog, &QDialog::accepted, this, [this, dialog, number, id, seen, name = candidate->name] {
        const Outcome pushed = pushCommand(new SetDecisionCommand(store(), decisions(), number, id, dialog->decision(),
                                                                  dialog->granted(), seen, name));
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
    // The committee's date is asked with the confirmation (ClosePromotionDialog), today from the database's clock.
    auto *dialog = new ClosePromotionDialog(*promotion, store().database().clock().nowUtc().toLocalTime().date(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const int number = promotion->number;
    dialog->setCloseHandler(
        [this, number](const QDate &date) { return pushCommand(new ClosePromotionCommand(store(), number, date)); });
    dialog->open();
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
