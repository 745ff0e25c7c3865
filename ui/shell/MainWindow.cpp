#include "shell/MainWindow.h"

#include "audit/AuditLogAction.h"
#include "candidates/CandidateTableModel.h"
#include "commands/StoreCommand.h"
#include "followup/PaymentScheduleAction.h"
#include "help/HelpActions.h"
#include "history/PromotionDialog.h"
#include "scoring/CriteriaAction.h"
#include "session/HearingClock.h"
#include "shell/ConnectionBanner.h"
#include "shell/DatabaseActions.h"
#include "shell/LanguageMenu.h"
#include "shell/MainToolBar.h"
#include "shell/OfflineWrites.h"
#include "shell/OperatorSetting.h"
#include "shell/PreferencesDialog.h"
#include "shell/PromotionHeader.h"
#include "shell/PromotionTree.h"
#include "shell/ReadFailurePage.h"
#include "shell/RoleGate.h"
#include "shell/SessionMode.h"
#include "shell/ShellAction.h"
#include "shell/SidebarSplitter.h"
#include "shell/WelcomePage.h"
#include "shell/WorkflowActions.h"
#include "storage/CommitteeStore.h"
#include "widgets/AppIcons.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabWidget>
#include <QTimer>
#include <QUndoStack>
#include <QVBoxLayout>

namespace {

const QLatin1String geometryKey("window/geometry");
const QLatin1String splitterKey("window/splitter");

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent), m_session(new DatabaseSession(this)), m_undoStack(new QUndoStack(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    m_candidatesPage = new CandidatesPage(
        *m_session, [this](StoreCommand *command) { return pushCommand(command); }, [this] { return archive(); });
    m_export = new LaureateListExport(
        *m_session, [this] { return currentPromotion(); }, this);
    m_promotionActions = new PromotionActions(*this);
    m_pastPromotions = new PastPromotionsActions(*this);
    m_databaseActions = new DatabaseActions(*m_session, this);
    m_header = new PromotionHeader(this);
    m_sessionMode = new SessionMode(*m_session, this);
    connect(m_sessionMode, &SessionMode::changed, this, &MainWindow::applySessionMode);
    createActions();
    setCentralWidget(createCentralArea());
    m_offlineWrites = new OfflineWrites(*m_session, *this);
    m_pageTabs = new PageTabs(m_tabs, *m_session, [this](StoreCommand *command) { return pushCommand(command); });
    m_workflow = new WorkflowActions(m_tabs);
    createMenus();
    m_toolBar = new MainToolBar({m_promotionActions->actions().constFirst(), m_candidatesPage->importAction(),
                                 m_candidatesPage->addCandidateAction(), m_workflow->addMembersAction(),
                                 m_workflow->proposeAction(), m_export->exportPdfAction(), nullptr,
                                 m_sessionMode->action(), nullptr, m_undoAction, m_redoAction},
                                this);
    addToolBar(Qt::TopToolBarArea, m_toolBar);
    AppIcons::decorate(*this);
    findChild<QMenu *>(QStringLiteral("viewMenu"))->insertAction(m_sidebarAction, m_toolBar->viewAction());
    statusBar()->setObjectName(QStringLiteral("statusBar"));
    m_databaseStatusLabel = new QLabel(this);
    m_databaseStatusLabel->setObjectName(QStringLiteral("databaseStatusLabel"));
    statusBar()->addPermanentWidget(m_databaseStatusLabel);
    new RoleGate(*this, *m_session);
    connectSession();

    QSettings settings;
    if (!restoreGeometry(settings.value(geometryKey).toByteArray()))
        resize(1400, 820);
    m_splitter->restoreState(settings.value(splitterKey).toByteArray());
    syncSidebarAction();

    updateActions();
    updateTitle();
}

MainWindow::~MainWindow()
{
    // The commands, the pages and the dashboard refer to the stores: drop them before they go.
    m_undoStack->clear();
    m_pageTabs->dropPages();
}

void MainWindow::connectSession()
{
    connect(m_candidatesPage, &CandidatesPage::refused, this, &MainWindow::showRefusal);
    connect(m_export, &LaureateListExport::refused, this, &MainWindow::showRefusal);
    connect(m_promotionActions, &PromotionActions::refused, this, &MainWindow::showRefusal);
    connect(m_databaseActions, &DatabaseActions::refused, this, &MainWindow::showRefusal);
    connect(m_export, &LaureateListExport::statusMessage, this,
            [this](const QString &message) { statusBar()->showMessage(message, 10000); });
    connect(m_session, &DatabaseSession::readFailed, this,
            [this](const QString &message) { statusBar()->showMessage(message, 10000); });
    connect(m_candidatesPage, &CandidatesPage::candidateChosen, this, &MainWindow::goToCandidate);
    connect(m_pageTabs, &PageTabs::promotionChosen, this, &MainWindow::selectPromotion);
    connect(m_session, &DatabaseSession::aboutToReplace, this, [this] {
        m_undoStack->clear();
        m_candidatesPage->model()->clear();
        m_shownPromotion = 0;
        // Another database starts on its candidates, the other tabs' pages built anew when shown.
        m_tabs->setCurrentWidget(m_candidatesPage);
        m_pageTabs->dropPages();
    });
    connect(m_session, &DatabaseSession::replaced, this, &MainWindow::databaseReplaced);
    connect(m_session, &DatabaseSession::scoringChanged, this, [this](int number) {
        if (number == m_shownPromotion)
            m_pageTabs->updateDashboardProposal();
    });
    connect(m_session, &DatabaseSession::promotionsChanged, this, [this] {
        m_promotionTree->reload(store(), m_shownPromotion);
        // The shown promotion may be gone (an undone creation, a renumbering): show another one. None shown
        // (the welcome page, the last promotion undone): show the one that came, or came back.
        const Result<std::optional<Promotion>> shown = store()->promotion(m_shownPromotion);
        if (m_shownPromotion == 0 || (shown && !shown.value()))
            selectDefaultPromotion();
        else
            showPromotion();
    });
    connect(m_session, &DatabaseSession::candidatesChanged, this, [this](int number) {
        if (number == m_shownPromotion) {
            m_candidatesPage->reload();
            m_pageTabs->updateDashboardProposal();
        }
    });
}

void MainWindow::createActions()
{
    m_quitAction = ShellAction::make(this, tr("&Quit"), "quitAction", QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    m_undoAction = m_undoStack->createUndoAction(this, tr("&Undo"));
    m_undoAction->setObjectName(QStringLiteral("undoAction"));
    m_undoAction->setShortcut(QKeySequence::Undo);
    m_redoAction = m_undoStack->createRedoAction(this, tr("&Redo"));
    m_redoAction->setObjectName(QStringLiteral("redoAction"));
    m_redoAction->setShortcut(QKeySequence::Redo);

    m_preferencesAction =
        ShellAction::make(this, tr("&Preferences…"), "preferencesAction", QKeySequence(Qt::CTRL | Qt::Key_Comma));
    m_preferencesAction->setMenuRole(QAction::PreferencesRole);
    connect(m_preferencesAction, &QAction::triggered, this, [this] { openPreferencesDialog(); });

    m_sidebarAction = ShellAction::make(this, tr("Promotions &Panel"), "sidebarAction", QKeySequence(Qt::Key_F7));
    m_sidebarAction->setCheckable(true);
    m_sidebarAction->setChecked(true);
    connect(m_sidebarAction, &QAction::toggled, this, &MainWindow::setSidebarShown);
}

void MainWindow::createMenus()
{
    // A null action is a separator.
    const auto addMenu = [this](const QString &title, const char *name, const QList<QAction *> &actions) {
        QMenu *menu = menuBar()->addMenu(title);
        menu->setObjectName(QLatin1String(name));
        for (QAction *action : actions) {
            if (action)
                menu->addAction(action);
            else
                menu->addSeparator();
        }
        return menu;
    };
    const CandidatesPage *page = m_candidatesPage;
    addMenu(tr("&File"), "fileMenu",
            {m_databaseActions->newAction(), m_databaseActions->openAction(), m_databaseActions->connectAction(),
             m_databaseActions->recentMenu()->menuAction(), m_databaseActions->demoAction(), nullptr,
             page->importAction(), m_export->exportCsvAction(), m_export->exportXlsxAction(),
             m_export->exportPdfAction(), m_export->printAction(), nullptr, m_quitAction});
    addMenu(tr("&Edit"), "editMenu",
            {m_undoAction, m_redoAction, nullptr, page->findAction(), m_pastPromotions->searchAllAction(), nullptr,
             m_preferencesAction});
    addMenu(tr("&Candidate"), "candidateMenu",
            {page->addCandidateAction(), page->editCandidateAction(), page->removeCandidateAction()});
    auto *criteria = new CriteriaAction(
        *m_session, this, [this] { return m_shownPromotion; },
        [this](StoreCommand *command) { return pushCommand(command); });
    addMenu(tr("&Promotion"), "promotionMenu",
            m_promotionActions->actions() + m_workflow->actions() + QList<QAction *>{nullptr, criteria->action()});
    auto *languageMenu = new LanguageMenu(this);
    connect(languageMenu, &LanguageMenu::languageChosen, this, [this] {
        statusBar()->showMessage(tr("The language will change at the next start of the application."), 10000);
    });
    auto *auditLog = new AuditLogAction(*m_session, this, [this] { return m_shownPromotion; });
    auto *schedule = new PaymentScheduleAction(*m_session, this, [this] { return m_shownPromotion; });
    addMenu(tr("&View"), "viewMenu",
            {m_sidebarAction, m_sessionMode->action(), m_pageTabs->dashboardAction(), nullptr,
             m_pastPromotions->historyAction(), m_pastPromotions->compareAction(), auditLog->action(),
             schedule->action(), nullptr, languageMenu->menuAction()});
    auto *help = new HelpActions(*this);
    addMenu(tr("&Help"), "helpMenu", help->actions());
    connect(m_welcome, &WelcomePage::guideRequested, help->userGuideAction(), &QAction::trigger);
}

QWidget *MainWindow::createCentralArea()
{
    m_promotionTree = new PromotionTree;
    connect(m_promotionTree, &PromotionTree::promotionChosen, this, [this](int number) {
        if (number != m_shownPromotion) {
            m_shownPromotion = number;
            showPromotion();
        }
    });
    auto *right = new QWidget;
    auto *layout = new QVBoxLayout(right);
    layout->setContentsMargins(8, 4, 8, 4);
    m_header->addTo(layout);
    layout->addWidget(m_sessionMode->hearingClock());
    // The candidates and the dashboard share the promotion's title and banners, one tab each: the
    // dashboard's charts need the window's whole width to be read.
    m_tabs = new QTabWidget;
    m_tabs->setObjectName(QStringLiteral("mainTabWidget"));
    m_tabs->addTab(m_candidatesPage, tr("Ca&ndidates"));
    layout->addWidget(m_tabs, 1);

    m_splitter = new SidebarSplitter(m_promotionTree, right);
    connect(m_splitter, &SidebarSplitter::sidebarMoved, this, [this] { syncSidebarAction(); });
    setTabOrder(m_promotionTree, m_candidatesPage->searchEdit());
    m_welcome = new WelcomePage;
    connect(m_welcome, &WelcomePage::createPromotionRequested, this, [this] { openPromotionDialog(false); });
    connect(m_welcome, &WelcomePage::importRequested, this, &MainWindow::startImportIntoNewPromotion);
    connect(m_welcome, &WelcomePage::demoRequested, m_databaseActions->demoAction(), &QAction::trigger);
    m_centralStack = new QStackedWidget;
    m_centralStack->addWidget(m_splitter);
    m_centralStack->addWidget(m_welcome);
    m_readFailure = new ReadFailurePage;
    connect(m_readFailure, &ReadFailurePage::retryRequested, this, [this] {
        m_promotionTree->reload(store(), m_shownPromotion);
        selectDefaultPromotion();
    });
    m_centralStack->addWidget(m_readFailure);
    return m_centralStack;
}

PromotionDialog *MainWindow::startImportIntoNewPromotion()
{
    PromotionDialog *dialog = openPromotionDialog(false);
    // Once the promotion exists (and is shown), the usual import: choose the file, preview, import.
    if (dialog)
        connect(dialog, &QDialog::accepted, this,
                [this] { QTimer::singleShot(0, m_candidatesPage->importAction(), &QAction::trigger); });
    return dialog;
}

PreferencesDialog *MainWindow::openPreferencesDialog()
{
    auto *dialog = new PreferencesDialog(m_session->operatorName(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        OperatorSetting::store(dialog->operatorName());
        setOperatorName(dialog->operatorName());
        statusBar()->showMessage(tr("The audit log now records changes as %1.").arg(dialog->operatorName()), 5000);
    });
    dialog->open();
    return dialog;
}

void MainWindow::setOperatorName(const QString &name)
{
    m_session->setOperatorName(name);
    updateTitle();
}

void MainWindow::databaseReplaced()
{
    m_pageTabs->addTabs();
    m_header->setDemo(isDemo());
    m_promotionTree->reload(store(), m_shownPromotion);
    selectDefaultPromotion();
    updateTitle();
}

void MainWindow::selectDefaultPromotion()
{
    // The newest open promotion is the one the committee works on; else the newest.
    // A failed read chooses none: updateActions() then shows the read's failure, not the welcome page.
    const Result<QList<Promotion>> read = store() ? store()->promotions() : Result<QList<Promotion>>::success({});
    const QList<Promotion> promotions = read ? read.value() : QList<Promotion>();
    int chosen = 0;
    for (const Promotion &promotion : promotions) {
        if (!promotion.isClosed())
            chosen = std::max(chosen, promotion.number);
    }
    if (chosen == 0) {
        for (const Promotion &promotion : promotions)
            chosen = std::max(chosen, promotion.number);
    }
    m_shownPromotion = 0;
    if (chosen == 0 || !selectPromotion(chosen))
        showPromotion();
}

bool MainWindow::selectPromotion(int number)
{
    if (!m_promotionTree->select(number))
        return false;
    if (m_shownPromotion != number) {
        m_shownPromotion = number;
        showPromotion();
    }
    return true;
}

std::optional<Promotion> MainWindow::currentPromotion() const
{
    if (!store() || m_shownPromotion == 0)
        return std::nullopt;
    const Result<std::optional<Promotion>> promotion = store()->promotion(m_shownPromotion);
    if (!promotion)
        m_session->reportReadFailure(promotion.error());
    return promotion ? promotion.value() : std::nullopt;
}

void MainWindow::showPromotion()
{
    const std::optional<Promotion> promotion = currentPromotion();
    m_header->showPromotion(promotion, store() != nullptr);
    if (!promotion)
        m_shownPromotion = 0;
    m_pageTabs->setPromotion(m_shownPromotion);
    m_candidatesPage->setPromotion(m_shownPromotion);
    m_sessionMode->setPromotion(m_shownPromotion);
    updateActions();
}

void MainWindow::updateActions()
{
    const std::optional<Promotion> promotion = currentPromotion();
    m_candidatesPage->updateActions();
    m_promotionActions->updateActions(promotion, store() != nullptr);
    m_export->setEnabled(promotion.has_value());
    m_pastPromotions->setEnabled(store() != nullptr);
    m_workflow->updateActions(promotion);
    QWidget *page = m_splitter;
    if (store() && !promotion) {
        // The welcome page only on a database known to hold no promotion.
        const Result<QList<Promotion>> promotions = store()->promotions();
        if (!promotions) {
            m_readFailure->showFailure(promotions.error());
            m_session->reportReadFailure(promotions.error());
            page = m_readFailure;
        } else if (promotions.value().isEmpty()) {
            page = m_welcome;
        }
    }
    m_centralStack->setCurrentWidget(page);
}

void MainWindow::updateTitle()
{
    // Which file every change goes to, and under whose name in the audit log.
    if (m_session->isOpen()) {
        const QString where =
            isDemo() ? tr("temporary demonstration database") : QDir::toNativeSeparators(m_session->path());
        m_databaseStatusLabel->setText(tr("%1 · operator: %2").arg(where, m_session->operatorName()));
    } else {
        m_databaseStatusLabel->clear();
    }
    QString title = tr("Comité FAST");
    if (isDemo())
        title = tr("Comité FAST — demonstration (illustrative amounts)");
    else if (m_session->isOpen())
        title = tr("%1 — Comité FAST").arg(QFileInfo(m_session->path()).fileName());
    setWindowTitle(title);
}

Outcome MainWindow::pushCommand(StoreCommand *command)
{
    if (!store()) {
        delete command;
        return Outcome::failure(tr("No database open."));
    }
    // The first redo runs inside push(); a refused command makes itself obsolete and the stack deletes it.
    QString refusal;
    m_offlineWrites->watch(command);
    command->setRefusalHandler([&refusal](const QString &message) { refusal = message; });
    m_undoStack->push(command);
    if (!refusal.isEmpty())
        return Outcome::failure(refusal);
    command->setRefusalHandler([this](const QString &message) { showRefusal(message); });
    statusBar()->showMessage(
        command->isPending() ? tr("%1: kept until the server is back").arg(command->text()) : command->text(), 5000);
    return Outcome::success();
}

void MainWindow::showRefusal(const QString &message)
{
    m_lastRefusal = message;
    statusBar()->showMessage(message, 10000);
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Comité FAST"), message, QMessageBox::Ok, this);
    box->setObjectName(QStringLiteral("refusalMessageBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

bool MainWindow::isSessionMode() const
{
    return m_sessionMode->isOn();
}

void MainWindow::setSessionMode(bool on)
{
    m_sessionMode->setOn(on);
}

void MainWindow::applySessionMode(bool on, bool wasOn, const QFont &base)
{
    m_header->setBaseFont(base);
    if (m_offlineWrites)
        m_offlineWrites->banner()->setFont(base);
    // On a projector (often 1 280 pixels wide) the promotions' sidebar folds away (View > Promotions Panel
    // or its edge brings it back); leaving session mode unfolds it.
    if (on != wasOn)
        setSidebarShown(!on);
    m_candidatesPage->setSessionMode(on, base);
}

void MainWindow::syncSidebarAction()
{
    const QSignalBlocker blocker(m_sidebarAction);
    m_sidebarAction->setChecked(m_splitter->isSidebarShown());
}

const PromotionArchive *MainWindow::archive()
{
    QString error;
    const PromotionArchive *promotions = m_session->archive(&error);
    if (!promotions && !error.isEmpty())
        statusBar()->showMessage(error, 10000);
    return promotions;
}

bool MainWindow::goToCandidate(int promotionNumber, const QString &candidateName)
{
    if (!selectPromotion(promotionNumber))
        return false;
    m_tabs->setCurrentWidget(m_candidatesPage);
    return m_candidatesPage->showCandidate(candidateName);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!m_offlineWrites->mayClose()) {
        event->ignore();
        return;
    }
    // The next start is in normal mode: the sidebar is saved as it is out of session mode.
    setSessionMode(false);
    QSettings settings;
    settings.setValue(geometryKey, saveGeometry());
    settings.setValue(splitterKey, m_splitter->saveState());
    event->accept();
}
