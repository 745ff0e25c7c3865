#include "followup/TranchesPanel.h"

#include "followup/FollowUpTableModel.h"
#include "storage/FollowUpStore.h"
#include "widgets/AmountField.h"

#include <QDateEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

TranchesPanel::TranchesPanel(QWidget *parent)
    : FollowUpPanel(tr("Payment tranches"), QStringLiteral("tranchesErrorLabel"), parent),
      m_table(new QTableWidget(0, 6, this)), m_plannedOnEdit(makeDateEdit(QStringLiteral("plannedOnEdit"), this)),
      m_amountField(new AmountField(QStringLiteral("trancheAmount"), this)), m_referenceEdit(new QLineEdit(this)),
      m_paidOnEdit(makeDateEdit(QStringLiteral("paidOnEdit"), this)),
      m_paidField(new AmountField(QStringLiteral("paidAmount"), this)), m_addButton(new QPushButton(tr("A&dd"), this)),
      m_updateButton(new QPushButton(tr("C&hange"), this)), m_removeButton(new QPushButton(tr("Remo&ve"), this)),
      m_markPaidButton(new QPushButton(tr("Mark &paid"), this)),
      m_splitButton(new QPushButton(tr("Split by the &opening key"), this))
{
    m_table->setObjectName(QStringLiteral("tranchesTable"));
    m_table->setHorizontalHeaderLabels(
        {tr("Tranche"), tr("Planned on"), tr("Planned"), tr("Paid on"), tr("Paid"), tr("Reference")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_referenceEdit->setObjectName(QStringLiteral("trancheReferenceEdit"));
    m_referenceEdit->setMaxLength(LaureateFollowUp::maximumReferenceLength);
    m_paidField->setOptional(true);
    m_addButton->setObjectName(QStringLiteral("addTrancheButton"));
    m_updateButton->setObjectName(QStringLiteral("changeTrancheButton"));
    m_removeButton->setObjectName(QStringLiteral("removeTrancheButton"));
    m_markPaidButton->setObjectName(QStringLiteral("markPaidButton"));
    m_splitButton->setObjectName(QStringLiteral("splitButton"));

    auto *planned = new QHBoxLayout;
    // The amount field keeps room for its parser's message under it: the others align on its top.
    planned->addWidget(m_plannedOnEdit, 0, Qt::AlignTop);
    planned->addWidget(m_amountField, 1);
    auto *paid = new QHBoxLayout;
    paid->addWidget(m_paidOnEdit, 0, Qt::AlignTop);
    paid->addWidget(m_paidField, 1);
    paid->addWidget(m_markPaidButton, 0, Qt::AlignTop);
    auto *form = new QFormLayout;
    form->addRow(tr("Planned on, amount:"), planned);
    form->addRow(tr("Re&ference:"), m_referenceEdit);
    form->addRow(tr("Paid on, amount:"), paid);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_splitButton);
    buttons->addStretch(1);
    buttons->addWidget(m_addButton);
    buttons->addWidget(m_updateButton);
    buttons->addWidget(m_removeButton);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addLayout(form);
    layout->addLayout(buttons);
    layout->addWidget(m_errorLabel);

    connect(m_table, &QTableWidget::itemSelectionChanged, this, [this] {
        fillForm();
        updateButtons();
    });
    connect(m_addButton, &QPushButton::clicked, this, &TranchesPanel::add);
    connect(m_updateButton, &QPushButton::clicked, this, &TranchesPanel::update);
    connect(m_removeButton, &QPushButton::clicked, this, &TranchesPanel::remove);
    connect(m_markPaidButton, &QPushButton::clicked, this, &TranchesPanel::markPaid);
    connect(m_splitButton, &QPushButton::clicked, this, &TranchesPanel::split);
}

void TranchesPanel::setFollowUp(const LaureateFollowUp &followUp)
{
    const int selected = selectedPosition();
    m_followUp = followUp;
    const QSignalBlocker blocker(m_table);
    m_table->setRowCount(int(followUp.tranches.size()));
    for (int row = 0; row < followUp.tranches.size(); ++row) {
        const PaymentTranche &tranche = followUp.tranches.at(row);
        const QStringList cells{QString::number(tranche.position),
                                FollowUpTableModel::dateText(tranche.plannedOn),
                                tranche.planned.toString(),
                                FollowUpTableModel::dateText(tranche.paidOn),
                                tranche.isPaid() ? tranche.paid.toString() : QString(),
                                tranche.reference};
        for (int column = 0; column < cells.size(); ++column) {
            auto *item = new QTableWidgetItem(cells.at(column));
            if (column == 2 || column == 4)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_table->setItem(row, column, item);
        }
    }
    m_table->clearSelection();
    if (selected > 0 && selected <= followUp.tranches.size())
        m_table->selectRow(selected - 1);
    updateButtons();
}

int TranchesPanel::selectedPosition() const
{
    const QList<QTableWidgetSelectionRange> ranges = m_table->selectedRanges();
    return ranges.isEmpty() ? 0 : ranges.constFirst().topRow() + 1;
}

void TranchesPanel::fillForm()
{
    const int position = selectedPosition();
    if (position == 0 || position > m_followUp.tranches.size())
        return;
    const PaymentTranche &tranche = m_followUp.tranches.at(position - 1);
    m_plannedOnEdit->setDate(tranche.plannedOn);
    m_amountField->setValue(tranche.planned);
    m_referenceEdit->setText(tranche.reference);
    if (tranche.isPaid()) {
        m_paidOnEdit->setDate(tranche.paidOn);
        m_paidField->setValue(tranche.paid);
    } else {
        m_paidField->setValue(std::nullopt);
    }
}

void TranchesPanel::updateButtons()
{
    const bool open = m_followUp.agreement.isSigned() && !m_followUp.agreement.isWithdrawn();
    const int position = selectedPosition();
    const bool unpaid = position > 0 && !m_followUp.tranches.at(position - 1).isPaid();
    m_addButton->setEnabled(open);
    m_splitButton->setEnabled(open);
    m_updateButton->setEnabled(open && position > 0);
    m_removeButton->setEnabled(open && unpaid);
    m_markPaidButton->setEnabled(open && unpaid);
}

void TranchesPanel::add()
{
    clearRefusal();
    const std::optional<Money> amount = m_amountField->value();
    if (!amount) {
        showRefusal(m_amountField->error().isEmpty() ? tr("Type the tranche's amount.") : m_amountField->error());
        return;
    }
    const qint64 id = m_followUp.candidateId;
    const QDate plannedOn = m_plannedOnEdit->date();
    const QString reference = m_referenceEdit->text().trimmed();
    emit edit(tr("Add a tranche of %1 to %2").arg(amount->toString(), m_followUp.name),
              [id, plannedOn, amount, reference](FollowUpStore &store) {
                  return store.addTranche(id, plannedOn, *amount, reference);
              });
}

void TranchesPanel::update()
{
    clearRefusal();
    const int position = selectedPosition();
    const std::optional<Money> amount = m_amountField->value();
    if (position == 0 || !amount) {
        showRefusal(m_amountField->error().isEmpty() ? tr("Type the tranche's amount.") : m_amountField->error());
        return;
    }
    LaureateFollowUp wanted = m_followUp;
    PaymentTranche &tranche = wanted.tranches[position - 1];
    tranche.plannedOn = m_plannedOnEdit->date();
    tranche.planned = *amount;
    tranche.reference = m_referenceEdit->text().trimmed();
    emit edit(tr("Change tranche %1 of %2").arg(position).arg(m_followUp.name), EditFollowUpCommand::saving(wanted));
}

void TranchesPanel::remove()
{
    clearRefusal();
    const int position = selectedPosition();
    if (position == 0)
        return;
    if (m_followUp.tranches.at(position - 1).isPaid()) {
        showRefusal(tr("Tranche %1 is paid: a payment made is not removed.").arg(position));
        return;
    }
    LaureateFollowUp wanted = m_followUp;
    wanted.tranches.removeAt(position - 1);
    // The schedule stays numbered 1…n.
    for (int index = 0; index < wanted.tranches.size(); ++index)
        wanted.tranches[index].position = index + 1;
    emit edit(tr("Remove tranche %1 of %2").arg(position).arg(m_followUp.name), EditFollowUpCommand::saving(wanted));
}

void TranchesPanel::markPaid()
{
    clearRefusal();
    const int position = selectedPosition();
    if (position == 0)
        return;
    if (!m_paidField->error().isEmpty()) {
        showRefusal(m_paidField->error());
        return;
    }
    const qint64 id = m_followUp.candidateId;
    const QDate paidOn = m_paidOnEdit->date();
    const std::optional<Money> amount = m_paidField->value();
    const QString reference = m_referenceEdit->text().trimmed();
    emit edit(tr("Mark tranche %1 of %2 paid").arg(position).arg(m_followUp.name),
              [id, position, paidOn, amount, reference](FollowUpStore &store) {
                  return store.markPaid(id, position, paidOn, amount, reference);
              });
}

void TranchesPanel::split()
{
    clearRefusal();
    for (const PaymentTranche &tranche : std::as_const(m_followUp.tranches)) {
        if (tranche.isPaid()) {
            showRefusal(tr("Tranche %1 is paid: the opening key's split replaces a schedule with no payment yet.")
                            .arg(tranche.position));
            return;
        }
    }
    const QList<Money> amounts = m_key.split(m_followUp.signedCommitment());
    const std::optional<Milestone> review = m_followUp.milestone(Milestone::Kind::MidTermReview);
    const QDate signedOn = m_followUp.agreement.signedOn;
    const QList<QDate> dates{signedOn,
                             review && review->plannedOn.isValid() ? review->plannedOn : signedOn.addMonths(3)};
    LaureateFollowUp wanted = m_followUp;
    wanted.tranches.clear();
    for (int index = 0; index < amounts.size(); ++index) {
        PaymentTranche tranche;
        tranche.position = index + 1;
        tranche.plannedOn = dates.at(qMin(index, int(dates.size()) - 1));
        tranche.planned = amounts.at(index);
        wanted.tranches.append(tranche);
    }
    emit edit(tr("Split the tranches of %1 by the opening key (%2)")
                  .arg(m_followUp.name, OpeningKey::percentText(m_key.firstBasisPoints)),
              EditFollowUpCommand::saving(wanted));
}
