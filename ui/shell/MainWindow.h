#pragma once

#include "candidates/CandidatesPage.h"
#include "domain/Candidate.h"
#include "domain/Promotion.h"
#include "domain/Result.h"
#include "shell/DatabaseSession.h"
#include "shell/LaureateListExport.h"
#include "shell/PageTabs.h"
#include "shell/PastPromotionsActions.h"
#include "shell/PromotionActions.h"
#include "shell/SidebarSplitter.h"

#include <QList>
#include <QMainWindow>

class CandidateDialog;
class CandidateFilterProxyModel;
class CandidateSearchDialog;
class CandidateTableModel;
class CommitteeStore;
class DecisionStore;
class ComparePromotionsDialog;
class DatabaseActions;
class EarlierApplicationsPanel;
class ImportPreviewDialog;
class PreferencesDialog;
class PromotionArchive;
class PromotionDialog;
class PromotionHeader;
class PromotionHistoryDialog;
class PromotionPage;
class PromotionTree;
class QAction;
class QLabel;
class MainToolBar;
class OfflineWrites;
class QPrinter;
class QStackedWidget;
class QTabWidget;
class QUndoStack;
class ScoringStore;
class SessionMode;
class StoreCommand;
class ReadFailurePage;
class WelcomePage;
class WorkflowActions;

// The committee's window, a shell: menus, the promotions' sidebar, the tabs and the status bar. The
// database and its stores are the DatabaseSession's; the candidates' tab is a CandidatesPage, the other
// tabs PromotionPages built when first shown; the menus' work is done by DatabaseActions, PromotionActions,
// PastPromotionsActions and LaureateListExport. Every change goes through an undo command on the window's
// stack (pushCommand). Dialogs are opened window-modal and non-blocking (open()), which keeps them
// reachable from tests; the public methods below are what tests and tools drive.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens (or creates) a database file and shows its newest open promotion. On refusal the window
    // keeps the database it had.
    Outcome openDatabase(const QString &path) { return m_session->open(path); }
    // A fresh temporary database holding the illustrative committee of DemoCommittee.
    Outcome openDemo() { return m_session->openDemo(); }
    bool isDemo() const { return m_session->isDemo(); }
    QString databasePath() const { return m_session->path(); }
    void setOperatorName(const QString &name);

    DatabaseSession *session() const { return m_session; }
    CommitteeStore *store() const { return m_session->store(); }
    ScoringStore *scoringStore() const { return m_session->scoring(); }
    DecisionStore *decisionStore() const { return m_session->decisions(); }
    QUndoStack *undoStack() const { return m_undoStack; }
    CandidatesPage *candidatesPage() const { return m_candidatesPage; }
    CandidateTableModel *candidateModel() const { return m_candidatesPage->model(); }
    CandidateFilterProxyModel *candidateProxy() const { return m_candidatesPage->proxy(); }

    bool selectPromotion(int number);
    // 0 when no promotion is shown.
    int currentPromotionNumber() const { return m_shownPromotion; }
    std::optional<Promotion> currentPromotion() const;

    // What the menus do, without their dialogs; each is one undoable step.
    Outcome addCandidate(const Candidate &candidate) { return m_candidatesPage->addCandidate(candidate); }
    Outcome editCandidate(const Candidate &before, const Candidate &after)
    {
        return m_candidatesPage->editCandidate(before, after);
    }
    Outcome removeCandidate(const Candidate &candidate) { return m_candidatesPage->removeCandidate(candidate); }
    Outcome importCandidates(const QList<Candidate> &candidates)
    {
        return m_candidatesPage->importCandidates(candidates);
    }
    Outcome addPromotion(const Promotion &promotion) { return m_promotionActions->addPromotion(promotion); }
    Outcome editPromotion(const Promotion &before, const Promotion &after)
    {
        return m_promotionActions->editPromotion(before, after);
    }
    // committeeDate: the day of the committee that adopted the list; null keeps the stored one (the core
    // refuses a close without any).
    Outcome closeCurrentPromotion(const QDate &committeeDate = QDate())
    {
        return m_promotionActions->closeCurrentPromotion(committeeDate);
    }
    Outcome reopenCurrentPromotion(const QString &reason) { return m_promotionActions->reopenCurrentPromotion(reason); }

    // The dialogs the menus open (window-modal, deleted on close); returned so that tests can fill them.
    CandidateDialog *openCandidateDialog(const std::optional<Candidate> &existing)
    {
        return m_candidatesPage->openCandidateDialog(existing);
    }
    PromotionDialog *openPromotionDialog(bool editCurrent)
    {
        return m_promotionActions->openPromotionDialog(editCurrent);
    }
    ImportPreviewDialog *openImportPreview(const QString &csvPath)
    {
        return m_candidatesPage->openImportPreview(csvPath);
    }
    // Accepting it stores the operator's name (OperatorSetting) and the audit log uses it from then on.
    PreferencesDialog *openPreferencesDialog();

    // The File menu's exports and printing of the shown promotion, without their dialogs (LaureateListExport).
    Outcome exportLaureateList(const QString &path) { return m_export->exportLaureateList(path); }
    Outcome exportCandidatesCsv(const QString &path) { return m_export->exportCandidatesCsv(path); }
    Outcome exportWorkbook(const QString &path) { return m_export->exportWorkbook(path); }
    Outcome printLaureateList(QPrinter &printer) { return m_export->printLaureateList(printer); }

    // The past promotions' dialogs (PastPromotionsActions).
    PromotionHistoryDialog *openHistoryDialog() { return m_pastPromotions->openHistoryDialog(); }
    CandidateSearchDialog *openSearchAllDialog() { return m_pastPromotions->openSearchAllDialog(); }
    ComparePromotionsDialog *openCompareDialog() { return m_pastPromotions->openCompareDialog(); }
    // Every promotion as the past-promotion views read it; null, said in the status bar, when unreadable.
    const PromotionArchive *archive();
    // Under the candidates: the selected candidate's applications to other promotions (hidden when none).
    EarlierApplicationsPanel *earlierApplicationsPanel() const { return m_candidatesPage->earlierApplicationsPanel(); }
    // Shows the promotion and selects the candidate of that name in it; false when either is not found.
    bool goToCandidate(int promotionNumber, const QString &candidateName);

    // Puts one user action on the undo stack (running it); a refusal comes back and is not kept.
    Outcome pushCommand(StoreCommand *command);
    // The tabs that show the current promotion and have been built (each is built when its tab is first
    // shown), in tab order.
    QList<PromotionPage *> promotionPages() const { return m_pageTabs->promotionPages(); }
    // Shown instead of the sidebar and tabs while the open database holds no promotion.
    WelcomePage *welcomePage() const { return m_welcome; }
    // The welcome page's "Import the call's file": a promotion first (its dialog), then the file.
    PromotionDialog *startImportIntoNewPromotion();

    // The last refusal of the store shown to the user (during undo/redo too).
    QString lastRefusal() const { return m_lastRefusal; }
    // Session mode (SessionMode): per window, never remembered.
    bool isSessionMode() const;
    void setSessionMode(bool on);
    // Unfolds or folds away the promotions' sidebar (View > Promotions Panel, F7); folded, its width is
    // kept for the next unfolding.
    void setSidebarShown(bool shown) { m_splitter->setSidebarShown(shown); }

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void createMenus();
    QWidget *createCentralArea();
    // Every signal of the session (and through it of the stores) the window follows, in one place.
    void connectSession();
    void databaseReplaced();
    void showRefusal(const QString &message);
    // Checks View > Promotions Panel when the sidebar has a width.
    void syncSidebarAction();
    void selectDefaultPromotion();
    void showPromotion();
    void updateActions();
    void updateTitle();
    // Session mode's fonts for the labels with fonts of their own, and the sidebar folded on entering it.
    void applySessionMode(bool on, bool wasOn, const QFont &base);

    DatabaseSession *m_session;
    QUndoStack *m_undoStack;
    CandidatesPage *m_candidatesPage = nullptr;
    LaureateListExport *m_export = nullptr;
    PromotionActions *m_promotionActions = nullptr;
    PastPromotionsActions *m_pastPromotions = nullptr;
    DatabaseActions *m_databaseActions = nullptr;
    OfflineWrites *m_offlineWrites = nullptr; // the writes a lost connection to the server keeps
    PromotionHeader *m_header = nullptr;
    QString m_lastRefusal;
    SessionMode *m_sessionMode = nullptr;
    int m_shownPromotion = 0;

    SidebarSplitter *m_splitter = nullptr;
    PromotionTree *m_promotionTree = nullptr;
    QLabel *m_databaseStatusLabel = nullptr;
    QTabWidget *m_tabs = nullptr;
    // The welcome page while the database holds no promotion, else the sidebar and the tabs.
    QStackedWidget *m_centralStack = nullptr;
    WelcomePage *m_welcome = nullptr;
    // Instead of the welcome page when the promotions could not be read.
    ReadFailurePage *m_readFailure = nullptr;
    WorkflowActions *m_workflow = nullptr;
    MainToolBar *m_toolBar = nullptr;
    // The tabs after the candidates' one, their pages recreated with each database.
    PageTabs *m_pageTabs = nullptr;

    QAction *m_quitAction = nullptr;
    QAction *m_undoAction = nullptr;
    QAction *m_redoAction = nullptr;
    QAction *m_preferencesAction = nullptr;
    QAction *m_sidebarAction = nullptr;
};
