#pragma once

#include "commands/EditFollowUpCommand.h"
#include "shell/PromotionPage.h"

#include <QDate>
#include <QDialog>

class AgreementPanel;
class CommitteeStore;
class FollowUpPanel;
class FollowUpPdfExport;
class FollowUpStore;
class MilestonesPanel;
class QLabel;
class QPushButton;
class TranchesPanel;

// One laureate's follow-up after the decision: its agreement, payment tranches and accompaniment, each
// change an undoable command through the window's undo stack (pushCommand), the store's refusal shown in
// words in the section that asked. Modeless, so that Edit > Undo stays at hand; it reads the laureate again
// on each change of its promotion (its own edits, an undo, another window's write). Export Sheet (PDF)…
// prints the laureate's follow-up sheet (FollowUpPdfExport), whatever the login's role.
class FollowUpDialog : public QDialog
{
    Q_OBJECT

public:
    FollowUpDialog(CommitteeStore &store, FollowUpStore &followUp, PromotionPage::CommandPusher pushCommand,
                   qint64 candidateId, const QDate &today, QWidget *parent = nullptr);

    qint64 candidateId() const { return m_candidateId; }
    AgreementPanel *agreementPanel() const { return m_agreement; }
    TranchesPanel *tranchesPanel() const { return m_tranches; }
    MilestonesPanel *milestonesPanel() const { return m_milestones; }
    FollowUpPdfExport *pdfExport() const { return m_pdfExport; }
    // Why nothing can be changed here (the login's role on a server committee), empty when it can.
    QString readOnlyReason() const { return m_readOnlyReason; }

private:
    void reload();
    void push(FollowUpPanel *panel, const QString &text, const EditFollowUpCommand::Write &write);

    CommitteeStore &m_store;
    FollowUpStore &m_followUp;
    PromotionPage::CommandPusher m_pushCommand;
    qint64 m_candidateId;
    int m_promotionNumber = 0;
    QDate m_today;
    QString m_readOnlyReason;
    QLabel *m_summaryLabel;
    QLabel *m_lateLabel;
    QLabel *m_readOnlyLabel;
    AgreementPanel *m_agreement;
    TranchesPanel *m_tranches;
    MilestonesPanel *m_milestones;
    FollowUpPdfExport *m_pdfExport;
    QPushButton *m_exportButton;
};
