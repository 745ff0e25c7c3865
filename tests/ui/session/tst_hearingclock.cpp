#include "TestClock.h"
#include "session/HearingClock.h"
#include "session/RunningOrderDialog.h"
#include "shell/DatabaseSession.h"

#include "storage/PromotionSnapshots.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QListWidget>
#include <QSettings>
#include <QSpinBox>
#include <QtTest>

// The hearing clock on the demo's FAST14, driven by a TestClock without waiting: the presentation turns to
// questions at 10:00 exactly and to overtime at 15:00, the quiet warning shows from 9:00 and from 14:00,
// F5 starts and pauses, F6 and Shift+F6 go through the ranking's order, and a running order the
// secretariat sets is kept for that database and promotion.
class TestHearingClock : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void stagesAndWarnings();
    void keyboardStartPauseNextPrevious();
    void runningOrderIsKeptPerDatabaseAndPromotion();

private:
    void advanceTo(qint64 milliseconds);
    QStringList rankingNames() const;

    DatabaseSession *m_session = nullptr;
    HearingClock *m_clock = nullptr;
    TestClock m_time;
    QDateTime m_start;
};

namespace {
constexpr qint64 second = 1000;
constexpr qint64 minute = 60 * second;
} // namespace

void TestHearingClock::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("DINUM-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_hearingclock"));
}

void TestHearingClock::init()
{
    QSettings().clear();
    m_session = new DatabaseSession;
    QVERIFY(m_session->openDemo().ok());
    m_clock = new HearingClock(*m_session);
    m_clock->setClock(m_time);
    m_clock->setPromotion(14);
    m_clock->show();
    QApplication::setActiveWindow(m_clock);
    QVERIFY(QTest::qWaitForWindowActive(m_clock));
    m_start = m_time.nowUtc();
}

void TestHearingClock::cleanup()
{
    delete m_clock;
    m_clock = nullptr;
    delete m_session;
    m_session = nullptr;
}

void TestHearingClock::advanceTo(qint64 milliseconds)
{
    m_time.set(m_start.addMSecs(milliseconds));
    m_clock->tick();
}

QStringList TestHearingClock::rankingNames() const
{
    QStringList names;
    for (const RankedCandidate &row : m_session->snapshots()->of(14)->ranking)
        names.append(row.name);
    return names;
}

void TestHearingClock::stagesAndWarnings()
{
    const QStringList names = rankingNames();
    QCOMPARE(names.size(), 12);
    QCOMPARE(m_clock->candidateLabel()->text(), QStringLiteral("1 / 12 · %1").arg(names.first()));
    QCOMPARE(m_clock->stageLabel()->text(), QStringLiteral("Presentation"));
    QCOMPARE(m_clock->timerLabel()->text(), QStringLiteral("10:00"));
    m_clock->startOrPause();
    QVERIFY(m_clock->timer().isRunning());

    const struct
    {
        qint64 at;
        const char *stage;
        const char *timer;
        bool warning;
    } steps[] = {
        {4 * minute + 30 * second, "Presentation", "05:30", false},
        {9 * minute - 1, "Presentation", "01:01", false},
        {9 * minute, "Presentation", "01:00", true},
        {10 * minute - 1, "Presentation", "00:01", true},
        {10 * minute, "Questions", "05:00", false},
        {14 * minute - 1, "Questions", "01:01", false},
        {14 * minute, "Questions", "01:00", true},
        {15 * minute - 1, "Questions", "00:01", true},
        {15 * minute, "Over time", "+00:00", false},
        {16 * minute + 30 * second, "Over time", "+01:30", false},
    };
    for (const auto &step : steps) {
        advanceTo(step.at);
        const QString at = PitchTimer::format(step.at);
        QVERIFY2(m_clock->stageLabel()->text() == QLatin1String(step.stage), qPrintable(at));
        QVERIFY2(m_clock->timerLabel()->text() == QLatin1String(step.timer),
                 qPrintable(at + QStringLiteral(": ") + m_clock->timerLabel()->text()));
        QVERIFY2(m_clock->isWarningShown() == step.warning, qPrintable(at));
    }
    // The time of day, from the same clock.
    QCOMPARE(m_clock->clockLabel()->text(), m_time.nowUtc().toLocalTime().toString(QStringLiteral("HH:mm")));
}

void TestHearingClock::keyboardStartPauseNextPrevious()
{
    const QStringList names = rankingNames();
    QCOMPARE(m_clock->findChild<QAction *>(QStringLiteral("hearingStartPauseAction"))->shortcut(),
             QKeySequence(Qt::Key_F5));
    QTest::keyClick(m_clock, Qt::Key_F5);
    QVERIFY(m_clock->timer().isRunning());
    advanceTo(2 * minute);
    // Paused for five minutes: the timer stays at 8:00 left.
    QTest::keyClick(m_clock, Qt::Key_F5);
    QVERIFY(!m_clock->timer().isRunning());
    advanceTo(7 * minute);
    QCOMPARE(m_clock->timerLabel()->text(), QStringLiteral("08:00"));
    QTest::keyClick(m_clock, Qt::Key_F5);
    advanceTo(8 * minute);
    QCOMPARE(m_clock->timerLabel()->text(), QStringLiteral("07:00"));

    // Next: the second of the ranking, the timer back at zero and paused.
    QTest::keyClick(m_clock, Qt::Key_F6);
    QCOMPARE(m_clock->currentName(), names.at(1));
    QCOMPARE(m_clock->candidateLabel()->text(), QStringLiteral("2 / 12 · %1").arg(names.at(1)));
    QVERIFY(!m_clock->timer().isRunning());
    QCOMPARE(m_clock->timerLabel()->text(), QStringLiteral("10:00"));
    QTest::keyClick(m_clock, Qt::Key_F6);
    QCOMPARE(m_clock->currentName(), names.at(2));
    QTest::keyClick(m_clock, Qt::Key_F6, Qt::ShiftModifier);
    QCOMPARE(m_clock->currentName(), names.at(1));
    QTest::keyClick(m_clock, Qt::Key_F6, Qt::ShiftModifier);
    QCOMPARE(m_clock->currentName(), names.at(0));
    // At the first, previous does nothing; at the last, next does nothing.
    QVERIFY(!m_clock->previous());
    QCOMPARE(m_clock->currentName(), names.at(0));
    for (int i = 1; i < names.size(); ++i)
        QVERIFY(m_clock->next());
    QCOMPARE(m_clock->currentName(), names.last());
    QVERIFY(!m_clock->next());
    QVERIFY(!m_clock->findChild<QAction *>(QStringLiteral("hearingNextAction"))->isEnabled());
}

void TestHearingClock::runningOrderIsKeptPerDatabaseAndPromotion()
{
    const QStringList names = rankingNames();
    QPointer<RunningOrderDialog> dialog = m_clock->openOrderDialog();
    QVERIFY(dialog);
    QListWidget *list = dialog->listWidget();
    QCOMPARE(list->count(), 12);
    QCOMPARE(list->item(0)->text(), names.at(0));
    // The third candidate moved to the top; the presentation set to 7 minutes.
    list->setCurrentRow(2);
    dialog->moveSelected(-1);
    dialog->moveSelected(-1);
    dialog->findChild<QSpinBox *>(QStringLiteral("presentationMinutesSpinBox"))->setValue(7);
    dialog->accept();
    QCOMPARE(m_clock->currentName(), names.at(0));
    QCOMPARE(m_clock->order().currentIndex(), 1);
    QVERIFY(m_clock->previous());
    QCOMPARE(m_clock->currentName(), names.at(2));
    QCOMPARE(m_clock->timer().presentationLength(), 7 * minute);
    QCOMPARE(m_clock->timerLabel()->text(), QStringLiteral("07:00"));

    // Another clock on the same database and promotion finds the order; another promotion does not.
    HearingClock again(*m_session);
    again.setPromotion(14);
    QCOMPARE(again.order().order(), m_clock->order().order());
    QCOMPARE(again.timer().presentationLength(), 7 * minute);
    again.setPromotion(13);
    QVERIFY(!again.order().isCustom());

    // "Ranking order" puts it back, and nothing is kept any more.
    dialog = m_clock->openOrderDialog();
    dialog->resetToRanking();
    QCOMPARE(dialog->listWidget()->item(0)->text(), names.at(0));
    dialog->accept();
    QVERIFY(!m_clock->order().isCustom());
    HearingClock third(*m_session);
    third.setPromotion(14);
    QVERIFY(!third.order().isCustom());
}

QTEST_MAIN(TestHearingClock)
#include "tst_hearingclock.moc"
