#include "candidates/CandidateTableModel.h"
#include "candidates/CandidatesPage.h"
#include "commands/AddPromotionCommand.h"
#include "shell/MainWindow.h"
#include "shell/ReadFailurePage.h"
#include "shell/WelcomePage.h"
#include "widgets/EmptyState.h"

#include "StatementFaults.h"
#include "storage/CommitteeStore.h"
#include "storage/Database.h"

#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QStatusBar>
#include <QTabWidget>
#include <QTreeWidget>
#include <QUndoStack>
#include <QtTest>

namespace {

const QString interrupted = QStringLiteral(" from the database: interrupted Unable to fetch row");

Promotion makePromotion(int number)
{
    Promotion promotion;
    promotion.number = number;
    promotion.year = 2026;
    promotion.envelope = Money::fromEuros(1000000);
    return promotion;
}

Candidate makeCandidate(const QString &name)
{
    Candidate candidate;
    candidate.name = name;
    candidate.carrier = QStringLiteral("DINUM");
    candidate.annualBudget = Money::fromEuros(400000);
    candidate.requested = Money::fromEuros(150000);
    return candidate;
}

} // namespace

// The window on a database whose lists cannot be read (a lock held by another program, a disk error): it
// says so, in the page and the status bar, and never shows the empty state that invites the user to create
// or import what is in fact stored: not the welcome page when the promotions cannot be read, not "No
// candidate yet" when the candidates cannot be read. Once the database answers again, "Try again" shows
// the rows.
class TestReadFailures : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void unreadablePromotionsAreNotAnEmptyDatabase();
    void unreadableCandidatesAreNotAnEmptyPromotion();

private:
    template <typename T> T *child(const char *name) const
    {
        T *found = m_window->findChild<T *>(QLatin1String(name));
        if (!found)
            qFatal("no child %s", name);
        return found;
    }

    // Saves the window to FAST_SCREENSHOT_DIR/name when that variable is set, to look at the error states.
    void grabTo(const QString &name) const
    {
        if (const QString dir = qEnvironmentVariable("FAST_SCREENSHOT_DIR"); !dir.isEmpty())
            m_window->grab().save(QDir(dir).filePath(name));
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    MainWindow *m_window = nullptr;
};

void TestReadFailures::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("DINUM-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_readfailures"));
}

void TestReadFailures::init()
{
    QSettings().clear();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_window = new MainWindow;
    m_window->setOperatorName(QStringLiteral("test"));
    const Outcome opened = m_window->openDatabase(m_dir->filePath(QStringLiteral("committee.sqlite")));
    QVERIFY2(opened.ok(), qPrintable(opened.error()));
    m_window->resize(1280, 800);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
}

void TestReadFailures::cleanup()
{
    delete m_window;
    m_window = nullptr;
    m_dir.reset();
}

void TestReadFailures::unreadablePromotionsAreNotAnEmptyDatabase()
{
    // FAST12 is stored; FAST13 is created in the window, then its creation undone while the promotions'
    // list cannot be read: the window has no promotion to show, and must not say the database has none.
    QVERIFY(m_window->store()->addPromotion(makePromotion(12)).ok());
    QVERIFY(m_window->pushCommand(new AddPromotionCommand(*m_window->store(), makePromotion(13))).ok());
    QVERIFY(m_window->selectPromotion(13));
    StatementFaults faults(m_window->store()->database().connection(), StatementFaults::Counted::Reads);
    QVERIFY(faults.isInstalled());
    faults.failEvery(QStringLiteral("FROM promotions ORDER BY number"));

    m_window->undoStack()->undo();

    QVERIFY(faults.failed());
    QCOMPARE(m_window->currentPromotionNumber(), 0);
    QVERIFY(!m_window->welcomePage()->isVisible());
    auto *failure = child<ReadFailurePage>("readFailurePage");
    QVERIFY(failure->isVisible());
    QCOMPARE(failure->title(), QStringLiteral("The promotions could not be read"));
    const QString message = QStringLiteral("Cannot read the promotions") + interrupted;
    QCOMPARE(failure->message(), message + QStringLiteral("\nNothing was changed in the database. Close the program "
                                                          "that holds it, or free some space, then try again."));
    QCOMPARE(m_window->statusBar()->currentMessage(), message);
    // The sidebar says it too, rather than listing no promotion.
    auto *tree = m_window->findChild<QTreeWidget *>();
    QVERIFY(tree);
    QCOMPARE(tree->topLevelItemCount(), 1);
    QCOMPARE(tree->topLevelItem(0)->text(0), QStringLiteral("The promotions could not be read."));
    QCOMPARE(tree->topLevelItem(0)->toolTip(0), message);
    grabTo(QStringLiteral("read-failure-promotions.png"));

    // Still unreadable: trying again changes nothing.
    auto *retry = child<QPushButton>("readFailureRetryButton");
    QTest::mouseClick(retry, Qt::LeftButton);
    QVERIFY(failure->isVisible());

    // The database answers again: FAST12, which was there all along.
    faults.disarm();
    QTest::mouseClick(retry, Qt::LeftButton);
    QCOMPARE(m_window->currentPromotionNumber(), 12);
    QVERIFY(!failure->isVisible());
    QVERIFY(!m_window->welcomePage()->isVisible());
    QVERIFY(child<QTabWidget>("mainTabWidget")->isVisible());
    QCOMPARE(tree->topLevelItem(0)->child(0)->text(0), QStringLiteral("FAST12"));
}

void TestReadFailures::unreadableCandidatesAreNotAnEmptyPromotion()
{
    QVERIFY(m_window->store()->addPromotion(makePromotion(13)).ok());
    QVERIFY(m_window->addCandidate(makeCandidate(QStringLiteral("Envergo"))).ok());
    QCOMPARE(m_window->candidateModel()->rowCount(), 1);
    StatementFaults faults(m_window->store()->database().connection(), StatementFaults::Counted::Reads);
    QVERIFY(faults.isInstalled());
    faults.failEvery(QStringLiteral("WHERE promotion_id = :0 ORDER BY name_key, id"));

    // The write succeeds; the page's read after it fails.
    QVERIFY(m_window->addCandidate(makeCandidate(QStringLiteral("Aidants Connect"))).ok());

    QVERIFY(faults.failed());
    const QString message = QStringLiteral("Cannot read the candidates") + interrupted;
    auto *readError = child<EmptyState>("candidatesReadError");
    QVERIFY(readError->isVisible());
    QCOMPARE(readError->title(), QStringLiteral("The candidates of FAST13 could not be read"));
    QCOMPARE(readError->message(), message);
    // Still unreadable: trying again says so in the status bar too (the write's own line was there).
    QTest::mouseClick(child<QPushButton>("candidatesRetryButton"), Qt::LeftButton);
    QVERIFY(readError->isVisible());
    QCOMPARE(m_window->statusBar()->currentMessage(), message);
    // Not "No candidate in FAST13 yet" with its add and import buttons.
    QVERIFY(!child<EmptyState>("candidatesEmptyState")->isVisible());
    QVERIFY(!child<QPushButton>("emptyAddCandidateButton")->isVisible());
    QCOMPARE(m_window->candidateModel()->rowCount(), 0);
    // Nor totals of nothing: "Consumed: 0 €" would be a wrong amount.
    QVERIFY(!child<QLabel>("consumedLabel")->isVisible());
    grabTo(QStringLiteral("read-failure-candidates.png"));

    faults.disarm();
    QTest::mouseClick(child<QPushButton>("candidatesRetryButton"), Qt::LeftButton);
    QVERIFY(!readError->isVisible());
    QCOMPARE(m_window->candidateModel()->rowCount(), 2);
    QCOMPARE(m_window->candidateModel()->candidates().at(0).name, QStringLiteral("Aidants Connect"));
}

QTEST_MAIN(TestReadFailures)
#include "tst_readfailures.moc"
