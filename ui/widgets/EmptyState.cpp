#include "widgets/EmptyState.h"

#include "widgets/Palette.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>

#include <algorithm>

EmptyState::EmptyState(QWidget *parent)
    : QWidget(parent), m_titleLabel(new QLabel), m_messageLabel(new QLabel), m_buttonRow(new QHBoxLayout)
{
    // Opaque: while shown it stands for the empty widget beneath, whose bare frame and header say nothing.
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::Base);
    m_titleLabel->setObjectName(QStringLiteral("emptyStateTitleLabel"));
    m_titleLabel->setAlignment(Qt::AlignCenter);
    m_titleLabel->setWordWrap(true);
    QFont titleFont = m_titleLabel->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_titleLabel->setFont(titleFont);
    m_messageLabel->setObjectName(QStringLiteral("emptyStateMessageLabel"));
    m_messageLabel->setAlignment(Qt::AlignCenter);
    m_messageLabel->setWordWrap(true);
    // The colour through the palette, not a style sheet: a label with a style sheet no longer follows its
    // parent's font, and the sentence stayed small in session mode.
    QPalette secondary = m_messageLabel->palette();
    secondary.setColor(QPalette::WindowText, Palette::secondaryText());
    m_messageLabel->setPalette(secondary);

    auto *column = new QWidget;
    // A fixed width: the wrapped message then gets its full height (a maximum width leaves it cut).
    column->setFixedWidth(560);
    auto *inner = new QVBoxLayout(column);
    inner->addWidget(m_titleLabel);
    inner->addWidget(m_messageLabel);
    inner->addSpacing(8);
    m_buttonRow->addStretch(1);
    m_buttonRow->addStretch(1);
    inner->addLayout(m_buttonRow);

    auto *layout = new QVBoxLayout(this);
    layout->addStretch(1);
    layout->addWidget(column, 0, Qt::AlignHCenter);
    layout->addStretch(2);
}

EmptyState *EmptyState::cover(QWidget *target, const QString &objectName)
{
    auto *state = new EmptyState(target);
    state->setObjectName(objectName);
    state->setGeometry(target->rect());
    target->installEventFilter(state);
    state->hide();
    return state;
}

bool EmptyState::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == parentWidget() && event->type() == QEvent::Resize) {
        setGeometry(parentWidget()->rect());
        // The column narrows with a widget narrower than it (a chart card in a third of the window), so
        // that no line runs past the widget's edge.
        QWidget *column = m_messageLabel->parentWidget();
        column->setFixedWidth(std::clamp(parentWidget()->width() - 24, 160, 560));
        m_messageLabel->setMinimumHeight(m_messageLabel->heightForWidth(column->width() - 24));
        raise();
    }
    return QWidget::eventFilter(watched, event);
}

void EmptyState::setTitle(const QString &title)
{
    m_titleLabel->setText(title);
}

void EmptyState::setMessage(const QString &message)
{
    m_messageLabel->setText(message);
    m_messageLabel->setVisible(!message.isEmpty());
    // This widget is placed by cover(), outside any layout: its wrapped lines would not get their height.
    m_messageLabel->setMinimumHeight(m_messageLabel->heightForWidth(m_messageLabel->parentWidget()->width() - 24));
}

QString EmptyState::title() const
{
    return m_titleLabel->text();
}

QString EmptyState::message() const
{
    return m_messageLabel->text();
}

QPushButton *EmptyState::addButton(const QString &text, const QString &objectName, std::function<void()> onClick)
{
    auto *button = new QPushButton(text);
    button->setObjectName(objectName);
    button->setMinimumHeight(button->sizeHint().height() + 8);
    connect(button, &QPushButton::clicked, this, [onClick = std::move(onClick)] { onClick(); });
    // Between the two stretches that centre the row.
    m_buttonRow->insertWidget(m_buttonRow->count() - 1, button);
    if (buttons().size() == 1)
        button->setDefault(true);
    return button;
}

QPushButton *EmptyState::addTabLink(const QString &text, const QString &objectName, int tabIndex)
{
    return addButton(text, objectName, [this, tabIndex] {
        for (QWidget *ancestor = parentWidget(); ancestor; ancestor = ancestor->parentWidget()) {
            if (auto *tabs = qobject_cast<QTabWidget *>(ancestor)) {
                tabs->setCurrentIndex(tabIndex);
                return;
            }
        }
    });
}

void EmptyState::clearButtons()
{
    for (QPushButton *button : buttons())
        delete button;
}

QList<QPushButton *> EmptyState::buttons() const
{
    return findChildren<QPushButton *>(QString(), Qt::FindChildrenRecursively);
}
