#include "scoring/ScoringGridView.h"

#include "commands/AddMembersCommand.h"
#include "commands/CopyCommitteeCommand.h"
#include "scoring/CopyCommitteeDialog.h"
#include "scoring/CriteriaAction.h"
#include "scoring/ScoringGridModel.h"

#include "storage/CommitteeStore.h"
#include "storage/ScoringStore.h"
#include "widgets/EmptyState.h"
#include "widgets/Palette.h"
#include "widgets/WrappingHeaderView.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QKeyEvent>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace {

// A sample cell of the legend, drawn like the grid's cells.
QLabel *legendSwatch(const QString &text, const QColor &background, bool bold, bool italic)
{
    auto *swatch = new QLabel(text);
    swatch->setAlignment(Qt::AlignCenter);
    swatch->setMinimumWidth(swatch->fontMetrics().horizontalAdvance(text) + 16);
    QString style = QStringLiteral("QLabel { background: %1; border: 1px solid %2; padding: 1px 6px; color: %3;")
                        .arg(background.name(), Palette::swatchBorder().name(), Palette::swatchText().name());
    if (bold)
        style += QStringLiteral(" font-weight: bold;");
    if (italic)
        style += QStringLiteral(" font-style: italic;");
    swatch->setStyleSheet(style + QStringLiteral(" }"));
    return swatch;
}

} // namespace

ScoringGridView::ScoringGridView(const Services &services, QWidget *parent) : PromotionPage(services, parent)
{
    setObjectName(QStringLiteral("scoringGridView"));
    m_model = new ScoringGridModel(snapshots(), services.pushCommand, this);

    m_criterionCombo = new QComboBox;
    m_criterionCombo->setObjectName(QStringLiteral("criterionComboBox"));
    m_criterionCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    auto *criterionLabel = new QLabel(tr("&Criterion:"));
    criterionLabel->setBuddy(m_criterionCombo);
    m_addMemberButton = new QPushButton(tr("&Add member…"));
    m_addMemberButton->setObjectName(QStringLiteral("addMemberButton"));
    m_addMemberButton->setToolTip(tr("Add members to this promotion's committee"));

    m_criteriaButton = new QPushButton(tr("Criteria and &weights…"));
    m_criteriaButton->setObjectName(QStringLiteral("criteriaButton"));
    m_criteriaButton->setToolTip(tr("The criteria and their weights, editable until the first note"));

    auto *top = new QHBoxLayout;
    top->addWidget(criterionLabel);
    top->addWidget(m_criterionCombo);
    top->addSpacing(16);
    top->addWidget(m_addMemberButton);
    top->addWidget(m_criteriaButton);
    top->addStretch(1);

    m_table = new QTableView;
    m_table->setObjectName(QStringLiteral("scoringTableView"));
    m_table->setModel(m_model);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setSelectionBehavior(QAbstractItemView::SelectItems);
    // Digits are taken by eventFilter (note and move on); F2 or a double click opens the editor.
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    // Members' names wrap in the header instead of being cut in narrow columns (session mode).
    m_table->setHorizontalHeader(new WrappingHeaderView(m_table));
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->horizontalHeader()->setMinimumSectionSize(90);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->setWordWrap(false);
    m_table->installEventFilter(this);
    m_emptyState = EmptyState::cover(m_table, QStringLiteral("scoringEmptyState"));

    m_recusalAction = new QAction(tr("Recusal (déport) on/off"), this);
    m_recusalAction->setObjectName(QStringLiteral("recusalAction"));
    m_recusalAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    m_recusalAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_recusalAction, &QAction::triggered, this, &ScoringGridView::toggleRecusal);
    m_clearAction = new QAction(tr("Clear the note"), this);
    m_clearAction->setObjectName(QStringLiteral("clearNoteAction"));
    // No shortcut here: the window's Delete removes a candidate, so the grid claims Delete in eventFilter.
    connect(m_clearAction, &QAction::triggered, this, &ScoringGridView::clearCurrentNote);
    m_table->addAction(m_recusalAction);
    m_table->addAction(m_clearAction);

    m_summaryLabel = new QLabel;
    m_summaryLabel->setObjectName(QStringLiteral("scoringSummaryLabel"));
    m_messageLabel = new QLabel;
    m_messageLabel->setObjectName(QStringLiteral("scoringMessageLabel"));
    m_messageLabel->setWordWrap(true);
    m_messageLabel->setStyleSheet(
        QStringLiteral("QLabel { color: %1; font-weight: bold; }").arg(Palette::warningText().name()));
    m_messageLabel->hide();

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(createLegend());
    layout->addWidget(m_table, 1);
    layout->addWidget(m_summaryLabel);
    layout->addWidget(m_messageLabel);

    connect(m_criterionCombo, &QComboBox::currentIndexChanged, this, [this](int comboIndex) {
        if (comboIndex >= 0)
            m_model->setCriterion(m_criterionCombo->itemData(comboIndex).toInt());
    });
    connect(m_addMemberButton, &QPushButton::clicked, this, &ScoringGridView::askForMembers);
    connect(m_criteriaButton, &QPushButton::clicked, this, [this] { openCriteriaDialog(); });
    connect(m_model, &ScoringGridModel::refused, this, &ScoringGridView::showMessage);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ScoringGridView::updateSummary);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ScoringGridView::adjustColumns);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &ScoringGridView::updateSummary);
    connect(&scoring(), &ScoringStore::criteriaChanged, this, [this](int number) {
        if (number == promotionNumber())
            fillCriteria();
    });
    updateSummary();
}

QWidget *ScoringGridView::createLegend()
{
    auto *legend = new QWidget;
    legend->setObjectName(QStringLiteral("scoringLegendWidget"));
    auto *row = new QHBoxLayout(legend);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(legendSwatch(QStringLiteral("?"), ScoringGridModel::missingBackground(), true, false));
    row->addWidget(new QLabel(tr("note missing")));
    row->addSpacing(12);
    row->addWidget(legendSwatch(tr("recused"), ScoringGridModel::recusedBackground(), false, true));
    row->addWidget(new QLabel(tr("recusal (déport): Ctrl+D")));
    row->addSpacing(12);
    auto *flag = new QLabel;
    flag->setPixmap(ScoringGridModel::spreadFlagIcon().pixmap(18, 18));
    row->addWidget(flag);
    row->addWidget(
        new QLabel(tr("to discuss: member scores %1 points or more apart").arg(ScoreSpread::discussionThreshold)));
    row->addStretch(1);
    return legend;
}

void ScoringGridView::reload()
{
    m_messageLabel->hide();
    m_model->setPromotion(promotionNumber());
    fillCriteria();
    updateSummary();
}

void ScoringGridView::fillCriteria()
{
    const int shown = m_model->criterion();
    const QSignalBlocker blocker(m_criterionCombo);
    m_criterionCombo->clear();
    const CriteriaSet &criteria = m_model->sheet().criteria();
    for (int index = 0; index < criteria.count(); ++index)
        m_criterionCombo->addItem(tr("%1 (weight %2)").arg(criteria.at(index).name).arg(criteria.at(index).weight),
                                  index);
    m_criterionCombo->addItem(tr("Total (score out of 100)"), ScoringGridModel::totalView);
    const int comboIndex = m_criterionCombo->findData(shown);
    m_criterionCombo->setCurrentIndex(comboIndex >= 0 ? comboIndex : 0);
    m_model->setCriterion(m_criterionCombo->currentData().toInt());
}

void ScoringGridView::showCriterion(int criterionIndex)
{
    const int comboIndex = m_criterionCombo->findData(criterionIndex);
    if (comboIndex >= 0)
        m_criterionCombo->setCurrentIndex(comboIndex);
}

void ScoringGridView::updateSummary()
{
    const bool open = promotionNumber() != 0 && !m_model->isReadOnly();
    m_addMemberButton->setEnabled(open);
    m_criteriaButton->setEnabled(promotionNumber() != 0);
    m_recusalAction->setEnabled(open);
    m_clearAction->setEnabled(open);
    if (promotionNumber() == 0) {
        m_summaryLabel->setText(tr("No promotion chosen."));
        return;
    }
    QStringList parts;
    if (m_model->memberCount() == 0)
        parts.append(tr("No committee member yet: add the members to start scoring."));
    else
        parts.append(tr("FAST%1: %n note(s) missing", nullptr, m_model->missingNoteCount()).arg(promotionNumber()));
    parts.append(tr("%n candidate(s) to discuss", nullptr, m_model->flaggedCount()));
    if (m_model->isReadOnly())
        parts.append(tr("closed: read-only"));
    m_summaryLabel->setText(parts.join(QStringLiteral(" · ")));
    updateEmptyState();
}

void ScoringGridView::updateEmptyState()
{
    const int kind = promotionNumber() == 0 ? 0 : m_model->memberCount() == 0 ? 1 : m_model->rowCount() == 0 ? 2 : 0;
    m_emptyState->setVisible(kind != 0);
    if (kind == m_emptyKind)
        return;
    m_emptyKind = kind;
    m_emptyState->clearButtons();
    const bool open = !m_model->isReadOnly();
    if (kind == 1) {
        m_emptyState->setTitle(tr("No committee member yet"));
        m_emptyState->setMessage(tr("The grid has a column for each member and a row for each candidate. Add the "
                                    "committee's members, or copy the committee (members and criteria) of an "
                                    "earlier promotion."));
        m_emptyState
            ->addButton(tr("Add members…"), QStringLiteral("emptyAddMembersButton"), [this] { askForMembers(); })
            ->setEnabled(open);
        const int source = CopyCommitteeDialog::defaultSource(store(), scoring(), promotionNumber());
        if (source != 0)
            m_emptyState
                ->addButton(tr("Copy the committee of FAST%1…").arg(source), QStringLiteral("emptyCopyCommitteeButton"),
                            [this, source] { askToCopyCommittee(source); })
                ->setEnabled(open);
    } else if (kind == 2) {
        m_emptyState->setTitle(tr("No candidate to score yet"));
        m_emptyState->setMessage(tr("Each candidate of the Candidates tab gets a row here: add them or import the "
                                    "call's file there."));
        m_emptyState->addTabLink(tr("Go to the candidates"), QStringLiteral("emptyCandidatesLinkButton"), 0);
    }
}

void ScoringGridView::adjustColumns()
{
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Stretch);
    if (m_model->columnCount() > 0)
        header->setSectionResizeMode(m_model->scoreColumn(), QHeaderView::ResizeToContents);
}

void ScoringGridView::showMessage(const QString &message)
{
    m_messageLabel->setText(message);
    m_messageLabel->setVisible(!message.isEmpty());
}

Outcome ScoringGridView::addMembers(const QStringList &names)
{
    if (promotionNumber() == 0)
        return Outcome::failure(tr("No promotion chosen."));
    const Outcome added = pushCommand(new AddMembersCommand(store(), scoring(), promotionNumber(), names));
    showMessage(added ? QString() : added.error());
    return added;
}

CriteriaDialog *ScoringGridView::openCriteriaDialog()
{
    if (promotionNumber() == 0)
        return nullptr;
    return CriteriaAction::open(
        store(), scoring(), snapshots(), [this](StoreCommand *command) { return pushCommand(command); },
        promotionNumber(), this);
}

CopyCommitteeDialog *ScoringGridView::askToCopyCommittee(int sourceNumber)
{
    if (promotionNumber() == 0)
        return nullptr;
    auto *dialog = new CopyCommitteeDialog(store(), scoring(), promotionNumber(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    if (sourceNumber != 0)
        dialog->setSourceNumber(sourceNumber);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { copyCommittee(dialog->sourceNumber()); });
    dialog->open();
    return dialog;
}

Outcome ScoringGridView::copyCommittee(int sourceNumber)
{
    if (promotionNumber() == 0)
        return Outcome::failure(tr("No promotion chosen."));
    const Outcome copied = pushCommand(new CopyCommitteeCommand(store(), scoring(), sourceNumber, promotionNumber()));
    showMessage(copied ? QString() : copied.error());
    return copied;
}

void ScoringGridView::askForMembers()
{
    bool accepted = false;
    const QString text = QInputDialog::getMultiLineText(
        this, tr("Add committee members"),
        tr("Names of the new members of FAST%1, one per line:").arg(promotionNumber()), QString(), &accepted);
    if (!accepted)
        return;
    QStringList names;
    for (const QString &line : text.split(QLatin1Char('\n'))) {
        if (!line.trimmed().isEmpty())
            names.append(line.trimmed());
    }
    if (!names.isEmpty())
        addMembers(names);
}

void ScoringGridView::toggleRecusal()
{
    const QModelIndex current = m_table->currentIndex();
    if (m_model->toggleRecusalAt(current))
        showMessage(QString());
    m_table->setCurrentIndex(m_model->index(current.row(), current.column()));
}

void ScoringGridView::clearCurrentNote()
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid() || !m_model->isMemberColumn(current.column()) || m_model->isTotalView())
        return;
    if (m_model->setNoteAt(current, std::nullopt))
        showMessage(QString());
}

void ScoringGridView::moveToNextCell(const QModelIndex &from)
{
    int row = from.row();
    int column = from.column() + 1;
    if (column >= m_model->memberCount()) {
        if (row + 1 >= m_model->rowCount())
            return;
        ++row;
        column = 0;
    }
    m_table->setCurrentIndex(m_model->index(row, column));
}

bool ScoringGridView::eventFilter(QObject *watched, QEvent *event)
{
    const bool keyEvent = event->type() == QEvent::KeyPress || event->type() == QEvent::ShortcutOverride;
    // While a cell's editor is open, the keys go to the editor, not to the table.
    if (watched != m_table || !keyEvent)
        return PromotionPage::eventFilter(watched, event);
    auto *key = static_cast<QKeyEvent *>(event);
    const Qt::KeyboardModifiers modifiers = key->modifiers() & ~Qt::KeypadModifier;
    const QModelIndex current = m_table->currentIndex();
    if (modifiers != Qt::NoModifier || !current.isValid() || !m_model->isMemberColumn(current.column()))
        return PromotionPage::eventFilter(watched, event);
    const bool digit = key->key() >= Qt::Key_0 && key->key() <= Qt::Key_9;
    const bool clear = key->key() == Qt::Key_Delete || key->key() == Qt::Key_Backspace;
    if (event->type() == QEvent::ShortcutOverride) {
        // The window's Delete (remove a candidate) and F2 (edit a candidate) must not act from the grid.
        if (digit || clear || key->key() == Qt::Key_F2)
            event->accept();
        return false;
    }
    if (digit) {
        const Result<std::optional<int>> parsed = ScoringGridModel::parseNote(key->text());
        if (!parsed) {
            showMessage(parsed.error());
            return true;
        }
        if (m_model->setNoteAt(current, parsed.value())) {
            showMessage(QString());
            moveToNextCell(current);
        }
        return true;
    }
    if (clear) {
        clearCurrentNote();
        return true;
    }
    return PromotionPage::eventFilter(watched, event);
}
