#include "QueryCounter.h"
#include "WiringWindowFixture.h"
#include "ranking/RankingTableModel.h"
#include "ranking/RankingView.h"
#include "shell/MainWindow.h"
#include "storage/CommitteeStore.h"
#include "storage/Database.h"
#include "storage/ScoringStore.h"
#include "widgets/EnvelopeGaugeBar.h"

#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QtTest>

#define QVERIFY_OUTCOME(expression)                                                                                    \
    do {                                                                                                               \
        const Outcome outcome_ = (expression);                                                                         \
        QVERIFY2(outcome_.ok(), qPrintable(outcome_.error()));                                                         \
    } while (false)

// The wiring from the scoring grid to the rest of the window, on the real widgets: a note typed in the
// grid re-ranks the ranking tab and moves its envelope gauge, and the whole promotion is read once for
// all the pages that show it.
// FAST15, envelope 300 000 €, Alice the only member. Alpha (eligible 150 000 €) noted 4 everywhere scores
// 80.0, Beta (eligible 200 000 €) noted 3 everywhere 60.0: Alpha is proposed laureate, Beta does not fit
// the 150 000 € left. A 0 typed on Alpha's first criterion (weight 30) brings Alpha to 56.0: Beta leads
// and is proposed for 200 000 €, and Alpha no longer fits the 100 000 € left.
class TestNoteWiring : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void typedNoteReranksAndMovesTheGauge();
    void typedNoteReadsThePromotionOnce();

private:
    template <typename T> T *child(const char *name) const { return WiringWindowFixture::child<T>(*m_window, name); }
    void showTab(const char *name);
    // Types one digit in the grid's first cell (Alpha, Alice, first criterion).
    void typeOnAlpha(Qt::Key digit);
    QStringList rankedNames() const;

    QTemporaryDir *m_dir = nullptr;
    MainWindow *m_window = nullptr;
};

void TestNoteWiring::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("DINUM-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_notewiring"));
}

void TestNoteWiring::init()
{
    m_dir = new QTemporaryDir;
    QVERIFY(m_dir->isValid());
    m_window = WiringWindowFixture::openWindow(*m_dir, 1400, 800);
    QVERIFY(m_window);
    const QString written = WiringWindowFixture::addPromotionWithCandidates(
        *m_window, 300000, {{QStringLiteral("Alpha"), 150000}, {QStringLiteral("Beta"), 200000}});
    QVERIFY2(written.isEmpty(), qPrintable(written));
    const QString scored = WiringWindowFixture::scoreByAliceAlone(*m_window);
    QVERIFY2(scored.isEmpty(), qPrintable(scored));
}

void TestNoteWiring::cleanup()
{
    delete m_window;
    m_window = nullptr;
    delete m_dir;
    m_dir = nullptr;
}

void TestNoteWiring::showTab(const char *name)
{
    WiringWindowFixture::showTab(*m_window, name);
}

void TestNoteWiring::typeOnAlpha(Qt::Key digit)
{
    showTab("scoringTab");
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window));
    auto *table = child<QTableView>("scoringTableView");
    table->setFocus();
    table->setCurrentIndex(table->model()->index(0, 0));
    QTest::keyClick(table, digit);
}

QStringList TestNoteWiring::rankedNames() const
{
    const RankingTableModel *model = child<RankingView>("rankingView")->model();
    QStringList names;
    for (int row = 0; row < model->rowCount(); ++row)
        names.append(model->rowAt(row).name);
    return names;
}

void TestNoteWiring::typedNoteReranksAndMovesTheGauge()
{
    showTab("rankingTab");
    QCOMPARE(rankedNames(), (QStringList{QStringLiteral("Alpha"), QStringLiteral("Beta")}));
    const EnvelopeGaugeBar *gauge = child<RankingView>("rankingView")->gaugeBar();
    QCOMPARE(gauge->gauge().proposed(), Money::fromEuros(150000));
    QCOMPARE(gauge->gauge().remaining(), Money::fromEuros(150000));

    typeOnAlpha(Qt::Key_0);
    const QAbstractItemModel *grid = child<QTableView>("scoringTableView")->model();
    QCOMPARE(grid->index(0, 0).data().toString(), QStringLiteral("0"));
    QCOMPARE(grid->index(0, 1).data().toString(), QStringLiteral("56,0"));

    showTab("rankingTab");
    QCOMPARE(rankedNames(), (QStringList{QStringLiteral("Beta"), QStringLiteral("Alpha")}));
    const RankingTableModel *ranking = child<RankingView>("rankingView")->model();
    QCOMPARE(ranking->rowAt(0).proposedGranted, Money::fromEuros(200000));
    QCOMPARE(ranking->rowAt(1).proposedGranted, Money());
    QCOMPARE(gauge->gauge().proposed(), Money::fromEuros(200000));
    QCOMPARE(gauge->gauge().remaining(), Money::fromEuros(100000));

    // Undone from the window's stack, the note goes and the ranking and the gauge come back.
    m_window->undoStack()->undo();
    QCOMPARE(rankedNames(), (QStringList{QStringLiteral("Alpha"), QStringLiteral("Beta")}));
    QCOMPARE(gauge->gauge().proposed(), Money::fromEuros(150000));
}

void TestNoteWiring::typedNoteReadsThePromotionOnce()
{
    // Every page built first, so that each of them follows the change.
    for (const char *tab : {"rankingTab", "whatIfTab", "dashboardTab", "scoringTab"})
        showTab(tab);

    QueryCounter counter(m_window->store()->database().connection());
    QVERIFY(counter.isTracing());
    typeOnAlpha(Qt::Key_0);
    QCOMPARE(child<QTableView>("scoringTableView")->model()->index(0, 1).data().toString(), QStringLiteral("56,0"));
    for (const char *tab : {"rankingTab", "whatIfTab", "dashboardTab"})
        showTab(tab);
    QCOMPARE(rankedNames(), (QStringList{QStringLiteral("Beta"), QStringLiteral("Alpha")}));

    // The reads of the whole promotion, as SQLite sees them (Qt names the placeholders :0, :1...), each
    // with how often the store's write reads it: the candidates and the notes (the promotion's thousands of
    // rows) never, since it checks the one cell; the criteria, members and recusals (a few rows each) once.
    const QList<QPair<QString, int>> wholePromotionReads = {
        {QStringLiteral("FROM candidates WHERE promotion_id = :0 ORDER BY"), 0},
        {QStringLiteral("FROM criteria WHERE promotion_id = :0"), 1},
        {QStringLiteral("FROM members WHERE promotion_id = :0"), 1},
        {QStringLiteral("FROM recusals r JOIN members m"), 1},
        {QStringLiteral("FROM notes n JOIN members m"), 0},
    };
    QCOMPARE(counter.count(QStringLiteral("BEGIN")), 1);
    QCOMPARE(counter.count(QStringLiteral("COMMIT")), 1);
    for (const auto &[read, readsInTheWrite] : wholePromotionReads) {
        // The command finds the cell and the note it held in the snapshot the grid shows: nothing read.
        QVERIFY2(counter.countBetween(read, QString(), QStringLiteral("BEGIN")) == 0,
                 qPrintable(read + QStringLiteral(" read before the write\n") + counter.statements().join(u'\n')));
        // The store checks the note against its cell of the sheet inside its transaction.
        QVERIFY2(counter.countBetween(read, QStringLiteral("BEGIN"), QStringLiteral("COMMIT")) == readsInTheWrite,
                 qPrintable(read + QStringLiteral(" in the write\n") + counter.statements().join(u'\n')));
        // Then one read for the grid, the ranking, its gauge and proposal, the what-if and the dashboard.
        QVERIFY2(counter.countBetween(read, QStringLiteral("COMMIT"), QString()) == 1,
                 qPrintable(read + QStringLiteral(" after the write\n") + counter.statements().join(u'\n')));
    }
}

QTEST_MAIN(TestNoteWiring)
#include "tst_notewiring.moc"
