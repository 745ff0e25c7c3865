#include "ranking/RankingTableModel.h"
#include "ranking/RankingView.h"
#include "shell/MainWindow.h"
#include "storage/CommitteeStore.h"
#include "storage/PromotionSnapshots.h"
#include "storage/ScoringStore.h"

#include <QElapsedTimer>
#include <QHeaderView>
#include <QSignalBlocker>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <QUndoStack>
#include <algorithm>

// A typed note to a repainted ranking, end to end through the window on its real widgets, at the
// issue's size (200 candidates × 9 members × 5 criteria, every note given; target under 5 ms): a digit
// typed in the scoring grid (the command, the store's write, the shared snapshot read once, the grid),
// then the ranking tab shown and painted (its table re-ranked, the gauge). The digit alone is timed
// too, to see the share of each part. The baseline is the least Qt does to show a changed ranking: one
// item set in a 200-row QStandardItemModel, sorted, its QTableView painted. A benchmark, not a timed
// test: run build/tests/bench_notetoranking.
class BenchNoteToRanking : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void typedNoteToPaintedRanking200();
    void typedNoteInGrid200();
    void partsOfOneNote200();
    void baselineSortAndPaint200();

private:
    template <typename T> T *child(const char *name) const
    {
        T *found = m_window->findChild<T *>(QLatin1String(name));
        if (!found)
            qFatal("no child %s", name);
        return found;
    }
    void showTab(const char *name);
    // One digit typed in a cell of the first criterion; a different cell and note each time, so that
    // every change moves its candidate.
    void typeNextNote();

    QTemporaryDir *m_dir = nullptr;
    MainWindow *m_window = nullptr;
    int m_change = 0;
};

namespace {
constexpr int candidateCount = 200;
constexpr int memberCount = 9;
constexpr int criterionCount = 5;
} // namespace

void BenchNoteToRanking::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("DINUM-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("bench_notetoranking"));
}

void BenchNoteToRanking::init()
{
    m_dir = new QTemporaryDir;
    m_window = new MainWindow;
    m_window->setOperatorName(QStringLiteral("bench"));
    QVERIFY(m_window->openDatabase(m_dir->filePath(QStringLiteral("bench.sqlite"))).ok());
    m_window->resize(1400, 900);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
    Promotion promotion;
    promotion.number = 13;
    promotion.year = 2023;
    promotion.envelope = Money::fromEuros(2550000);
    QVERIFY(m_window->addPromotion(promotion).ok());
    QList<Candidate> candidates;
    for (int i = 0; i < candidateCount; ++i) {
        Candidate candidate;
        candidate.name = QStringLiteral("Service numérique n° %1").arg(i);
        candidate.carrier = QStringLiteral("Direction interministérielle du numérique");
        candidate.annualBudget = Money::fromEuros(150000 + (i * 7919) % 850000);
        candidate.requested = Money::fromEuros(50000 + (i * 104729) % 250000);
        candidates.append(candidate);
    }
    QVERIFY(m_window->importCandidates(candidates).ok());
    QStringList names;
    for (int member = 1; member <= memberCount; ++member)
        names.append(QStringLiteral("Membre %1").arg(member));
    ScoringStore &scoring = *m_window->scoringStore();
    const Result<QList<CommitteeMember>> members = scoring.addMembers(13, names);
    QVERIFY(members.ok());
    QList<ScoreNote> notes;
    for (const Candidate &candidate : m_window->store()->candidates(13).value()) {
        for (const CommitteeMember &member : members.value()) {
            for (int criterion = 0; criterion < criterionCount; ++criterion)
                notes.append(
                    {candidate.id, member.id, criterion, int((candidate.id * 31 + member.id * 7 + criterion * 3) % 6)});
        }
    }
    QVERIFY(scoring.importScores(13, notes, {}).ok());
    // Every page built, as after a session's first minutes.
    for (const char *tab : {"rankingTab", "whatIfTab", "dashboardTab", "scoringTab"})
        showTab(tab);
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window));
    QCOMPARE(child<RankingView>("rankingView")->model()->rowCount(), candidateCount);
}

void BenchNoteToRanking::cleanup()
{
    delete m_window;
    m_window = nullptr;
    delete m_dir;
    m_dir = nullptr;
}

void BenchNoteToRanking::showTab(const char *name)
{
    child<QTabWidget>("mainTabWidget")->setCurrentWidget(child<QWidget>(name));
}

void BenchNoteToRanking::typeNextNote()
{
    auto *table = child<QTableView>("scoringTableView");
    const int row = (m_change * 7919) % candidateCount;
    const int column = m_change % memberCount;
    const QModelIndex cell = table->model()->index(row, column);
    // Never the note the cell holds, so that every digit is a change.
    const int held = cell.data().toInt();
    const int note = (held + 1 + m_change % 5) % 6;
    ++m_change;
    table->setCurrentIndex(cell);
    QTest::keyClick(table, Qt::Key(Qt::Key_0 + note));
    if (table->model()->index(row, column).data().toInt() != note)
        qFatal("the note typed is not in the grid");
}

void BenchNoteToRanking::typedNoteToPaintedRanking200()
{
    auto *rankingTable = child<RankingView>("rankingView")->tableView();
    const int commandsBefore = m_window->undoStack()->count();
    int iterations = 0;
    QBENCHMARK
    {
        showTab("scoringTab");
        typeNextNote();
        showTab("rankingTab");
        rankingTable->viewport()->repaint();
        ++iterations;
    }
    QCOMPARE(m_window->undoStack()->count(), commandsBefore + iterations);
    QCOMPARE(child<RankingView>("rankingView")->model()->rowCount(), candidateCount);
}

void BenchNoteToRanking::typedNoteInGrid200()
{
    showTab("scoringTab");
    const int commandsBefore = m_window->undoStack()->count();
    int iterations = 0;
    QBENCHMARK
    {
        typeNextNote();
        child<QTableView>("scoringTableView")->viewport()->repaint();
        ++iterations;
    }
    QCOMPARE(m_window->undoStack()->count(), commandsBefore + iterations);
}

// Where a typed note's time goes, for docs/benchmarks.md: the store's write alone (its signals blocked,
// so that no page follows), then one read of the shared snapshot (a snapshot cache of its own on the
// window's stores, dropped before each read). The rest of the end-to-end figure is the pages' work.
// The result given to QtTest is the write's median.
void BenchNoteToRanking::partsOfOneNote200()
{
    ScoringStore &scoring = *m_window->scoringStore();
    const std::shared_ptr<const PromotionSnapshot> shown = PromotionSnapshots(*m_window->store(), scoring, *m_window->decisionStore()).of(13);
    const qint64 candidate = shown->candidates.first().id;
    const qint64 member = shown->sheet.members().first().id;
    PromotionSnapshots snapshots(*m_window->store(), scoring, *m_window->decisionStore());
    QList<qint64> writes;
    QList<qint64> reads;
    for (int change = 0; change < 21; ++change) {
        QElapsedTimer clock;
        {
            const QSignalBlocker blocker(&scoring);
            clock.start();
            QVERIFY(scoring.setNote(13, candidate, member, 0, change % 6).ok());
            writes.append(clock.nsecsElapsed());
        }
        snapshots.invalidate(13);
        clock.restart();
        QVERIFY(snapshots.of(13)->isScored());
        reads.append(clock.nsecsElapsed());
    }
    std::sort(writes.begin(), writes.end());
    std::sort(reads.begin(), reads.end());
    qInfo("one note, median of 21: the store's write %.1f ms (its read of the one cell, the write, the audit, "
          "the commit), one snapshot read %.1f ms",
          double(writes.at(10)) / 1e6, double(reads.at(10)) / 1e6);
    QTest::setBenchmarkResult(double(writes.at(10)) / 1e6, QTest::WalltimeMilliseconds);
}

void BenchNoteToRanking::baselineSortAndPaint200()
{
    QStandardItemModel model(candidateCount, 3);
    for (int row = 0; row < candidateCount; ++row) {
        model.setItem(row, 0, new QStandardItem(QStringLiteral("Service numérique n° %1").arg(row)));
        model.setItem(row, 1, new QStandardItem(QString::number((row * 7919) % 1000 / 10.0, 'f', 1)));
        model.setItem(row, 2, new QStandardItem(QStringLiteral("%1 €").arg(50000 + (row * 104729) % 250000)));
    }
    QTableView view;
    view.setModel(&model);
    view.resize(1400, 900);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    int change = 0;
    QBENCHMARK
    {
        const int row = (change * 7919) % candidateCount;
        model.item(row, 1)->setText(QString::number((change * 37) % 1000 / 10.0, 'f', 1));
        ++change;
        model.sort(1, Qt::DescendingOrder);
        view.viewport()->repaint();
    }
}

QTEST_MAIN(BenchNoteToRanking)
#include "bench_notetoranking.moc"
