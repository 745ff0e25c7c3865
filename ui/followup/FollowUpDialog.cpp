#include "followup/FollowUpDialog.h"

#include "followup/AgreementPanel.h"
#include "followup/FollowUpPdfExport.h"
#include "followup/FollowUpTableModel.h"
#include "followup/MilestonesPanel.h"
#include "followup/TranchesPanel.h"
#include "storage/CommitteeStore.h"
#include "storage/Database.h"
#include "storage/FollowUpStore.h"
#include "storage/ServerRefusal.h"
#include "widgets/Palette.h"

#include <QDialogButtonBox>
#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

FollowUpDialog::FollowUpDialog(CommitteeStore &store, FollowUpStore &followUp, PromotionPage::CommandPusher pushCommand,
                               qint64 candidateId, const QDate &today, QWidget *parent)
    : QDialog(parent), m_store(store), m_followUp(followUp), m_pushCommand(std::move(pushCommand)),
      m_candidateId(candidateId), m_today(today), m_summaryLabel(new QLabel(this)), m_lateLabel(new QLabel(this)),
      m_readOnlyLabel(new QLabel(this)), m_agreement(new AgreementPanel(this)), m_tranches(new TranchesPanel(this)),
      m_milestones(new MilestonesPanel(this)), m_pdfExport(new FollowUpPdfExport(store, followUp, this)),
      m_exportButton(new QPushButton(tr("E&xport Sheet (PDF)…"), this))
{
    setObjectName(QStringLiteral("followUpDialog"));
    m_summaryLabel->setObjectName(QStringLiteral("followUpSummaryLabel"));
    m_summaryLabel->setWordWrap(true);
    m_summaryLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_lateLabel->setObjectName(QStringLiteral("followUpLateLabel"));
    m_lateLabel->setWordWrap(true);
    m_lateLabel->setStyleSheet(Palette::boldTextStyle(Palette::warningText()));
    // The dialog is a window of its own, out of RoleGate's reach: it reads the role itself. A member reads the
    // follow-up; only the secretariat may change it, and the server would refuse anyone else at the end.
    if (const ServerRole role = store.database().serverRole(); !role.mayChangeCommittee())
        m_readOnlyReason = ServerRefusal::followUpRefusal(role);
    m_readOnlyLabel->setObjectName(QStringLiteral("followUpReadOnlyLabel"));
    m_readOnlyLabel->setWordWrap(true);
    m_readOnlyLabel->setText(m_readOnlyReason);
    m_readOnlyLabel->setVisible(!m_readOnlyReason.isEmpty());
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::close);
    // Reading is enough to print: a member or an observer exports the sheet too.
    m_exportButton->setObjectName(QStringLiteral("exportSheetPdfButton"));
    m_exportButton->setToolTip(tr("The laureate's follow-up sheet, in French"));
    buttons->addButton(m_exportButton, QDialogButtonBox::ActionRole);
    connect(m_exportButton, &QPushButton::clicked, this, [this] { m_pdfExport->exportSheetDialog(m_candidateId); });

    // Agreement and accompaniment on the left, the payments (the widest table) on the right.
    auto *grid = new QGridLayout;
    grid->addWidget(m_agreement, 0, 0);
    grid->addWidget(m_milestones, 1, 0);
    grid->addWidget(m_tranches, 0, 1, 2, 1);
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summaryLabel);
    layout->addWidget(m_lateLabel);
    layout->addWidget(m_readOnlyLabel);
    layout->addLayout(grid, 1);
    layout->addWidget(buttons);

    for (FollowUpPanel *panel : std::initializer_list<FollowUpPanel *>{m_agreement, m_tranches, m_milestones}) {
        connect(
            panel, &FollowUpPanel::edit, this,
            [this, panel](const QString &text, const EditFollowUpCommand::Write &write) { push(panel, text, write); });
    }
    connect(&m_store, &CommitteeStore::candidatesChanged, this, [this](int number) {
        if (number == m_promotionNumber)
            reload();
    });
    reload();
    resize(1180, 640);
}

void FollowUpDialog::push(FollowUpPanel *panel, const QString &text, const EditFollowUpCommand::Write &write)
{
    const Outcome pushed = m_pushCommand(new EditFollowUpCommand(m_store, m_followUp, text, write));
    panel->showRefusal(pushed ? QString() : pushed.error());
}

void FollowUpDialog::reload()
{
    const Result<LaureateFollowUp> read = m_followUp.laureate(m_candidateId);
    if (!read) {
        // The laureate is gone (a decision changed, undone): the dialog says so and edits nothing.
        m_summaryLabel->setText(read.error());
        m_summaryLabel->setStyleSheet(Palette::textStyle(Palette::errorText()));
        for (QWidget *panel : std::initializer_list<QWidget *>{m_agreement, m_tranches, m_milestones, m_exportButton})
            panel->setEnabled(false);
        m_lateLabel->hide();
        return;
    }
    const LaureateFollowUp &laureate = read.value();
    m_promotionNumber = laureate.promotionNumber;
    m_exportButton->setEnabled(true);
    setWindowTitle(tr("Follow-up of %1").arg(laureate.label()));
    m_summaryLabel->setStyleSheet(QString());
    m_summaryLabel->setText(tr("%1 · %2 · granted %3 · committed %4 · paid %5 · left to pay %6")
                                .arg(laureate.label(), followUpStatusDisplayName(laureate.status()),
                                     laureate.granted.toString(), laureate.committed().toString(),
                                     laureate.paid().toString(), laureate.leftToPay().toString()));
    const QString late = FollowUpTableModel::lateText(laureate, m_today);
    m_lateLabel->setText(late);
    m_lateLabel->setVisible(!late.isEmpty());
    const int keyYear = laureate.agreement.isSigned() ? laureate.agreement.signedOn.year() : laureate.promotionYear;
    const Result<OpeningKey> key = m_followUp.openingKey(keyYear);
    m_tranches->setOpeningKey(key ? key.value() : OpeningKey::seeded(keyYear));
    for (FollowUpPanel *panel : std::initializer_list<FollowUpPanel *>{m_agreement, m_tranches, m_milestones}) {
        panel->setEnabled(true);
        panel->setFollowUp(laureate);
        if (!m_readOnlyReason.isEmpty())
            panel->lockEditing();
    }
}
