#include "shell/ConnectionBanner.h"

#include "widgets/Palette.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace {

// Beyond this many, the list of waiting changes ends with how many more there are: the banner stays a strip.
constexpr int listedChanges = 3;

} // namespace

ConnectionBanner::ConnectionBanner(QWidget *parent)
    : QFrame(parent), m_message(new QLabel(this)), m_pending(new QLabel(this)), m_attempt(new QLabel(this)),
      m_tryNow(new QPushButton(tr("&Try Now"), this))
{
    setObjectName(QStringLiteral("connectionBanner"));
    // The notice colours of the closed promotion's banner, on the frame only: its labels keep no border.
    setStyleSheet(QStringLiteral("QFrame#connectionBanner { %1 }")
                      .arg(Palette::bannerStyle(Palette::noticeBannerBackground(), Palette::noticeBannerText(),
                                                Palette::noticeBannerBorder())));
    m_message->setObjectName(QStringLiteral("connectionLostLabel"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(Palette::textStyle(Palette::noticeBannerText()));
    m_pending->setObjectName(QStringLiteral("pendingChangesLabel"));
    m_pending->setWordWrap(true);
    m_pending->setStyleSheet(Palette::textStyle(Palette::noticeBannerText()));
    m_attempt->setObjectName(QStringLiteral("nextAttemptLabel"));
    m_attempt->setStyleSheet(Palette::textStyle(Palette::noticeBannerText()));
    m_tryNow->setObjectName(QStringLiteral("tryNowButton"));
    connect(m_tryNow, &QPushButton::clicked, this, &ConnectionBanner::tryNowRequested);

    auto *text = new QVBoxLayout;
    text->setSpacing(2);
    text->addWidget(m_message);
    text->addWidget(m_pending);
    text->addWidget(m_attempt);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 6, 10, 6);
    layout->addLayout(text, 1);
    layout->addWidget(m_tryNow, 0, Qt::AlignVCenter);
    applyFont();
    hide();
}

void ConnectionBanner::changeEvent(QEvent *event)
{
    QFrame::changeEvent(event);
    if (event->type() == QEvent::FontChange)
        applyFont();
}

void ConnectionBanner::applyFont()
{
    // The labels have style sheets (their colour), which stop the frame's font from reaching them: session
    // mode's larger font is handed down here.
    QFont bold = font();
    bold.setBold(true);
    m_message->setFont(bold);
    for (QWidget *child :
         {static_cast<QWidget *>(m_pending), static_cast<QWidget *>(m_attempt), static_cast<QWidget *>(m_tryNow)})
        child->setFont(font());
}

QString ConnectionBanner::lostMessage(const QString &host, int pendingCount)
{
    if (pendingCount == 0)
        return tr("Connection to %1 lost; reconnecting. Your changes will be kept until the server is back.").arg(host);
    if (pendingCount == 1)
        return tr("Connection to %1 lost; your change is kept and will be sent when the server is back.").arg(host);
    return tr("Connection to %1 lost; your %n changes are kept and will be sent when the server is back.", nullptr,
              pendingCount)
        .arg(host);
}

void ConnectionBanner::showLost(const QString &host, const QStringList &pending)
{
    m_message->setText(lostMessage(host, int(pending.size())));
    QStringList listed = pending.mid(0, listedChanges);
    if (pending.size() > listedChanges)
        listed.append(tr("%n more", nullptr, int(pending.size()) - listedChanges));
    m_pending->setText(listed.isEmpty() ? QString() : tr("Waiting: %1.").arg(listed.join(QStringLiteral("; "))));
    m_pending->setVisible(!listed.isEmpty());
    show();
}

void ConnectionBanner::showNextAttempt(int milliseconds)
{
    const int seconds = std::max(1, (milliseconds + 999) / 1000);
    m_attempt->setText(tr("The server does not answer yet: next attempt in %n second(s).", nullptr, seconds));
}

QString ConnectionBanner::message() const
{
    return m_message->text();
}
