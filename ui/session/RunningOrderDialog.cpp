#include "session/RunningOrderDialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QShortcut>
#include <QSpinBox>
#include <QVBoxLayout>

RunningOrderDialog::RunningOrderDialog(const QList<QPair<qint64, QString>> &candidates,
                                       const QList<qint64> &rankingOrder, int presentationMinutes, int questionsMinutes,
                                       QWidget *parent)
    : QDialog(parent), m_rankingOrder(rankingOrder), m_list(new QListWidget(this)),
      m_upButton(new QPushButton(tr("Move &up"), this)), m_downButton(new QPushButton(tr("Move &down"), this)),
      m_rankingButton(new QPushButton(tr("&Ranking order"), this)), m_presentationSpin(new QSpinBox(this)),
      m_questionsSpin(new QSpinBox(this))
{
    setObjectName(QStringLiteral("runningOrderDialog"));
    setWindowTitle(tr("Running order of the hearings"));
    m_list->setObjectName(QStringLiteral("runningOrderListWidget"));
    m_list->setDragDropMode(QAbstractItemView::InternalMove);
    m_list->setDefaultDropAction(Qt::MoveAction);
    m_list->setAccessibleName(tr("Candidates in the order they are heard"));
    for (const auto &[id, name] : candidates) {
        auto *item = new QListWidgetItem(name, m_list);
        item->setData(Qt::UserRole, id);
    }
    if (m_list->count() > 0)
        m_list->setCurrentRow(0);
    m_upButton->setObjectName(QStringLiteral("moveUpButton"));
    m_downButton->setObjectName(QStringLiteral("moveDownButton"));
    m_rankingButton->setObjectName(QStringLiteral("rankingOrderButton"));
    m_upButton->setToolTip(tr("Ctrl+Up"));
    m_downButton->setToolTip(tr("Ctrl+Down"));
    connect(m_upButton, &QPushButton::clicked, this, [this] { moveSelected(-1); });
    connect(m_downButton, &QPushButton::clicked, this, [this] { moveSelected(1); });
    connect(m_rankingButton, &QPushButton::clicked, this, &RunningOrderDialog::resetToRanking);
    connect(new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Up), m_list), &QShortcut::activated, this,
            [this] { moveSelected(-1); });
    connect(new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Down), m_list), &QShortcut::activated, this,
            [this] { moveSelected(1); });
    connect(m_list, &QListWidget::currentRowChanged, this, &RunningOrderDialog::updateButtons);

    m_presentationSpin->setObjectName(QStringLiteral("presentationMinutesSpinBox"));
    m_questionsSpin->setObjectName(QStringLiteral("questionsMinutesSpinBox"));
    m_presentationSpin->setRange(1, 60);
    m_questionsSpin->setRange(0, 60);
    m_presentationSpin->setValue(presentationMinutes);
    m_questionsSpin->setValue(questionsMinutes);
    m_presentationSpin->setSuffix(tr(" min"));
    m_questionsSpin->setSuffix(tr(" min"));

    auto *buttons = new QVBoxLayout;
    buttons->addWidget(m_upButton);
    buttons->addWidget(m_downButton);
    buttons->addSpacing(12);
    buttons->addWidget(m_rankingButton);
    buttons->addStretch(1);
    auto *listRow = new QHBoxLayout;
    listRow->addWidget(m_list, 1);
    listRow->addLayout(buttons);
    auto *lengths = new QFormLayout;
    lengths->addRow(tr("&Presentation:"), m_presentationSpin);
    lengths->addRow(tr("&Questions:"), m_questionsSpin);
    auto *box = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(box, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(box, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Drag a candidate, or move it with the buttons:"), this));
    layout->addLayout(listRow, 1);
    layout->addLayout(lengths);
    layout->addWidget(box);
    updateButtons();
}

QList<qint64> RunningOrderDialog::order() const
{
    QList<qint64> ids;
    for (int row = 0; row < m_list->count(); ++row)
        ids.append(m_list->item(row)->data(Qt::UserRole).toLongLong());
    return ids;
}

int RunningOrderDialog::presentationMinutes() const
{
    return m_presentationSpin->value();
}

int RunningOrderDialog::questionsMinutes() const
{
    return m_questionsSpin->value();
}

void RunningOrderDialog::moveSelected(int delta)
{
    const int row = m_list->currentRow();
    const int target = row + delta;
    if (row < 0 || target < 0 || target >= m_list->count())
        return;
    QListWidgetItem *item = m_list->takeItem(row);
    m_list->insertItem(target, item);
    m_list->setCurrentRow(target);
}

void RunningOrderDialog::resetToRanking()
{
    QList<QListWidgetItem *> items;
    while (m_list->count() > 0)
        items.append(m_list->takeItem(0));
    for (qint64 id : m_rankingOrder) {
        for (qsizetype i = 0; i < items.size(); ++i) {
            if (items.at(i)->data(Qt::UserRole).toLongLong() == id) {
                m_list->addItem(items.takeAt(i));
                break;
            }
        }
    }
    for (QListWidgetItem *item : items)
        m_list->addItem(item);
    m_list->setCurrentRow(0);
}

void RunningOrderDialog::updateButtons()
{
    const int row = m_list->currentRow();
    m_upButton->setEnabled(row > 0);
    m_downButton->setEnabled(row >= 0 && row + 1 < m_list->count());
}
