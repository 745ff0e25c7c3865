#include "commands/EditCandidateCommand.h"
#include "storage/CommitteeStore.h"
#include "storage/Database.h"

#include "TestDatabaseLocation.h"

#include <QRegularExpression>
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
    void init();
    void cleanup();
    void undoAndRedoKeepTheOtherWindowsField();
    void undoRefusedWhenTheFieldWasChangedMeanwhile();
    void renamedMeanwhileIsFoundAndRefusedWithWho();

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

QTEST_MAIN(TestEditCandidateCommand)
#include "tst_editcandidatecommand.moc"
