#include "PastPromotionsFixture.h"
#include "candidates/CandidateApplicationModel.h"
#include "candidates/CandidateSearchDialog.h"
#include "shell/MainWindow.h"
#include "storage/CommitteeStore.h"
#include "storage/DecisionStore.h"
#include "storage/ScoringStore.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QLabel>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

// The search across promotions in the real window: text typed into the dialog gives the exact rows as it
// is typed, and Enter goes to the chosen candidate in its promotion.
class TestCandidateSearchDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void typedTextGivesExactRows_data();
    void typedTextGivesExactRows();
    void rowShowsTheApplication();
    void withdrawnScoredCandidateShowsItsScore();
    void enterGoesToTheCandidate();
    void nothingFoundSaysSo();

private:
    CandidateSearchDialog *openDialog();

    QTemporaryDir *m_dir = nullptr;
    MainWindow *m_window = nullptr;
};

using PastPromotionsFixture::nb;

namespace {

QStringList shownRows(const QTableView *view)
{
    QStringList rows;
    for (int row = 0; row < view->model()->rowCount(); ++row) {
        const auto cell = [&](CandidateApplicationModel::Column c) {
            return view->model()->index(row, CandidateApplicationModel::column(c)).data().toString();
        };
        rows.append(cell(CandidateApplicationModel::Column::Promotion) + QLatin1Char(':') +
                    cell(CandidateApplicationModel::Column::Name));
    }
    return rows;
}

} // namespace

void TestCandidateSearchDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("DINUM-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_candidatesearchdialog"));
}

void TestCandidateSearchDialog::init()
{
    m_dir = new QTemporaryDir;
    m_window = new MainWindow;
    const QString opened =
        PastPromotionsFixture::openInWindow(*m_window, m_dir->filePath(QStringLiteral("committee.sqlite")));
    QVERIFY2(opened.isEmpty(), qPrintable(opened));
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
}

void TestCandidateSearchDialog::cleanup()
{
    delete m_window;
    m_window = nullptr;
    delete m_dir;
    m_dir = nullptr;
}

CandidateSearchDialog *TestCandidateSearchDialog::openDialog()
{
    // Through its shortcut, as a committee member would.
    QAction *action = m_window->findChild<QAction *>(QStringLiteral("searchAllAction"));
    if (!action || action->shortcut() != QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F))
        return nullptr;
    QTest::keyClick(m_window, Qt::Key_F, Qt::ControlModifier | Qt::ShiftModifier);
    auto *dialog = m_window->findChild<CandidateSearchDialog *>(QStringLiteral("candidateSearchDialog"));
    if (dialog && !QTest::qWaitForWindowExposed(dialog))
        return nullptr;
    return dialog;
}

void TestCandidateSearchDialog::typedTextGivesExactRows_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QStringList>("rows");
    QTest::newRow("name, no accents") << QStringLiteral("refugies")
                                      << QStringList{QString::fromUtf8("FAST13:RÉFUGIÉS.INFO"),
                                                     QStringLiteral("FAST12 (closed):Refugies.Info"),
                                                     QString::fromUtf8("FAST11 (closed):Réfugiés.info")};
    QTest::newRow("incubator") << QStringLiteral("beta.gouv")
                               << QStringList{QStringLiteral("FAST13:Pix"),
                                              QStringLiteral("FAST11 (closed):Aides-Jeunes")};
    QTest::newRow("carrier, accents typed") << QString::fromUtf8("INTÉRIEUR")
                                            << QStringList{QStringLiteral("FAST12 (closed):Refugies.Info"),
                                                           QString::fromUtf8("FAST11 (closed):Réfugiés.info")};
}

void TestCandidateSearchDialog::typedTextGivesExactRows()
{
    QFETCH(QString, typed);
    CandidateSearchDialog *dialog = openDialog();
    QVERIFY(dialog);
    QAbstractItemModelTester tester(dialog->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    auto *edit = dialog->findChild<QLineEdit *>(QStringLiteral("allPromotionsSearchLineEdit"));
    auto *view = dialog->findChild<QTableView *>(QStringLiteral("searchResultsTableView"));
    QVERIFY(edit && view);
    QVERIFY(edit->hasFocus());
    QTest::keyClicks(edit, typed);
    QTEST(shownRows(view), "rows");
    QFETCH(QStringList, rows);
    QCOMPARE(dialog->findChild<QLabel *>(QStringLiteral("searchResultCountLabel"))->text(),
             QStringLiteral("%1 candidate(s) found. Enter or double-click goes to the candidate.").arg(rows.size()));
}

void TestCandidateSearchDialog::rowShowsTheApplication()
{
    CandidateSearchDialog *dialog = openDialog();
    QVERIFY(dialog);
    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("allPromotionsSearchLineEdit")),
                     QStringLiteral("refugies"));
    auto *view = dialog->findChild<QTableView *>(QStringLiteral("searchResultsTableView"));
    QStringList cells;
    for (int column = 0; column < view->model()->columnCount(); ++column)
        cells.append(view->model()->index(2, column).data().toString());
    QCOMPARE(
        cells.join(QLatin1Char('|')),
        nb("FAST11 (closed)|2022|Réfugiés.info|Ministère de l'Intérieur|Fabrique numérique|Laureate|200~000~€|80,0"));
    cells.clear();
    for (int column = 0; column < view->model()->columnCount(); ++column)
        cells.append(view->model()->index(1, column).data().toString());
    QCOMPARE(cells.join(QLatin1Char('|')),
             QStringLiteral("FAST12 (closed)|2023|Refugies.Info|Ministère de l'Intérieur||Waitlist|—|not scored"));
}

void TestCandidateSearchDialog::withdrawnScoredCandidateShowsItsScore()
{
    // Issue 14: once withdrawn, a scored candidate showed "not scored". FAST13's RÉFUGIÉS.INFO is noted 4 on
    // every criterion by its one member (80,0), then withdraws.
    ScoringStore &scoring = *m_window->scoringStore();
    const Result<QList<CommitteeMember>> members = scoring.addMembers(13, {QStringLiteral("Alice")});
    QVERIFY2(members.ok(), qPrintable(members.error()));
    qint64 candidateId = 0;
    for (const Candidate &candidate : m_window->store()->candidates(13).value()) {
        if (candidate.name == QStringLiteral("RÉFUGIÉS.INFO"))
            candidateId = candidate.id;
    }
    QVERIFY(candidateId != 0);
    for (int criterion = 0; criterion < 5; ++criterion)
        QVERIFY(scoring.setNote(13, candidateId, members.value().first().id, criterion, 4).ok());
    QVERIFY(m_window->decisionStore()->setDecision(candidateId, Decision::Withdrawn).ok());

    CandidateSearchDialog *dialog = openDialog();
    QVERIFY(dialog);
    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("allPromotionsSearchLineEdit")),
                     QStringLiteral("refugies"));
    auto *view = dialog->findChild<QTableView *>(QStringLiteral("searchResultsTableView"));
    QStringList cells;
    for (int column = 0; column < view->model()->columnCount(); ++column)
        cells.append(view->model()->index(0, column).data().toString());
    QCOMPARE(cells.join(QLatin1Char('|')),
             QStringLiteral("FAST13|2023|RÉFUGIÉS.INFO|DIAIR|Fabrique numérique|Withdrawn|—|80,0 (withdrawn)"));
}

void TestCandidateSearchDialog::enterGoesToTheCandidate()
{
    QPointer<CandidateSearchDialog> dialog = openDialog();
    QVERIFY(dialog);
    auto *edit = dialog->findChild<QLineEdit *>(QStringLiteral("allPromotionsSearchLineEdit"));
    QTest::keyClicks(edit, QStringLiteral("refugies"));
    // Down goes from the text to the results (first row), Down again to FAST12's application.
    QTest::keyClick(edit, Qt::Key_Down);
    auto *view = dialog->findChild<QTableView *>(QStringLiteral("searchResultsTableView"));
    QTRY_VERIFY(view->hasFocus());
    QTest::keyClick(view, Qt::Key_Down);
    QCOMPARE(view->currentIndex().row(), 1);
    QTest::keyClick(view, Qt::Key_Return);
    QTRY_VERIFY(!dialog);
    QCOMPARE(m_window->currentPromotionNumber(), 12);
    auto *candidates = m_window->findChild<QTableView *>(QStringLiteral("candidatesTableView"));
    QCOMPARE(candidates->currentIndex().siblingAtColumn(0).data().toString(), QStringLiteral("Refugies.Info"));
    QVERIFY(candidates->selectionModel()->isRowSelected(candidates->currentIndex().row(), QModelIndex()));
}

void TestCandidateSearchDialog::nothingFoundSaysSo()
{
    QPointer<CandidateSearchDialog> dialog = openDialog();
    QVERIFY(dialog);
    auto *edit = dialog->findChild<QLineEdit *>(QStringLiteral("allPromotionsSearchLineEdit"));
    QTest::keyClicks(edit, QStringLiteral("zzz"));
    auto *view = dialog->findChild<QTableView *>(QStringLiteral("searchResultsTableView"));
    QCOMPARE(view->model()->rowCount(), 0);
    QCOMPARE(dialog->findChild<QLabel *>(QStringLiteral("searchResultCountLabel"))->text(),
             QStringLiteral("No candidate matches \"zzz\"."));
    // Enter with nothing found keeps the dialog and the shown promotion.
    QTest::keyClick(edit, Qt::Key_Return);
    QVERIFY(dialog);
    QCOMPARE(m_window->currentPromotionNumber(), 13);
}

QTEST_MAIN(TestCandidateSearchDialog)
#include "tst_candidatesearchdialog.moc"
