#include "candidates/CandidateApplicationModel.h"
#include "candidates/EarlierApplicationsPanel.h"
#include "shell/MainWindow.h"
#include "PastPromotionsFixture.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

// The panel beside the candidates: selecting a returning candidate shows its other applications with
// their score, decision and grant; a first application hides it; Enter on an application goes to it.
class TestEarlierApplicationsPanel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void returningCandidateShowsItsApplications();
    void firstApplicationHidesThePanel();
    void seenFromAnOldPromotion();
    void enterGoesToTheApplication();
    void setApplicationsSaysWhenThereAreNone();

private:
    void selectCandidate(const QString &name);
    QStringList panelRows() const;

    QTemporaryDir *m_dir = nullptr;
    MainWindow *m_window = nullptr;
};

using PastPromotionsFixture::nb;

void TestEarlierApplicationsPanel::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("DINUM-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_earlierapplicationspanel"));
}

void TestEarlierApplicationsPanel::init()
{
    m_dir = new QTemporaryDir;
    m_window = new MainWindow;
    const QString opened =
        PastPromotionsFixture::openInWindow(*m_window, m_dir->filePath(QStringLiteral("committee.sqlite")));
    QVERIFY2(opened.isEmpty(), qPrintable(opened));
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
    QCOMPARE(m_window->currentPromotionNumber(), 13);
}

void TestEarlierApplicationsPanel::cleanup()
{
    delete m_window;
    m_window = nullptr;
    delete m_dir;
    m_dir = nullptr;
}

void TestEarlierApplicationsPanel::selectCandidate(const QString &name)
{
    // Typed into the table, as keyboard search does: the first letters select the row.
    auto *view = m_window->findChild<QTableView *>(QStringLiteral("candidatesTableView"));
    view->setFocus();
    for (int row = 0; row < view->model()->rowCount(); ++row) {
        if (view->model()->index(row, 0).data().toString() == name) {
            QTest::mouseClick(view->viewport(), Qt::LeftButton, {},
                              view->visualRect(view->model()->index(row, 0)).center());
            return;
        }
    }
    QFAIL(qPrintable(QStringLiteral("no row %1").arg(name)));
}

QStringList TestEarlierApplicationsPanel::panelRows() const
{
    const auto *view = m_window->findChild<QTableView *>(QStringLiteral("earlierApplicationsTableView"));
    QStringList rows;
    for (int row = 0; row < view->model()->rowCount(); ++row) {
        QStringList cells;
        for (int column = 0; column < view->model()->columnCount(); ++column) {
            if (!view->isColumnHidden(column))
                cells.append(view->model()->index(row, column).data().toString());
        }
        rows.append(cells.join(QLatin1Char('|')));
    }
    return rows;
}

void TestEarlierApplicationsPanel::returningCandidateShowsItsApplications()
{
    EarlierApplicationsPanel *panel = m_window->earlierApplicationsPanel();
    QVERIFY(panel);
    QCOMPARE(panel->objectName(), QStringLiteral("earlierApplicationsWidget"));
    QVERIFY(!panel->isVisible());
    QAbstractItemModelTester tester(panel->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    selectCandidate(QString::fromUtf8("RÉFUGIÉS.INFO"));
    QTRY_VERIFY(panel->isVisible());
    QCOMPARE(panel->findChild<QLabel *>(QStringLiteral("earlierApplicationsTitleLabel"))->text(),
             QString::fromUtf8("RÉFUGIÉS.INFO also applied to 2 other promotion(s):"));
    // Earliest first, each as it was then: promotion, year, name, carrier, incubator, decision, granted, score.
    QCOMPARE(panelRows(),
             QStringList({nb("FAST11 (closed)|2022|Réfugiés.info|Ministère de l'Intérieur|Fabrique numérique|Laureate|"
                             "200~000~€|80,0"),
                          QStringLiteral(
                              "FAST12 (closed)|2023|Refugies.Info|Ministère de l'Intérieur||Waitlist|—|not scored")}));
}

void TestEarlierApplicationsPanel::firstApplicationHidesThePanel()
{
    selectCandidate(QString::fromUtf8("RÉFUGIÉS.INFO"));
    QTRY_VERIFY(m_window->earlierApplicationsPanel()->isVisible());
    selectCandidate(QStringLiteral("Pix"));
    QTRY_VERIFY(!m_window->earlierApplicationsPanel()->isVisible());
}

void TestEarlierApplicationsPanel::seenFromAnOldPromotion()
{
    QVERIFY(m_window->selectPromotion(12));
    selectCandidate(QStringLiteral("Refugies.Info"));
    QTRY_VERIFY(m_window->earlierApplicationsPanel()->isVisible());
    QCOMPARE(panelRows(),
             QStringList(
                 {nb("FAST11 (closed)|2022|Réfugiés.info|Ministère de l'Intérieur|Fabrique numérique|Laureate|"
                     "200~000~€|80,0"),
                  QString::fromUtf8("FAST13|2023|RÉFUGIÉS.INFO|DIAIR|Fabrique numérique|No decision|—|not scored")}));
}

void TestEarlierApplicationsPanel::enterGoesToTheApplication()
{
    selectCandidate(QString::fromUtf8("RÉFUGIÉS.INFO"));
    auto *view = m_window->findChild<QTableView *>(QStringLiteral("earlierApplicationsTableView"));
    QTRY_VERIFY(view->isVisible());
    // Reachable with Tab from the candidates.
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget *>(view));
    view->setCurrentIndex(view->model()->index(0, 0));
    QTest::keyClick(view, Qt::Key_Return);
    QTRY_COMPARE(m_window->currentPromotionNumber(), 11);
    auto *candidates = m_window->findChild<QTableView *>(QStringLiteral("candidatesTableView"));
    QCOMPARE(candidates->currentIndex().siblingAtColumn(0).data().toString(), QString::fromUtf8("Réfugiés.info"));
    // There, the panel shows the two later applications.
    QTRY_COMPARE(m_window->earlierApplicationsPanel()->model()->rowCount(), 2);
}

void TestEarlierApplicationsPanel::setApplicationsSaysWhenThereAreNone()
{
    EarlierApplicationsPanel panel;
    panel.setApplications(QStringLiteral("Pix"), {});
    QCOMPARE(panel.findChild<QLabel *>(QStringLiteral("earlierApplicationsTitleLabel"))->text(),
             QStringLiteral("No application of Pix to another promotion."));
    QVERIFY(panel.findChild<QTableView *>(QStringLiteral("earlierApplicationsTableView"))->isHidden());
}

QTEST_MAIN(TestEarlierApplicationsPanel)
#include "tst_earlierapplicationspanel.moc"
