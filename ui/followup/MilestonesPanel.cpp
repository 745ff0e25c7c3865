#include "followup/MilestonesPanel.h"

#include "followup/FollowUpTableModel.h"
#include "storage/FollowUpStore.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

MilestonesPanel::MilestonesPanel(QWidget *parent)
    : FollowUpPanel(tr("Accompaniment"), QStringLiteral("milestonesErrorLabel"), parent),
      m_table(new QTableWidget(int(Milestone::kinds().size()), 4, this)),
      m_plannedOnEdit(makeDateEdit(QStringLiteral("milestonePlannedOnEdit"), this)),
      m_doneCheck(new QCheckBox(tr("Do&ne on:"), this)),
      m_doneOnEdit(makeDateEdit(QStringLiteral("milestoneDoneOnEdit"), this)), m_noteEdit(new QLineEdit(this)),
      m_saveButton(new QPushButton(tr("Save the &milestone"), this))
{
    m_table->setObjectName(QStringLiteral("milestonesTable"));
    m_table->setHorizontalHeaderLabels({tr("Milestone"), tr("Planned on"), tr("Done on"), tr("Note")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_doneCheck->setObjectName(QStringLiteral("milestoneDoneCheck"));
    m_noteEdit->setObjectName(QStringLiteral("milestoneNoteEdit"));
    m_saveButton->setObjectName(QStringLiteral("saveMilestoneButton"));

    auto *dates = new QHBoxLayout;
    dates->addWidget(m_plannedOnEdit);
    dates->addSpacing(12);
    dates->addWidget(m_doneCheck);
    dates->addWidget(m_doneOnEdit);
    dates->addStretch(1);
    auto *form = new QFormLayout;
    form->addRow(tr("Planned on:"), dates);
    form->addRow(tr("No&te:"), m_noteEdit);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_saveButton);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addLayout(form);
    layout->addLayout(buttons);
    layout->addWidget(m_errorLabel);

    connect(m_table, &QTableWidget::itemSelectionChanged, this, &MilestonesPanel::fillForm);
    connect(m_doneCheck, &QCheckBox::toggled, m_doneOnEdit, &QWidget::setEnabled);
    connect(m_saveButton, &QPushButton::clicked, this, &MilestonesPanel::save);
    m_doneOnEdit->setEnabled(false);
}

void MilestonesPanel::setFollowUp(const LaureateFollowUp &followUp)
{
    m_followUp = followUp;
    const QList<Milestone::Kind> kinds = Milestone::kinds();
    for (int row = 0; row < kinds.size(); ++row) {
        const std::optional<Milestone> milestone = followUp.milestone(kinds.at(row));
        const QStringList cells{Milestone::displayName(kinds.at(row)),
                                milestone ? FollowUpTableModel::dateText(milestone->plannedOn) : QString(),
                                milestone ? FollowUpTableModel::dateText(milestone->doneOn) : QString(),
                                milestone ? milestone->note : QString()};
        for (int column = 0; column < cells.size(); ++column)
            m_table->setItem(row, column, new QTableWidgetItem(cells.at(column)));
    }
    if (m_table->selectedRanges().isEmpty())
        m_table->selectRow(0);
    else
        fillForm();
    m_saveButton->setEnabled(!followUp.agreement.isWithdrawn());
}

void MilestonesPanel::fillForm()
{
    const QList<QTableWidgetSelectionRange> ranges = m_table->selectedRanges();
    if (ranges.isEmpty())
        return;
    const std::optional<Milestone> milestone =
        m_followUp.milestone(Milestone::kinds().at(ranges.constFirst().topRow()));
    if (milestone && milestone->plannedOn.isValid())
        m_plannedOnEdit->setDate(milestone->plannedOn);
    m_doneCheck->setChecked(milestone && milestone->isDone());
    if (milestone && milestone->isDone())
        m_doneOnEdit->setDate(milestone->doneOn);
    m_noteEdit->setText(milestone ? milestone->note : QString());
}

void MilestonesPanel::save()
{
    clearRefusal();
    const QList<QTableWidgetSelectionRange> ranges = m_table->selectedRanges();
    if (ranges.isEmpty())
        return;
    Milestone milestone;
    milestone.kind = Milestone::kinds().at(ranges.constFirst().topRow());
    milestone.plannedOn = m_plannedOnEdit->date();
    milestone.doneOn = m_doneCheck->isChecked() ? m_doneOnEdit->date() : QDate();
    milestone.note = m_noteEdit->text().trimmed();
    const qint64 id = m_followUp.candidateId;
    emit edit(tr("Set the %1 of %2").arg(Milestone::displayName(milestone.kind).toLower(), m_followUp.name),
              [id, milestone](FollowUpStore &store) { return store.setMilestone(id, milestone); });
}
