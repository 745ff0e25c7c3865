#include "ranking/ProposalConfirmationDialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

ProposalConfirmationDialog::ProposalConfirmationDialog(const QString &promotionLabel, const ProposalChanges &changes,
                                                       QWidget *parent)
    : QDialog(parent), m_changes(changes), m_list(new QListWidget(this)), m_leftOutList(new QListWidget(this))
{
    setObjectName(QStringLiteral("proposalConfirmationDialog"));
    setWindowTitle(tr("Propose the laureates of %1").arg(promotionLabel));

    auto *summary = new QLabel(this);
    summary->setObjectName(QStringLiteral("summaryLabel"));
    summary->setWordWrap(true);
    m_list->setObjectName(QStringLiteral("changesListWidget"));
    for (const ProposalChange &change : changes.changes())
        m_list->addItem(ProposalChanges::describeWithReason(change));

    auto *leftOutLabel = new QLabel(this);
    leftOutLabel->setObjectName(QStringLiteral("leftOutLabel"));
    leftOutLabel->setWordWrap(true);
    leftOutLabel->setText(tr("Left out of the proposal (%n candidate(s)): applying it changes nothing for them.",
                             nullptr, int(changes.leftOut().size())));
    m_leftOutList->setObjectName(QStringLiteral("leftOutListWidget"));
    for (const ProposedDecision &left : changes.leftOut())
        m_leftOutList->addItem(ProposalChanges::describeLeftOut(left));
    if (changes.leftOut().isEmpty()) {
        leftOutLabel->hide();
        m_leftOutList->hide();
    }

    auto *buttons = new QDialogButtonBox(this);
    if (changes.isEmpty()) {
        summary->setText(
            tr("Nothing to change: every decision of %1 already follows the proposal.").arg(promotionLabel));
        m_list->hide();
        buttons->addButton(QDialogButtonBox::Close)->setObjectName(QStringLiteral("closeButton"));
    } else {
        summary->setText(tr("Applying the proposal changes %n decision(s) of %1. You can undo it afterwards.", nullptr,
                            changes.size())
                             .arg(promotionLabel));
        QPushButton *apply = buttons->addButton(tr("&Apply the proposal"), QDialogButtonBox::AcceptRole);
        apply->setObjectName(QStringLiteral("applyButton"));
        apply->setDefault(true);
        buttons->addButton(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancelButton"));
    }
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(summary);
    layout->addWidget(m_list, 3);
    layout->addWidget(leftOutLabel);
    layout->addWidget(m_leftOutList, 1);
    layout->addWidget(buttons);
    // Wide enough for a change and its reason on one line; taller when the left-out list shows too.
    const int height = (changes.isEmpty() ? 140 : 420) + (changes.leftOut().isEmpty() ? 0 : 160);
    resize(860, height);
}

QStringList ProposalConfirmationDialog::lines() const
{
    QStringList all;
    for (int row = 0; row < m_list->count(); ++row)
        all.append(m_list->item(row)->text());
    return all;
}

QStringList ProposalConfirmationDialog::leftOutLines() const
{
    QStringList all;
    for (int row = 0; row < m_leftOutList->count(); ++row)
        all.append(m_leftOutList->item(row)->text());
    return all;
}
