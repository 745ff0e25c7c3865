#include "candidates/CandidatesPage.h"

#include "candidates/CandidateDialog.h"
#include "candidates/CandidateFilterProxyModel.h"
#include "candidates/CandidateItemDelegate.h"
#include "candidates/CandidateTableModel.h"
#include "candidates/CandidateTableView.h"
#include "candidates/EarlierApplicationsPanel.h"
#include "candidates/ImportFileReader.h"
#include "candidates/ImportPreviewDialog.h"
#include "commands/AddCandidateCommand.h"
#include "commands/EditCandidateCommand.h"
#include "commands/ImportCandidatesCommand.h"
#include "commands/ImportPlanCommand.h"
#include "commands/RemoveCandidateCommand.h"
#include "domain/TextKey.h"
#include "reports/EarlierApplications.h"
#include "reports/PromotionTotals.h"
#include "shell/DatabaseSession.h"
#include "shell/SummaryFooter.h"
#include "storage/CommitteeStore.h"
#include "storage/PromotionSnapshots.h"
#include "widgets/EmptyState.h"

#include <QAction>
#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QToolButton>
#include <QVBoxLayout>

// The page's texts were written in the window and are translated under its context ("MainWindow"), so that
// moving them here changed no translation.

CandidatesPage::CandidatesPage(DatabaseSession &session, CommandPusher pushCommand, ArchiveSource archive,
                               QWidget *parent)
    : QWidget(parent), m_session(session), m_pushCommand(std::move(pushCommand)), m_archive(std::move(archive)),
      m_model(new CandidateTableModel(this)), m_proxy(new CandidateFilterProxyModel(this))
{
    setObjectName(QStringLiteral("candidatesPageWidget"));
    m_proxy->setSourceModel(m_model);
    createActions();
    auto *pageLayout = new QVBoxLayout(this);
    pageLayout->setContentsMargins(0, 6, 0, 0);

    auto *toolRow = new QHBoxLayout;
    m_searchEdit = new QLineEdit;
    m_searchEdit->setObjectName(QStringLiteral("searchLineEdit"));
    m_searchEdit->setPlaceholderText(
        QCoreApplication::translate("MainWindow", "Search a project, carrier or incubator (%1)")
            .arg(QKeySequence(QKeySequence::Find).toString(QKeySequence::NativeText)));
    m_searchEdit->setAccessibleName(QCoreApplication::translate("MainWindow", "Search candidates"));
    m_searchEdit->setClearButtonEnabled(true);
    connect(m_searchEdit, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setSearchText(text);
        updateFooter();
    });
    connect(m_findAction, &QAction::triggered, this, [this] {
        m_searchEdit->setFocus(Qt::ShortcutFocusReason);
        m_searchEdit->selectAll();
    });
    toolRow->addWidget(m_searchEdit, 1);
    const std::pair<QAction *, QString> buttons[] = {{m_addAction, QStringLiteral("addCandidateButton")},
                                                     {m_editAction, QStringLiteral("editCandidateButton")},
                                                     {m_removeAction, QStringLiteral("removeCandidateButton")}};
    for (const auto &[action, name] : buttons) {
        auto *button = new QToolButton;
        button->setObjectName(name);
        button->setDefaultAction(action);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        toolRow->addWidget(button);
    }
    pageLayout->addLayout(toolRow);
    pageLayout->addWidget(createTable(), 1);
    m_footer = new SummaryFooter;
    pageLayout->addWidget(m_footer);

    setTabOrder(m_searchEdit, m_view);
    setTabOrder(m_view, m_earlierPanel->view());
}

void CandidatesPage::createActions()
{
    const auto makeAction = [this](const QString &text, const QString &name) {
        auto *action = new QAction(text, this);
        action->setObjectName(name);
        return action;
    };
    m_importAction = makeAction(QCoreApplication::translate("MainWindow", "&Import Candidates (CSV)…"),
                                QStringLiteral("importCsvAction"));
    m_importAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    connect(m_importAction, &QAction::triggered, this, &CandidatesPage::importCsvDialog);

    m_findAction =
        makeAction(QCoreApplication::translate("MainWindow", "&Find Candidate"), QStringLiteral("findAction"));
    m_findAction->setShortcut(QKeySequence::Find);

    m_addAction =
        makeAction(QCoreApplication::translate("MainWindow", "&Add Candidate…"), QStringLiteral("addCandidateAction"));
    m_addAction->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N), QKeySequence(Qt::Key_Insert)});
    connect(m_addAction, &QAction::triggered, this, [this] { openCandidateDialog(std::nullopt); });

    m_editAction = makeAction(QCoreApplication::translate("MainWindow", "&Edit Candidate…"),
                              QStringLiteral("editCandidateAction"));
    m_editAction->setShortcut(QKeySequence(Qt::Key_F2));
    connect(m_editAction, &QAction::triggered, this, &CandidatesPage::editSelectedCandidate);

    m_removeAction = makeAction(QCoreApplication::translate("MainWindow", "&Remove Candidate…"),
                                QStringLiteral("removeCandidateAction"));
    m_removeAction->setShortcut(QKeySequence::Delete);
    connect(m_removeAction, &QAction::triggered, this, &CandidatesPage::removeSelectedCandidate);
}

QWidget *CandidatesPage::createTable()
{
    m_view = new CandidateTableView;
    m_columnFit = new CandidateColumnFit(m_view);
    m_view->setObjectName(QStringLiteral("candidatesTableView"));
    m_view->setAccessibleName(QCoreApplication::translate("MainWindow", "Candidates of the promotion"));
    m_view->setModel(m_proxy);
    m_view->setItemDelegate(new CandidateItemDelegate(m_view));
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(CandidateTableModel::column(CandidateTableModel::Column::Name), Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    // Every column as wide as its content (fitColumns), except the carriers' long names, which take what
    // is left (elided when the window is narrow) so that the amounts are never pushed out of sight. The
    // widths are measured once per new list of rows, not in ResizeToContents mode: that mode measures
    // every cell again at each layout pass, seven times before the first paint, and was half of start-up
    // at 1 000 candidates (callgrind). The user may widen a column; a new list fits again.
    QHeaderView *header = m_view->horizontalHeader();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(CandidateTableModel::column(CandidateTableModel::Column::Carrier),
                                 QHeaderView::Stretch);
    header->setMinimumSectionSize(60);
    m_view->setTextElideMode(Qt::ElideRight);
    m_view->setTabKeyNavigation(false);
    connect(m_view, &QTableView::activated, this, &CandidatesPage::editSelectedCandidate);
    // An empty promotion says how it fills instead of showing bare column headers.
    m_emptyState = EmptyState::cover(m_view, QStringLiteral("candidatesEmptyState"));
    m_emptyState->setMessage(tr("Add the candidates one by one, or import the call's CSV export: each one's eligible "
                                "amount is computed and explained at once."));
    for (QAction *action : {m_addAction, m_importAction}) {
        QPushButton *button = m_emptyState->addButton(
            action == m_addAction ? tr("Add a candidate…") : tr("Import the call's file…"),
            action == m_addAction ? QStringLiteral("emptyAddCandidateButton") : QStringLiteral("emptyImportButton"),
            [action] { action->trigger(); });
        button->setEnabled(action->isEnabled());
        connect(action, &QAction::changed, button, [button, action] { button->setEnabled(action->isEnabled()); });
    }
    // A list that could not be read says so, and never invites to add what may well be stored.
    m_readError = EmptyState::cover(m_view, QStringLiteral("candidatesReadError"));
    m_readError->addButton(tr("&Try again"), QStringLiteral("candidatesRetryButton"), [this] { reload(); });
    // The same actions on a right click (and the menu key) as in the Candidate menu.
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_view->addActions({m_addAction, m_editAction, m_removeAction});
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] { updateActions(); });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            [this] { scheduleEarlierApplications(); });
    // A returning candidate's other applications, shown only when there are some. Under the table rather
    // than beside it: the candidates' amounts keep the whole width.
    m_earlierPanel = new EarlierApplicationsPanel;
    m_earlierPanel->hide();
    connect(m_earlierPanel, &EarlierApplicationsPanel::applicationChosen, this, &CandidatesPage::candidateChosen);
    auto *splitter = new QSplitter(Qt::Vertical);
    splitter->setObjectName(QStringLiteral("candidatesSplitter"));
    splitter->addWidget(m_view);
    splitter->addWidget(m_earlierPanel);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 0);
    splitter->setChildrenCollapsible(false);
    return splitter;
}

QWidget *CandidatesPage::searchEdit() const
{
    return m_searchEdit;
}

std::optional<Promotion> CandidatesPage::currentPromotion() const
{
    CommitteeStore *store = m_session.store();
    if (!store || m_promotionNumber == 0)
        return std::nullopt;
    const Result<std::optional<Promotion>> promotion = store->promotion(m_promotionNumber);
    if (!promotion)
        m_session.reportReadFailure(promotion.error());
    return promotion ? promotion.value() : std::nullopt;
}

void CandidatesPage::setPromotion(int number)
{
    m_promotionNumber = number;
    if (!currentPromotion()) {
        m_promotionNumber = 0;
        m_model->clear();
        updateFooter();
        updateActions();
        return;
    }
    reload();
}

void CandidatesPage::reload()
{
    const std::optional<Promotion> promotion = currentPromotion();
    const std::optional<Candidate> selected = selectedCandidate();
    m_readFailure.clear();
    if (!promotion) {
        m_model->clear();
    } else {
        const std::shared_ptr<const PromotionSnapshot> snapshot = m_session.snapshots()->of(promotion->number);
        m_readFailure = snapshot->error;
        m_model->setCandidates(snapshot->candidates, promotion->rule);
        // Another promotion: fit the columns to its rows. The same one: only widen a column whose new
        // text would be cut (a granted amount just decided), keeping widths the user may have set.
        fitColumns(promotion->number == m_fittedPromotion ? CandidateColumnFit::Mode::WidenOnly
                                                          : CandidateColumnFit::Mode::Exact);
        // Keep the same candidate selected across the reload (found by name: an undo may re-create it).
        if (selected)
            selectCandidateNamed(selected->name);
    }
    updateFooter();
    updateActions();
    scheduleEarlierApplications();
}

void CandidatesPage::fitColumns(CandidateColumnFit::Mode mode)
{
    m_fittedPromotion = m_promotionNumber;
    m_columnFit->fit(mode);
}

void CandidatesPage::updateFooter()
{
    // No totals from a list that could not be read: 0 € consumed would be a wrong amount.
    const std::optional<Promotion> promotion = m_readFailure.isEmpty() ? currentPromotion() : std::nullopt;
    m_footer->showTotals(PromotionTotals::compute(promotion, m_model->candidates(), m_proxy->rowCount()),
                         promotion.has_value());
    const std::optional<Promotion> shown = currentPromotion();
    m_emptyState->setTitle(shown ? tr("No candidate in %1 yet").arg(shown->label()) : QString());
    m_emptyState->setVisible(shown && m_model->rowCount() == 0 && m_readFailure.isEmpty());
    m_readError->setTitle(shown ? tr("The candidates of %1 could not be read").arg(shown->label()) : QString());
    m_readError->setMessage(m_readFailure);
    m_readError->setVisible(shown && !m_readFailure.isEmpty());
}

void CandidatesPage::updateActions()
{
    const std::optional<Promotion> promotion = currentPromotion();
    const bool writable = promotion && !promotion->isClosed();
    const bool hasSelection = selectedCandidate().has_value();
    m_importAction->setEnabled(writable);
    m_addAction->setEnabled(writable);
    // A closed promotion's candidate still opens, read-only.
    m_editAction->setEnabled(hasSelection);
    m_editAction->setText(writable ? QCoreApplication::translate("MainWindow", "&Edit Candidate…")
                                   : QCoreApplication::translate("MainWindow", "&View Candidate…"));
    m_removeAction->setEnabled(writable && hasSelection);
    const QString closedTip =
        promotion && promotion->isClosed()
            ? QCoreApplication::translate("MainWindow", "%1 is closed: reopen it to change anything.")
                  .arg(promotion->label())
            : QString();
    for (QAction *action : {m_importAction, m_addAction, m_removeAction})
        action->setToolTip(action->isEnabled() || closedTip.isEmpty() ? action->text().remove(QLatin1Char('&'))
                                                                      : closedTip);
}

void CandidatesPage::setSessionMode(bool on, const QFont &base)
{
    m_sessionMode = on;
    m_footer->remainingLabel()->setFont(base);
    // The header's font is SessionMode's (it scales every header of the window).
    // On a projector (often 1 280 pixels wide) the money columns matter most: the totals go on two rows,
    // and kind, phase, annual budget and the eligibility's reason make room (CandidateColumnFit).
    const int rowHeight = QFontMetrics(base).height() + (on ? 14 : 8);
    m_view->verticalHeader()->setDefaultSectionSize(rowHeight);
    m_footer->setTwoRows(on);
    m_fittedPromotion = m_promotionNumber;
    m_columnFit->setSessionMode(on);
}

std::optional<Candidate> CandidatesPage::selectedCandidate() const
{
    const QModelIndex current = m_view->selectionModel()->currentIndex();
    if (!current.isValid() || !m_view->selectionModel()->isRowSelected(current.row(), QModelIndex()))
        return std::nullopt;
    const QModelIndex source = m_proxy->mapToSource(current);
    if (!source.isValid() || source.row() >= m_model->rowCount())
        return std::nullopt;
    return m_model->candidateAt(source.row());
}

void CandidatesPage::selectCandidateNamed(const QString &name)
{
    const QString key = TextKey::fold(name);
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (TextKey::fold(m_model->candidateAt(row).name) != key)
            continue;
        const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
        if (index.isValid()) {
            m_view->selectionModel()->setCurrentIndex(index,
                                                      QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
            m_view->scrollTo(index);
        }
        return;
    }
}

bool CandidatesPage::showCandidate(const QString &candidateName)
{
    // The search box of the promotion could hide the candidate: clear it.
    m_searchEdit->clear();
    selectCandidateNamed(candidateName);
    const std::optional<Candidate> selected = selectedCandidate();
    if (!selected || TextKey::fold(selected->name) != TextKey::fold(candidateName))
        return false;
    m_view->setFocus(Qt::OtherFocusReason);
    return true;
}

Outcome CandidatesPage::addCandidate(const Candidate &candidate)
{
    const Outcome added = m_pushCommand(new AddCandidateCommand(*m_session.store(), m_promotionNumber, candidate));
    if (added)
        selectCandidateNamed(candidate.name);
    return added;
}

Outcome CandidatesPage::editCandidate(const Candidate &before, const Candidate &after)
{
    const Outcome edited =
        m_pushCommand(new EditCandidateCommand(*m_session.store(), m_promotionNumber, before, after));
    if (edited)
        selectCandidateNamed(after.name);
    return edited;
}

Outcome CandidatesPage::removeCandidate(const Candidate &candidate)
{
    return m_pushCommand(new RemoveCandidateCommand(*m_session.store(), m_promotionNumber, candidate));
}

Outcome CandidatesPage::importCandidates(const QList<Candidate> &candidates)
{
    return m_pushCommand(new ImportCandidatesCommand(*m_session.store(), m_promotionNumber, candidates));
}

CandidateDialog *CandidatesPage::openCandidateDialog(const std::optional<Candidate> &existing)
{
    const std::optional<Promotion> promotion = currentPromotion();
    if (!promotion)
        return nullptr;
    const Result<QSet<QString>> storedNames = m_session.store()->candidateNameKeys(promotion->number);
    if (!storedNames) {
        emit refused(storedNames.error());
        return nullptr;
    }
    QSet<QString> otherNames = storedNames.value();
    if (existing)
        otherNames.remove(TextKey::fold(existing->name));
    // Parented to the window, as every dialog of it: window-modal over the whole window.
    auto *dialog = new CandidateDialog(*promotion, otherNames, window());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (existing)
        dialog->setCandidate(*existing);
    if (promotion->isClosed()) {
        dialog->setReadOnly(true);
    } else if (existing) {
        const Candidate before = *existing;
        dialog->setSaveHandler([this, before](const Candidate &after) { return editCandidate(before, after); });
    } else {
        dialog->setSaveHandler([this](const Candidate &candidate) { return addCandidate(candidate); });
    }
    if (m_sessionMode)
        dialog->setFont(window()->font());
    dialog->open();
    return dialog;
}

ImportPreviewDialog *CandidatesPage::openImportPreview(const QString &csvPath)
{
    const std::optional<Promotion> promotion = currentPromotion();
    if (!promotion || promotion->isClosed())
        return nullptr;
    const CofinancingRule rule = promotion->rule;
    const Result<QList<Candidate>> stored = m_session.store()->candidates(promotion->number);
    if (!stored) {
        emit refused(stored.error());
        return nullptr;
    }
    // Stored candidates with a file number are updated by a re-import, not refused as taken names.
    const QSet<QString> nameKeys = CandidateImportPlan::refusedNameKeys(stored.value());
    auto *reader = new ImportFileReader(*m_session.store(), csvPath, rule, nameKeys);
    const CandidateCsvParse parse = reader->read(QString());
    auto *dialog = new ImportPreviewDialog(QFileInfo(csvPath).fileName(), parse, rule, promotion->label(), window());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    reader->setParent(dialog);
    reader->attach(dialog);
    dialog->setStoredCandidates(stored.value());
    // The candidates of the sheet shown when Import is pressed, whichever the user chose last.
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        if (const Outcome imported = m_pushCommand(
                new ImportPlanCommand(*m_session.store(), m_promotionNumber, dialog->plan(), dialog->forceDecided()));
            !imported)
            emit refused(imported.error());
    });
    dialog->open();
    return dialog;
}

void CandidatesPage::editSelectedCandidate()
{
    if (const std::optional<Candidate> selected = selectedCandidate())
        openCandidateDialog(selected);
}

void CandidatesPage::importCsvDialog()
{
    if (!currentPromotion())
        return;
    const QString path = QFileDialog::getOpenFileName(
        window(), QCoreApplication::translate("MainWindow", "Import candidates"), QDir::homePath(),
        QCoreApplication::translate(
            "MainWindow", "Spreadsheets and CSV (*.xlsx *.ods *.csv);;CSV files (*.csv *.txt);;All files (*)"));
    if (!path.isEmpty())
        openImportPreview(path);
}

void CandidatesPage::removeSelectedCandidate()
{
    const std::optional<Candidate> selected = selectedCandidate();
    const std::optional<Promotion> promotion = currentPromotion();
    if (!selected || !promotion || promotion->isClosed())
        return;
    auto *box = new QMessageBox(QMessageBox::Question, QCoreApplication::translate("MainWindow", "Remove candidate"),
                                QCoreApplication::translate("MainWindow", "Remove %1 from %2? You can undo it with %3.")
                                    .arg(selected->name, promotion->label(),
                                         QKeySequence(QKeySequence::Undo).toString(QKeySequence::NativeText)),
                                QMessageBox::Yes | QMessageBox::Cancel, window());
    box->setObjectName(QStringLiteral("removeConfirmationMessageBox"));
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    const Candidate candidate = *selected;
    connect(box, &QMessageBox::finished, this, [this, candidate](int result) {
        if (result != QMessageBox::Yes)
            return;
        if (const Outcome removed = removeCandidate(candidate); !removed)
            emit refused(removed.error());
    });
    box->open();
}

void CandidatesPage::scheduleEarlierApplications()
{
    // Reading every promotion must not run inside a store's signal (a reload after a change): once the
    // change is over, and once for several reloads and selections in a row.
    if (m_earlierApplicationsPending)
        return;
    m_earlierApplicationsPending = true;
    QMetaObject::invokeMethod(
        this,
        [this] {
            m_earlierApplicationsPending = false;
            updateEarlierApplications();
        },
        Qt::QueuedConnection);
}

void CandidatesPage::updateEarlierApplications()
{
    const std::optional<Candidate> selected = selectedCandidate();
    const PromotionArchive *promotions = selected ? m_archive() : nullptr;
    const QList<CandidateApplication> applications =
        promotions ? EarlierApplications::find(*promotions, m_promotionNumber, selected->name)
                   : QList<CandidateApplication>();
    if (selected)
        m_earlierPanel->setApplications(selected->name, applications);
    m_earlierPanel->setVisible(!applications.isEmpty());
}
