#include "session/HearingClock.h"

#include "session/RunningOrderDialog.h"
#include "shell/DatabaseSession.h"
#include "widgets/Palette.h"

#include "storage/PromotionSnapshots.h"
#include "storage/SystemClock.h"

#include <QAction>
#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QSettings>
#include <QTimer>
#include <QToolButton>

namespace {

const QLatin1String presentationKey("hearings/presentationMinutes");
const QLatin1String questionsKey("hearings/questionsMinutes");

QToolButton *button(QAction *action, QWidget *parent)
{
    auto *tool = new QToolButton(parent);
    tool->setDefaultAction(action);
    tool->setToolButtonStyle(Qt::ToolButtonTextOnly);
    tool->setObjectName(action->objectName().replace(QStringLiteral("Action"), QStringLiteral("Button")));
    return tool;
}

} // namespace

HearingClock::HearingClock(DatabaseSession &session, QWidget *parent)
    : QFrame(parent), m_session(session), m_clock(&SystemClock::instance()), m_ticker(new QTimer(this)),
      m_clockLabel(new QLabel(this)), m_candidateLabel(new QLabel(this)), m_stageLabel(new QLabel(this)),
      m_timerLabel(new QLabel(this)), m_startPauseAction(new QAction(tr("Start"), this)),
      m_nextAction(new QAction(tr("Next"), this)), m_previousAction(new QAction(tr("Previous"), this)),
      m_orderAction(new QAction(tr("Running order…"), this))
{
    setObjectName(QStringLiteral("hearingClockFrame"));
    setFrameShape(QFrame::StyledPanel);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    m_clockLabel->setObjectName(QStringLiteral("hearingTimeOfDayLabel"));
    m_candidateLabel->setObjectName(QStringLiteral("hearingCandidateLabel"));
    m_stageLabel->setObjectName(QStringLiteral("hearingStageLabel"));
    m_timerLabel->setObjectName(QStringLiteral("hearingTimerLabel"));
    m_clockLabel->setAccessibleName(tr("Time of day"));
    m_timerLabel->setAccessibleName(tr("Time left for the candidate"));
    // Always "00:00" wide, so that the timer does not shift the row as its figures change.
    m_timerLabel->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    // A long name must not widen the window past a 1 280-pixel projector (a label's minimum width is its
    // whole text): the label takes the room the row leaves, at least 18 characters.
    m_candidateLabel->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);

    m_startPauseAction->setObjectName(QStringLiteral("hearingStartPauseAction"));
    m_nextAction->setObjectName(QStringLiteral("hearingNextAction"));
    m_previousAction->setObjectName(QStringLiteral("hearingPreviousAction"));
    m_orderAction->setObjectName(QStringLiteral("hearingOrderAction"));
    // Function keys, as the window's other views (F7 to F9): they reach the clock from any tab and do not
    // take a key a table or a field needs.
    m_startPauseAction->setShortcut(QKeySequence(Qt::Key_F5));
    m_nextAction->setShortcut(QKeySequence(Qt::Key_F6));
    m_previousAction->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F6));
    for (QAction *action : {m_startPauseAction, m_nextAction, m_previousAction, m_orderAction}) {
        action->setShortcutContext(Qt::WindowShortcut);
        if (!action->shortcut().isEmpty())
            action->setToolTip(
                QStringLiteral("%1 (%2)").arg(action->text(), action->shortcut().toString(QKeySequence::NativeText)));
        addAction(action);
    }
    connect(m_startPauseAction, &QAction::triggered, this, &HearingClock::startOrPause);
    connect(m_nextAction, &QAction::triggered, this, &HearingClock::next);
    connect(m_previousAction, &QAction::triggered, this, &HearingClock::previous);
    connect(m_orderAction, &QAction::triggered, this, [this] { openOrderDialog(); });

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 2, 8, 2);
    layout->addWidget(m_clockLabel);
    layout->addSpacing(16);
    layout->addWidget(m_candidateLabel, 1);
    layout->addWidget(m_stageLabel);
    layout->addWidget(m_timerLabel);
    layout->addSpacing(8);
    layout->addWidget(button(m_previousAction, this));
    layout->addWidget(button(m_startPauseAction, this));
    layout->addWidget(button(m_nextAction, this));
    layout->addWidget(button(m_orderAction, this));

    QSettings settings;
    m_timer.setLengths(settings.value(presentationKey, 10).toInt() * PitchTimer::minute,
                       settings.value(questionsKey, 5).toInt() * PitchTimer::minute);

    m_ticker->setInterval(250);
    connect(m_ticker, &QTimer::timeout, this, &HearingClock::tick);
    // The order follows the promotion: a candidate added, withdrawn or newly ranked.
    connect(&m_session, &DatabaseSession::candidatesChanged, this, [this](int number) {
        if (number == m_promotionNumber)
            reloadOrder();
    });
    connect(&m_session, &DatabaseSession::scoringChanged, this, [this](int number) {
        if (number == m_promotionNumber)
            reloadOrder();
    });
    connect(&m_session, &DatabaseSession::aboutToReplace, this, [this] { setPromotion(0); });
    tick();
}

HearingClock::~HearingClock() = default;

void HearingClock::setClock(const Clock &clock)
{
    m_clock = &clock;
    tick();
}

void HearingClock::setPromotion(int number)
{
    if (number == m_promotionNumber)
        return;
    m_promotionNumber = number;
    m_order = RunningOrder();
    m_timer.reset();
    reloadOrder();
}

void HearingClock::setBaseFont(const QFont &base)
{
    setFont(base);
    QFont large = base;
    large.setPointSizeF(base.pointSizeF() * 1.6);
    large.setBold(true);
    m_clockLabel->setFont(large);
    m_timerLabel->setFont(large);
    m_timerLabel->setMinimumWidth(QFontMetrics(large).horizontalAdvance(QStringLiteral("+00:00")) + 4);
    QFont bold = base;
    bold.setBold(true);
    m_candidateLabel->setFont(bold);
    m_candidateLabel->setMinimumWidth(QFontMetrics(bold).averageCharWidth() * 18);
}

QString HearingClock::currentName() const
{
    return m_names.value(m_order.current());
}

QList<qint64> HearingClock::rankingOrder() const
{
    QList<qint64> ids;
    if (!m_session.snapshots() || m_promotionNumber == 0)
        return ids;
    const std::shared_ptr<const PromotionSnapshot> snapshot = m_session.snapshots()->of(m_promotionNumber);
    for (const RankedCandidate &row : snapshot->ranking)
        ids.append(row.candidateId);
    return ids;
}

void HearingClock::reloadOrder()
{
    m_names.clear();
    if (m_session.snapshots() && m_promotionNumber != 0) {
        const std::shared_ptr<const PromotionSnapshot> snapshot = m_session.snapshots()->of(m_promotionNumber);
        for (const RankedCandidate &row : snapshot->ranking)
            m_names.insert(row.candidateId, row.name);
    }
    QList<qint64> saved;
    const QVariantList stored = QSettings().value(settingsKey()).toList();
    for (const QVariant &id : stored)
        saved.append(id.toLongLong());
    m_order.setCandidates(rankingOrder(), saved);
    tick();
}

QString HearingClock::settingsKey() const
{
    // Keyed by the database's file and the promotion: the same promotion number in another file is another
    // committee. A hash, as a path's slashes would be read as groups.
    const QString path = QFileInfo(m_session.path()).absoluteFilePath();
    const QByteArray hash = QCryptographicHash::hash(path.toUtf8(), QCryptographicHash::Sha1).toHex().left(16);
    return QStringLiteral("hearings/order/%1-%2").arg(QString::fromLatin1(hash)).arg(m_promotionNumber);
}

void HearingClock::startOrPause()
{
    if (m_order.currentIndex() < 0)
        return;
    if (m_timer.isRunning())
        m_timer.pause(m_clock->nowUtc());
    else
        m_timer.start(m_clock->nowUtc());
    tick();
}

bool HearingClock::next()
{
    if (!m_order.next())
        return false;
    m_timer.reset();
    tick();
    return true;
}

bool HearingClock::previous()
{
    if (!m_order.previous())
        return false;
    m_timer.reset();
    tick();
    return true;
}

void HearingClock::setRunningOrder(const QList<qint64> &order)
{
    QSettings settings;
    const QList<qint64> ranking = rankingOrder();
    if (order.isEmpty() || RunningOrder::merged(ranking, order) == ranking) {
        settings.remove(settingsKey());
    } else {
        QVariantList stored;
        for (qint64 id : order)
            stored.append(id);
        settings.setValue(settingsKey(), stored);
    }
    reloadOrder();
}

void HearingClock::setLengths(int presentationMinutes, int questionsMinutes)
{
    QSettings settings;
    settings.setValue(presentationKey, presentationMinutes);
    settings.setValue(questionsKey, questionsMinutes);
    m_timer.setLengths(presentationMinutes * PitchTimer::minute, questionsMinutes * PitchTimer::minute);
    tick();
}

RunningOrderDialog *HearingClock::openOrderDialog()
{
    QList<QPair<qint64, QString>> candidates;
    for (qint64 id : m_order.order())
        candidates.append({id, m_names.value(id)});
    auto *dialog =
        new RunningOrderDialog(candidates, rankingOrder(), int(m_timer.presentationLength() / PitchTimer::minute),
                               int(m_timer.questionsLength() / PitchTimer::minute), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        setLengths(dialog->presentationMinutes(), dialog->questionsMinutes());
        setRunningOrder(dialog->order());
    });
    dialog->open();
    return dialog;
}

void HearingClock::tick()
{
    const QDateTime now = m_clock->nowUtc();
    m_clockLabel->setText(now.toLocalTime().toString(QStringLiteral("HH:mm")));
    const int index = m_order.currentIndex();
    const int total = int(m_order.order().size());
    m_previousAction->setEnabled(index > 0);
    m_nextAction->setEnabled(index >= 0 && index + 1 < total);
    m_startPauseAction->setEnabled(index >= 0);
    m_startPauseAction->setText(m_timer.isRunning() ? tr("Pause") : tr("Start"));
    if (index < 0) {
        m_candidateLabel->setText(tr("No candidate to hear"));
        m_stageLabel->clear();
        m_timerLabel->clear();
        m_warningShown = false;
        m_timerLabel->setStyleSheet(QString());
        return;
    }
    m_candidateLabel->setText(tr("%1 / %2 · %3").arg(index + 1).arg(total).arg(currentName()));
    const qint64 elapsed = m_timer.elapsed(now);
    const PitchTimer::Stage stage = m_timer.stage(elapsed);
    switch (stage) {
    case PitchTimer::Stage::Presentation:
        m_stageLabel->setText(tr("Presentation"));
        break;
    case PitchTimer::Stage::Questions:
        m_stageLabel->setText(tr("Questions"));
        break;
    case PitchTimer::Stage::Overtime:
        m_stageLabel->setText(tr("Over time"));
        break;
    }
    // The time left counts down in whole seconds rounded up: "01:00" at the start of the last minute, "00:00"
    // only when the stage is over; overtime counts up.
    m_timerLabel->setText(stage == PitchTimer::Stage::Overtime
                              ? QStringLiteral("+") + PitchTimer::format(m_timer.overtime(elapsed))
                              : PitchTimer::format(m_timer.remaining(elapsed) + 999));
    // Quiet: the figures change colour on a pale background, nothing blinks or sounds.
    const bool warning = m_timer.isWarning(elapsed);
    if (warning != m_warningShown || stage == PitchTimer::Stage::Overtime) {
        m_warningShown = warning;
        m_timerLabel->setStyleSheet(
            warning ? QStringLiteral("background: %1; color: %2;")
                          .arg(Palette::noticeBannerBackground().name(), Palette::noticeBannerText().name())
                    : (stage == PitchTimer::Stage::Overtime ? Palette::textStyle(Palette::warningText()) : QString()));
    }
}

void HearingClock::showEvent(QShowEvent *event)
{
    QFrame::showEvent(event);
    tick();
    m_ticker->start();
}

void HearingClock::hideEvent(QHideEvent *event)
{
    QFrame::hideEvent(event);
    m_ticker->stop();
}
