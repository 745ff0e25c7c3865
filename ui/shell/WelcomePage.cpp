#include "shell/WelcomePage.h"

#include "widgets/AppIcons.h"
#include "widgets/Palette.h"

#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

WelcomePage::WelcomePage(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("welcomePage"));
    auto *title = new QLabel(tr("Welcome to Comité FAST"));
    title->setObjectName(QStringLiteral("welcomeTitleLabel"));
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.8);
    titleFont.setBold(true);
    title->setFont(titleFont);
    title->setAlignment(Qt::AlignCenter);
    auto *summary = new QLabel(tr("Score the candidates of a FAST call, rank them and choose the laureates that fit "
                                  "the envelope, every amount under the fund's co-financing rule."));
    summary->setObjectName(QStringLiteral("welcomeSummaryLabel"));
    summary->setWordWrap(true);
    summary->setAlignment(Qt::AlignCenter);
    summary->setStyleSheet(QStringLiteral("QLabel { color: %1; }").arg(Palette::secondaryText().name()));

    m_createButton = makeAction(tr("&Create a promotion"), tr("A call and its committee: number, year, envelope."),
                                QStringLiteral("document-new"), QStringLiteral("welcomeCreatePromotionButton"));
    m_importButton = makeAction(tr("&Import the call's file"),
                                tr("The candidates' export (XLSX, ODS or CSV), into a promotion created first."),
                                QStringLiteral("document-import"), QStringLiteral("welcomeImportButton"));
    m_demoButton = makeAction(tr("Open the &demonstration"), tr("An illustrative committee, in a temporary database."),
                              QStringLiteral("help-about"), QStringLiteral("welcomeDemoButton"));
    m_createButton->setDefault(true);
    connect(m_createButton, &QPushButton::clicked, this, &WelcomePage::createPromotionRequested);
    connect(m_importButton, &QPushButton::clicked, this, &WelcomePage::importRequested);
    connect(m_demoButton, &QPushButton::clicked, this, &WelcomePage::demoRequested);

    auto *column = new QWidget;
    // A fixed width: the wrapped captions then get their full height (a maximum width leaves them cut).
    column->setFixedWidth(560);
    auto *inner = new QVBoxLayout(column);
    inner->setSpacing(6);
    inner->addWidget(title);
    inner->addWidget(summary);
    inner->addSpacing(18);
    for (QPushButton *button : {m_createButton, m_importButton, m_demoButton}) {
        inner->addWidget(button);
        // What the action leads to, under it, for whoever hesitates between the three.
        auto *caption = new QLabel(button->accessibleDescription());
        caption->setObjectName(button->objectName() + QStringLiteral("Caption"));
        caption->setWordWrap(true);
        caption->setContentsMargins(12, 0, 0, 8);
        caption->setStyleSheet(summary->styleSheet());
        inner->addWidget(caption);
    }
    // The guide follows this first day step by step: a link under the three actions, not a fourth one.
    auto *guide = new QLabel(tr("First time? The <a href=\"guide\">user guide</a> (F1) follows a committee's day, "
                                "from the call's file to the signed list."));
    guide->setObjectName(QStringLiteral("welcomeGuideLabel"));
    guide->setWordWrap(true);
    guide->setAlignment(Qt::AlignCenter);
    guide->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    connect(guide, &QLabel::linkActivated, this, &WelcomePage::guideRequested);
    inner->addSpacing(12);
    inner->addWidget(guide);
    setTabOrder(m_createButton, m_importButton);
    setTabOrder(m_importButton, m_demoButton);

    auto *layout = new QVBoxLayout(this);
    layout->addStretch(1);
    layout->addWidget(column, 0, Qt::AlignHCenter);
    layout->addStretch(2);
}

QPushButton *WelcomePage::makeAction(const QString &text, const QString &explanation, const QString &iconName,
                                     const QString &objectName)
{
    // A large button whose second line says what it leads to; the mnemonic stays on the first line.
    auto *button = new QPushButton(AppIcons::themed(iconName), text);
    button->setObjectName(objectName);
    button->setToolTip(explanation);
    button->setAccessibleDescription(explanation);
    QFont font = button->font();
    font.setPointSizeF(font.pointSizeF() * 1.25);
    button->setFont(font);
    button->setIconSize(QSize(32, 32));
    button->setMinimumHeight(64);
    button->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    return button;
}

void WelcomePage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // Enter creates a promotion at once; Tab goes to the two other actions.
    m_createButton->setFocus(Qt::OtherFocusReason);
}
