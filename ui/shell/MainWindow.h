#pragma once

#include "domain/Candidate.h"
#include "domain/Promotion.h"
#include "domain/Result.h"

#include <QList>
#include <QMainWindow>
#include <QPointer>

#include <memory>

class CandidateDialog;
class CandidateSearchDialog;
class ComparePromotionsDialog;
class EarlierApplicationsPanel;
class PromotionArchive;
class PromotionHistoryDialog;
struct LaureateList;
class CandidateFilterProxyModel;
class CandidateTableModel;
class CandidateTableView;
class CommitteeStore;
class DashboardView;
class Database;
class ImportPreviewDialog;
class LazyPageHost;
class PromotionDialog;
class PromotionPage;
class PreferencesDialog;
class QAction;
class QActionGroup;
class QLabel;
class QLineEdit;
class QMenu;
class QPrinter;
class QSplitter;
class QTabWidget;
class QTemporaryDir;
class QTreeWidget;
class QUndoStack;
class DecisionStore;
class ScoringStore;
class StoreCommand;
class SummaryFooter;

// The committee's window: promotions by year in a sidebar, the selected promotion's candidates with
// their eligible amount explained, and the envelope's consumption in the footer. Every change goes
// through an undo command that calls CommitteeStore; the window only shows what the core computes.
// Dialogs are opened window-modal and non-blocking (open()), which keeps them reachable from tests.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens (or creates) a database file and shows its newest open promotion. On refusal the window
    // keeps the database it had.
    Outcome openDatabase(const QString &path);
    // A fresh temporary database holding the illustrative committee of DemoCommittee.
    Outcome openDemo();
    bool isDemo() const { return m_demoDirectory != nullptr; }
    QString databasePath() const;
    void setOperatorName(const QString &name);

    CommitteeStore *store() const { return m_store.get(); }
    ScoringStore *scoringStore() const { return m_scoring.get(); }
    DecisionStore *decisionStore() const { return m_decisions.get(); }
    QUndoStack *undoStack() const { return m_undoStack; }
    CandidateTableModel *candidateModel() const { return m_candidateModel; }
    CandidateFilterProxyModel *candidateProxy() const { return m_candidateProxy; }

    bool selectPromotion(int number);
    // 0 when no promotion is shown.
    int currentPromotionNumber() const;
    std::optional<Promotion> currentPromotion() const;

    // What the menus do, without their dialogs; each is one undoable step.
    Outcome addCandidate(const Candidate &candidate);
    Outcome editCandidate(const Candidate &before, const Candidate &after);
    Outcome removeCandidate(const Candidate &candidate);
    Outcome importCandidates(const QList<Candidate> &candidates);
    Outcome addPromotion(const Promotion &promotion);
    Outcome editPromotion(const Promotion &before, const Promotion &after);
    Outcome closeCurrentPromotion();
    Outcome reopenCurrentPromotion(const QString &reason);

    // The dialogs the menus open (window-modal, deleted on close); returned so that tests can fill them.
    CandidateDialog *openCandidateDialog(const std::optional<Candidate> &existing);
    PromotionDialog *openPromotionDialog(bool editCurrent);
    ImportPreviewDialog *openImportPreview(const QString &csvPath);
    // Accepting it stores the operator's name (OperatorSetting) and the audit log uses it from then on.
    PreferencesDialog *openPreferencesDialog();

    // The File menu's exports and printing of the shown promotion, without their dialogs: the official
    // list of laureates as PDF (LaureateListPdf), every candidate as CSV (CandidateCsvExport), the same list
    // on a printer (the print dialog's, or a PDF printer in tests). A refusal comes back with its message.
    Outcome exportLaureateList(const QString &path);
    Outcome exportCandidatesCsv(const QString &path);
    Outcome printLaureateList(QPrinter &printer);

    // The past promotions: the history, the search across promotions and the comparison of two, each a
    // window-modal dialog deleted on close, computed from the promotions as they are when it opens.
    PromotionHistoryDialog *openHistoryDialog();
    CandidateSearchDialog *openSearchAllDialog();
    ComparePromotionsDialog *openCompareDialog();
    // Under the candidates: the selected candidate's applications to other promotions (hidden when none).
    EarlierApplicationsPanel *earlierApplicationsPanel() const { return m_earlierPanel; }
    // Shows the promotion and selects the candidate of that name in it; false when either is not found.
    bool goToCandidate(int promotionNumber, const QString &candidateName);

    // Puts one user action on the undo stack (running it); a refusal comes back and is not kept.
    Outcome pushCommand(StoreCommand *command);
    // The tabs that show the current promotion and have been built (each is built when its tab is first
    // shown), in tab order.
    QList<PromotionPage *> promotionPages() const;

    // The last refusal of the store shown to the user (during undo/redo too).
    QString lastRefusal() const { return m_lastRefusal; }
    bool isSessionMode() const { return m_sessionMode; }
    void setSessionMode(bool on);
    // Unfolds or folds away the promotions' sidebar (View > Promotions Panel, F7); folded, its width is
    // kept for the next unfolding.
    void setSidebarShown(bool shown);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void createMenus();
    QWidget *createCentralArea();
    void createDashboardAction();
    void attachStore(std::unique_ptr<Database> database, std::unique_ptr<CommitteeStore> store);
    // Adds the tabs after the candidates' one (scoring, ranking, what-if, dashboard), once a store is
    // attached; their pages are built by buildPromotionPage and buildDashboard when first shown.
    void addPageTabs();
    QWidget *buildPromotionPage(PromotionPage *page);
    QWidget *buildDashboard();
    void deletePages();
    void showRefusal(const QString &message);
    // Checks View > Promotions Panel when the sidebar has a width.
    void syncSidebarAction();

    void selectDefaultPromotion();
    void reloadPromotions();
    // Exact: each column of the candidates' table as wide as its header and widest text; WidenOnly: only
    // the columns now too narrow for their text.
    enum class ColumnFit { Exact, WidenOnly };
    void fitCandidateColumns(ColumnFit fit);
    void reloadCandidates();
    void updateDashboardProposal();
    void showPromotion();
    void updateFooter();
    void updateActions();
    void updateTitle();
    std::optional<Candidate> selectedCandidate() const;
    void selectCandidateNamed(const QString &name);
    void exportLaureateListDialog();
    void exportCandidatesCsvDialog();
    void printLaureateListDialog();
    // The save dialog of an export, in the last folder an export went to; empty when cancelled.
    QString askExportPath(const QString &title, const QString &fileName, const QString &filter);
    // The shown promotion's list, in ranking order once it is scored (as the command line's export).
    Result<LaureateList> currentLaureateList() const;
    // Every promotion as the past-promotion views read it; loaded on first use after each change.
    const PromotionArchive *archive();
    void scheduleEarlierApplications();
    void updateEarlierApplications();

    void newDatabase();
    void openDatabaseDialog();
    void rememberDatabase(const QString &path);
    void rebuildRecentMenu();
    void importCsvDialog();
    void addCandidateDialog();
    void editSelectedCandidate();
    void removeSelectedCandidate();
    void closePromotionAsked();
    void reopenPromotionAsked();
    void chooseLanguage(const QString &language);
    void showAbout();

    std::unique_ptr<QTemporaryDir> m_demoDirectory;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<CommitteeStore> m_store;
    std::unique_ptr<ScoringStore> m_scoring;
    std::unique_ptr<DecisionStore> m_decisions;
    QString m_operatorName;
    QUndoStack *m_undoStack;
    CandidateTableModel *m_candidateModel;
    CandidateFilterProxyModel *m_candidateProxy;
    QString m_lastRefusal;
    bool m_sessionMode = false;
    int m_shownPromotion = 0;
    // The promotion whose rows the candidates' columns were last fitted to.
    int m_fittedPromotion = 0;

    QSplitter *m_splitter = nullptr;
    // The sidebar and content widths before the sidebar was last folded away.
    QList<int> m_sidebarSizes;
    QTreeWidget *m_promotionTree = nullptr;
    QLabel *m_demoBanner = nullptr;
    QLabel *m_promotionTitleLabel = nullptr;
    QLabel *m_promotionDetailsLabel = nullptr;
    QLabel *m_closedBanner = nullptr;
    QLineEdit *m_searchEdit = nullptr;
    CandidateTableView *m_candidatesView = nullptr;
    SummaryFooter *m_footer = nullptr;
    QLabel *m_candidateCountLabel = nullptr;
    QLabel *m_totalRequestedLabel = nullptr;
    QLabel *m_totalEligibleLabel = nullptr;
    QLabel *m_envelopeLabel = nullptr;
    QLabel *m_consumedLabel = nullptr;
    QLabel *m_remainingLabel = nullptr;
    QMenu *m_recentMenu = nullptr;
    QLabel *m_databaseStatusLabel = nullptr;
    QTabWidget *m_tabs = nullptr;
    QWidget *m_candidatesPage = nullptr;
    // The tabs after the candidates' one, in tab order; their pages are recreated with each store.
    QList<LazyPageHost *> m_pageHosts;
    LazyPageHost *m_dashboardHost = nullptr;
    // Built when its tab is first shown; null before, and after another database is opened.
    QPointer<DashboardView> m_dashboardView;

    QAction *m_newDatabaseAction = nullptr;
    QAction *m_openDatabaseAction = nullptr;
    QAction *m_demoAction = nullptr;
    QAction *m_importCsvAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_undoAction = nullptr;
    QAction *m_redoAction = nullptr;
    QAction *m_findAction = nullptr;
    QAction *m_preferencesAction = nullptr;
    QAction *m_addCandidateAction = nullptr;
    QAction *m_editCandidateAction = nullptr;
    QAction *m_removeCandidateAction = nullptr;
    QAction *m_newPromotionAction = nullptr;
    QAction *m_editPromotionAction = nullptr;
    QAction *m_closePromotionAction = nullptr;
    QAction *m_reopenPromotionAction = nullptr;
    QAction *m_sidebarAction = nullptr;
    QAction *m_sessionModeAction = nullptr;
    QActionGroup *m_languageGroup = nullptr;
    QAction *m_dashboardAction = nullptr;
    QAction *m_exportPdfAction = nullptr;
    QAction *m_exportCsvAction = nullptr;
    QAction *m_printAction = nullptr;
    QAction *m_historyAction = nullptr;
    QAction *m_searchAllAction = nullptr;
    QAction *m_compareAction = nullptr;
    EarlierApplicationsPanel *m_earlierPanel = nullptr;
    bool m_earlierApplicationsPending = false;
    // Dropped by every change of the stores; null until a view needs it again.
    std::unique_ptr<PromotionArchive> m_archive;
};
