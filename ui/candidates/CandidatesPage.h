#pragma once

#include "candidates/CandidateColumnFit.h"
#include "domain/Candidate.h"
#include "domain/Promotion.h"
#include "domain/Result.h"

#include <QWidget>

#include <functional>
#include <optional>

class CandidateDialog;
class CandidateFilterProxyModel;
class CandidateTableModel;
class CandidateTableView;
class DatabaseSession;
class EarlierApplicationsPanel;
class EmptyState;
class ImportPreviewDialog;
class PromotionArchive;
class QAction;
class QLineEdit;
class StoreCommand;
class SummaryFooter;

// The window's first tab: the shown promotion's candidates with their eligible amount explained, a search
// box, the add / edit / remove / import actions and their dialogs, the selected candidate's applications to
// other promotions, and the footer's totals (PromotionTotals). Like the other pages it never writes the
// stores itself: every change is a StoreCommand given to the window's undo stack through pushCommand. Unlike
// them it lives as long as the window, across databases, because the menus hold its actions.
class CandidatesPage : public QWidget
{
    Q_OBJECT

public:
    // Puts a command on the window's undo stack; the refusal, if any, comes back.
    using CommandPusher = std::function<Outcome(StoreCommand *command)>;
    // Every promotion as the past-promotion views read it; null when it cannot be read.
    using ArchiveSource = std::function<const PromotionArchive *()>;

    CandidatesPage(DatabaseSession &session, CommandPusher pushCommand, ArchiveSource archive,
                   QWidget *parent = nullptr);

    // Shows (and reads again) the promotion with this number; 0 or an unknown number shows none.
    void setPromotion(int number);
    // Reads the shown promotion's candidates again, keeping the selected one selected.
    void reload();
    // Enables the page's actions for the shown promotion and the selected candidate.
    void updateActions();
    // Large text for a projector: bigger rows, the footer on two rows, kind and phase hidden.
    void setSessionMode(bool on, const QFont &base);

    // What the Candidate menu does, without its dialogs; each is one undoable step.
    Outcome addCandidate(const Candidate &candidate);
    Outcome editCandidate(const Candidate &before, const Candidate &after);
    Outcome removeCandidate(const Candidate &candidate);
    Outcome importCandidates(const QList<Candidate> &candidates);
    // Window-modal, deleted on close; returned so that tests can fill them.
    CandidateDialog *openCandidateDialog(const std::optional<Candidate> &existing);
    ImportPreviewDialog *openImportPreview(const QString &csvPath);
    // Clears the search and selects the candidate of that name; false when it is not in the promotion.
    bool showCandidate(const QString &candidateName);

    CandidateTableModel *model() const { return m_model; }
    CandidateFilterProxyModel *proxy() const { return m_proxy; }
    EarlierApplicationsPanel *earlierApplicationsPanel() const { return m_earlierPanel; }
    // Over the table while the promotion has no candidate: add one, or import the call's file.
    EmptyState *emptyState() const { return m_emptyState; }
    // The first widget of the page in the focus chain.
    QWidget *searchEdit() const;

    QAction *importAction() const { return m_importAction; }
    QAction *findAction() const { return m_findAction; }
    QAction *addCandidateAction() const { return m_addAction; }
    QAction *editCandidateAction() const { return m_editAction; }
    QAction *removeCandidateAction() const { return m_removeAction; }

signals:
    // A refusal the user must see (the window shows it in a message box).
    void refused(const QString &message);
    // An application in the earlier applications' panel was chosen: go to it.
    void candidateChosen(int promotionNumber, const QString &candidateName);

private:
    void createActions();
    QWidget *createTable();
    std::optional<Promotion> currentPromotion() const;
    std::optional<Candidate> selectedCandidate() const;
    void selectCandidateNamed(const QString &name);
    void fitColumns(CandidateColumnFit::Mode mode);
    void updateFooter();
    void scheduleEarlierApplications();
    void updateEarlierApplications();
    void importCsvDialog();
    void editSelectedCandidate();
    void removeSelectedCandidate();

    DatabaseSession &m_session;
    CommandPusher m_pushCommand;
    ArchiveSource m_archive;
    int m_promotionNumber = 0;
    // The promotion whose rows the columns were last fitted to.
    int m_fittedPromotion = 0;
    bool m_sessionMode = false;
    bool m_earlierApplicationsPending = false;
    CandidateTableModel *m_model;
    CandidateFilterProxyModel *m_proxy;
    QAction *m_importAction = nullptr;
    QAction *m_findAction = nullptr;
    QAction *m_addAction = nullptr;
    QAction *m_editAction = nullptr;
    QAction *m_removeAction = nullptr;
    QLineEdit *m_searchEdit = nullptr;
    CandidateTableView *m_view = nullptr;
    CandidateColumnFit *m_columnFit = nullptr;
    EarlierApplicationsPanel *m_earlierPanel = nullptr;
    SummaryFooter *m_footer = nullptr;
    EmptyState *m_emptyState = nullptr;
    // Over the table when the candidates could not be read (m_readFailure: the read's words).
    EmptyState *m_readError = nullptr;
    QString m_readFailure;
};
