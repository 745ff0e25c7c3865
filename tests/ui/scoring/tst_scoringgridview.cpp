#include "scoring/ScoringGridModel.h"
#include "scoring/ScoringGridView.h"
#include "shell/MainWindow.h"
#include "shell/WelcomePage.h"
#include "storage/CommitteeStore.h"
#include "storage/DecisionStore.h"
#include "storage/ScoringStore.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QUndoStack>
#include <QtTest>

#define QVERIFY_OUTCOME(expression)                                                                                    \
    do {                                                                                                               \
        const Outcome outcome_ = (expression);                                                                         \
        QVERIFY2(outcome_.ok(), qPrintable(outcome_.error()));                                                         \
    } while (false)

// The scoring tab of the real window, driven with the keyboard and the mouse on a database file: members
// added through the button's dialog, notes typed digit by digit, Delete, Ctrl+D and undo; the demo's
// flagged candidate; a closed promotion read-only.
class TestScoringGridView : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void pageIsTheFirstTab();
    void membersAddedFromTheButton();
    void typedDigitsNoteAndMoveOn();
    void badDigitAndDeleteAndCriterion();
    void recusalToggleAndUndo();
    void demoShowsFlagAndMissingNotes();
    void closedPromotionIsReadOnly();

private:
    template <typename T> T *child(const char *name) const
    {
        T *found = m_window->findChild<T *>(QLatin1String(name));
        if (!found)
            qFatal("no child %s", name);
        return found;
    }
    void openScoring();
    void addPromotionWithCandidates();
    QString cell(int row, int column) const;
    QStringList row(int row) const;

    QTemporaryDir *m_dir = nullptr;
    MainWindow *m_window = nullptr;
};

void TestScoringGridView::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("DINUM-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_scoringgridview"));
}

void TestScoringGridView::init()
{
    m_dir = new QTemporaryDir;
    QVERIFY(m_dir->isValid());
    m_window = new MainWindow;
    m_window->setOperatorName(QStringLiteral("test"));
    QVERIFY_OUTCOME(m_window->openDatabase(m_dir->filePath(QStringLiteral("committee.sqlite"))));
    m_window->resize(1400, 800);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
}

void TestScoringGridView::cleanup()
{
    delete m_window;
    m_window = nullptr;
    delete m_dir;
    m_dir = nullptr;
}

void TestScoringGridView::openScoring()
{
    auto *tabs = child<QTabWidget>("mainTabWidget");
    tabs->setCurrentWidget(child<QWidget>("scoringTab"));
    // Shortcuts (Ctrl+D) need an active window and the focus in the table.
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window));
    child<QTableView>("scoringTableView")->setFocus();
}

void TestScoringGridView::addPromotionWithCandidates()
{
    Promotion promotion;
    promotion.number = 15;
    promotion.year = 2025;
    promotion.envelope = Money::fromEuros(600000);
    QVERIFY_OUTCOME(m_window->addPromotion(promotion));
    for (const QString &name : {QStringLiteral("Alpha"), QStringLiteral("Beta")}) {
        Candidate candidate;
        candidate.name = name;
        candidate.carrier = QStringLiteral("Ministère");
        candidate.annualBudget = Money::fromEuros(400000);
        candidate.requested = Money::fromEuros(150000);
        QVERIFY_OUTCOME(m_window->addCandidate(candidate));
    }
}

QString TestScoringGridView::cell(int row, int column) const
{
    return child<QTableView>("scoringTableView")->model()->index(row, column).data().toString();
}

QStringList TestScoringGridView::row(int row) const
{
    const QAbstractItemModel *model = child<QTableView>("scoringTableView")->model();
    QStringList texts;
    for (int column = 0; column < model->columnCount(); ++column)
        texts.append(model->index(row, column).data().toString());
    return texts;
}

void TestScoringGridView::pageIsTheFirstTab()
{
    auto *tabs = child<QTabWidget>("mainTabWidget");
    // The candidates first, then the scoring tab, the first of the promotion tabs; its page is built only
    // when the tab is first shown.
    QCOMPARE(tabs->indexOf(child<QWidget>("scoringTab")), 1);
    QCOMPARE(tabs->tabText(1), QStringLiteral("&Scoring"));
    QVERIFY(!m_window->findChild<ScoringGridView *>());
    QVERIFY(m_window->promotionPages().isEmpty());
    tabs->setCurrentIndex(1);
    auto *page = child<ScoringGridView>("scoringGridView");
    // Shown in its tab; the empty database's welcome page stands in front of the tabs (issue 14).
    QVERIFY(page->isVisibleTo(tabs));
    QVERIFY(m_window->welcomePage()->isVisible());
    QVERIFY(child<QWidget>("scoringTab")->isAncestorOf(page));
    QCOMPARE(m_window->promotionPages(), QList<PromotionPage *>{page});
    QCOMPARE(child<QLabel>("scoringSummaryLabel")->text(), QStringLiteral("No promotion chosen."));
}

void TestScoringGridView::membersAddedFromTheButton()
{
    addPromotionWithCandidates();
    openScoring();
    auto *page = child<ScoringGridView>("scoringGridView");
    QCOMPARE(page->promotionNumber(), 15);
    QCOMPARE(child<QLabel>("scoringSummaryLabel")->text(),
             QStringLiteral("No committee member yet: add the members to start scoring. · 0 candidate(s) to discuss"));
    // The dialog asks for names, one per line; blank lines are skipped.
    bool answered = false;
    QTimer::singleShot(0, this, [&answered] {
        auto *dialog = qobject_cast<QInputDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        dialog->findChild<QPlainTextEdit *>()->setPlainText(QStringLiteral("Alice\n\n  Bruno \n"));
        dialog->accept();
        answered = true;
    });
    QTest::mouseClick(child<QPushButton>("addMemberButton"), Qt::LeftButton);
    QVERIFY(answered);
    const QAbstractItemModel *model = child<QTableView>("scoringTableView")->model();
    QCOMPARE(model->columnCount(), 3);
    QCOMPARE(model->headerData(0, Qt::Horizontal).toString(), QStringLiteral("Alice"));
    QCOMPARE(model->headerData(1, Qt::Horizontal).toString(), QStringLiteral("Bruno"));
    QCOMPARE(row(0),
             (QStringList{QStringLiteral("?"), QStringLiteral("?"), QStringLiteral("incomplete: 10 note(s) missing")}));
    QCOMPARE(child<QLabel>("scoringSummaryLabel")->text(),
             QStringLiteral("FAST15: 20 note(s) missing · 0 candidate(s) to discuss"));
    QCOMPARE(m_window->undoStack()->undoText(), QStringLiteral("Add 2 committee member(s)"));
    m_window->undoStack()->undo();
    QCOMPARE(model->columnCount(), 1);
    QVERIFY(m_window->scoringStore()->members(15).value().isEmpty());
    // A name twice is refused; the message shows under the grid.
    QCOMPARE(page->addMembers({QStringLiteral("Alice"), QStringLiteral("alice")}).error(),
             QStringLiteral("Alice is already on this committee."));
    QCOMPARE(child<QLabel>("scoringMessageLabel")->text(), QStringLiteral("Alice is already on this committee."));
    QVERIFY(child<QLabel>("scoringMessageLabel")->isVisible());
    // So is a name the text policy refuses (here a zero-width space, as pasted), and nothing is added.
    const QString hidden = QStringLiteral(
        "Committee member name: character 3 is U+200B (zero-width space), which is not allowed in a name.");
    QCOMPARE(page->addMembers({QStringLiteral("Bruno"), QStringLiteral("Al\u200Bice")}).error(), hidden);
    QCOMPARE(child<QLabel>("scoringMessageLabel")->text(), hidden);
    QVERIFY(m_window->scoringStore()->members(15).value().isEmpty());
}

void TestScoringGridView::typedDigitsNoteAndMoveOn()
{
    addPromotionWithCandidates();
    openScoring();
    auto *page = child<ScoringGridView>("scoringGridView");
    QVERIFY_OUTCOME(page->addMembers({QStringLiteral("Alice"), QStringLiteral("Bruno")}));
    auto *table = child<QTableView>("scoringTableView");
    table->setCurrentIndex(table->model()->index(0, 0));
    const int commandsBefore = m_window->undoStack()->count();
    // Alice then Bruno on Alpha, then Alice on Beta: the cursor moves on by itself.
    QTest::keyClicks(table, QStringLiteral("425"));
    QCOMPARE(row(0),
             (QStringList{QStringLiteral("4"), QStringLiteral("2"), QStringLiteral("incomplete: 8 note(s) missing")}));
    QCOMPARE(cell(1, 0), QStringLiteral("5"));
    QCOMPARE(table->currentIndex(), table->model()->index(1, 1));
    QCOMPARE(m_window->undoStack()->count(), commandsBefore + 3);
    QCOMPARE(m_window->undoStack()->undoText(), QStringLiteral("Note 5 by Alice on Beta"));
    QCOMPARE(child<QLabel>("scoringSummaryLabel")->text(),
             QStringLiteral("FAST15: 17 note(s) missing · 0 candidate(s) to discuss"));
    // Undo from the window takes the last note back.
    m_window->undoStack()->undo();
    QCOMPARE(cell(1, 0), QStringLiteral("?"));
    QCOMPARE(child<QLabel>("scoringSummaryLabel")->text(),
             QStringLiteral("FAST15: 18 note(s) missing · 0 candidate(s) to discuss"));
    // The store holds the typed notes.
    const ScoreSheet sheet = m_window->scoringStore()->scoreSheet(15).value();
    const qint64 alpha = sheet.candidateIds().first();
    QCOMPARE(sheet.note(alpha, sheet.members().at(0).id, 0), std::optional<int>(4));
    QCOMPARE(sheet.note(alpha, sheet.members().at(1).id, 0), std::optional<int>(2));
}

void TestScoringGridView::badDigitAndDeleteAndCriterion()
{
    addPromotionWithCandidates();
    openScoring();
    auto *page = child<ScoringGridView>("scoringGridView");
    QVERIFY_OUTCOME(page->addMembers({QStringLiteral("Alice"), QStringLiteral("Bruno")}));
    auto *table = child<QTableView>("scoringTableView");
    table->setCurrentIndex(table->model()->index(0, 0));
    QTest::keyClick(table, Qt::Key_7);
    QCOMPARE(cell(0, 0), QStringLiteral("?"));
    QCOMPARE(child<QLabel>("scoringMessageLabel")->text(),
             QStringLiteral("A note is a whole number from 0 to 5: \"7\" is not one."));
    QCOMPARE(table->currentIndex(), table->model()->index(0, 0));
    QTest::keyClick(table, Qt::Key_3);
    QVERIFY(child<QLabel>("scoringMessageLabel")->isHidden());
    QCOMPARE(cell(0, 0), QStringLiteral("3"));
    // Delete clears the note (and does not reach the window's "Remove candidate"); undo gives it back.
    table->setCurrentIndex(table->model()->index(0, 0));
    QTest::keyClick(table, Qt::Key_Delete);
    QCOMPARE(cell(0, 0), QStringLiteral("?"));
    QCOMPARE(m_window->undoStack()->undoText(), QStringLiteral("Clear the note of Alice on Alpha"));
    QCOMPARE(m_window->store()->candidates(15).value().size(), 2);
    m_window->undoStack()->undo();
    QCOMPARE(cell(0, 0), QStringLiteral("3"));

    // The criterion selector: each criterion with its weight, then the total.
    auto *criteria = child<QComboBox>("criterionComboBox");
    QCOMPARE(criteria->count(), 6);
    QCOMPARE(criteria->itemText(0), QStringLiteral("Impact potentiel (weight 30)"));
    QCOMPARE(criteria->itemText(5), QStringLiteral("Total (score out of 100)"));
    criteria->setCurrentIndex(1);
    QCOMPARE(cell(0, 0), QStringLiteral("?"));
    table->setCurrentIndex(table->model()->index(0, 0));
    QTest::keyClicks(table, QStringLiteral("5"));
    criteria->setCurrentIndex(5);
    QCOMPARE(cell(0, 0), QStringLiteral("? (3 missing)"));
    // Digits do nothing on the total but say why.
    table->setCurrentIndex(table->model()->index(0, 0));
    QTest::keyClick(table, Qt::Key_4);
    QCOMPARE(child<QLabel>("scoringMessageLabel")->text(),
             QStringLiteral("The total is computed from the criteria: choose a criterion to note."));
}

void TestScoringGridView::recusalToggleAndUndo()
{
    addPromotionWithCandidates();
    openScoring();
    auto *page = child<ScoringGridView>("scoringGridView");
    QVERIFY_OUTCOME(page->addMembers({QStringLiteral("Alice"), QStringLiteral("Bruno")}));
    auto *table = child<QTableView>("scoringTableView");
    auto *criteria = child<QComboBox>("criterionComboBox");
    // Bruno notes Alpha on every criterion: 5, 4, 3, 2, 1, so S = 6×5 + 4×4 + 4×3 + 3×2 + 3×1 = 67.
    for (int criterion = 0; criterion < 5; ++criterion) {
        criteria->setCurrentIndex(criterion);
        table->setCurrentIndex(table->model()->index(0, 1));
        QTest::keyClick(table, Qt::Key(Qt::Key_5 - criterion));
    }
    criteria->setCurrentIndex(5);
    QCOMPARE(cell(0, 1), QStringLiteral("67,0"));
    table->setCurrentIndex(table->model()->index(0, 1));
    QTest::keyClick(table, Qt::Key_D, Qt::ControlModifier);
    QCOMPARE(cell(0, 1), QStringLiteral("recused"));
    QCOMPARE(m_window->undoStack()->undoText(), QStringLiteral("Recusal of Bruno on Alpha"));
    const ScoreSheet recusedSheet = m_window->scoringStore()->scoreSheet(15).value();
    const qint64 alpha = recusedSheet.candidateIds().first();
    QCOMPARE(recusedSheet.notesOf(alpha).size(), 0);
    QCOMPARE(child<QLabel>("scoringSummaryLabel")->text(),
             QStringLiteral("FAST15: 15 note(s) missing · 0 candidate(s) to discuss"));
    m_window->undoStack()->undo();
    QCOMPARE(cell(0, 1), QStringLiteral("67,0"));
    const ScoreSheet restored = m_window->scoringStore()->scoreSheet(15).value();
    QCOMPARE(restored.notesOf(alpha).size(), 5);
    QVERIFY(!restored.isRecused(alpha, restored.members().at(1).id));
    // The context menu carries the same action; Ctrl+D again records, Ctrl+D on the recused cell lifts.
    QVERIFY(table->actions().contains(child<QAction>("recusalAction")));
    QTest::keyClick(table, Qt::Key_D, Qt::ControlModifier);
    QCOMPARE(cell(0, 1), QStringLiteral("recused"));
    QTest::keyClick(table, Qt::Key_D, Qt::ControlModifier);
    QCOMPARE(cell(0, 1), QStringLiteral("? (5 missing)"));
    QCOMPARE(m_window->undoStack()->undoText(), QStringLiteral("Lift the recusal of Bruno on Alpha"));
}

void TestScoringGridView::demoShowsFlagAndMissingNotes()
{
    QVERIFY_OUTCOME(m_window->openDemo());
    QVERIFY(m_window->selectPromotion(14));
    openScoring();
    auto *page = child<ScoringGridView>("scoringGridView");
    ScoringGridModel *model = page->model();
    QCOMPARE(model->rowCount(), 12);
    QCOMPARE(model->memberCount(), 5);
    QCOMPARE(child<QLabel>("scoringSummaryLabel")->text(),
             QStringLiteral("FAST14: 7 note(s) missing · 1 candidate(s) to discuss"));
    QStringList flagged;
    for (int r = 0; r < model->rowCount(); ++r) {
        if (model->index(r, 0).data(ScoringGridModel::SpreadFlagRole).toBool())
            flagged.append(model->headerData(r, Qt::Vertical).toString());
    }
    QCOMPARE(flagged, QStringList{QStringLiteral("Incubateur Ouest (fictif)")});
    // Rows in the candidates' alphabetical order.
    const int flaggedRow = 4;
    QCOMPARE(model->headerData(flaggedRow, Qt::Vertical).toString(), QStringLiteral("Incubateur Ouest (fictif)"));
    QCOMPARE(model->headerData(flaggedRow, Qt::Vertical, Qt::ToolTipRole).toString(),
             QStringLiteral("To discuss: member scores 46,0 points apart (40 or more).\n"
                            "Highest: 100,0 (Claire Morel (fictive))\nLowest: 54,0 (Julien Bernard (fictif))"));
    // The recusal and the incomplete rows.
    QCOMPARE(model->headerData(9, Qt::Vertical).toString(), QStringLiteral("Rendez-vous Préfecture (fictif)"));
    QCOMPARE(row(9).mid(0, 2), (QStringList{QStringLiteral("recused"), QStringLiteral("4")}));
    QCOMPARE(row(9).last(), QStringLiteral("75,0"));
    QCOMPARE(model->headerData(1, Qt::Vertical).toString(), QStringLiteral("Cadastre Solaire (fictif)"));
    QCOMPARE(row(1).mid(2, 1), QStringList{QStringLiteral("?")});
    QCOMPARE(row(1).last(), QStringLiteral("incomplete: 5 note(s) missing"));
    // FAST13 is closed: scored, read-only.
    QVERIFY(m_window->selectPromotion(13));
    QCOMPARE(model->rowCount(), 13);
    QVERIFY(model->isReadOnly());
    QCOMPARE(row(0).last(), QStringLiteral("93,0"));
}

void TestScoringGridView::closedPromotionIsReadOnly()
{
    addPromotionWithCandidates();
    openScoring();
    auto *page = child<ScoringGridView>("scoringGridView");
    QVERIFY_OUTCOME(page->addMembers({QStringLiteral("Alice")}));
    auto *table = child<QTableView>("scoringTableView");
    table->setCurrentIndex(table->model()->index(0, 0));
    QTest::keyClick(table, Qt::Key_4);
    for (const Candidate &candidate : m_window->store()->candidates(15).value())
        QVERIFY_OUTCOME(m_window->decisionStore()->setDecision(candidate.id, Decision::Rejected));
    QVERIFY_OUTCOME(m_window->store()->closePromotion(15, QDate(2026, 11, 14)));
    QVERIFY(page->model()->isReadOnly());
    QVERIFY(!child<QPushButton>("addMemberButton")->isEnabled());
    QCOMPARE(child<QLabel>("scoringSummaryLabel")->text(),
             QStringLiteral("FAST15: 9 note(s) missing · 0 candidate(s) to discuss · closed: read-only"));
    const int commands = m_window->undoStack()->count();
    table->setCurrentIndex(table->model()->index(0, 0));
    QTest::keyClick(table, Qt::Key_5);
    QCOMPARE(cell(0, 0), QStringLiteral("4"));
    QCOMPARE(child<QLabel>("scoringMessageLabel")->text(),
             QStringLiteral("FAST15 is closed: its notes can no longer change."));
    QTest::keyClick(table, Qt::Key_D, Qt::ControlModifier);
    QCOMPARE(cell(0, 0), QStringLiteral("4"));
    QCOMPARE(m_window->undoStack()->count(), commands);
    QVERIFY(!(table->model()->flags(table->model()->index(0, 0)) & Qt::ItemIsEditable));
}

QTEST_MAIN(TestScoringGridView)
#include "tst_scoringgridview.moc"
