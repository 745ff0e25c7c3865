#include "help/GuideFindBar.h"

#include "widgets/Palette.h"

#include <QAction>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QTextBrowser>
#include <QToolButton>

GuideFindBar::GuideFindBar(QTextBrowser *browser, QWidget *parent)
    : QWidget(parent), m_browser(browser), m_edit(new QLineEdit), m_previousButton(new QToolButton),
      m_nextButton(new QToolButton), m_status(new QLabel)
{
    setObjectName(QStringLiteral("guideFindBar"));
    m_edit->setObjectName(QStringLiteral("guideFindEdit"));
    m_edit->setPlaceholderText(tr("Find in the guide"));
    m_edit->setClearButtonEnabled(true);
    m_edit->installEventFilter(this);
    m_previousButton->setObjectName(QStringLiteral("guideFindPreviousButton"));
    m_previousButton->setText(tr("Previous"));
    m_previousButton->setToolTip(tr("Previous match (Shift+F3)"));
    m_nextButton->setObjectName(QStringLiteral("guideFindNextButton"));
    m_nextButton->setText(tr("Next"));
    m_nextButton->setToolTip(tr("Next match (F3)"));
    m_status->setObjectName(QStringLiteral("guideFindStatusLabel"));
    m_status->setStyleSheet(Palette::textStyle(Palette::warningText()));

    auto *label = new QLabel(tr("&Find:"));
    label->setBuddy(m_edit);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->addWidget(label);
    layout->addWidget(m_edit, 1);
    layout->addWidget(m_previousButton);
    layout->addWidget(m_nextButton);
    layout->addWidget(m_status);

    // Typing finds from the top, so that the first match is the first one in the guide; when nothing
    // matches, the reader stays where the last match was.
    connect(m_edit, &QLineEdit::textEdited, this, [this] {
        const QTextCursor kept = m_browser->textCursor();
        QTextCursor cursor = kept;
        cursor.movePosition(QTextCursor::Start);
        m_browser->setTextCursor(cursor);
        if (!findNext())
            m_browser->setTextCursor(kept);
    });
    connect(m_nextButton, &QToolButton::clicked, this, [this] { findNext(); });
    connect(m_previousButton, &QToolButton::clicked, this, [this] { findNext(true); });
    auto *next = new QAction(this);
    next->setShortcut(QKeySequence::FindNext);
    next->setShortcutContext(Qt::WindowShortcut);
    connect(next, &QAction::triggered, this, [this] { findNext(); });
    auto *previous = new QAction(this);
    previous->setShortcut(QKeySequence::FindPrevious);
    previous->setShortcutContext(Qt::WindowShortcut);
    connect(previous, &QAction::triggered, this, [this] { findNext(true); });
    // On the window, not on the bar: a hidden widget's shortcuts do not fire, and F3 works with the bar shut.
    if (parent) {
        parent->addAction(next);
        parent->addAction(previous);
    }
    hide();
}

void GuideFindBar::activate()
{
    show();
    m_edit->setFocus(Qt::ShortcutFocusReason);
    m_edit->selectAll();
}

bool GuideFindBar::findNext(bool backward)
{
    const QString words = m_edit->text();
    if (words.isEmpty()) {
        m_status->clear();
        return false;
    }
    const QTextDocument::FindFlags flags = backward ? QTextDocument::FindBackward : QTextDocument::FindFlags();
    bool found = m_browser->find(words, flags);
    if (!found) {
        // Round again from the other end before saying there is none.
        const QTextCursor before = m_browser->textCursor();
        QTextCursor cursor = before;
        cursor.movePosition(backward ? QTextCursor::End : QTextCursor::Start);
        m_browser->setTextCursor(cursor);
        found = m_browser->find(words, flags);
        if (!found)
            m_browser->setTextCursor(before);
    }
    m_status->setText(found ? QString() : tr("Not found"));
    return found;
}

bool GuideFindBar::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_edit && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            findNext(key->modifiers().testFlag(Qt::ShiftModifier));
            return true;
        }
        if (key->key() == Qt::Key_Escape) {
            hide();
            m_browser->setFocus(Qt::OtherFocusReason);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}
