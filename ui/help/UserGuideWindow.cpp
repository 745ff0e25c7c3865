#include "help/UserGuideWindow.h"

#include "help/GuideContentsTree.h"
#include "help/GuideFindBar.h"
#include "help/UserGuide.h"

#include <QAbstractTextDocumentLayout>
#include <QAction>
#include <QScrollBar>
#include <QSplitter>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextFrame>
#include <QTextTable>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace {

constexpr int minimumZoomSteps = -4;
constexpr int maximumZoomSteps = 8;
// Each step enlarges the text by a tenth of its base size.
constexpr qreal zoomStep = 0.1;

} // namespace

UserGuideWindow::UserGuideWindow(const QString &language, QWidget *parent)
    : QWidget(parent, Qt::Window), m_language(language), m_browser(new QTextBrowser), m_contents(new GuideContentsTree),
      m_findBar(nullptr)
{
    setObjectName(QStringLiteral("userGuideWindow"));
    setWindowTitle(tr("User Guide — Comité FAST"));
    m_browser->setObjectName(QStringLiteral("guideBrowser"));
    m_browser->setOpenExternalLinks(true);
    m_browser->document()->setDocumentMargin(16);
    m_browser->setMarkdown(UserGuide::markdown(language));
    polishDocument();
    m_contents->setDocument(*m_browser->document());
    connect(m_contents, &GuideContentsTree::headingChosen, this, &UserGuideWindow::showHeading);
    m_findBar = new GuideFindBar(m_browser, this);

    m_findAction = makeAction(tr("&Find…"), "guideFindAction", {QKeySequence::Find});
    connect(m_findAction, &QAction::triggered, m_findBar, &GuideFindBar::activate);
    m_zoomInAction = makeAction(tr("&Larger Text"), "guideZoomInAction",
                                {QKeySequence::ZoomIn, QKeySequence(Qt::CTRL | Qt::Key_Equal)});
    connect(m_zoomInAction, &QAction::triggered, this, [this] { setZoomSteps(m_zoomSteps + 1); });
    m_zoomOutAction = makeAction(tr("&Smaller Text"), "guideZoomOutAction", {QKeySequence::ZoomOut});
    connect(m_zoomOutAction, &QAction::triggered, this, [this] { setZoomSteps(m_zoomSteps - 1); });
    m_zoomResetAction = makeAction(tr("&Normal Size"), "guideZoomResetAction", {QKeySequence(Qt::CTRL | Qt::Key_0)});
    connect(m_zoomResetAction, &QAction::triggered, this, [this] { setZoomSteps(0); });
    auto *closeAction = makeAction(tr("Close"), "guideCloseAction", {QKeySequence::Close});
    connect(closeAction, &QAction::triggered, this, &QWidget::close);

    auto *tools = new QHBoxLayout;
    tools->setContentsMargins(0, 0, 0, 0);
    for (QAction *action : {m_findAction, m_zoomOutAction, m_zoomInAction, m_zoomResetAction}) {
        auto *button = new QToolButton;
        button->setDefaultAction(action);
        QString name = action->objectName();
        button->setObjectName(name.replace(QStringLiteral("Action"), QStringLiteral("Button")));
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        tools->addWidget(button);
    }
    tools->addStretch(1);

    auto *splitter = new QSplitter;
    splitter->setObjectName(QStringLiteral("guideSplitter"));
    splitter->addWidget(m_contents);
    splitter->addWidget(m_browser);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({300, 700});
    splitter->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(tools);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_findBar);
    m_baseFont = font();
    resize(1000, 760);
    m_browser->setFocus(Qt::OtherFocusReason);
}

QAction *UserGuideWindow::makeAction(const QString &text, const char *name, const QList<QKeySequence> &shortcuts)
{
    auto *action = new QAction(text, this);
    action->setObjectName(QLatin1String(name));
    action->setShortcuts(shortcuts);
    action->setShortcutContext(Qt::WindowShortcut);
    if (!shortcuts.isEmpty())
        action->setToolTip(QStringLiteral("%1 (%2)").arg(QString(text).remove(QLatin1Char('&')),
                                                         shortcuts.constFirst().toString(QKeySequence::NativeText)));
    addAction(action);
    return action;
}

void UserGuideWindow::setBaseFont(const QFont &font)
{
    m_baseFont = font;
    applyFont();
}

void UserGuideWindow::setZoomSteps(int steps)
{
    m_zoomSteps = std::clamp(steps, minimumZoomSteps, maximumZoomSteps);
    m_zoomInAction->setEnabled(m_zoomSteps < maximumZoomSteps);
    m_zoomOutAction->setEnabled(m_zoomSteps > minimumZoomSteps);
    applyFont();
}

void UserGuideWindow::applyFont()
{
    // The whole window follows, the contents and the find bar too: read from afar, all of it must be.
    QFont scaled = m_baseFont;
    scaled.setPointSizeF(m_baseFont.pointSizeF() * (1.0 + zoomStep * m_zoomSteps));
    setFont(scaled);
    // The document keeps the font it was laid out with unless told: the headings scale from it.
    m_browser->document()->setDefaultFont(scaled);
}

void UserGuideWindow::polishDocument()
{
    // Markdown's defaults, made for reading: air above each heading so that the sections stand apart, and
    // tables with padded cells and single rules instead of the doubled ones.
    QTextCursor cursor(m_browser->document());
    for (QTextBlock block = m_browser->document()->begin(); block.isValid(); block = block.next()) {
        const int level = block.blockFormat().headingLevel();
        if (level < 1)
            continue;
        QTextBlockFormat format = block.blockFormat();
        format.setTopMargin(level == 1 ? 0 : 18);
        format.setBottomMargin(6);
        cursor.setPosition(block.position());
        cursor.setBlockFormat(format);
    }
    for (QTextFrame *frame : m_browser->document()->rootFrame()->childFrames()) {
        auto *table = qobject_cast<QTextTable *>(frame);
        if (!table)
            continue;
        QTextTableFormat format = table->format();
        format.setBorderCollapse(true);
        format.setBorder(1);
        format.setCellPadding(5);
        format.setCellSpacing(0);
        format.setTopMargin(6);
        format.setBottomMargin(10);
        table->setFormat(format);
    }
}

void UserGuideWindow::showHeading(int position)
{
    const QTextBlock block = m_browser->document()->findBlock(position);
    if (!block.isValid())
        return;
    QTextCursor cursor(block);
    m_browser->setTextCursor(cursor);
    const QRectF where = m_browser->document()->documentLayout()->blockBoundingRect(block);
    m_browser->verticalScrollBar()->setValue(static_cast<int>(std::lround(where.top())));
}
