#include "commands/AddMembersCommand.h"
#include "commands/StoreCommand.h"
#include "scoring/ScoringGridModel.h"
#include "storage/DecisionStore.h"
#include "storage/CommitteeStore.h"
#include "storage/Database.h"
#include "storage/PromotionSnapshots.h"
#include "storage/ScoringStore.h"

#include <QAbstractItemModelTester>
#include <QBrush>
#include <QFont>
#include <QIcon>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QtTest>

#include <memory>

#define QVERIFY_OUTCOME(expression)                                                                                    \
    do {                                                                                                               \
        const Outcome outcome_ = (expression);                                                                         \
        QVERIFY2(outcome_.ok(), qPrintable(outcome_.error()));                                                         \
    } while (false)

// The grid's model on a real database: FAST20 with Alpha (Alice 5 everywhere, Bruno 2 everywhere: 60 points
// apart), Beta (Alice noted only the first criterion, Bruno recused) and Gamma (withdrawn: shown last,
// read-only, no note expected).
// Cell texts, states and flags are checked to the character; every edit goes through the undo stack.
class TestScoringGridModel : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void criterionView();
    void totalView();
    void flagsFollowStateAndView();
    void spreadFlag();
    void parseNote_data();
    void parseNote();
    void setDataRefusesBadNotes_data();
    void setDataRefusesBadNotes();
    void setDataPushesCommandAndUndoRestores();
    void clearingIsACommand();
    void recusalToggleRemovesAndRestoresNotes();
    void addMembersAndUndo();
    void closedPromotionIsReadOnly();
    void followsTheStore();
    void withdrawnCandidateStaysVisibleReadOnly();

private:
    Outcome push(StoreCommand *command);
    QStringList rowTexts(int row) const;
    QList<int> rowStates(int row) const;
    qint64 candidateId(const QString &name) const;
    qint64 memberId(const QString &name) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<CommitteeStore> m_store;
    std::unique_ptr<ScoringStore> m_scoring;
    std::unique_ptr<DecisionStore> m_decisions;
    std::unique_ptr<PromotionSnapshots> m_snapshots;
    std::unique_ptr<QUndoStack> m_undo;
    std::unique_ptr<ScoringGridModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

namespace {
constexpr int noted = static_cast<int>(ScoringGridModel::CellState::Noted);
constexpr int missing = static_cast<int>(ScoringGridModel::CellState::Missing);
constexpr int recused = static_cast<int>(ScoringGridModel::CellState::Recused);
constexpr int score = static_cast<int>(ScoringGridModel::CellState::Score);

Candidate candidate(const QString &name, Decision decision = Decision::None)
{
    Candidate made;
    made.name = name;
    made.carrier = QStringLiteral("Ministère");
    made.annualBudget = Money::fromEuros(400000);
    made.requested = Money::fromEuros(100000);
    made.decision = decision;
    return made;
}
} // namespace

Outcome TestScoringGridModel::push(StoreCommand *command)
{
    QString refusal;
    command->setRefusalHandler([&refusal](const QString &message) { refusal = message; });
    m_undo->push(command);
    if (!refusal.isEmpty())
        return Outcome::failure(refusal);
    command->setRefusalHandler({});
    return Outcome::success();
}

void TestScoringGridModel::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_database = std::make_unique<Database>();
    QVERIFY_OUTCOME(m_database->open(m_dir->filePath(QStringLiteral("grid.sqlite"))));
    m_store = std::make_unique<CommitteeStore>(*m_database);
    m_store->setOperatorName(QStringLiteral("Test"));
    m_scoring = std::make_unique<ScoringStore>(*m_store);
    m_decisions = std::make_unique<DecisionStore>(*m_store, *m_scoring);
    m_snapshots = std::make_unique<PromotionSnapshots>(*m_store, *m_scoring, *m_decisions);
    m_undo = std::make_unique<QUndoStack>();
    Promotion promotion;
    promotion.number = 20;
    promotion.year = 2025;
    promotion.envelope = Money::fromEuros(1000000);
    QVERIFY(m_store->addPromotion(promotion).ok());
    QVERIFY(m_store->addCandidate(20, candidate(QStringLiteral("Alpha"))).ok());
    QVERIFY(m_store->addCandidate(20, candidate(QStringLiteral("Beta"))).ok());
    QVERIFY(m_store->addCandidate(20, candidate(QStringLiteral("Gamma"), Decision::Withdrawn)).ok());
    QVERIFY(m_scoring->addMembers(20, {QStringLiteral("Alice"), QStringLiteral("Bruno")}).ok());
    for (int criterion = 0; criterion < 5; ++criterion) {
        QVERIFY_OUTCOME(m_scoring->setNote(20, candidateId(QStringLiteral("Alpha")), memberId(QStringLiteral("Alice")),
                                           criterion, 5));
        QVERIFY_OUTCOME(m_scoring->setNote(20, candidateId(QStringLiteral("Alpha")), memberId(QStringLiteral("Bruno")),
                                           criterion, 2));
    }
    QVERIFY_OUTCOME(
        m_scoring->setNote(20, candidateId(QStringLiteral("Beta")), memberId(QStringLiteral("Alice")), 0, 3));
    QVERIFY(m_scoring->recordRecusal(20, candidateId(QStringLiteral("Beta")), memberId(QStringLiteral("Bruno"))).ok());

    m_model = std::make_unique<ScoringGridModel>(*m_snapshots, [this](StoreCommand *command) { return push(command); });
    m_tester = std::make_unique<QAbstractItemModelTester>(m_model.get(),
                                                          QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_model->setPromotion(20);
}

void TestScoringGridModel::cleanup()
{
    m_tester.reset();
    m_model.reset();
    m_undo.reset();
    m_snapshots.reset();
    m_decisions.reset();
    m_scoring.reset();
    m_store.reset();
    m_database.reset();
    m_dir.reset();
}

qint64 TestScoringGridModel::candidateId(const QString &name) const
{
    for (const Candidate &found : m_store->candidates(20).value()) {
        if (found.name == name)
            return found.id;
    }
    return 0;
}

qint64 TestScoringGridModel::memberId(const QString &name) const
{
    for (const CommitteeMember &member : m_scoring->members(20).value()) {
        if (member.name == name)
            return member.id;
    }
    return 0;
}

QStringList TestScoringGridModel::rowTexts(int row) const
{
    QStringList texts{m_model->headerData(row, Qt::Vertical).toString()};
    for (int column = 0; column < m_model->columnCount(); ++column)
        texts.append(m_model->index(row, column).data().toString());
    return texts;
}

QList<int> TestScoringGridModel::rowStates(int row) const
{
    QList<int> states;
    for (int column = 0; column < m_model->columnCount(); ++column)
        states.append(m_model->index(row, column).data(ScoringGridModel::CellStateRole).toInt());
    return states;
}

void TestScoringGridModel::criterionView()
{
    QCOMPARE(m_model->criterion(), 0);
    // Gamma withdrew: still in the grid, last, read-only (issue 14: it used to vanish).
    QCOMPARE(m_model->rowCount(), 3);
    QCOMPARE(rowTexts(2), (QStringList{QStringLiteral("Gamma (withdrawn)"), QStringLiteral("—"), QStringLiteral("—"),
                                       QStringLiteral("withdrawn")}));
    QCOMPARE(m_model->columnCount(), 3);
    QCOMPARE(m_model->headerData(0, Qt::Horizontal).toString(), QStringLiteral("Alice"));
    QCOMPARE(m_model->headerData(1, Qt::Horizontal).toString(), QStringLiteral("Bruno"));
    QCOMPARE(m_model->headerData(2, Qt::Horizontal).toString(), QStringLiteral("Score"));
    QCOMPARE(m_model->headerData(0, Qt::Horizontal, Qt::ToolTipRole).toString(),
             QStringLiteral("Alice: 4 note(s) still to give"));
    QCOMPARE(rowTexts(0),
             (QStringList{QStringLiteral("Alpha"), QStringLiteral("5"), QStringLiteral("2"), QStringLiteral("70,0")}));
    QCOMPARE(rowTexts(1), (QStringList{QStringLiteral("Beta"), QStringLiteral("3"), QStringLiteral("recused"),
                                       QStringLiteral("incomplete: 4 note(s) missing")}));
    QCOMPARE(rowStates(0), (QList<int>{noted, noted, score}));
    QCOMPARE(rowStates(1), (QList<int>{noted, recused, score}));

    m_model->setCriterion(1);
    QCOMPARE(rowTexts(1), (QStringList{QStringLiteral("Beta"), QStringLiteral("?"), QStringLiteral("recused"),
                                       QStringLiteral("incomplete: 4 note(s) missing")}));
    QCOMPARE(rowStates(1), (QList<int>{missing, recused, score}));
    const QModelIndex empty = m_model->index(1, 0);
    QCOMPARE(empty.data(Qt::EditRole).toString(), QString());
    QCOMPARE(empty.data(Qt::BackgroundRole).value<QBrush>().color(), ScoringGridModel::missingBackground());
    QVERIFY(empty.data(Qt::FontRole).value<QFont>().bold());
    QCOMPARE(empty.data(Qt::ToolTipRole).toString(),
             QStringLiteral("Note missing: Alice on Beta, Problème public et usagers."));
    QCOMPARE(m_model->index(1, 1).data(Qt::BackgroundRole).value<QBrush>().color(),
             ScoringGridModel::recusedBackground());
    QVERIFY(!m_model->index(0, 0).data(Qt::BackgroundRole).isValid());
    QCOMPARE(m_model->missingNoteCount(), 4);
    QCOMPARE(m_model->index(0, 1).data(ScoringGridModel::MemberIdRole).toLongLong(), memberId(QStringLiteral("Bruno")));
    QCOMPARE(m_model->index(1, 2).data(ScoringGridModel::CandidateIdRole).toLongLong(),
             candidateId(QStringLiteral("Beta")));
}

void TestScoringGridModel::totalView()
{
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    m_model->setCriterion(ScoringGridModel::totalView);
    QVERIFY(m_model->isTotalView());
    QCOMPARE(changed.size(), 1);
    QCOMPARE(rowTexts(0), (QStringList{QStringLiteral("Alpha"), QStringLiteral("100,0"), QStringLiteral("40,0"),
                                       QStringLiteral("70,0")}));
    QCOMPARE(rowTexts(1), (QStringList{QStringLiteral("Beta"), QStringLiteral("? (4 missing)"),
                                       QStringLiteral("recused"), QStringLiteral("incomplete: 4 note(s) missing")}));
    QCOMPARE(rowStates(1), (QList<int>{missing, recused, score}));
    QCOMPARE(m_model->index(0, 1).data(Qt::ToolTipRole).toString(),
             QStringLiteral("Score of Bruno on Alpha: 40,0 / 100"));
    // An unknown criterion falls back to the first one.
    m_model->setCriterion(7);
    QCOMPARE(m_model->criterion(), 0);
}

void TestScoringGridModel::flagsFollowStateAndView()
{
    QVERIFY(m_model->flags(m_model->index(0, 0)).testFlag(Qt::ItemIsEditable));
    QVERIFY(m_model->flags(m_model->index(1, 0)).testFlag(Qt::ItemIsEditable));
    QVERIFY(!m_model->flags(m_model->index(1, 1)).testFlag(Qt::ItemIsEditable)); // recused
    QVERIFY(!m_model->flags(m_model->index(0, 2)).testFlag(Qt::ItemIsEditable)); // score
    QVERIFY(m_model->flags(m_model->index(0, 2)).testFlag(Qt::ItemIsSelectable));
    m_model->setCriterion(ScoringGridModel::totalView);
    QVERIFY(!m_model->flags(m_model->index(0, 0)).testFlag(Qt::ItemIsEditable));
}

void TestScoringGridModel::spreadFlag()
{
    QCOMPARE(m_model->flaggedCount(), 1);
    QVERIFY(m_model->index(0, 0).data(ScoringGridModel::SpreadFlagRole).toBool());
    QVERIFY(!m_model->index(1, 0).data(ScoringGridModel::SpreadFlagRole).toBool());
    QVERIFY(!m_model->headerData(0, Qt::Vertical, Qt::DecorationRole).value<QIcon>().isNull());
    QVERIFY(!m_model->headerData(1, Qt::Vertical, Qt::DecorationRole).isValid());
    QVERIFY(!m_model->index(0, 2).data(Qt::DecorationRole).value<QIcon>().isNull());
    const QString tip = QStringLiteral("To discuss: member scores 60,0 points apart (40 or more).\n"
                                       "Highest: 100,0 (Alice)\nLowest: 40,0 (Bruno)");
    QCOMPARE(m_model->headerData(0, Qt::Vertical, Qt::ToolTipRole).toString(), tip);
    QCOMPARE(m_model->index(0, 2).data(Qt::ToolTipRole).toString(), tip);

    // Bruno's 2 on the first criterion becomes 5: 100 − 58 = 42, still flagged; on the second too: 100 − 70.
    QVERIFY(m_model->setData(m_model->index(0, 1), QStringLiteral("5")));
    QCOMPARE(m_model->flaggedCount(), 1);
    m_model->setCriterion(1);
    QVERIFY(m_model->setData(m_model->index(0, 1), QStringLiteral("5")));
    QCOMPARE(m_model->flaggedCount(), 0);
    QVERIFY(!m_model->headerData(0, Qt::Vertical, Qt::DecorationRole).isValid());
    m_undo->undo();
    QCOMPARE(m_model->flaggedCount(), 1);
}

void TestScoringGridModel::parseNote_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("accepted");
    QTest::addColumn<int>("note"); // -1: cleared
    QTest::newRow("0") << QStringLiteral("0") << true << 0;
    QTest::newRow("5") << QStringLiteral("5") << true << 5;
    QTest::newRow("spaces") << QStringLiteral(" 4 ") << true << 4;
    QTest::newRow("empty clears") << QString() << true << -1;
    QTest::newRow("blank clears") << QStringLiteral("  ") << true << -1;
    QTest::newRow("6") << QStringLiteral("6") << false << 0;
    QTest::newRow("-1") << QStringLiteral("-1") << false << 0;
    QTest::newRow("2.5") << QStringLiteral("2.5") << false << 0;
    QTest::newRow("2,5") << QStringLiteral("2,5") << false << 0;
    QTest::newRow("45") << QStringLiteral("45") << false << 0;
    QTest::newRow("text") << QStringLiteral("four") << false << 0;
    QTest::newRow("arabic-indic digit") << QStringLiteral("\u0663") << false << 0;
}

void TestScoringGridModel::parseNote()
{
    QFETCH(QString, text);
    QFETCH(bool, accepted);
    QFETCH(int, note);
    const Result<std::optional<int>> parsed = ScoringGridModel::parseNote(text);
    QCOMPARE(parsed.ok(), accepted);
    if (!accepted) {
        QCOMPARE(parsed.error(),
                 QStringLiteral("A note is a whole number from 0 to 5: \"%1\" is not one.").arg(text.trimmed()));
        return;
    }
    QCOMPARE(parsed.value().value_or(-1), note);
}

void TestScoringGridModel::setDataRefusesBadNotes_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("6") << QStringLiteral("6");
    QTest::newRow("-1") << QStringLiteral("-1");
    QTest::newRow("2.5") << QStringLiteral("2.5");
    QTest::newRow("text") << QStringLiteral("bien");
}

void TestScoringGridModel::setDataRefusesBadNotes()
{
    QFETCH(QString, text);
    QSignalSpy refused(m_model.get(), &ScoringGridModel::refused);
    QVERIFY(!m_model->setData(m_model->index(0, 0), text));
    const QString message = QStringLiteral("A note is a whole number from 0 to 5: \"%1\" is not one.").arg(text);
    QCOMPARE(m_model->lastError(), message);
    QCOMPARE(refused.size(), 1);
    QCOMPARE(refused.first().first().toString(), message);
    QCOMPARE(m_undo->count(), 0);
    QCOMPARE(m_model->index(0, 0).data().toString(), QStringLiteral("5"));
}

void TestScoringGridModel::setDataPushesCommandAndUndoRestores()
{
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
    // Beta, Alice, second criterion: empty, then 4.
    m_model->setCriterion(1);
    QVERIFY(m_model->setData(m_model->index(1, 0), QStringLiteral("4")));
    QCOMPARE(m_undo->count(), 1);
    QCOMPARE(m_undo->undoText(), QStringLiteral("Note 4 by Alice on Beta"));
    QCOMPARE(m_scoring->scoreSheet(20).value().note(candidateId(QStringLiteral("Beta")),
                                                    memberId(QStringLiteral("Alice")), 1),
             std::optional<int>(4));
    QCOMPARE(rowTexts(1).mid(1), (QStringList{QStringLiteral("4"), QStringLiteral("recused"),
                                              QStringLiteral("incomplete: 3 note(s) missing")}));
    // Values changed in place: the views keep their current cell.
    QCOMPARE(reset.size(), 0);
    // The same note again changes nothing and pushes nothing.
    QVERIFY(m_model->setData(m_model->index(1, 0), QStringLiteral("4")));
    QCOMPARE(m_undo->count(), 1);
    m_undo->undo();
    QCOMPARE(rowTexts(1).mid(1, 1), QStringList{QStringLiteral("?")});
    QCOMPARE(m_model->missingNoteCount(), 4);
    m_undo->redo();
    QCOMPARE(rowTexts(1).mid(1, 1), QStringList{QStringLiteral("4")});
    // A changed note: undo gives the old one back.
    m_model->setCriterion(0);
    QVERIFY(m_model->setData(m_model->index(0, 1), QStringLiteral("0")));
    QCOMPARE(rowTexts(0).mid(1), (QStringList{QStringLiteral("5"), QStringLiteral("0"), QStringLiteral("64,0")}));
    m_undo->undo();
    QCOMPARE(rowTexts(0).mid(1), (QStringList{QStringLiteral("5"), QStringLiteral("2"), QStringLiteral("70,0")}));
    // A recused cell refuses a note with the reason.
    QVERIFY(!m_model->setData(m_model->index(1, 1), QStringLiteral("3")));
    QCOMPARE(m_model->lastError(), QStringLiteral("Bruno is recused on Beta: lift the recusal before noting."));
    // The total cannot be typed into.
    m_model->setCriterion(ScoringGridModel::totalView);
    QVERIFY(!m_model->setData(m_model->index(0, 0), QStringLiteral("3")));
    QCOMPARE(m_model->lastError(),
             QStringLiteral("The total is computed from the criteria: choose a criterion to note."));
}

void TestScoringGridModel::clearingIsACommand()
{
    QVERIFY(m_model->setData(m_model->index(0, 0), QString()));
    QCOMPARE(m_undo->undoText(), QStringLiteral("Clear the note of Alice on Alpha"));
    QCOMPARE(rowTexts(0).mid(1),
             (QStringList{QStringLiteral("?"), QStringLiteral("2"), QStringLiteral("incomplete: 1 note(s) missing")}));
    QCOMPARE(m_model->flaggedCount(), 0);
    m_undo->undo();
    QCOMPARE(rowTexts(0).mid(1), (QStringList{QStringLiteral("5"), QStringLiteral("2"), QStringLiteral("70,0")}));
    QCOMPARE(m_model->flaggedCount(), 1);
}

void TestScoringGridModel::recusalToggleRemovesAndRestoresNotes()
{
    const qint64 alpha = candidateId(QStringLiteral("Alpha"));
    const qint64 bruno = memberId(QStringLiteral("Bruno"));
    QVERIFY_OUTCOME(m_model->toggleRecusalAt(m_model->index(0, 1)));
    QCOMPARE(m_undo->undoText(), QStringLiteral("Recusal of Bruno on Alpha"));
    QCOMPARE(rowTexts(0).mid(1),
             (QStringList{QStringLiteral("5"), QStringLiteral("recused"), QStringLiteral("100,0")}));
    QCOMPARE(m_model->sheet().notesOf(alpha).size(), 5);
    QCOMPARE(m_model->flaggedCount(), 0);
    m_undo->undo();
    QVERIFY(!m_model->sheet().isRecused(alpha, bruno));
    QCOMPARE(m_model->sheet().notesOf(alpha).size(), 10);
    for (int criterion = 0; criterion < 5; ++criterion)
        QCOMPARE(m_model->sheet().note(alpha, bruno, criterion), std::optional<int>(2));
    QCOMPARE(rowTexts(0).mid(1), (QStringList{QStringLiteral("5"), QStringLiteral("2"), QStringLiteral("70,0")}));
    m_undo->redo();
    QVERIFY(m_model->sheet().isRecused(alpha, bruno));

    // Toggling a recused cell lifts it; undo records it again.
    QVERIFY_OUTCOME(m_model->toggleRecusalAt(m_model->index(1, 1)));
    QCOMPARE(m_undo->undoText(), QStringLiteral("Lift the recusal of Bruno on Beta"));
    QCOMPARE(rowTexts(1).mid(2, 1), QStringList{QStringLiteral("?")});
    QCOMPARE(m_model->missingNoteCount(), 9);
    m_undo->undo();
    QCOMPARE(rowTexts(1).mid(2, 1), QStringList{QStringLiteral("recused")});
    // The score column has no member.
    QVERIFY(!m_model->toggleRecusalAt(m_model->index(0, 2)));
}

void TestScoringGridModel::addMembersAndUndo()
{
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
    QVERIFY_OUTCOME(
        push(new AddMembersCommand(*m_store, *m_scoring, 20, {QStringLiteral("Chloé"), QStringLiteral(" David ")})));
    QCOMPARE(m_undo->undoText(), QStringLiteral("Add 2 committee member(s)"));
    QCOMPARE(reset.size(), 1);
    QCOMPARE(m_model->columnCount(), 5);
    QCOMPARE(m_model->headerData(3, Qt::Horizontal).toString(), QStringLiteral("David"));
    QCOMPARE(rowTexts(0).mid(1), (QStringList{QStringLiteral("5"), QStringLiteral("2"), QStringLiteral("?"),
                                              QStringLiteral("?"), QStringLiteral("incomplete: 10 note(s) missing")}));
    m_undo->undo();
    QCOMPARE(m_model->columnCount(), 3);
    QCOMPARE(m_scoring->members(20).value().size(), 2);
    m_undo->redo();
    QCOMPARE(m_model->columnCount(), 5);
    // A name already on the committee is refused, nothing pushed.
    const Outcome again = push(new AddMembersCommand(*m_store, *m_scoring, 20, {QStringLiteral("alice")}));
    QCOMPARE(again.error(), QStringLiteral("Alice is already on this committee."));
    QCOMPARE(m_undo->count(), 1);
}

void TestScoringGridModel::closedPromotionIsReadOnly()
{
    Promotion promotion;
    promotion.number = 21;
    promotion.year = 2025;
    promotion.envelope = Money::fromEuros(500000);
    QVERIFY(m_store->addPromotion(promotion).ok());
    QVERIFY(m_store->addCandidate(21, candidate(QStringLiteral("Delta"), Decision::Rejected)).ok());
    const Result<QList<CommitteeMember>> members = m_scoring->addMembers(21, {QStringLiteral("Alice")});
    QVERIFY(members.ok());
    QVERIFY_OUTCOME(m_scoring->setNote(21, m_store->candidates(21).value().first().id, members.value().first().id, 0, 4));
    QVERIFY_OUTCOME(m_store->closePromotion(21, QDate(2026, 11, 14)));

    m_model->setPromotion(21);
    QVERIFY(m_model->isReadOnly());
    QCOMPARE(rowTexts(0), (QStringList{QStringLiteral("Delta"), QStringLiteral("4"),
                                       QStringLiteral("incomplete: 4 note(s) missing")}));
    QVERIFY(!m_model->flags(m_model->index(0, 0)).testFlag(Qt::ItemIsEditable));
    QVERIFY(!m_model->setData(m_model->index(0, 0), QStringLiteral("5")));
    QCOMPARE(m_model->lastError(), QStringLiteral("FAST21 is closed: its notes can no longer change."));
    QVERIFY(!m_model->toggleRecusalAt(m_model->index(0, 0)));
    QCOMPARE(m_model->lastError(), QStringLiteral("FAST21 is closed: its recusals can no longer change."));
    QCOMPARE(m_undo->count(), 0);

    // Reopened, the grid is writable again without being told.
    QVERIFY_OUTCOME(m_store->reopenPromotion(21, QStringLiteral("Correction")));
    QVERIFY(!m_model->isReadOnly());
    QVERIFY(m_model->flags(m_model->index(0, 0)).testFlag(Qt::ItemIsEditable));
}

void TestScoringGridModel::followsTheStore()
{
    // Changes made elsewhere (command line, another page) show without a reload call.
    QVERIFY_OUTCOME(
        m_scoring->setNote(20, candidateId(QStringLiteral("Beta")), memberId(QStringLiteral("Alice")), 0, 1));
    QCOMPARE(m_model->index(1, 0).data().toString(), QStringLiteral("1"));
    QVERIFY(m_store->addCandidate(20, candidate(QStringLiteral("Epsilon"))).ok());
    // Epsilon comes before the withdrawn Gamma, which stays last.
    QCOMPARE(m_model->rowCount(), 4);
    QCOMPARE(rowTexts(2), (QStringList{QStringLiteral("Epsilon"), QStringLiteral("?"), QStringLiteral("?"),
                                       QStringLiteral("incomplete: 10 note(s) missing")}));
    // Another promotion's change does not touch this grid.
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    Promotion other;
    other.number = 22;
    other.year = 2025;
    other.envelope = Money::fromEuros(100000);
    QVERIFY(m_store->addPromotion(other).ok());
    QVERIFY(m_store->addCandidate(22, candidate(QStringLiteral("Zeta"))).ok());
    QCOMPARE(changed.size(), 1); // promotionsChanged: the closed state is read again, same values
}

void TestScoringGridModel::withdrawnCandidateStaysVisibleReadOnly()
{
    // Alpha, fully scored (70,0), withdraws: it stays with its notes and score, marked, after the others.
    QVERIFY_OUTCOME(m_decisions->setDecision(candidateId(QStringLiteral("Alpha")), Decision::Withdrawn));
    QTRY_COMPARE(m_model->headerData(1, Qt::Vertical).toString(), QStringLiteral("Alpha (withdrawn)"));
    QCOMPARE(rowTexts(0).first(), QStringLiteral("Beta"));
    QCOMPARE(rowTexts(1), (QStringList{QStringLiteral("Alpha (withdrawn)"), QStringLiteral("5"), QStringLiteral("2"),
                                       QStringLiteral("70,0 (withdrawn)")}));
    QCOMPARE(rowTexts(2), (QStringList{QStringLiteral("Gamma (withdrawn)"), QStringLiteral("—"), QStringLiteral("—"),
                                       QStringLiteral("withdrawn")}));
    QVERIFY(m_model->isWithdrawnRow(1));
    QVERIFY(!m_model->flags(m_model->index(1, 0)).testFlag(Qt::ItemIsEditable));
    QVERIFY(!m_model->flags(m_model->index(2, 0)).testFlag(Qt::ItemIsEditable));
    QVERIFY(m_model->flags(m_model->index(0, 0)).testFlag(Qt::ItemIsEditable));
    // No flag for discussion on a candidate that left; no note expected from Gamma.
    QCOMPARE(m_model->flaggedCount(), 0);
    QCOMPARE(m_model->missingNoteCount(), 4);
    QCOMPARE(m_model->index(2, 0).data(Qt::ToolTipRole).toString(),
             QStringLiteral("Gamma has withdrawn: no note is expected."));
    // A note typed on it is refused with the reason, and nothing is written.
    const Outcome refused = m_model->setNoteAt(m_model->index(1, 0), 3);
    QVERIFY(!refused);
    QCOMPARE(refused.error(), QStringLiteral("Alpha has withdrawn: its notes can no longer change."));
    QCOMPARE(m_undo->count(), 0);
    QVERIFY(!m_model->toggleRecusalAt(m_model->index(1, 1)));
    QCOMPARE(m_model->lastError(), QStringLiteral("Alpha has withdrawn: its recusals can no longer change."));
}

QTEST_MAIN(TestScoringGridModel)
#include "tst_scoringgridmodel.moc"
