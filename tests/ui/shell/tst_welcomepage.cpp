#include "candidates/CandidateTableModel.h"
#include "candidates/ImportPreviewDialog.h"
#include "history/PromotionDialog.h"
#include "ranking/RankingTableModel.h"
#include "ranking/RankingView.h"
#include "scoring/ScoringGridView.h"
#include "shell/MainWindow.h"
#include "shell/WelcomePage.h"
#include "widgets/EmptyState.h"

#include "TestSupport.h"
#include "storage/CommitteeStore.h"
#include "storage/ScoringStore.h"

#include <QComboBox>
#include <QFileDialog>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QUndoStack>
#include <QtTest>

#include <memory>

// The first run as a new user lives it: an empty database opens on the welcome page and its three actions,
// which lead (by keyboard too) to a promotion, an import into a new promotion, or the demonstration; the
// page goes once a promotion exists and comes back when the last one is undone. Then, without opening a
// menu, from the welcome page to a first ranking: promotion, import, members from the scoring tab's empty
// state, notes typed in the grid, ranks in the ranking tab.
class TestWelcomePage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void emptyDatabaseOpensOnWelcome();
    void createPromotionLeavesWelcomeUntilUndone();
    void importGoesThroughANewPromotion();
    void demoButtonOpensTheDemonstration();
    void newUserReachesARankingWithoutAMenu();

private:
    template <typename T> T *child(const char *name) const
    {
        T *found = m_window->findChild<T *>(QLatin1String(name));
        if (!found)
            qFatal("no child %s", name);
        return found;
    }
    bool welcomeShown() const;
    // Fills the new-promotion dialog the window shows and saves it.
    void createPromotionInDialog(int number);
    // Answers the next file dialog with that path, as a user picking the file would.
    void answerFileDialogWith(const QString &path);

    QTemporaryDir *m_dir = nullptr;
    MainWindow *m_window = nullptr;
};

void TestWelcomePage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("DINUM-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_welcomepage"));
}

void TestWelcomePage::init()
{
    QSettings().clear();
    m_dir = new QTemporaryDir;
    QVERIFY(m_dir->isValid());
    m_window = new MainWindow;
    m_window->setOperatorName(QStringLiteral("test"));
    const Outcome opened = m_window->openDatabase(m_dir->filePath(QStringLiteral("committee.sqlite")));
    QVERIFY2(opened.ok(), qPrintable(opened.error()));
    m_window->resize(1280, 800);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
}

void TestWelcomePage::cleanup()
{
    delete m_window;
    m_window = nullptr;
    delete m_dir;
    m_dir = nullptr;
}

bool TestWelcomePage::welcomeShown() const
{
    return m_window->welcomePage()->isVisible() && !child<QTabWidget>("mainTabWidget")->isVisible();
}

void TestWelcomePage::createPromotionInDialog(int number)
{
    QPointer<PromotionDialog> dialog = m_window->findChild<PromotionDialog *>();
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    dialog->findChild<QSpinBox *>(QStringLiteral("numberSpinBox"))->setValue(number);
    dialog->findChild<QSpinBox *>(QStringLiteral("yearSpinBox"))->setValue(2026);
    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("envelopeEdit")), QStringLiteral("1 000 000"));
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("saveButton")), Qt::LeftButton);
    QTRY_VERIFY(dialog.isNull());
}

void TestWelcomePage::answerFileDialogWith(const QString &path)
{
    // The file dialog runs its own event loop: answer it from a timer, as soon as it shows. Found among the
    // visible top-level widgets rather than as the active modal one, which a loaded machine may not have
    // updated yet; answered again on each tick until it has gone, so that no tick's answer is lost.
    auto *timer = new QTimer(this);
    auto answered = std::make_shared<bool>(false);
    connect(timer, &QTimer::timeout, this, [timer, path, answered] {
        QFileDialog *shown = nullptr;
        for (QWidget *widget : QApplication::topLevelWidgets()) {
            if (auto *dialog = qobject_cast<QFileDialog *>(widget); dialog && dialog->isVisible())
                shown = dialog;
        }
        if (!shown) {
            if (*answered) {
                timer->stop();
                timer->deleteLater();
            }
            return;
        }
        *answered = true;
        // Typed in full into the file name field and confirmed, as a user does: selectFile() loses its
        // choice when the folder's listing arrives late on a loaded machine.
        auto *nameEdit = shown->findChild<QLineEdit *>(QStringLiteral("fileNameEdit"));
        if (!nameEdit)
            return;
        nameEdit->setText(path);
        QMetaObject::invokeMethod(shown, "accept", Qt::QueuedConnection);
    });
    timer->start(20);
}

void TestWelcomePage::emptyDatabaseOpensOnWelcome()
{
    QVERIFY(welcomeShown());
    WelcomePage *page = m_window->welcomePage();
    const QList<QPushButton *> buttons = page->findChildren<QPushButton *>();
    QCOMPARE(buttons.size(), 3);
    QCOMPARE(page->createPromotionButton()->text(), QStringLiteral("&Create a promotion"));
    QCOMPARE(page->importButton()->text(), QStringLiteral("&Import the call's file"));
    QCOMPARE(page->demoButton()->text(), QStringLiteral("Open the &demonstration"));
    QCOMPARE(page->findChild<QLabel *>(QStringLiteral("welcomeSummaryLabel"))->text(),
             QStringLiteral("Score the candidates of a FAST call, rank them and choose the laureates that fit the "
                            "envelope, every amount under the fund's co-financing rule."));
    for (QPushButton *button : buttons)
        QVERIFY2(button->height() >= 64, qPrintable(button->objectName()));
    // The keyboard: focus on the first action, Tab to the next ones, Enter creates a promotion.
    QTRY_COMPARE(QApplication::focusWidget(), page->createPromotionButton());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), page->importButton());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), page->demoButton());
    page->createPromotionButton()->setFocus();
    QTest::keyClick(page->createPromotionButton(), Qt::Key_Space);
    QPointer<PromotionDialog> dialog = m_window->findChild<PromotionDialog *>();
    QVERIFY(dialog);
    dialog->reject();
    QTRY_VERIFY(dialog.isNull());
    QVERIFY(welcomeShown());
    // Alt+I, as its mnemonic says, starts the import.
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window));
    QTest::keyClick(m_window->welcomePage(), Qt::Key_I, Qt::AltModifier);
    // A mnemonic "animates" the click first: the dialog comes a moment later.
    QTRY_VERIFY((dialog = m_window->findChild<PromotionDialog *>()) != nullptr);
    dialog->reject();
    QTRY_VERIFY(dialog.isNull());
}

void TestWelcomePage::createPromotionLeavesWelcomeUntilUndone()
{
    QTest::mouseClick(m_window->welcomePage()->createPromotionButton(), Qt::LeftButton);
    createPromotionInDialog(14);
    QVERIFY(!m_window->welcomePage()->isVisible());
    QVERIFY(child<QTabWidget>("mainTabWidget")->isVisible());
    QCOMPARE(m_window->currentPromotionNumber(), 14);
    // The empty candidates' table says how it fills, with the two actions that do.
    EmptyState *empty = child<EmptyState>("candidatesEmptyState");
    QVERIFY(empty->isVisible());
    QCOMPARE(empty->title(), QStringLiteral("No candidate in FAST14 yet"));
    QStringList texts;
    for (QPushButton *button : empty->buttons())
        texts.append(button->text());
    QCOMPARE(texts, QStringList({QStringLiteral("Add a candidate…"), QStringLiteral("Import the call's file…")}));

    // The last promotion undone: the welcome page comes back; redone: it goes again.
    m_window->undoStack()->undo();
    QVERIFY(welcomeShown());
    m_window->undoStack()->redo();
    QVERIFY(!m_window->welcomePage()->isVisible());
    QCOMPARE(m_window->currentPromotionNumber(), 14);
}

void TestWelcomePage::importGoesThroughANewPromotion()
{
    QTest::mouseClick(m_window->welcomePage()->importButton(), Qt::LeftButton);
    // The promotion first, then the file, then the usual preview.
    answerFileDialogWith(QStringLiteral(FAST_TEST_DATA_DIR "/csv/candidates_utf8_bom.csv"));
    createPromotionInDialog(15);
    QPointer<ImportPreviewDialog> preview;
    QTRY_VERIFY((preview = m_window->findChild<ImportPreviewDialog *>()) != nullptr);
    QTest::mouseClick(preview->findChild<QPushButton *>(QStringLiteral("importButton")), Qt::LeftButton);
    QTRY_VERIFY(preview.isNull());
    QCOMPARE(m_window->currentPromotionNumber(), 15);
    QCOMPARE(m_window->store()->candidates(15).value().size(), 5);
    QVERIFY(!child<EmptyState>("candidatesEmptyState")->isVisible());
}

void TestWelcomePage::demoButtonOpensTheDemonstration()
{
    QTest::mouseClick(m_window->welcomePage()->demoButton(), Qt::LeftButton);
    QVERIFY(m_window->isDemo());
    QVERIFY(!m_window->welcomePage()->isVisible());
    QCOMPARE(m_window->currentPromotionNumber(), 14);
}

void TestWelcomePage::newUserReachesARankingWithoutAMenu()
{
    auto *tabs = child<QTabWidget>("mainTabWidget");
    // Welcome → a promotion → its file imported.
    QTest::mouseClick(m_window->welcomePage()->importButton(), Qt::LeftButton);
    answerFileDialogWith(QStringLiteral(FAST_TEST_DATA_DIR "/csv/candidates_utf8_bom.csv"));
    createPromotionInDialog(14);
    QPointer<ImportPreviewDialog> preview;
    QTRY_VERIFY((preview = m_window->findChild<ImportPreviewDialog *>()) != nullptr);
    QTest::mouseClick(preview->findChild<QPushButton *>(QStringLiteral("importButton")), Qt::LeftButton);
    QTRY_VERIFY(preview.isNull());
    const int candidates = int(m_window->store()->candidates(14).value().size());
    QCOMPARE(candidates, 5);

    // The ranking says why it is empty, and leads to the scoring tab.
    tabs->setCurrentIndex(2);
    auto *rankingEmpty = child<EmptyState>("rankingEmptyState");
    QVERIFY(rankingEmpty->isVisible());
    QCOMPARE(rankingEmpty->title(), QStringLiteral("No committee member yet"));
    QTest::mouseClick(rankingEmpty->findChild<QPushButton *>(QStringLiteral("emptyScoringLinkButton")), Qt::LeftButton);
    QCOMPARE(tabs->currentIndex(), 1);

    // The scoring tab's empty state adds the members (the dialog asks for names, one per line).
    auto *scoringEmpty = child<EmptyState>("scoringEmptyState");
    QVERIFY(scoringEmpty->isVisible());
    QCOMPARE(scoringEmpty->title(), QStringLiteral("No committee member yet"));
    // No earlier promotion: nothing to copy, so no such button.
    QCOMPARE(scoringEmpty->buttons().size(), 1);
    bool answered = false;
    QTimer::singleShot(0, this, [&answered] {
        auto *dialog = qobject_cast<QInputDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        dialog->findChild<QPlainTextEdit *>()->setPlainText(QStringLiteral("Alice\nBruno"));
        dialog->accept();
        answered = true;
    });
    QTest::mouseClick(scoringEmpty->findChild<QPushButton *>(QStringLiteral("emptyAddMembersButton")), Qt::LeftButton);
    QVERIFY(answered);
    QVERIFY(!scoringEmpty->isVisible());

    // Notes typed in the grid: Alice and Bruno give every criterion to the first two rows, the cursor
    // moving on by itself (member, then candidate).
    auto *table = child<QTableView>("scoringTableView");
    auto *criteria = child<QComboBox>("criterionComboBox");
    for (int criterion = 0; criterion < 5; ++criterion) {
        criteria->setCurrentIndex(criterion);
        table->setCurrentIndex(table->model()->index(0, 0));
        table->setFocus();
        QTest::keyClicks(table, QStringLiteral("5432"));
    }
    const QList<RankedCandidate> ranked = m_window->scoringStore()->ranking(14).value();
    QCOMPARE(std::count_if(ranked.cbegin(), ranked.cend(), [](const RankedCandidate &one) { return one.rank; }), 2);

    // The ranking shows the two ranks; the others wait, and the empty state has gone.
    tabs->setCurrentIndex(2);
    QVERIFY(!rankingEmpty->isVisible());
    const QAbstractItemModel *ranking = child<QTableView>("rankingTableView")->model();
    const int rank = RankingTableModel::column(RankingTableModel::Column::Rank);
    const int name = RankingTableModel::column(RankingTableModel::Column::Name);
    QCOMPARE(ranking->index(0, rank).data().toString(), QStringLiteral("1"));
    QCOMPARE(ranking->index(1, rank).data().toString(), QStringLiteral("2"));
    const QStringList firstTwo{ranking->index(0, name).data().toString(), ranking->index(1, name).data().toString()};
    // The grid's first row (5 and 4 everywhere: 90) before its second (3 and 2: 50).
    const QString firstRow = table->model()->headerData(0, Qt::Vertical).toString();
    QCOMPARE(firstTwo.constFirst(), firstRow);
    QCOMPARE(ranked.constFirst().name, firstRow);
    QCOMPARE(ranking->rowCount(), candidates);
}

QTEST_MAIN(TestWelcomePage)
#include "tst_welcomepage.moc"
