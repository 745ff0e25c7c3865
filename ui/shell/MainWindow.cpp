#include "shell/MainWindow.h"

#include "commands/AddCandidateCommand.h"
#include "commands/AddPromotionCommand.h"
#include "candidates/CandidateDialog.h"
#include "candidates/CandidateFilterProxyModel.h"
#include "candidates/CandidateItemDelegate.h"
#include "candidates/CandidateSearchDialog.h"
#include "candidates/CandidateTableModel.h"
#include "candidates/CandidateTableView.h"
#include "commands/ClosePromotionCommand.h"
#include "history/ComparePromotionsDialog.h"
#include "dashboard/DashboardView.h"
#include "candidates/EarlierApplicationsPanel.h"
#include "commands/EditCandidateCommand.h"
#include "commands/EditPromotionCommand.h"
#include "commands/ImportCandidatesCommand.h"
#include "candidates/ImportPreviewDialog.h"
#include "shell/LanguageSetting.h"
#include "shell/LaureateListPrinter.h"
#include "shell/LazyPageHost.h"
#include "shell/OperatorSetting.h"
#include "shell/PreferencesDialog.h"
#include "history/PromotionDialog.h"
#include "history/PromotionHistoryDialog.h"
#include "shell/PromotionPage.h"
#include "ranking/RankingView.h"
#include "commands/RemoveCandidateCommand.h"
#include "commands/ReopenPromotionCommand.h"
#include "scoring/ScoringGridView.h"
#include "widgets/StatusIcons.h"
#include "shell/SummaryFooter.h"
#include "whatif/WhatIfView.h"
#include "domain/TextKey.h"
#include "reports/CandidateCsvExport.h"
#include "reports/CandidateCsvImport.h"
#include "reports/DemoCommittee.h"
#include "reports/EarlierApplications.h"
#include "reports/LaureateList.h"
#include "reports/LaureateListPdf.h"
#include "reports/OutputFile.h"
#include "reports/PromotionArchive.h"
#include "storage/CommitteeStore.h"
#include "storage/DecisionStore.h"
#include "storage/Database.h"
#include "storage/ScoringStore.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMap>
#include <QMenuBar>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QToolButton>
#include <QTreeWidget>
#include <QUndoStack>
#include <QVBoxLayout>

namespace {

constexpr int promotionNumberRole = Qt::UserRole + 1;
constexpr int maximumRecentDatabases = 6;
const QLatin1String recentDatabasesKey("recentDatabases");
const QLatin1String lastDatabaseKey("lastDatabase");
const QLatin1String geometryKey("window/geometry");
const QLatin1String splitterKey("window/splitter");
const QLatin1String sessionModeKey("view/sessionMode");
const QLatin1String exportFolderKey("export/lastFolder");

const QString redStyle = QStringLiteral("color: #b00020; font-weight: bold;");

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent), m_undoStack(new QUndoStack(this)), m_candidateModel(new CandidateTableModel(this)),
      m_candidateProxy(new CandidateFilterProxyModel(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    m_candidateProxy->setSourceModel(m_candidateModel);
    createActions();
    createDashboardAction();
    createMenus();
    setCentralWidget(createCentralArea());
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        const QSignalBlocker blocker(m_dashboardAction);
        if (auto *host = qobject_cast<LazyPageHost *>(m_tabs->currentWidget()))
            host->ensurePage();
        m_dashboardAction->setChecked(m_dashboardHost && m_tabs->currentWidget() == m_dashboardHost);
    });
    statusBar()->setObjectName(QStringLiteral("statusBar"));
    m_databaseStatusLabel = new QLabel(this);
    m_databaseStatusLabel->setObjectName(QStringLiteral("databaseStatusLabel"));
    statusBar()->addPermanentWidget(m_databaseStatusLabel);

    QSettings settings;
    if (!restoreGeometry(settings.value(geometryKey).toByteArray()))
        resize(1400, 820);
    m_splitter->restoreState(settings.value(splitterKey).toByteArray());
    setSessionMode(settings.value(sessionModeKey, false).toBool());
    syncSidebarAction();

    updateActions();
    updateTitle();
}

MainWindow::~MainWindow()
{
    // The commands, the pages and the dashboard refer to the stores: drop them before they go.
    m_undoStack->clear();
    deletePages();
}

void MainWindow::deletePages()
{
    for (LazyPageHost *host : std::as_const(m_pageHosts))
        host->dropPage();
}

void MainWindow::createActions()
{
    const auto makeAction = [this](const QString &text, const QString &name) {
        auto *action = new QAction(text, this);
        action->setObjectName(name);
        return action;
    };

    m_newDatabaseAction = makeAction(tr("&New Database…"), QStringLiteral("newDatabaseAction"));
    m_newDatabaseAction->setShortcut(QKeySequence::New);
    connect(m_newDatabaseAction, &QAction::triggered, this, &MainWindow::newDatabase);

    m_openDatabaseAction = makeAction(tr("&Open Database…"), QStringLiteral("openDatabaseAction"));
    m_openDatabaseAction->setShortcut(QKeySequence::Open);
    connect(m_openDatabaseAction, &QAction::triggered, this, &MainWindow::openDatabaseDialog);

    m_demoAction = makeAction(tr("Open the &Demonstration"), QStringLiteral("demoAction"));
    connect(m_demoAction, &QAction::triggered, this, [this] {
        if (const Outcome opened = openDemo(); !opened)
            showRefusal(opened.error());
    });

    m_importCsvAction = makeAction(tr("&Import Candidates (CSV)…"), QStringLiteral("importCsvAction"));
    m_importCsvAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    connect(m_importCsvAction, &QAction::triggered, this, &MainWindow::importCsvDialog);

    m_exportPdfAction = makeAction(tr("&Export Laureate List (PDF)…"), QStringLiteral("exportPdfAction"));
    m_exportPdfAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    connect(m_exportPdfAction, &QAction::triggered, this, &MainWindow::exportLaureateListDialog);

    m_exportCsvAction = makeAction(tr("Export &Candidates (CSV)…"), QStringLiteral("exportCsvAction"));
    connect(m_exportCsvAction, &QAction::triggered, this, &MainWindow::exportCandidatesCsvDialog);

    m_printAction = makeAction(tr("&Print Laureate List…"), QStringLiteral("printAction"));
    m_printAction->setShortcut(QKeySequence::Print);
    connect(m_printAction, &QAction::triggered, this, &MainWindow::printLaureateListDialog);

    m_historyAction = makeAction(tr("Promotion &History…"), QStringLiteral("historyAction"));
    m_historyAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_H));
    connect(m_historyAction, &QAction::triggered, this, [this] { openHistoryDialog(); });

    m_searchAllAction = makeAction(tr("&Search All Promotions…"), QStringLiteral("searchAllAction"));
    m_searchAllAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
    connect(m_searchAllAction, &QAction::triggered, this, [this] { openSearchAllDialog(); });

    m_compareAction = makeAction(tr("&Compare Promotions…"), QStringLiteral("compareAction"));
    connect(m_compareAction, &QAction::triggered, this, [this] { openCompareDialog(); });

    m_quitAction = makeAction(tr("&Quit"), QStringLiteral("quitAction"));
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    m_undoAction = m_undoStack->createUndoAction(this, tr("&Undo"));
    m_undoAction->setObjectName(QStringLiteral("undoAction"));
    m_undoAction->setShortcut(QKeySequence::Undo);
    m_redoAction = m_undoStack->createRedoAction(this, tr("&Redo"));
    m_redoAction->setObjectName(QStringLiteral("redoAction"));
    m_redoAction->setShortcut(QKeySequence::Redo);

    m_findAction = makeAction(tr("&Find Candidate"), QStringLiteral("findAction"));
    m_findAction->setShortcut(QKeySequence::Find);

    m_preferencesAction = makeAction(tr("&Preferences…"), QStringLiteral("preferencesAction"));
    m_preferencesAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    m_preferencesAction->setMenuRole(QAction::PreferencesRole);
    connect(m_preferencesAction, &QAction::triggered, this, [this] { openPreferencesDialog(); });

    m_addCandidateAction = makeAction(tr("&Add Candidate…"), QStringLiteral("addCandidateAction"));
    m_addCandidateAction->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N), QKeySequence(Qt::Key_Insert)});
    connect(m_addCandidateAction, &QAction::triggered, this, &MainWindow::addCandidateDialog);

    m_editCandidateAction = makeAction(tr("&Edit Candidate…"), QStringLiteral("editCandidateAction"));
    m_editCandidateAction->setShortcut(QKeySequence(Qt::Key_F2));
    connect(m_editCandidateAction, &QAction::triggered, this, &MainWindow::editSelectedCandidate);

    m_removeCandidateAction = makeAction(tr("&Remove Candidate…"), QStringLiteral("removeCandidateAction"));
    m_removeCandidateAction->setShortcut(QKeySequence::Delete);
    connect(m_removeCandidateAction, &QAction::triggered, this, &MainWindow::removeSelectedCandidate);

    m_newPromotionAction = makeAction(tr("&New Promotion…"), QStringLiteral("newPromotionAction"));
    m_newPromotionAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    connect(m_newPromotionAction, &QAction::triggered, this, [this] { openPromotionDialog(false); });

    m_editPromotionAction = makeAction(tr("&Edit Promotion…"), QStringLiteral("editPromotionAction"));
    m_editPromotionAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    connect(m_editPromotionAction, &QAction::triggered, this, [this] { openPromotionDialog(true); });

    m_closePromotionAction = makeAction(tr("&Close Promotion…"), QStringLiteral("closePromotionAction"));
    m_closePromotionAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    connect(m_closePromotionAction, &QAction::triggered, this, &MainWindow::closePromotionAsked);

    m_reopenPromotionAction = makeAction(tr("Re&open Promotion…"), QStringLiteral("reopenPromotionAction"));
    m_reopenPromotionAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    connect(m_reopenPromotionAction, &QAction::triggered, this, &MainWindow::reopenPromotionAsked);

    m_sidebarAction = makeAction(tr("Promotions &Panel"), QStringLiteral("sidebarAction"));
    m_sidebarAction->setCheckable(true);
    m_sidebarAction->setChecked(true);
    m_sidebarAction->setShortcut(QKeySequence(Qt::Key_F7));
    connect(m_sidebarAction, &QAction::toggled, this, &MainWindow::setSidebarShown);

    m_sessionModeAction = makeAction(tr("&Session Mode (large text)"), QStringLiteral("sessionModeAction"));
    m_sessionModeAction->setCheckable(true);
    m_sessionModeAction->setShortcut(QKeySequence(Qt::Key_F8));
    connect(m_sessionModeAction, &QAction::toggled, this, &MainWindow::setSessionMode);

    m_languageGroup = new QActionGroup(this);
    const std::pair<QString, QString> languages[] = {{QStringLiteral("fr"), QStringLiteral("Français")},
                                                     {QStringLiteral("en"), QStringLiteral("English")}};
    const QString current = LanguageSetting::current();
    for (const auto &[code, name] : languages) {
        // Each language is named in itself, so that anyone finds theirs.
        QAction *action = m_languageGroup->addAction(name);
        action->setObjectName(code + QStringLiteral("LanguageAction"));
        action->setCheckable(true);
        action->setChecked(code == current);
        connect(action, &QAction::triggered, this, [this, language = code] { chooseLanguage(language); });
    }
}

void MainWindow::createMenus()
{
    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    fileMenu->setObjectName(QStringLiteral("fileMenu"));
    fileMenu->addAction(m_newDatabaseAction);
    fileMenu->addAction(m_openDatabaseAction);
    m_recentMenu = fileMenu->addMenu(tr("Open &Recent"));
    m_recentMenu->setObjectName(QStringLiteral("recentMenu"));
    fileMenu->addAction(m_demoAction);
    fileMenu->addSeparator();
    fileMenu->addAction(m_importCsvAction);
    fileMenu->addAction(m_exportCsvAction);
    fileMenu->addAction(m_exportPdfAction);
    fileMenu->addAction(m_printAction);
    fileMenu->addSeparator();
    fileMenu->addAction(m_quitAction);
    rebuildRecentMenu();

    QMenu *editMenu = menuBar()->addMenu(tr("&Edit"));
    editMenu->setObjectName(QStringLiteral("editMenu"));
    editMenu->addAction(m_undoAction);
    editMenu->addAction(m_redoAction);
    editMenu->addSeparator();
    editMenu->addAction(m_findAction);
    editMenu->addAction(m_searchAllAction);
    editMenu->addSeparator();
    editMenu->addAction(m_preferencesAction);

    QMenu *candidateMenu = menuBar()->addMenu(tr("&Candidate"));
    candidateMenu->setObjectName(QStringLiteral("candidateMenu"));
    candidateMenu->addAction(m_addCandidateAction);
    candidateMenu->addAction(m_editCandidateAction);
    candidateMenu->addAction(m_removeCandidateAction);

    QMenu *promotionMenu = menuBar()->addMenu(tr("&Promotion"));
    promotionMenu->setObjectName(QStringLiteral("promotionMenu"));
    promotionMenu->addAction(m_newPromotionAction);
    promotionMenu->addAction(m_editPromotionAction);
    promotionMenu->addSeparator();
    promotionMenu->addAction(m_closePromotionAction);
    promotionMenu->addAction(m_reopenPromotionAction);

    QMenu *viewMenu = menuBar()->addMenu(tr("&View"));
    viewMenu->setObjectName(QStringLiteral("viewMenu"));
    viewMenu->addAction(m_sidebarAction);
    viewMenu->addAction(m_sessionModeAction);
    viewMenu->addAction(m_dashboardAction);
    viewMenu->addSeparator();
    viewMenu->addAction(m_historyAction);
    viewMenu->addAction(m_compareAction);
    viewMenu->addSeparator();
    QMenu *languageMenu = viewMenu->addMenu(tr("&Language (applies at restart)"));
    languageMenu->setObjectName(QStringLiteral("languageMenu"));
    languageMenu->addActions(m_languageGroup->actions());

    QMenu *helpMenu = menuBar()->addMenu(tr("&Help"));
    helpMenu->setObjectName(QStringLiteral("helpMenu"));
    QAction *aboutAction = helpMenu->addAction(tr("&About Comité FAST"), this, &MainWindow::showAbout);
    aboutAction->setObjectName(QStringLiteral("aboutAction"));
    aboutAction->setMenuRole(QAction::AboutRole);
}

QWidget *MainWindow::createCentralArea()
{
    m_promotionTree = new QTreeWidget;
    m_promotionTree->setObjectName(QStringLiteral("promotionTreeWidget"));
    m_promotionTree->setAccessibleName(tr("Promotions by year"));
    m_promotionTree->setHeaderLabel(tr("Promotions"));
    m_promotionTree->setRootIsDecorated(true);
    m_promotionTree->setMinimumWidth(200);
    connect(m_promotionTree, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        const int number = item ? item->data(0, promotionNumberRole).toInt() : 0;
        if (number > 0 && number != m_shownPromotion) {
            m_shownPromotion = number;
            showPromotion();
        }
    });

    auto *right = new QWidget;
    auto *layout = new QVBoxLayout(right);
    layout->setContentsMargins(8, 4, 8, 4);

    m_demoBanner =
        new QLabel(tr("Demonstration database (illustrative): the ten FAST13 laureates and the 2.55 M€ total "
                      "are public; every other amount, the carriers, the other candidates and the other "
                      "promotions are invented for the demonstration."));
    m_demoBanner->setObjectName(QStringLiteral("demoBannerLabel"));
    m_demoBanner->setWordWrap(true);
    m_demoBanner->setStyleSheet(
        QStringLiteral("background: #e8f0fe; color: #1a3d7c; border: 1px solid #9bb7e8; padding: 6px;"));
    m_demoBanner->hide();
    layout->addWidget(m_demoBanner);

    m_promotionTitleLabel = new QLabel;
    m_promotionTitleLabel->setObjectName(QStringLiteral("promotionTitleLabel"));
    layout->addWidget(m_promotionTitleLabel);

    m_promotionDetailsLabel = new QLabel;
    m_promotionDetailsLabel->setObjectName(QStringLiteral("promotionDetailsLabel"));
    m_promotionDetailsLabel->setWordWrap(true);
    layout->addWidget(m_promotionDetailsLabel);

    m_closedBanner = new QLabel;
    m_closedBanner->setObjectName(QStringLiteral("closedBannerLabel"));
    m_closedBanner->setWordWrap(true);
    m_closedBanner->setStyleSheet(
        QStringLiteral("background: #fff4ce; color: #5c4400; border: 1px solid #e0c060; padding: 6px;"));
    m_closedBanner->hide();
    layout->addWidget(m_closedBanner);

    // The candidates and the dashboard share the promotion's title and banners, one tab each: the
    // dashboard's charts need the window's whole width to be read.
    m_tabs = new QTabWidget;
    m_tabs->setObjectName(QStringLiteral("mainTabWidget"));
    m_candidatesPage = new QWidget;
    m_candidatesPage->setObjectName(QStringLiteral("candidatesPageWidget"));
    auto *pageLayout = new QVBoxLayout(m_candidatesPage);
    pageLayout->setContentsMargins(0, 6, 0, 0);
    m_tabs->addTab(m_candidatesPage, tr("Ca&ndidates"));
    layout->addWidget(m_tabs, 1);

    auto *toolRow = new QHBoxLayout;
    m_searchEdit = new QLineEdit;
    m_searchEdit->setObjectName(QStringLiteral("searchLineEdit"));
    m_searchEdit->setPlaceholderText(tr("Search a project, carrier or incubator (%1)")
                                         .arg(QKeySequence(QKeySequence::Find).toString(QKeySequence::NativeText)));
    m_searchEdit->setAccessibleName(tr("Search candidates"));
    m_searchEdit->setClearButtonEnabled(true);
    connect(m_searchEdit, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_candidateProxy->setSearchText(text);
        updateFooter();
    });
    connect(m_findAction, &QAction::triggered, this, [this] {
        m_searchEdit->setFocus(Qt::ShortcutFocusReason);
        m_searchEdit->selectAll();
    });
    toolRow->addWidget(m_searchEdit, 1);
    const std::pair<QAction *, QString> buttons[] = {
        {m_addCandidateAction, QStringLiteral("addCandidateButton")},
        {m_editCandidateAction, QStringLiteral("editCandidateButton")},
        {m_removeCandidateAction, QStringLiteral("removeCandidateButton")}};
    for (const auto &[action, name] : buttons) {
        auto *button = new QToolButton;
        button->setObjectName(name);
        button->setDefaultAction(action);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        toolRow->addWidget(button);
    }
    pageLayout->addLayout(toolRow);

    m_candidatesView = new CandidateTableView;
    m_candidatesView->setObjectName(QStringLiteral("candidatesTableView"));
    m_candidatesView->setAccessibleName(tr("Candidates of the promotion"));
    m_candidatesView->setModel(m_candidateProxy);
    m_candidatesView->setItemDelegate(new CandidateItemDelegate(m_candidatesView));
    m_candidatesView->setSortingEnabled(true);
    m_candidatesView->sortByColumn(CandidateTableModel::column(CandidateTableModel::Column::Name), Qt::AscendingOrder);
    m_candidatesView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_candidatesView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_candidatesView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_candidatesView->setAlternatingRowColors(true);
    m_candidatesView->setWordWrap(false);
    m_candidatesView->verticalHeader()->hide();
    // Every column as wide as its content (fitCandidateColumns), except the carriers' long names, which
    // take what is left (elided when the window is narrow) so that the amounts are never pushed out of
    // sight. The widths are measured once per new list of rows, not in ResizeToContents mode: that mode
    // measures every cell again at each layout pass, seven times before the first paint, and was half
    // of start-up at 1 000 candidates (callgrind). The user may widen a column; a new list fits again.
    m_candidatesView->horizontalHeader()->setStretchLastSection(false);
    m_candidatesView->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_candidatesView->horizontalHeader()->setSectionResizeMode(
        CandidateTableModel::column(CandidateTableModel::Column::Carrier), QHeaderView::Stretch);
    m_candidatesView->horizontalHeader()->setMinimumSectionSize(60);
    m_candidatesView->setTextElideMode(Qt::ElideRight);
    m_candidatesView->setTabKeyNavigation(false);
    connect(m_candidatesView, &QTableView::activated, this, [this] { editSelectedCandidate(); });
    // The same actions on a right click (and the menu key) as in the Candidate menu.
    m_candidatesView->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_candidatesView->addActions({m_addCandidateAction, m_editCandidateAction, m_removeCandidateAction});
    connect(m_candidatesView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            [this] { updateActions(); });
    connect(m_candidatesView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            [this] { scheduleEarlierApplications(); });
    // A returning candidate's other applications, shown only when there are some. Under the table rather
    // than beside it: the candidates' amounts keep the whole width.
    m_earlierPanel = new EarlierApplicationsPanel;
    m_earlierPanel->hide();
    connect(m_earlierPanel, &EarlierApplicationsPanel::applicationChosen, this,
            [this](int number, const QString &name) { goToCandidate(number, name); });
    auto *candidatesSplitter = new QSplitter(Qt::Vertical);
    candidatesSplitter->setObjectName(QStringLiteral("candidatesSplitter"));
    candidatesSplitter->addWidget(m_candidatesView);
    candidatesSplitter->addWidget(m_earlierPanel);
    candidatesSplitter->setStretchFactor(0, 1);
    candidatesSplitter->setStretchFactor(1, 0);
    candidatesSplitter->setChildrenCollapsible(false);
    pageLayout->addWidget(candidatesSplitter, 1);

    m_footer = new SummaryFooter;
    m_candidateCountLabel = m_footer->candidateCountLabel();
    m_totalRequestedLabel = m_footer->totalRequestedLabel();
    m_totalEligibleLabel = m_footer->totalEligibleLabel();
    m_envelopeLabel = m_footer->envelopeLabel();
    m_consumedLabel = m_footer->consumedLabel();
    m_remainingLabel = m_footer->remainingLabel();
    pageLayout->addWidget(m_footer);

    m_splitter = new QSplitter;
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->addWidget(m_promotionTree);
    m_splitter->addWidget(right);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({230, 1170});
    // Dragged shut or open by its edge, the sidebar's menu entry follows.
    connect(m_splitter, &QSplitter::splitterMoved, this, [this] { syncSidebarAction(); });

    setTabOrder(m_promotionTree, m_searchEdit);
    setTabOrder(m_searchEdit, m_candidatesView);
    setTabOrder(m_candidatesView, m_earlierPanel->view());
    return m_splitter;
}

void MainWindow::createDashboardAction()
{
    m_dashboardAction = new QAction(tr("&Dashboard"), this);
    m_dashboardAction->setObjectName(QStringLiteral("dashboardAction"));
    m_dashboardAction->setCheckable(true);
    m_dashboardAction->setShortcut(QKeySequence(Qt::Key_F9));
    connect(m_dashboardAction, &QAction::toggled, this, [this](bool on) {
        if (m_dashboardHost)
            m_tabs->setCurrentWidget(on ? static_cast<QWidget *>(m_dashboardHost) : m_candidatesPage);
    });
}

QString MainWindow::databasePath() const
{
    return m_database ? m_database->path() : QString();
}

PreferencesDialog *MainWindow::openPreferencesDialog()
{
    auto *dialog = new PreferencesDialog(m_store ? m_store->operatorName() : m_operatorName, this);
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
    m_operatorName = name;
    if (m_store)
        m_store->setOperatorName(name);
    updateTitle();
}

Outcome MainWindow::openDatabase(const QString &path)
{
    auto database = std::make_unique<Database>();
    if (const Outcome opened = database->open(path); !opened)
        return opened;
    auto store = std::make_unique<CommitteeStore>(*database);
    attachStore(std::move(database), std::move(store));
    // A previous demonstration's folder goes only now that its database is closed.
    m_demoDirectory.reset();
    updateTitle();
    rememberDatabase(path);
    return Outcome::success();
}

Outcome MainWindow::openDemo()
{
    auto directory = std::make_unique<QTemporaryDir>();
    if (!directory->isValid())
        return Outcome::failure(
            tr("Cannot create a temporary folder for the demonstration: %1").arg(directory->errorString()));
    auto database = std::make_unique<Database>();
    if (const Outcome opened = database->open(directory->filePath(QStringLiteral("demo.sqlite"))); !opened)
        return opened;
    auto store = std::make_unique<CommitteeStore>(*database);
    store->setOperatorName(tr("demonstration"));
    if (const Outcome populated = DemoCommittee::populate(*store); !populated)
        return populated;
    // The demo's temporary folder must outlive the database in it: attach first, then keep it.
    attachStore(std::move(database), std::move(store));
    m_demoDirectory = std::move(directory);
    updateTitle();
    m_demoBanner->show();
    return Outcome::success();
}

void MainWindow::attachStore(std::unique_ptr<Database> database, std::unique_ptr<CommitteeStore> store)
{
    m_undoStack->clear();
    m_candidateModel->clear();
    m_shownPromotion = 0;
    // Another database starts on its candidates, the other tabs' pages built anew when shown.
    m_tabs->setCurrentWidget(m_candidatesPage);
    deletePages();
    m_decisions.reset();
    m_scoring.reset();
    m_store = std::move(store);
    m_database = std::move(database);
    m_store->setOperatorName(m_operatorName.isEmpty() ? m_store->operatorName() : m_operatorName);
    m_scoring = std::make_unique<ScoringStore>(*m_store);
    m_decisions = std::make_unique<DecisionStore>(*m_store, *m_scoring);
    m_archive.reset();
    // Connected before the views' reloads, so that they read the promotions as changed.
    const auto dropArchive = [this] {
        m_archive.reset();
    };
    connect(m_store.get(), &CommitteeStore::promotionsChanged, this, dropArchive);
    connect(m_store.get(), &CommitteeStore::candidatesChanged, this, dropArchive);
    connect(m_scoring.get(), &ScoringStore::scoresChanged, this, dropArchive);
    connect(m_decisions.get(), &DecisionStore::decisionsChanged, this, dropArchive);
    const auto scoringChanged = [this](int number) {
        if (number == m_shownPromotion)
            updateDashboardProposal();
    };
    connect(m_scoring.get(), &ScoringStore::scoresChanged, this, scoringChanged);
    connect(m_decisions.get(), &DecisionStore::decisionsChanged, this, scoringChanged);
    connect(m_store.get(), &CommitteeStore::promotionsChanged, this, [this] {
        reloadPromotions();
        // The shown promotion may be gone (an undone creation, a renumbering): show another one.
        if (m_shownPromotion != 0 && !m_store->promotion(m_shownPromotion))
            selectDefaultPromotion();
        else
            showPromotion();
    });
    connect(m_store.get(), &CommitteeStore::candidatesChanged, this, [this](int number) {
        if (number == m_shownPromotion) {
            reloadCandidates();
            updateDashboardProposal();
        }
    });
    addPageTabs();
    m_demoBanner->hide();
    reloadPromotions();
    selectDefaultPromotion();
    updateTitle();
}

void MainWindow::addPageTabs()
{
    if (!m_pageHosts.isEmpty())
        return;
    const auto addHost = [this](const QString &name, const QString &tabTitle, LazyPageHost::Builder builder) {
        auto *host = new LazyPageHost(std::move(builder));
        host->setObjectName(name);
        m_pageHosts.append(host);
        m_tabs->addTab(host, tabTitle);
        return host;
    };
    const auto services = [this] {
        return PromotionPage::Services{*m_store, *m_scoring, *m_decisions, [this](StoreCommand *command) {
                                           return pushCommand(command);
                                       }};
    };
    // The promotion tabs, in tab order, between the candidates and the dashboard.
    addHost(QStringLiteral("scoringTab"), tr("&Scoring"),
            [this, services] { return buildPromotionPage(new ScoringGridView(services())); });
    addHost(QStringLiteral("rankingTab"), tr("&Ranking"),
            [this, services] { return buildPromotionPage(new RankingView(services())); });
    addHost(QStringLiteral("whatIfTab"), tr("&What-if"),
            [this, services] { return buildPromotionPage(new WhatIfView(services())); });
    m_dashboardHost = addHost(QStringLiteral("dashboardTab"), tr("Dash&board"), [this] { return buildDashboard(); });
}

QWidget *MainWindow::buildPromotionPage(PromotionPage *page)
{
    page->setPromotion(m_shownPromotion);
    return page;
}

QWidget *MainWindow::buildDashboard()
{
    // Given a parent, the dashboard reads the fund only when shown, which the host does next.
    m_dashboardView = new DashboardView(*m_store, m_dashboardHost);
    m_dashboardView->setObjectName(QStringLiteral("dashboardView"));
    connect(m_dashboardView, &DashboardView::promotionChosen, this, [this](int number) { selectPromotion(number); });
    if (m_shownPromotion != 0)
        m_dashboardView->setPromotion(m_shownPromotion);
    updateDashboardProposal();
    return m_dashboardView;
}

QList<PromotionPage *> MainWindow::promotionPages() const
{
    QList<PromotionPage *> pages;
    for (const LazyPageHost *host : m_pageHosts) {
        if (auto *page = qobject_cast<PromotionPage *>(host->page()))
            pages.append(page);
    }
    return pages;
}

void MainWindow::selectDefaultPromotion()
{
    // The newest open promotion is the one the committee works on; else the newest.
    const QList<Promotion> promotions = m_store ? m_store->promotions() : QList<Promotion>();
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

void MainWindow::reloadPromotions()
{
    const QSignalBlocker blocker(m_promotionTree);
    m_promotionTree->clear();
    if (!m_store)
        return;
    QMap<int, QList<Promotion>> byYear;
    const QList<Promotion> promotions = m_store->promotions();
    for (const Promotion &promotion : promotions)
        byYear[promotion.year].append(promotion);
    QMap<int, Money> annualBudgets;
    const QList<FundYear> years = m_store->years();
    for (const FundYear &year : years) {
        if (year.annualBudget)
            annualBudgets.insert(year.year, *year.annualBudget);
    }
    QTreeWidgetItem *current = nullptr;
    // Drawn once for the whole tree, not once per promotion.
    const QIcon lockIcon = StatusIcons::lockIcon();
    const QIcon openIcon = StatusIcons::openIcon();
    // Newest year first, newest promotion first within it.
    for (auto year = byYear.cend(); year != byYear.cbegin();) {
        --year;
        auto *yearItem = new QTreeWidgetItem(m_promotionTree, {QString::number(year.key())});
        yearItem->setFlags(Qt::ItemIsEnabled);
        Money envelopes;
        for (const Promotion &promotion : year.value())
            envelopes += promotion.envelope;
        QString tip = tr("Envelopes of %1: %2").arg(year.key()).arg(envelopes.toString());
        if (const auto budget = annualBudgets.constFind(year.key()); budget != annualBudgets.cend())
            tip += QLatin1Char('\n') + tr("Annual budget of the fund: %1").arg(budget.value().toString());
        yearItem->setToolTip(0, tip);
        QFont bold = yearItem->font(0);
        bold.setBold(true);
        yearItem->setFont(0, bold);
        QList<Promotion> ofYear = year.value();
        std::sort(ofYear.begin(), ofYear.end(),
                  [](const Promotion &a, const Promotion &b) { return a.number > b.number; });
        for (const Promotion &promotion : std::as_const(ofYear)) {
            auto *item = new QTreeWidgetItem(yearItem);
            item->setData(0, promotionNumberRole, promotion.number);
            if (promotion.isClosed()) {
                item->setText(0, tr("%1 (closed)").arg(promotion.label()));
                item->setIcon(0, lockIcon);
                item->setToolTip(0, tr("%1 is closed: read-only.").arg(promotion.label()));
            } else {
                item->setText(0, promotion.label());
                item->setIcon(0, openIcon);
                item->setToolTip(0, tr("%1 is open.").arg(promotion.label()));
            }
            if (promotion.number == m_shownPromotion)
                current = item;
        }
    }
    m_promotionTree->expandAll();
    if (current)
        m_promotionTree->setCurrentItem(current);
}

bool MainWindow::selectPromotion(int number)
{
    for (int top = 0; top < m_promotionTree->topLevelItemCount(); ++top) {
        QTreeWidgetItem *yearItem = m_promotionTree->topLevelItem(top);
        for (int child = 0; child < yearItem->childCount(); ++child) {
            QTreeWidgetItem *item = yearItem->child(child);
            if (item->data(0, promotionNumberRole).toInt() == number) {
                m_promotionTree->setCurrentItem(item);
                if (m_shownPromotion != number) {
                    m_shownPromotion = number;
                    showPromotion();
                }
                return true;
            }
        }
    }
    return false;
}

int MainWindow::currentPromotionNumber() const
{
    return m_shownPromotion;
}

std::optional<Promotion> MainWindow::currentPromotion() const
{
    if (!m_store || m_shownPromotion == 0)
        return std::nullopt;
    return m_store->promotion(m_shownPromotion);
}

void MainWindow::updateDashboardProposal()
{
    // The gauge's "proposed" part: the proposal's laureates the committee has not decided yet.
    if (!m_store || !m_dashboardView || m_dashboardView->promotionNumber() == 0)
        return;
    const Result<Money> proposed = m_scoring->proposedUndecided(m_dashboardView->promotionNumber());
    m_dashboardView->setProposedAmount(proposed ? proposed.value() : Money());
}

void MainWindow::showPromotion()
{
    const std::optional<Promotion> promotion = currentPromotion();
    if (!promotion) {
        m_shownPromotion = 0;
        m_promotionTitleLabel->setText(m_store ? tr("No promotion yet: create one from the Promotion menu.")
                                               : tr("No database open."));
        m_promotionDetailsLabel->clear();
        m_closedBanner->hide();
        m_candidateModel->clear();
        for (PromotionPage *page : promotionPages())
            page->setPromotion(0);
        updateFooter();
        updateActions();
        return;
    }
    for (PromotionPage *page : promotionPages()) {
        if (page->promotionNumber() != promotion->number)
            page->setPromotion(promotion->number);
    }
    if (m_dashboardView && m_dashboardView->promotionNumber() != promotion->number)
        m_dashboardView->setPromotion(promotion->number);
    updateDashboardProposal();
    m_promotionTitleLabel->setText(tr("%1 — year %2").arg(promotion->label()).arg(promotion->year));
    QStringList details;
    details.append(tr("Co-financing: %1").arg(promotion->rule.describe()));
    if (promotion->minimumScore > 0)
        details.append(tr("minimum score %1/100").arg(promotion->minimumScore));
    if (promotion->committeeDate.isValid())
        details.append(tr("committee on %1").arg(QLocale().toString(promotion->committeeDate, QLocale::LongFormat)));
    details.append(promotion->isClosed() ? tr("closed") : tr("open"));
    m_promotionDetailsLabel->setText(details.join(QStringLiteral(" · ")));
    if (promotion->isClosed()) {
        m_closedBanner->setText(tr("%1 is closed: its candidates and decisions are read-only. To change anything, "
                                   "reopen it from the Promotion menu (a written reason is required).")
                                    .arg(promotion->label()));
        m_closedBanner->show();
    } else {
        m_closedBanner->hide();
    }
    reloadCandidates();
}

void MainWindow::reloadCandidates()
{
    const std::optional<Promotion> promotion = currentPromotion();
    const std::optional<Candidate> selected = selectedCandidate();
    if (!promotion) {
        m_candidateModel->clear();
    } else {
        m_candidateModel->setCandidates(m_store->candidates(promotion->number), promotion->rule);
        // Another promotion: fit the columns to its rows. The same one: only widen a column whose new
        // text would be cut (a granted amount just decided), keeping widths the user may have set.
        fitCandidateColumns(promotion->number == m_fittedPromotion ? ColumnFit::WidenOnly : ColumnFit::Exact);
        // Keep the same candidate selected across the reload (found by name: an undo may re-create it).
        if (selected)
            selectCandidateNamed(selected->name);
    }
    updateFooter();
    updateActions();
    scheduleEarlierApplications();
}

void MainWindow::fitCandidateColumns(ColumnFit fit)
{
    m_fittedPromotion = m_shownPromotion;
    // Not the carriers' column: it takes what the others leave, which the header recomputes after.
    const QHeaderView *header = m_candidatesView->horizontalHeader();
    for (int column = 0; column < header->count(); ++column) {
        if (header->sectionResizeMode(column) == QHeaderView::Stretch || header->isSectionHidden(column))
            continue;
        const int needed = std::max(m_candidatesView->sizeHintForColumn(column), header->sectionSizeHint(column));
        if (fit == ColumnFit::Exact || needed > m_candidatesView->columnWidth(column))
            m_candidatesView->setColumnWidth(column, needed);
    }
}

void MainWindow::updateFooter()
{
    const std::optional<Promotion> promotion = currentPromotion();
    const int total = m_candidateModel->rowCount();
    const int shown = m_candidateProxy->rowCount();
    m_candidateCountLabel->setText(shown == total ? tr("Candidates: %1").arg(total)
                                                  : tr("Candidates: %1 (%2 shown)").arg(total).arg(shown));
    m_totalRequestedLabel->setText(tr("Requested: %1").arg(m_candidateModel->totalRequested().toString()));
    m_totalEligibleLabel->setText(tr("Eligible: %1").arg(m_candidateModel->totalEligible().toString()));
    const Money envelope = promotion ? promotion->envelope : Money();
    const Money consumed = Promotion::consumed(m_candidateModel->candidates());
    const Money remaining = envelope - consumed;
    m_envelopeLabel->setText(tr("Envelope: %1").arg(envelope.toString()));
    m_consumedLabel->setText(tr("Consumed: %1").arg(consumed.toString()));
    if (remaining.isNegative()) {
        // Overspending is shown, never hidden (rules.md).
        m_remainingLabel->setText(
            tr("Remaining: %1 (overspent by %2)").arg(remaining.toString(), (Money() - remaining).toString()));
        m_remainingLabel->setStyleSheet(redStyle);
    } else {
        m_remainingLabel->setText(tr("Remaining: %1").arg(remaining.toString()));
        m_remainingLabel->setStyleSheet(QString());
    }
    const bool visible = promotion.has_value();
    for (QLabel *label : {m_candidateCountLabel, m_totalRequestedLabel, m_totalEligibleLabel, m_envelopeLabel,
                          m_consumedLabel, m_remainingLabel})
        label->setVisible(visible);
}

void MainWindow::updateActions()
{
    const std::optional<Promotion> promotion = currentPromotion();
    const bool hasStore = m_store != nullptr;
    const bool writable = promotion && !promotion->isClosed();
    const bool hasSelection = selectedCandidate().has_value();
    m_importCsvAction->setEnabled(writable);
    m_addCandidateAction->setEnabled(writable);
    // A closed promotion's candidate still opens, read-only.
    m_editCandidateAction->setEnabled(hasSelection);
    m_editCandidateAction->setText(writable ? tr("&Edit Candidate…") : tr("&View Candidate…"));
    m_removeCandidateAction->setEnabled(writable && hasSelection);
    m_newPromotionAction->setEnabled(hasStore);
    m_editPromotionAction->setEnabled(writable);
    m_closePromotionAction->setEnabled(writable);
    m_reopenPromotionAction->setEnabled(promotion && promotion->isClosed());
    // Exports and printing read only: a closed promotion's list is the one most often printed.
    m_exportPdfAction->setEnabled(promotion.has_value());
    m_exportCsvAction->setEnabled(promotion.has_value());
    m_printAction->setEnabled(promotion.has_value());
    m_historyAction->setEnabled(hasStore);
    m_searchAllAction->setEnabled(hasStore);
    m_compareAction->setEnabled(hasStore);
    const QString closedTip = promotion && promotion->isClosed()
                                  ? tr("%1 is closed: reopen it to change anything.").arg(promotion->label())
                                  : QString();
    for (QAction *action : {m_importCsvAction, m_addCandidateAction, m_removeCandidateAction, m_editPromotionAction})
        action->setToolTip(action->isEnabled() || closedTip.isEmpty() ? action->text().remove(QLatin1Char('&'))
                                                                      : closedTip);
}

void MainWindow::updateTitle()
{
    // Which file every change goes to, and under whose name in the audit log.
    if (m_database) {
        const QString where =
            isDemo() ? tr("temporary demonstration database") : QDir::toNativeSeparators(m_database->path());
        m_databaseStatusLabel->setText(tr("%1 · operator: %2").arg(where, m_store->operatorName()));
    } else {
        m_databaseStatusLabel->clear();
    }
    QString title = tr("Comité FAST");
    if (isDemo())
        title = tr("Comité FAST — demonstration (illustrative amounts)");
    else if (m_database)
        title = tr("%1 — Comité FAST").arg(QFileInfo(m_database->path()).fileName());
    setWindowTitle(title);
}

std::optional<Candidate> MainWindow::selectedCandidate() const
{
    const QModelIndex current = m_candidatesView->selectionModel()->currentIndex();
    if (!current.isValid() || !m_candidatesView->selectionModel()->isRowSelected(current.row(), QModelIndex()))
        return std::nullopt;
    const QModelIndex source = m_candidateProxy->mapToSource(current);
    if (!source.isValid() || source.row() >= m_candidateModel->rowCount())
        return std::nullopt;
    return m_candidateModel->candidateAt(source.row());
}

Outcome MainWindow::pushCommand(StoreCommand *command)
{
    if (!m_store) {
        delete command;
        return Outcome::failure(tr("No database open."));
    }
    // The first redo runs inside push(); a refused command makes itself obsolete and the stack deletes it.
    QString refusal;
    command->setRefusalHandler([&refusal](const QString &message) { refusal = message; });
    m_undoStack->push(command);
    if (!refusal.isEmpty())
        return Outcome::failure(refusal);
    command->setRefusalHandler([this](const QString &message) { showRefusal(message); });
    statusBar()->showMessage(command->text(), 5000);
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

Outcome MainWindow::addCandidate(const Candidate &candidate)
{
    const Outcome added = pushCommand(new AddCandidateCommand(*m_store, m_shownPromotion, candidate));
    if (added)
        selectCandidateNamed(candidate.name);
    return added;
}

Outcome MainWindow::editCandidate(const Candidate &before, const Candidate &after)
{
    const Outcome edited = pushCommand(new EditCandidateCommand(*m_store, m_shownPromotion, before, after));
    if (edited)
        selectCandidateNamed(after.name);
    return edited;
}

void MainWindow::selectCandidateNamed(const QString &name)
{
    const QString key = TextKey::fold(name);
    for (int row = 0; row < m_candidateModel->rowCount(); ++row) {
        if (TextKey::fold(m_candidateModel->candidateAt(row).name) != key)
            continue;
        const QModelIndex index = m_candidateProxy->mapFromSource(m_candidateModel->index(row, 0));
        if (index.isValid()) {
            m_candidatesView->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                                           QItemSelectionModel::Rows);
            m_candidatesView->scrollTo(index);
        }
        return;
    }
}

Outcome MainWindow::removeCandidate(const Candidate &candidate)
{
    return pushCommand(new RemoveCandidateCommand(*m_store, m_shownPromotion, candidate));
}

Outcome MainWindow::importCandidates(const QList<Candidate> &candidates)
{
    return pushCommand(new ImportCandidatesCommand(*m_store, m_shownPromotion, candidates));
}

Outcome MainWindow::addPromotion(const Promotion &promotion)
{
    const Outcome added = pushCommand(new AddPromotionCommand(*m_store, promotion));
    if (added)
        selectPromotion(promotion.number);
    return added;
}

Outcome MainWindow::editPromotion(const Promotion &before, const Promotion &after)
{
    const Outcome edited = pushCommand(new EditPromotionCommand(*m_store, before, after));
    if (edited)
        selectPromotion(after.number);
    return edited;
}

Outcome MainWindow::closeCurrentPromotion()
{
    return pushCommand(new ClosePromotionCommand(*m_store, m_shownPromotion));
}

Outcome MainWindow::reopenCurrentPromotion(const QString &reason)
{
    if (reason.trimmed().isEmpty())
        return Outcome::failure(tr("Reopening a promotion needs a written reason."));
    return pushCommand(new ReopenPromotionCommand(*m_store, m_shownPromotion, reason.trimmed()));
}

CandidateDialog *MainWindow::openCandidateDialog(const std::optional<Candidate> &existing)
{
    const std::optional<Promotion> promotion = currentPromotion();
    if (!promotion)
        return nullptr;
    QSet<QString> otherNames = m_store->candidateNameKeys(promotion->number);
    if (existing)
        otherNames.remove(TextKey::fold(existing->name));
    auto *dialog = new CandidateDialog(*promotion, otherNames, this);
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
        dialog->setFont(font());
    dialog->open();
    return dialog;
}

PromotionDialog *MainWindow::openPromotionDialog(bool editCurrent)
{
    if (!m_store)
        return nullptr;
    const std::optional<Promotion> current = editCurrent ? currentPromotion() : std::nullopt;
    if (editCurrent && (!current || current->isClosed()))
        return nullptr;
    QSet<int> taken;
    const QList<Promotion> promotions = m_store->promotions();
    for (const Promotion &promotion : promotions) {
        if (!current || promotion.number != current->number)
            taken.insert(promotion.number);
    }
    auto *dialog = new PromotionDialog(taken, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (current) {
        dialog->setPromotion(*current);
        const Promotion before = *current;
        dialog->setSaveHandler([this, before](const Promotion &after) { return editPromotion(before, after); });
    } else {
        dialog->setSaveHandler([this](const Promotion &promotion) { return addPromotion(promotion); });
    }
    dialog->open();
    return dialog;
}

ImportPreviewDialog *MainWindow::openImportPreview(const QString &csvPath)
{
    const std::optional<Promotion> promotion = currentPromotion();
    if (!promotion || promotion->isClosed())
        return nullptr;
    const CandidateCsvParse parse =
        CandidateCsvImport::parseFile(csvPath, promotion->rule, m_store->candidateNameKeys(promotion->number));
    auto *dialog =
        new ImportPreviewDialog(QFileInfo(csvPath).fileName(), parse, promotion->rule, promotion->label(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const QList<Candidate> candidates = parse.candidates;
    connect(dialog, &QDialog::accepted, this, [this, candidates] {
        if (const Outcome imported = importCandidates(candidates); !imported)
            showRefusal(imported.error());
    });
    dialog->open();
    return dialog;
}

void MainWindow::addCandidateDialog()
{
    openCandidateDialog(std::nullopt);
}

void MainWindow::editSelectedCandidate()
{
    if (const std::optional<Candidate> selected = selectedCandidate())
        openCandidateDialog(selected);
}

void MainWindow::removeSelectedCandidate()
{
    const std::optional<Candidate> selected = selectedCandidate();
    const std::optional<Promotion> promotion = currentPromotion();
    if (!selected || !promotion || promotion->isClosed())
        return;
    auto *box = new QMessageBox(QMessageBox::Question, tr("Remove candidate"),
                                tr("Remove %1 from %2? You can undo it with %3.")
                                    .arg(selected->name, promotion->label(),
                                         QKeySequence(QKeySequence::Undo).toString(QKeySequence::NativeText)),
                                QMessageBox::Yes | QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("removeConfirmationMessageBox"));
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    const Candidate candidate = *selected;
    connect(box, &QMessageBox::finished, this, [this, candidate](int result) {
        if (result != QMessageBox::Yes)
            return;
        if (const Outcome removed = removeCandidate(candidate); !removed)
            showRefusal(removed.error());
    });
    box->open();
}

void MainWindow::closePromotionAsked()
{
    const std::optional<Promotion> promotion = currentPromotion();
    if (!promotion || promotion->isClosed())
        return;
    // The core says what blocks the closing, before anything is asked.
    if (const Outcome can = promotion->checkCanClose(m_candidateModel->candidates()); !can) {
        showRefusal(can.error());
        return;
    }
    auto *box = new QMessageBox(QMessageBox::Question, tr("Close promotion"),
                                tr("Close %1? Its candidates and decisions become read-only; reopening needs a "
                                   "written reason.")
                                    .arg(promotion->label()),
                                QMessageBox::Yes | QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("closeConfirmationMessageBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this](int result) {
        if (result != QMessageBox::Yes)
            return;
        if (const Outcome closed = closeCurrentPromotion(); !closed)
            showRefusal(closed.error());
    });
    box->open();
}

void MainWindow::reopenPromotionAsked()
{
    const std::optional<Promotion> promotion = currentPromotion();
    if (!promotion || !promotion->isClosed())
        return;
    auto *dialog = new QInputDialog(this);
    dialog->setObjectName(QStringLiteral("reopenReasonInputDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Reopen %1").arg(promotion->label()));
    dialog->setLabelText(tr("Why is %1 reopened? The reason is written to the audit log.").arg(promotion->label()));
    dialog->setOption(QInputDialog::UsePlainTextEditForTextInput);
    dialog->setOkButtonText(tr("Reopen"));
    connect(dialog, &QInputDialog::textValueSelected, this, [this](const QString &reason) {
        if (const Outcome reopened = reopenCurrentPromotion(reason); !reopened)
            showRefusal(reopened.error());
    });
    dialog->open();
}

void MainWindow::newDatabase()
{
    // No overwrite: replacing a committee's database by an empty one is never what "new" should mean.
    const QString path = QFileDialog::getSaveFileName(this, tr("New database"), QDir::homePath(),
                                                      tr("Committee databases (*.sqlite);;All files (*)"), nullptr,
                                                      QFileDialog::DontConfirmOverwrite);
    if (path.isEmpty())
        return;
    if (QFileInfo::exists(path)) {
        showRefusal(tr("%1 already exists: choose another name, or open it with Open Database.")
                        .arg(QDir::toNativeSeparators(path)));
        return;
    }
    if (const Outcome opened = openDatabase(path); !opened)
        showRefusal(opened.error());
}

void MainWindow::openDatabaseDialog()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open database"), QDir::homePath(),
                                                      tr("Committee databases (*.sqlite);;All files (*)"));
    if (path.isEmpty())
        return;
    if (const Outcome opened = openDatabase(path); !opened)
        showRefusal(opened.error());
}

void MainWindow::rememberDatabase(const QString &path)
{
    QSettings settings;
    const QString absolute = QFileInfo(path).absoluteFilePath();
    settings.setValue(lastDatabaseKey, absolute);
    QStringList recent = settings.value(recentDatabasesKey).toStringList();
    recent.removeAll(absolute);
    recent.prepend(absolute);
    while (recent.size() > maximumRecentDatabases)
        recent.removeLast();
    settings.setValue(recentDatabasesKey, recent);
    rebuildRecentMenu();
}

void MainWindow::rebuildRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = QSettings().value(recentDatabasesKey).toStringList();
    for (int i = 0; i < recent.size(); ++i) {
        const QString path = recent.at(i);
        QAction *action =
            m_recentMenu->addAction(QStringLiteral("&%1 %2").arg(i + 1).arg(QDir::toNativeSeparators(path)));
        connect(action, &QAction::triggered, this, [this, path] {
            if (const Outcome opened = openDatabase(path); !opened)
                showRefusal(opened.error());
        });
    }
    m_recentMenu->setEnabled(!recent.isEmpty());
}

void MainWindow::importCsvDialog()
{
    if (!currentPromotion())
        return;
    const QString path = QFileDialog::getOpenFileName(this, tr("Import candidates"), QDir::homePath(),
                                                      tr("CSV files (*.csv *.txt);;All files (*)"));
    if (!path.isEmpty())
        openImportPreview(path);
}

void MainWindow::setSessionMode(bool on)
{
    const bool changed = on != m_sessionMode;
    m_sessionMode = on;
    {
        const QSignalBlocker blocker(m_sessionModeAction);
        m_sessionModeAction->setChecked(on);
    }
    // Large enough to read from the back of a meeting room on a projector.
    QFont base = QApplication::font();
    if (on)
        base.setPointSizeF(base.pointSizeF() * 1.45);
    centralWidget()->setFont(base);
    // Labels with a style sheet or a font of their own do not follow the parent's font: set theirs.
    QFont title = base;
    title.setPointSizeF(base.pointSizeF() * 1.5);
    title.setBold(true);
    m_promotionTitleLabel->setFont(title);
    QFont bold = base;
    bold.setBold(true);
    m_closedBanner->setFont(bold);
    m_demoBanner->setFont(base);
    m_remainingLabel->setFont(base);
    // The table's header kept the large font after session mode (Qt does not propagate a font without
    // explicit attributes back to it), and its column widths with it.
    m_candidatesView->horizontalHeader()->setFont(base);
    // On a projector (often 1 280 pixels wide) the money columns matter most: the promotions' sidebar
    // folds away (View > Promotions Panel or its edge brings it back), the totals go on two rows, and
    // kind and phase make room. (At start, out of session mode, the sidebar stays as the user left it.)
    if (changed)
        setSidebarShown(!on);
    m_footer->setTwoRows(on);
    m_candidatesView->setColumnHidden(CandidateTableModel::column(CandidateTableModel::Column::Kind), on);
    m_candidatesView->setColumnHidden(CandidateTableModel::column(CandidateTableModel::Column::Phase), on);
    const int rowHeight = QFontMetrics(base).height() + (on ? 14 : 8);
    m_candidatesView->verticalHeader()->setDefaultSectionSize(rowHeight);
    fitCandidateColumns(ColumnFit::Exact);
    QSettings().setValue(sessionModeKey, on);
}

void MainWindow::setSidebarShown(bool shown)
{
    const QList<int> sizes = m_splitter->sizes();
    if (!shown && sizes.constFirst() > 0) {
        m_sidebarSizes = sizes;
        m_splitter->setSizes({0, sizes.constFirst() + sizes.constLast()});
    } else if (shown && sizes.constFirst() == 0 && sizes.constLast() > 0) {
        const int total = sizes.constLast();
        const bool known = m_sidebarSizes.size() == 2 && m_sidebarSizes.constFirst() > 0;
        m_splitter->setSizes(known ? m_sidebarSizes : QList<int>{230, std::max(total - 230, 0)});
    }
    syncSidebarAction();
}

void MainWindow::syncSidebarAction()
{
    const QSignalBlocker blocker(m_sidebarAction);
    m_sidebarAction->setChecked(m_splitter->sizes().constFirst() > 0);
}

void MainWindow::chooseLanguage(const QString &language)
{
    LanguageSetting::store(language);
    statusBar()->showMessage(tr("The language will change at the next start of the application."), 10000);
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Comité FAST"),
                       tr("<p><b>Comité FAST</b> %1</p><p>Candidates, co-financing rule and laureates of the "
                          "Fonds d'accélération des startups d'État et de territoires (FAST).</p>")
                           .arg(QApplication::applicationVersion()));
}

Result<LaureateList> MainWindow::currentLaureateList() const
{
    const std::optional<Promotion> promotion = currentPromotion();
    if (!promotion)
        return Result<LaureateList>::failure(tr("No promotion is shown."));
    // In ranking order once candidates are scored; by name before that.
    const Result<QList<RankedCandidate>> ranking = m_scoring->ranking(promotion->number);
    if (!ranking)
        return Result<LaureateList>::failure(ranking.error());
    QList<qint64> rankedIds;
    for (const RankedCandidate &row : ranking.value()) {
        if (row.isRanked())
            rankedIds.append(row.candidateId);
    }
    return Result<LaureateList>::success(
        LaureateList::build(*promotion, m_store->candidates(promotion->number), rankedIds));
}

Outcome MainWindow::exportLaureateList(const QString &path)
{
    const Result<LaureateList> list = currentLaureateList();
    if (!list)
        return Outcome::failure(list.error());
    if (const Outcome written = LaureateListPdf::writeFile(path, list.value(), QDateTime::currentDateTime()); !written)
        return written;
    statusBar()->showMessage(tr("List of the laureates of %1 written to %2")
                                 .arg(list.value().promotion.label(), QDir::toNativeSeparators(path)),
                             10000);
    return Outcome::success();
}

Outcome MainWindow::exportCandidatesCsv(const QString &path)
{
    const std::optional<Promotion> promotion = currentPromotion();
    if (!promotion)
        return Outcome::failure(tr("No promotion is shown."));
    const QList<Candidate> candidates = m_store->candidates(promotion->number);
    if (const Outcome written = CandidateCsvExport::writeFile(path, *promotion, candidates); !written)
        return written;
    statusBar()->showMessage(tr("%n candidate(s) of %1 exported to %2", nullptr, int(candidates.size()))
                                 .arg(promotion->label(), QDir::toNativeSeparators(path)),
                             10000);
    return Outcome::success();
}

Outcome MainWindow::printLaureateList(QPrinter &printer)
{
    const Result<LaureateList> list = currentLaureateList();
    if (!list)
        return Outcome::failure(list.error());
    // Printing to a file writes that file directly: never over the open database or a device.
    if (!printer.outputFileName().isEmpty()) {
        if (const Outcome allowed = OutputFile::checkTarget(printer.outputFileName()); !allowed)
            return allowed;
    }
    if (const Outcome printed = LaureateListPrinter::print(printer, list.value(), QDateTime::currentDateTime());
        !printed)
        return printed;
    statusBar()->showMessage(
        tr("List of the laureates of %1 sent to %2")
            .arg(list.value().promotion.label(), printer.outputFileName().isEmpty()
                                                     ? printer.printerName()
                                                     : QDir::toNativeSeparators(printer.outputFileName())),
        10000);
    return Outcome::success();
}

QString MainWindow::askExportPath(const QString &title, const QString &fileName, const QString &filter)
{
    QSettings settings;
    QString folder = settings.value(exportFolderKey).toString();
    if (folder.isEmpty() || !QFileInfo(folder).isDir())
        folder = QDir::homePath();
    const QString path = QFileDialog::getSaveFileName(this, title, QDir(folder).filePath(fileName), filter);
    if (!path.isEmpty())
        settings.setValue(exportFolderKey, QFileInfo(path).absolutePath());
    return path;
}

void MainWindow::exportLaureateListDialog()
{
    const std::optional<Promotion> promotion = currentPromotion();
    if (!promotion)
        return;
    const QString path =
        askExportPath(tr("Export the list of the laureates"), QStringLiteral("%1-laureats.pdf").arg(promotion->label()),
                      tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return;
    if (const Outcome written = exportLaureateList(path); !written)
        showRefusal(written.error());
}

void MainWindow::exportCandidatesCsvDialog()
{
    const std::optional<Promotion> promotion = currentPromotion();
    if (!promotion)
        return;
    const QString path =
        askExportPath(tr("Export the candidates"), QStringLiteral("%1-candidatures.csv").arg(promotion->label()),
                      tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    if (const Outcome written = exportCandidatesCsv(path); !written)
        showRefusal(written.error());
}

void MainWindow::printLaureateListDialog()
{
    const Result<LaureateList> list = currentLaureateList();
    if (!list) {
        showRefusal(list.error());
        return;
    }
    QPrinter printer(QPrinter::HighResolution);
    LaureateListPrinter::prepare(printer, list.value());
    QPrintDialog dialog(&printer, this);
    dialog.setObjectName(QStringLiteral("printDialog"));
    dialog.setWindowTitle(tr("Print the list of the laureates of %1").arg(list.value().promotion.label()));
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (const Outcome printed = printLaureateList(printer); !printed)
        showRefusal(printed.error());
}

const PromotionArchive *MainWindow::archive()
{
    if (!m_store)
        return nullptr;
    if (!m_archive) {
        Result<PromotionArchive> loaded = PromotionArchive::load(*m_store, *m_scoring);
        if (!loaded) {
            statusBar()->showMessage(loaded.error(), 10000);
            return nullptr;
        }
        m_archive = std::make_unique<PromotionArchive>(std::move(loaded.value()));
    }
    return m_archive.get();
}

PromotionHistoryDialog *MainWindow::openHistoryDialog()
{
    const PromotionArchive *promotions = archive();
    if (!promotions)
        return nullptr;
    auto *dialog = new PromotionHistoryDialog(*promotions, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    if (m_sessionMode)
        dialog->setFont(font());
    connect(dialog, &PromotionHistoryDialog::promotionChosen, this, [this](int number) { selectPromotion(number); });
    dialog->open();
    return dialog;
}

CandidateSearchDialog *MainWindow::openSearchAllDialog()
{
    const PromotionArchive *promotions = archive();
    if (!promotions)
        return nullptr;
    auto *dialog = new CandidateSearchDialog(*promotions, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    if (m_sessionMode)
        dialog->setFont(font());
    connect(dialog, &CandidateSearchDialog::candidateChosen, this,
            [this](int number, const QString &name) { goToCandidate(number, name); });
    dialog->open();
    return dialog;
}

ComparePromotionsDialog *MainWindow::openCompareDialog()
{
    const PromotionArchive *promotions = archive();
    if (!promotions)
        return nullptr;
    // The shown promotion against the one before it, the usual question.
    int previous = 0;
    for (const PromotionArchive::Entry &entry : promotions->entries()) {
        if (entry.promotion.number == m_shownPromotion)
            break;
        previous = entry.promotion.number;
    }
    auto *dialog = new ComparePromotionsDialog(*promotions, previous, m_shownPromotion, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    if (m_sessionMode)
        dialog->setFont(font());
    dialog->open();
    return dialog;
}

bool MainWindow::goToCandidate(int promotionNumber, const QString &candidateName)
{
    if (!selectPromotion(promotionNumber))
        return false;
    m_tabs->setCurrentWidget(m_candidatesPage);
    // The search box of the promotion could hide the candidate: clear it.
    m_searchEdit->clear();
    selectCandidateNamed(candidateName);
    const std::optional<Candidate> selected = selectedCandidate();
    if (!selected || TextKey::fold(selected->name) != TextKey::fold(candidateName))
        return false;
    m_candidatesView->setFocus(Qt::OtherFocusReason);
    return true;
}

void MainWindow::scheduleEarlierApplications()
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

void MainWindow::updateEarlierApplications()
{
    if (!m_earlierPanel)
        return;
    const std::optional<Candidate> selected = selectedCandidate();
    const PromotionArchive *promotions = selected ? archive() : nullptr;
    const QList<CandidateApplication> applications =
        promotions ? EarlierApplications::find(*promotions, m_shownPromotion, selected->name)
                   : QList<CandidateApplication>();
    if (selected)
        m_earlierPanel->setApplications(selected->name, applications);
    m_earlierPanel->setVisible(!applications.isEmpty());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(geometryKey, saveGeometry());
    settings.setValue(splitterKey, m_splitter->saveState());
    event->accept();
}
