#include "domain/PitchTimer.h"

#include <QTest>

// The hearing's timer to the millisecond: questions from 10:00 exactly, overtime from 15:00, the quiet
// warning from 9:00 and from 14:00, pauses left out of the run time, other lengths, and the figures shown.
class TestPitchTimer : public QObject
{
    Q_OBJECT

private slots:
    void stages_data();
    void stages();
    void pauseKeepsTheRunTime();
    void otherLengths();
    void format_data();
    void format();
};

namespace {
constexpr qint64 second = 1000;
constexpr qint64 minute = 60 * second;
const QDateTime start(QDate(2026, 12, 3), QTime(9, 30), Qt::UTC);
} // namespace

void TestPitchTimer::stages_data()
{
    QTest::addColumn<qint64>("elapsed");
    QTest::addColumn<int>("stage");
    QTest::addColumn<bool>("warning");
    QTest::addColumn<qint64>("remaining");
    QTest::addColumn<qint64>("overtime");
    const int presentation = int(PitchTimer::Stage::Presentation);
    const int questions = int(PitchTimer::Stage::Questions);
    const int overtime = int(PitchTimer::Stage::Overtime);
    QTest::newRow("start") << qint64(0) << presentation << false << 10 * minute << qint64(0);
    QTest::newRow("8:59.999") << 9 * minute - 1 << presentation << false << minute + 1 << qint64(0);
    QTest::newRow("9:00") << 9 * minute << presentation << true << minute << qint64(0);
    QTest::newRow("9:59.999") << 10 * minute - 1 << presentation << true << qint64(1) << qint64(0);
    QTest::newRow("10:00") << 10 * minute << questions << false << 5 * minute << qint64(0);
    QTest::newRow("13:59.999") << 14 * minute - 1 << questions << false << minute + 1 << qint64(0);
    QTest::newRow("14:00") << 14 * minute << questions << true << minute << qint64(0);
    QTest::newRow("14:59.999") << 15 * minute - 1 << questions << true << qint64(1) << qint64(0);
    QTest::newRow("15:00") << 15 * minute << overtime << false << qint64(0) << qint64(0);
    QTest::newRow("16:30") << 16 * minute + 30 * second << overtime << false << qint64(0) << 90 * second;
}

void TestPitchTimer::stages()
{
    QFETCH(qint64, elapsed);
    QFETCH(int, stage);
    QFETCH(bool, warning);
    QFETCH(qint64, remaining);
    QFETCH(qint64, overtime);
    PitchTimer timer;
    timer.start(start);
    const QDateTime now = start.addMSecs(elapsed);
    QCOMPARE(timer.elapsed(now), elapsed);
    QCOMPARE(int(timer.stage(timer.elapsed(now))), stage);
    QCOMPARE(timer.isWarning(elapsed), warning);
    QCOMPARE(timer.remaining(elapsed), remaining);
    QCOMPARE(timer.overtime(elapsed), overtime);
}

void TestPitchTimer::pauseKeepsTheRunTime()
{
    PitchTimer timer;
    QVERIFY(!timer.isRunning());
    QCOMPARE(timer.elapsed(start.addSecs(600)), qint64(0));
    timer.start(start);
    QVERIFY(timer.isRunning());
    timer.pause(start.addSecs(125));
    QVERIFY(!timer.isRunning());
    // Paused for ten minutes: the run time stays at 2:05.
    QCOMPARE(timer.elapsed(start.addSecs(725)), 125 * second);
    timer.start(start.addSecs(725));
    // A second start while running changes nothing.
    timer.start(start.addSecs(800));
    QCOMPARE(timer.elapsed(start.addSecs(1200)), (125 + 475) * second);
    QCOMPARE(timer.stage(timer.elapsed(start.addSecs(1200))), PitchTimer::Stage::Questions);
    // A clock set back never makes the hearing run backwards.
    QCOMPARE(timer.elapsed(start), 125 * second);
    timer.reset();
    QVERIFY(!timer.isRunning());
    QCOMPARE(timer.elapsed(start.addSecs(2000)), qint64(0));
}

void TestPitchTimer::otherLengths()
{
    PitchTimer timer(7 * minute, 3 * minute);
    QCOMPARE(timer.stage(7 * minute - 1), PitchTimer::Stage::Presentation);
    QVERIFY(timer.isWarning(6 * minute));
    QVERIFY(!timer.isWarning(6 * minute - 1));
    QCOMPARE(timer.stage(7 * minute), PitchTimer::Stage::Questions);
    QCOMPARE(timer.stage(10 * minute), PitchTimer::Stage::Overtime);
    timer.setLengths(2 * minute, 0);
    QCOMPARE(timer.stage(2 * minute), PitchTimer::Stage::Overtime);
    QCOMPARE(timer.presentationLength(), 2 * minute);
    QCOMPARE(timer.questionsLength(), qint64(0));
}

void TestPitchTimer::format_data()
{
    QTest::addColumn<qint64>("milliseconds");
    QTest::addColumn<QString>("expected");
    QTest::newRow("zero") << qint64(0) << QStringLiteral("00:00");
    QTest::newRow("under a second") << qint64(999) << QStringLiteral("00:00");
    QTest::newRow("ten minutes") << 10 * minute << QStringLiteral("10:00");
    QTest::newRow("9:59") << 10 * minute - 1 << QStringLiteral("09:59");
    QTest::newRow("an hour and a bit") << 61 * minute + 5 * second << QStringLiteral("01:01:05");
    QTest::newRow("negative") << qint64(-5000) << QStringLiteral("00:00");
}

void TestPitchTimer::format()
{
    QFETCH(qint64, milliseconds);
    QFETCH(QString, expected);
    QCOMPARE(PitchTimer::format(milliseconds), expected);
}

QTEST_GUILESS_MAIN(TestPitchTimer)
#include "tst_pitchtimer.moc"
