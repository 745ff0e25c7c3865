#include "dashboard/DashboardGrid.h"

#include <QEvent>
#include <QGridLayout>

#include <numeric>

DashboardGrid::DashboardGrid(QWidget *parent) : QWidget(parent), m_grid(new QGridLayout(this))
{
    setObjectName(QStringLiteral("dashboardGrid"));
    m_grid->setSpacing(12);
}

void DashboardGrid::addCard(QWidget *card)
{
    card->setParent(this);
    m_rows.append({card, nullptr, 1, 0});
    arrange(true);
}

void DashboardGrid::addPair(QWidget *left, int leftStretch, QWidget *right, int rightStretch)
{
    left->setParent(this);
    right->setParent(this);
    m_rows.append({left, right, leftStretch, rightStretch});
    arrange(true);
}

bool DashboardGrid::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == parentWidget() && event->type() == QEvent::Resize)
        arrange(false);
    return QWidget::eventFilter(watched, event);
}

int DashboardGrid::availableWidth() const
{
    const QMargins margins = m_grid->contentsMargins();
    const int outer = parentWidget() ? parentWidget()->width() : width();
    return outer - margins.left() - margins.right();
}

void DashboardGrid::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    arrange(false);
}

void DashboardGrid::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::FontChange) {
        arrange(false);
    } else if (event->type() == QEvent::ParentChange && parentWidget()) {
        // Set into a scroll area: its viewport's width is the one to fit.
        parentWidget()->installEventFilter(this);
    }
}

void DashboardGrid::arrange(bool force)
{
    // Side by side when each card of every pair gets at least its minimum width (its axis labels whole).
    const int available = availableWidth();
    bool sideBySide = true;
    for (const Row &row : std::as_const(m_rows)) {
        if (!row.right)
            continue;
        const int total = row.leftStretch + row.rightStretch;
        const int shared = available - m_grid->horizontalSpacing();
        if (shared * row.leftStretch / total < row.left->minimumSizeHint().width() ||
            shared * row.rightStretch / total < row.right->minimumSizeHint().width())
            sideBySide = false;
    }
    if (sideBySide == m_sideBySide && !force)
        return;
    m_sideBySide = sideBySide;
    while (QLayoutItem *item = m_grid->takeAt(0))
        delete item;
    for (int column = 0; column < m_grid->columnCount(); ++column)
        m_grid->setColumnStretch(column, 0);
    for (int row = 0; row < m_grid->rowCount(); ++row)
        m_grid->setRowStretch(row, 0);
    // Equal columns that every pair's proportion divides (1:1 and 1:2 make six); a card alone spans them all.
    int columns = 1;
    for (const Row &row : std::as_const(m_rows)) {
        if (row.right)
            columns = std::lcm(columns, row.leftStretch + row.rightStretch);
    }
    int gridRow = 0;
    for (const Row &row : std::as_const(m_rows)) {
        if (!row.right) {
            m_grid->addWidget(row.left, gridRow++, 0, 1, columns);
        } else if (m_sideBySide) {
            const int leftSpan = columns * row.leftStretch / (row.leftStretch + row.rightStretch);
            m_grid->addWidget(row.left, gridRow, 0, 1, leftSpan);
            m_grid->addWidget(row.right, gridRow++, leftSpan, 1, columns - leftSpan);
        } else {
            m_grid->addWidget(row.left, gridRow++, 0, 1, columns);
            m_grid->addWidget(row.right, gridRow++, 0, 1, columns);
        }
    }
    for (int column = 0; column < columns; ++column)
        m_grid->setColumnStretch(column, 1);
    // Rows keep their natural heights; the space left goes below the last one.
    m_grid->setRowStretch(gridRow, 1);
}
