#include "scoring/CriteriaDialog.h"

#include "widgets/Palette.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QRegularExpression>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {

enum Column { NameColumn, WeightColumn };

// The name and weight of each criterion, in order, as the audit log compares them (ids aside).
QList<QPair<QString, int>> namesAndWeights(const CriteriaSet &criteria)
{
    QList<QPair<QString, int>> rows;
    for (const Criterion &criterion : criteria.criteria())
        rows.append({criterion.name, criterion.weight});
    return rows;
}

} // namespace

CriteriaDialog::CriteriaDialog(const CriteriaSet &criteria, int promotionNumber, const QString &readOnlyReason,
                               QWidget *parent)
    : QDialog(parent), m_readOnly(!readOnlyReason.isEmpty()), m_original(criteria)
{
    setObjectName(QStringLiteral("criteriaDialog"));
    setWindowTitle(tr("Criteria and weights of FAST%1").arg(promotionNumber));

    auto *intro = new QLabel(
        m_readOnly ? readOnlyReason
                   : tr("Each member notes every criterion from 0 to 5; the weights are whole numbers that add up to "
                        "100. The first criterion breaks ties in the ranking. They can change until the first "
                        "note is given."));
    intro->setObjectName(QStringLiteral("criteriaIntroLabel"));
    intro->setWordWrap(true);
    if (m_readOnly)
        intro->setStyleSheet(
            QStringLiteral("QLabel { color: %1; font-weight: bold; }").arg(Palette::warningText().name()));

    m_table = new QTableWidget(0, 2);
    m_table->setObjectName(QStringLiteral("criteriaTableWidget"));
    m_table->setHorizontalHeaderLabels({tr("Criterion"), tr("Weight")});
    m_table->horizontalHeader()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(WeightColumn, QHeaderView::ResizeToContents);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(m_readOnly ? QAbstractItemView::NoEditTriggers : QAbstractItemView::AllEditTriggers);
    for (const Criterion &criterion : criteria.criteria()) {
        m_table->insertRow(m_table->rowCount());
        fillRow(m_table->rowCount() - 1, criterion.name, QString::number(criterion.weight));
    }

    m_addButton = new QPushButton(tr("&Add"));
    m_addButton->setObjectName(QStringLiteral("addCriterionButton"));
    m_removeButton = new QPushButton(tr("&Remove"));
    m_removeButton->setObjectName(QStringLiteral("removeCriterionButton"));
    m_upButton = new QPushButton(tr("Move &up"));
    m_upButton->setObjectName(QStringLiteral("moveCriterionUpButton"));
    m_upButton->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Up));
    m_downButton = new QPushButton(tr("Move &down"));
    m_downButton->setObjectName(QStringLiteral("moveCriterionDownButton"));
    m_downButton->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Down));
    auto *side = new QVBoxLayout;
    for (QPushButton *button : {m_addButton, m_removeButton, m_upButton, m_downButton})
        side->addWidget(button);
    side->addStretch(1);
    auto *middle = new QHBoxLayout;
    middle->addWidget(m_table, 1);
    middle->addLayout(side);

    m_totalLabel = new QLabel;
    m_totalLabel->setObjectName(QStringLiteral("criteriaTotalLabel"));
    m_messageLabel = new QLabel;
    m_messageLabel->setObjectName(QStringLiteral("criteriaMessageLabel"));
    m_messageLabel->setWordWrap(true);
    m_messageLabel->setStyleSheet(
        QStringLiteral("QLabel { color: %1; font-weight: bold; }").arg(Palette::warningText().name()));
    // Two lines kept for the message, shown or not: the dialog does not jump as problems come and go.
    m_messageLabel->setMinimumHeight(2 * m_messageLabel->fontMetrics().lineSpacing());
    m_messageLabel->setAlignment(Qt::AlignLeft | Qt::AlignTop);

    m_buttons =
        new QDialogButtonBox(m_readOnly ? QDialogButtonBox::Close : QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &CriteriaDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(middle, 1);
    layout->addWidget(m_totalLabel);
    layout->addWidget(m_messageLabel);
    layout->addWidget(m_buttons);

    connect(m_addButton, &QPushButton::clicked, this, &CriteriaDialog::addCriterion);
    connect(m_removeButton, &QPushButton::clicked, this, &CriteriaDialog::removeCurrent);
    connect(m_upButton, &QPushButton::clicked, this, [this] { moveCurrent(-1); });
    connect(m_downButton, &QPushButton::clicked, this, [this] { moveCurrent(1); });
    connect(m_table, &QTableWidget::itemChanged, this, [this] {
        m_touched = true;
        updateState();
    });
    connect(m_table, &QTableWidget::currentCellChanged, this, &CriteriaDialog::updateState);
    if (m_table->rowCount() > 0)
        m_table->setCurrentCell(0, NameColumn);
    updateState();
    resize(620, 420);
}

void CriteriaDialog::fillRow(int row, const QString &name, const QString &weight)
{
    const QSignalBlocker blocker(m_table);
    auto *nameItem = new QTableWidgetItem(name);
    auto *weightItem = new QTableWidgetItem(weight);
    weightItem->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    if (m_readOnly) {
        nameItem->setFlags(nameItem->flags() & ~Qt::ItemIsEditable);
        weightItem->setFlags(weightItem->flags() & ~Qt::ItemIsEditable);
    }
    m_table->setItem(row, NameColumn, nameItem);
    m_table->setItem(row, WeightColumn, weightItem);
}

Result<CriteriaSet> CriteriaDialog::editedCriteria() const
{
    static const QRegularExpression wholeNumber(QStringLiteral("^[0-9]{1,9}$"));
    QList<Criterion> criteria;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const QString name = m_table->item(row, NameColumn)->text();
        const QString weightText = m_table->item(row, WeightColumn)->text().trimmed();
        const int weight = weightText.toInt();
        // A new row is named first, then weighed: say what is missing in that order.
        if (name.trimmed().isEmpty())
            return Result<CriteriaSet>::failure(tr("Criterion %1 has no name.").arg(row + 1));
        if (!wholeNumber.match(weightText).hasMatch() || weight <= 0) {
            return Result<CriteriaSet>::failure(tr("The weight of \"%1\" must be a positive whole number, not \"%2\".")
                                                    .arg(name.trimmed(), weightText));
        }
        criteria.append({0, name, weight});
    }
    const CriteriaSet set(criteria);
    if (const Outcome valid = set.validate(); !valid)
        return Result<CriteriaSet>::failure(valid.error());
    return Result<CriteriaSet>::success(set.normalised());
}

QString CriteriaDialog::message() const
{
    return m_messageLabel->text();
}

void CriteriaDialog::showMessage(const QString &message)
{
    m_messageLabel->setText(message);
}

void CriteriaDialog::updateState()
{
    qint64 total = 0;
    for (int row = 0; row < m_table->rowCount(); ++row)
        total += m_table->item(row, WeightColumn)->text().trimmed().toLongLong();
    m_totalLabel->setText(tr("Total: %1 / %2").arg(total).arg(CriteriaSet::requiredWeightTotal));
    const int row = m_table->currentRow();
    m_addButton->setEnabled(!m_readOnly);
    m_removeButton->setEnabled(!m_readOnly && row >= 0 && m_table->rowCount() > 1);
    m_upButton->setEnabled(!m_readOnly && row > 0);
    m_downButton->setEnabled(!m_readOnly && row >= 0 && row + 1 < m_table->rowCount());
    if (m_readOnly || !m_touched)
        return;
    const Result<CriteriaSet> edited = editedCriteria();
    showMessage(edited ? QString() : edited.error());
}

void CriteriaDialog::addCriterion()
{
    if (m_readOnly)
        return;
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    fillRow(row, QString(), QString());
    m_touched = true;
    m_table->setCurrentCell(row, NameColumn);
    m_table->editItem(m_table->item(row, NameColumn));
    updateState();
}

void CriteriaDialog::removeCurrent()
{
    const int row = m_table->currentRow();
    if (m_readOnly || row < 0 || m_table->rowCount() <= 1)
        return;
    m_table->removeRow(row);
    m_touched = true;
    m_table->setCurrentCell(std::min(row, m_table->rowCount() - 1), NameColumn);
    updateState();
}

void CriteriaDialog::moveCurrent(int offset)
{
    const int row = m_table->currentRow();
    const int target = row + offset;
    if (m_readOnly || row < 0 || target < 0 || target >= m_table->rowCount())
        return;
    const QString name = m_table->item(row, NameColumn)->text();
    const QString weight = m_table->item(row, WeightColumn)->text();
    fillRow(row, m_table->item(target, NameColumn)->text(), m_table->item(target, WeightColumn)->text());
    fillRow(target, name, weight);
    m_touched = true;
    m_table->setCurrentCell(target, m_table->currentColumn() < 0 ? NameColumn : m_table->currentColumn());
    updateState();
}

void CriteriaDialog::accept()
{
    if (m_readOnly) {
        QDialog::accept();
        return;
    }
    m_touched = true;
    const Result<CriteriaSet> edited = editedCriteria();
    if (!edited) {
        showMessage(edited.error());
        return;
    }
    if (namesAndWeights(edited.value()) == namesAndWeights(m_original)) {
        QDialog::accept();
        return;
    }
    if (m_applier) {
        if (const Outcome applied = m_applier(edited.value()); !applied) {
            showMessage(applied.error());
            return;
        }
    }
    QDialog::accept();
}
