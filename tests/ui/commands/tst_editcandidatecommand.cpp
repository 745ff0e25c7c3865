#include "WiringWindowFixture.h"
#include "candidates/CandidateDialog.h"
#include "commands/EditCandidateCommand.h"
#include "storage/CommitteeStore.h"
#include "storage/Database.h"

#include "TestDatabaseLocation.h"

#include <QAction>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QUndoStack>

#include <memory>

namespace {

QString euros(const char *text)
{
    static const QRegularExpression amountSpace(QStringLiteral("(?<=\\d) (?=\\d{3}\\b|€)"));
    return QString::fromUtf8(text).replace(amountSpace, QString(QChar(0x00A0)));
}

} // namespace

// The window's edit of a candidate, as its undo stack runs it, beside another window (its own connection) on
// the same committee: each step writes only the fields it changed, so the other window's change to another
// field survives the edit, its undo and its redo; a step whose field the other window changed meanwhile is
// refused with who and what, leaves the other's value, and is dropped from the stack. On both engines.
class TestEditCandidateCommand : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void undoAndRedoKeepTheOtherWindowsField();
    void undoRefusedWhenTheFieldWasChangedMeanwhile();
    void renamedMeanwhileIsFoundAndRefusedWithWho();
    void theWindowsFormKeepsTheRefusedEdit();

private:
    EditCandidateCommand *edit(const Candidate &before, const Candidate &after);
    Candidate stored() const { return *m_mine->candidate(m_envergo.id).value(); }

    std::unique_ptr<TestDatabaseLocation> m_location;
    std::unique_ptr<Database> m_myDatabase;
    std::unique_ptr<Database> m_otherDatabase;
    std::unique_ptr<CommitteeStore> m_mine;
    std::unique_ptr<CommitteeStore> m_other;
    std::unique_ptr<QUndoStack> m_stack;
    QStringList m_refusals;
    Candidate m_envergo;
};

void TestEditCandidateCommand::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("DINUM-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_editcandidatecommand"));
}

void TestEditCandidateCommand::init()
{
    m_location = TestDatabaseLocation::underTest();
    if (m_location->address().isEmpty())
        QSKIP(qPrintable(m_location->error()));
    m_myDatabase = std::make_unique<Database>();
    QVERIFY(m_myDatabase->open(m_location->address()).ok());
    m_mine = std::make_unique<CommitteeStore>(*m_myDatabase);
    m_mine->setOperatorName(QStringLiteral("Paul"));
    m_otherDatabase = std::make_unique<Database>();
    QVERIFY(m_otherDatabase->open(m_location->address()).ok());
    m_other = std::make_unique<CommitteeStore>(*m_otherDatabase);
    m_other->setOperatorName(QStringLiteral("Claire"));
    Promotion promotion;
    promotion.number = 13;
    promotion.year = 2025;
    promotion.envelope = Money::fromEuros(2000000);
    QVERIFY(m_mine->addPromotion(promotion).ok());
    Candidate envergo;
    envergo.name = QStringLiteral("Envergo");
    envergo.carrier = QStringLiteral("DGALN");
    envergo.annualBudget = Money::fromEuros(600000);
    envergo.requested = Money::fromEuros(300000);
    const Result<Candidate> added = m_mine->addCandidate(13, envergo);
    QVERIFY(added.ok());
    m_envergo = added.value();
    m_stack = std::make_unique<QUndoStack>();
    m_refusals.clear();
}

void TestEditCandidateCommand::cleanup()
{
    m_stack.reset();
    m_mine.reset();
    m_other.reset();
    m_myDatabase.reset();
    m_otherDatabase.reset();
    m_location.reset();
}

EditCandidateCommand *TestEditCandidateCommand::edit(const Candidate &before, const Candidate &after)
{
    auto *command = new EditCandidateCommand(*m_mine, 13, before, after);
    command->setRefusalHandler([this](const QString &message) { m_refusals.append(message); });
    m_stack->push(command);
    return command;
}

void TestEditCandidateCommand::undoAndRedoKeepTheOtherWindowsField()
{
    Candidate mine = m_envergo;
    mine.requested = Money::fromEuros(250000);
    edit(m_envergo, mine);
    QCOMPARE(m_refusals, QStringList());
    QCOMPARE(stored().requested, Money::fromEuros(250000));

    // Meanwhile the other window changes the carrier.
    Candidate theirs = stored();
    theirs.carrier = QStringLiteral("DGPR");
    QVERIFY(m_other->editCandidate(stored(), theirs).ok());

    m_stack->undo();
    QCOMPARE(m_refusals, QStringList());
    QCOMPARE(stored().requested, Money::fromEuros(300000));
    QCOMPARE(stored().carrier, QStringLiteral("DGPR"));
    m_stack->redo();
    QCOMPARE(m_refusals, QStringList());
    QCOMPARE(stored().requested, Money::fromEuros(250000));
    QCOMPARE(stored().carrier, QStringLiteral("DGPR"));
    QCOMPARE(m_stack->count(), 1);
}

void TestEditCandidateCommand::undoRefusedWhenTheFieldWasChangedMeanwhile()
{
    Candidate mine = m_envergo;
    mine.annualBudget = Money::fromEuros(650000);
    edit(m_envergo, mine);
    Candidate theirs = stored();
    theirs.annualBudget = Money::fromEuros(120000);
    QVERIFY(m_other->editCandidate(stored(), theirs).ok());

    m_stack->undo();
    QCOMPARE(m_refusals, QStringList{euros("Envergo's budget was changed to 120 000 € by Claire since you opened it; "
                                           "your change was not saved.")});
    QCOMPARE(stored().annualBudget, Money::fromEuros(120000));
    // The refused step no longer matches the database: the stack drops it.
    QCOMPARE(m_stack->count(), 0);
}

void TestEditCandidateCommand::renamedMeanwhileIsFoundAndRefusedWithWho()
{
    // The other window renames Envergo after this window opened its form; this window changes the name too.
    Candidate theirs = m_envergo;
    theirs.name = QStringLiteral("Envergo Bis");
    QVERIFY(m_other->editCandidate(m_envergo, theirs).ok());
    Candidate mine = m_envergo;
    mine.name = QStringLiteral("EnvergoApp");
    edit(m_envergo, mine);
    QCOMPARE(m_refusals, QStringList{QStringLiteral("Envergo's name was changed to Envergo Bis by Claire since you "
                                                    "opened it; your change was not saved.")});
    QCOMPARE(stored().name, QStringLiteral("Envergo Bis"));
    QCOMPARE(m_stack->count(), 0);
}

void TestEditCandidateCommand::theWindowsFormKeepsTheRefusedEdit()
{
    // Paul's window on the committee, its candidate form open on Envergo.
    auto window = std::make_unique<MainWindow>();
    window->setOperatorName(QStringLiteral("Paul"));
    QVERIFY(window->openDatabase(m_location->address()).ok());
    window->resize(1400, 820);
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    auto *view = WiringWindowFixture::child<QTableView>(*window, "candidatesTableView");
    QTRY_COMPARE(view->model()->rowCount(), 1);
    view->selectionModel()->setCurrentIndex(view->model()->index(0, 0),
                                            QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    WiringWindowFixture::child<QAction>(*window, "editCandidateAction")->trigger();
    CandidateDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = window->findChild<CandidateDialog *>()) != nullptr && dialog->isVisible());

    // Claire, in her own window, lowers the budget meanwhile; Paul raises it in his form and saves.
    Candidate theirs = m_envergo;
    theirs.annualBudget = Money::fromEuros(120000);
    QVERIFY(m_other->editCandidate(m_envergo, theirs).ok());
    auto *budget = dialog->findChild<QLineEdit *>(QStringLiteral("annualBudgetEdit"));
    QVERIFY(budget);
    budget->selectAll();
    QTest::keyClicks(budget, QStringLiteral("700 000"));
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("saveButton")), Qt::LeftButton);

    // Refused with who and what; the form stays open with Paul's value, the database keeps Claire's.
    auto *refusal = dialog->findChild<QLabel *>(QStringLiteral("storeErrorLabel"));
    QVERIFY(refusal);
    QTRY_VERIFY(refusal->isVisible());
    QCOMPARE(refusal->text(), euros("Envergo's budget was changed to 120 000 € by Claire since you opened it; your "
                                    "change was not saved."));
    QVERIFY(dialog->isVisible());
    QCOMPARE(budget->text(), QStringLiteral("700 000"));
    QCOMPARE(stored().annualBudget, Money::fromEuros(120000));
    if (const QString shots = qEnvironmentVariable("FAST_SCREENSHOT_DIR"); !shots.isEmpty())
        dialog->grab().save(shots + QStringLiteral("/candidate-edit-refused.png"));
    dialog->reject();
}

QTEST_MAIN(TestEditCandidateCommand)
#include "tst_editcandidatecommand.moc"
