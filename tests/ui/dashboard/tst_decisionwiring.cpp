#include "WiringWindowFixture.h"
#include "dashboard/DashboardView.h"
#include "dashboard/EnvelopeChart.h"
#include "ranking/RankingTableModel.h"
#include "ranking/RankingView.h"
#include "shell/MainWindow.h"
#include "storage/CommitteeStore.h"
#include "storage/ScoringStore.h"

#include <QAbstractBarSeries>
#include <QBarSet>
#include <QChart>
#include <QComboBox>
#include <QDialog>
#include <QPushButton>
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

// The wiring from a decision to the dashboard, on the real widgets of the window: a decision taken in
// the ranking tab's dialog is on the dashboard's envelope when its tab is shown next.
// FAST15, envelope 300 000 €: Alpha (80.0, eligible 150 000 €) is proposed laureate, Beta (60.0, eligible
// 200 000 €) waitlisted. The committee grants Beta its 200 000 € all the same: the proposed part stays
// Alpha's 150 000 € (so nothing but the decision itself can move the dashboard), 200 000 € are consumed
// and the envelope is overspent by 50 000 €.
class TestDecisionWiring : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void decisionChangesTheDashboard();

private:
    template <typename T> T *child(const char *name) const { return WiringWindowFixture::child<T>(*m_window, name); }
    void showTab(const char *name);
    // The envelope chart's bars: "label = euros drawn", in order.
    QStringList envelopeBars() const;

    QTemporaryDir *m_dir = nullptr;
    MainWindow *m_window = nullptr;
};

void TestDecisionWiring::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("DINUM-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_decisionwiring"));
}

void TestDecisionWiring::init()
{
    m_dir = new QTemporaryDir;
    QVERIFY(m_dir->isValid());
    m_window = WiringWindowFixture::openWindow(*m_dir, 1400, 900);
    QVERIFY(m_window);
    const QString written = WiringWindowFixture::addPromotionWithCandidates(
        *m_window, 300000, {{QStringLiteral("Alpha"), 150000}, {QStringLiteral("Beta"), 200000}});
    QVERIFY2(written.isEmpty(), qPrintable(written));
    const QString scored = WiringWindowFixture::scoreByAliceAlone(*m_window);
    QVERIFY2(scored.isEmpty(), qPrintable(scored));
}

void TestDecisionWiring::cleanup()
{
    delete m_window;
    m_window = nullptr;
    delete m_dir;
    m_dir = nullptr;
}

void TestDecisionWiring::showTab(const char *name)
{
    WiringWindowFixture::showTab(*m_window, name);
}

QStringList TestDecisionWiring::envelopeBars() const
{
    QStringList bars;
    const QList<QAbstractSeries *> series = child<DashboardView>("dashboardView")->envelopeChart()->chart()->series();
    for (QAbstractSeries *one : series) {
        if (auto *stacked = qobject_cast<QAbstractBarSeries *>(one)) {
            const QList<QBarSet *> sets = stacked->barSets();
            for (const QBarSet *set : sets)
                bars.append(QStringLiteral("%1 = %2").arg(set->label()).arg(set->at(0), 0, 'f', 0));
        }
    }
    return bars;
}

void TestDecisionWiring::decisionChangesTheDashboard()
{
    showTab("dashboardTab");
    QCOMPARE(envelopeBars(), (QStringList{QStringLiteral("Consumed: 0\u00A0€ = 0"),
                                          QStringLiteral("Proposed: 150\u00A0000\u00A0€ = 150000"),
                                          QStringLiteral("Remaining: 150\u00A0000\u00A0€ = 150000")}));

    // Beta's decision, from the ranking tab's dialog as the committee takes it.
    showTab("rankingTab");
    auto *ranking = child<RankingView>("rankingView");
    QCOMPARE(ranking->model()->rowAt(1).name, QStringLiteral("Beta"));
    ranking->tableView()->selectRow(1);
    ranking->decideSelected();
    auto *dialog = m_window->findChild<QDialog *>(QStringLiteral("decisionDialog"));
    QVERIFY(dialog);
    auto *combo = dialog->findChild<QComboBox *>(QStringLiteral("decisionCombo"));
    combo->setCurrentIndex(combo->findData(int(Decision::Laureate)));
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("okButton")), Qt::LeftButton);
    QTRY_COMPARE(ranking->model()->rowAt(1).granted, Money::fromEuros(200000));

    showTab("dashboardTab");
    QCOMPARE(envelopeBars(), (QStringList{QStringLiteral("Consumed: 200\u00A0000\u00A0€ = 200000"),
                                          QStringLiteral("Proposed: 150\u00A0000\u00A0€ = 100000"),
                                          QStringLiteral("Overspend: 50\u00A0000\u00A0€ = 50000")}));

    // Undone from the window's stack while the dashboard is shown, the decision leaves it at once.
    m_window->undoStack()->undo();
    QCOMPARE(envelopeBars(), (QStringList{QStringLiteral("Consumed: 0\u00A0€ = 0"),
                                          QStringLiteral("Proposed: 150\u00A0000\u00A0€ = 150000"),
                                          QStringLiteral("Remaining: 150\u00A0000\u00A0€ = 150000")}));
}

QTEST_MAIN(TestDecisionWiring)
#include "tst_decisionwiring.moc"
