#include "domain/ScoreSheet.h"

#include <QTest>

// Default criteria throughout: weights 30, 20, 20, 15, 15. Members 1 Alice Martin, 2 Bruno Petit,
// 3 Chloé Durand; candidates 10 and 20.
class TestScoreSheet : public QObject
{
    Q_OBJECT

private slots:
    void setNote_data();
    void setNote();
    void memberScore_data();
    void memberScore();
    void standing_data();
    void standing();
    void recusalRemovesNotes();
    void scoringRecusedCellRefused();
    void recusalTwiceRemovesNothing();
    void liftRecusal();
    void recusalUnknownMember();
    void replacingANoteKeepsSums();
    void clearNote();
    void criteriaFrozenOnceScored();
    void addMember_data();
    void addMember();
    void removeMember();
    void removeCandidate();
};

namespace {
constexpr qint64 alice = 1;
constexpr qint64 bruno = 2;
constexpr qint64 chloe = 3;
constexpr qint64 first = 10;
constexpr qint64 second = 20;

ScoreSheet committee()
{
    ScoreSheet sheet;
    [&] {
        QVERIFY(sheet.addMember({alice, QStringLiteral("Alice Martin")}).ok());
        QVERIFY(sheet.addMember({bruno, QStringLiteral("Bruno Petit")}).ok());
        QVERIFY(sheet.addMember({chloe, QStringLiteral("Chloé Durand")}).ok());
        QVERIFY(sheet.addCandidate(first).ok());
        QVERIFY(sheet.addCandidate(second).ok());
    }();
    return sheet;
}

// "5,4,3,2,1" notes the criteria in order; an empty place leaves that criterion unnoted.
void noteAll(ScoreSheet &sheet, qint64 candidate, qint64 member, const QString &notes)
{
    const QStringList parts = notes.split(QLatin1Char(','));
    for (int c = 0; c < parts.size(); ++c) {
        if (parts.at(c).isEmpty())
            continue;
        const Outcome outcome = sheet.setNote(candidate, member, c, parts.at(c).toInt());
        QVERIFY2(outcome.ok(), qPrintable(outcome.error()));
    }
}
} // namespace

void TestScoreSheet::setNote_data()
{
    QTest::addColumn<qint64>("candidate");
    QTest::addColumn<qint64>("member");
    QTest::addColumn<int>("criterion");
    QTest::addColumn<int>("note");
    QTest::addColumn<QString>("message");

    QTest::newRow("0") << first << alice << 0 << 0 << QString();
    QTest::newRow("5") << first << alice << 4 << 5 << QString();
    QTest::newRow("-1") << first << alice << 0 << -1
                        << QStringLiteral("A note must be a whole number from 0 to 5, not -1.");
    QTest::newRow("6") << first << alice << 0 << 6
                       << QStringLiteral("A note must be a whole number from 0 to 5, not 6.");
    QTest::newRow("unknown candidate") << qint64(99) << alice << 0 << 3
                                       << QStringLiteral("Candidate 99 is not on this score sheet.");
    QTest::newRow("unknown member") << first << qint64(9) << 0 << 3
                                    << QStringLiteral("Committee member 9 is not on this committee.");
    QTest::newRow("criterion past the last")
        << first << alice << 5 << 3 << QStringLiteral("There is no criterion 6: this promotion has 5 criteria.");
    QTest::newRow("negative criterion") << first << alice << -1 << 3
                                        << QStringLiteral("There is no criterion 0: this promotion has 5 criteria.");
}

void TestScoreSheet::setNote()
{
    QFETCH(qint64, candidate);
    QFETCH(qint64, member);
    QFETCH(int, criterion);
    QFETCH(int, note);
    QFETCH(QString, message);

    ScoreSheet sheet = committee();
    QCOMPARE(sheet.setNote(candidate, member, criterion, note).error(), message);
    if (message.isEmpty()) {
        QCOMPARE(sheet.note(candidate, member, criterion), std::optional<int>(note));
        QCOMPARE(sheet.noteCount(), 1);
        QVERIFY(sheet.hasAnyNote());
    } else {
        QCOMPARE(sheet.note(candidate, member, criterion), std::optional<int>());
        QCOMPARE(sheet.noteCount(), 0);
        QVERIFY(!sheet.hasAnyNote());
    }
}

void TestScoreSheet::memberScore_data()
{
    QTest::addColumn<QString>("notes");
    QTest::addColumn<qint64>("weightedSum"); // S = weightedSum / 5
    QTest::addColumn<QString>("fixed");

    QTest::newRow("all 5") << QStringLiteral("5,5,5,5,5") << qint64(500) << QStringLiteral("100.00");
    QTest::newRow("all 0") << QStringLiteral("0,0,0,0,0") << qint64(0) << QStringLiteral("0.00");
    QTest::newRow("all 3") << QStringLiteral("3,3,3,3,3") << qint64(300) << QStringLiteral("60.00");
    QTest::newRow("4,3,5,2,1") << QStringLiteral("4,3,5,2,1") << qint64(325) << QStringLiteral("65.00");
    QTest::newRow("only the first") << QStringLiteral("5,0,0,0,0") << qint64(150) << QStringLiteral("30.00");
    QTest::newRow("2,3,0,3,0") << QStringLiteral("2,3,0,3,0") << qint64(165) << QStringLiteral("33.00");
    QTest::newRow("one criterion missing") << QStringLiteral("5,5,5,5,") << qint64(-1) << QString();
}

void TestScoreSheet::memberScore()
{
    QFETCH(QString, notes);
    QFETCH(qint64, weightedSum);
    QFETCH(QString, fixed);

    ScoreSheet sheet = committee();
    noteAll(sheet, first, alice, notes);
    const std::optional<Score> score = sheet.memberScore(first, alice);
    if (weightedSum < 0) {
        QVERIFY(!score);
        return;
    }
    QVERIFY(score);
    QCOMPARE(score->numerator(), weightedSum);
    QCOMPARE(score->denominator(), qint64(5));
    QCOMPARE(score->toFixedString(2), fixed);
    QVERIFY(!sheet.memberScore(first, bruno));
}

void TestScoreSheet::standing_data()
{
    // One column per member: their notes on candidate 10, or "recused".
    QTest::addColumn<QString>("aliceNotes");
    QTest::addColumn<QString>("brunoNotes");
    QTest::addColumn<QString>("chloeNotes");
    QTest::addColumn<bool>("fullyScored");
    QTest::addColumn<int>("scoringMembers");
    QTest::addColumn<int>("missingNotes");
    QTest::addColumn<qint64>("numerator"); // of the score, when fully scored
    QTest::addColumn<qint64>("denominator");
    QTest::addColumn<QString>("display");
    QTest::addColumn<QString>("firstCriterionMean");

    const QString recused = QStringLiteral("recused");
    QTest::newRow("nothing noted") << QString() << QString() << QString() << false << 3 << 15 << qint64(0) << qint64(0)
                                   << QString() << QString();
    QTest::newRow("one note missing") << QStringLiteral("5,5,5,5,5") << QStringLiteral("3,3,3,3,3")
                                      << QStringLiteral("4,3,5,2,") << false << 3 << 1 << qint64(0) << qint64(0)
                                      << QString() << QString();
    QTest::newRow("fully scored, 73,3") << QStringLiteral("5,5,5,5,5") << QStringLiteral("3,3,3,3,3")
                                        << QStringLiteral("3,3,3,3,3") << true << 3 << 0 << qint64(1100) << qint64(15)
                                        << QStringLiteral("73,3") << QStringLiteral("3.67");
    QTest::newRow("fully scored, 75,0") << QStringLiteral("5,5,5,5,5") << QStringLiteral("3,3,3,3,3")
                                        << QStringLiteral("4,3,5,2,1") << true << 3 << 0 << qint64(1125) << qint64(15)
                                        << QStringLiteral("75,0") << QStringLiteral("4.00");
    QTest::newRow("recused member excluded from the mean")
        << recused << QStringLiteral("5,5,5,5,5") << QStringLiteral("3,3,3,3,3") << true << 2 << 0 << qint64(800)
        << qint64(10) << QStringLiteral("80,0") << QStringLiteral("4.00");
    QTest::newRow("recused member, the others incomplete")
        << recused << QStringLiteral("5,5,5,5,5") << QStringLiteral("3,3,,3,3") << false << 2 << 1 << qint64(0)
        << qint64(0) << QString() << QString();
    QTest::newRow("one member left scoring")
        << recused << recused << QStringLiteral("4,3,5,2,1") << true << 1 << 0 << qint64(325) << qint64(5)
        << QStringLiteral("65,0") << QStringLiteral("4.00");
    QTest::newRow("every member recused")
        << recused << recused << recused << false << 0 << 0 << qint64(0) << qint64(0) << QString() << QString();
}

void TestScoreSheet::standing()
{
    QFETCH(QString, aliceNotes);
    QFETCH(QString, brunoNotes);
    QFETCH(QString, chloeNotes);
    QFETCH(bool, fullyScored);
    QFETCH(int, scoringMembers);
    QFETCH(int, missingNotes);
    QFETCH(qint64, numerator);
    QFETCH(qint64, denominator);
    QFETCH(QString, display);
    QFETCH(QString, firstCriterionMean);

    ScoreSheet sheet = committee();
    const QList<QPair<qint64, QString>> members = {{alice, aliceNotes}, {bruno, brunoNotes}, {chloe, chloeNotes}};
    for (const auto &[member, notes] : members) {
        if (notes == QLatin1String("recused"))
            QVERIFY(sheet.recordRecusal(first, member).ok());
        else if (!notes.isEmpty())
            noteAll(sheet, first, member, notes);
    }
    // The other candidate is fully noted by everyone and must not leak into this one's standing.
    for (qint64 member : {alice, bruno, chloe})
        noteAll(sheet, second, member, QStringLiteral("1,1,1,1,1"));

    QCOMPARE(sheet.isFullyScored(first), fullyScored);
    QCOMPARE(sheet.scoringMemberCount(first), scoringMembers);
    QCOMPARE(sheet.missingNoteCount(first), missingNotes);
    const std::optional<Score> score = sheet.score(first);
    QCOMPARE(score.has_value(), fullyScored);
    QCOMPARE(sheet.firstCriterionMean(first).has_value(), fullyScored);
    if (fullyScored) {
        QCOMPARE(score->numerator(), numerator);
        QCOMPARE(score->denominator(), denominator);
        QCOMPARE(score->toDisplayString(), display);
        QCOMPARE(sheet.firstCriterionMean(first)->toFixedString(2), firstCriterionMean);
    }
    QCOMPARE(sheet.score(second)->toFixedString(2), QStringLiteral("20.00"));
}

void TestScoreSheet::recusalRemovesNotes()
{
    ScoreSheet sheet = committee();
    noteAll(sheet, first, alice, QStringLiteral("4,,1,,"));
    noteAll(sheet, first, bruno, QStringLiteral("5,5,5,5,5"));
    noteAll(sheet, second, alice, QStringLiteral("2,2,2,2,2"));
    QCOMPARE(sheet.noteCount(), 12);

    const Result<QList<ScoreNote>> removed = sheet.recordRecusal(first, alice);
    QVERIFY(removed.ok());
    const QList<ScoreNote> expected = {{first, alice, 0, 4}, {first, alice, 2, 1}};
    QCOMPARE(removed.value(), expected);
    QCOMPARE(sheet.noteCount(), 10);
    QCOMPARE(sheet.note(first, alice, 0), std::optional<int>());
    QCOMPARE(sheet.note(first, alice, 2), std::optional<int>());
    QVERIFY(sheet.isRecused(first, alice));
    QVERIFY(!sheet.isRecused(second, alice));
    QCOMPARE(sheet.recusedMemberIds(first), QList<qint64>{alice});
    // Her notes on the other candidate and the other members' notes stay.
    QCOMPARE(sheet.note(second, alice, 0), std::optional<int>(2));
    QCOMPARE(sheet.notesOf(first).size(), 5);
    QCOMPARE(sheet.missingNoteCount(first), 5); // Chloé's five
}

void TestScoreSheet::scoringRecusedCellRefused()
{
    ScoreSheet sheet = committee();
    QVERIFY(sheet.recordRecusal(first, chloe).ok());
    QCOMPARE(sheet.setNote(first, chloe, 0, 4).error(),
             QStringLiteral("Chloé Durand is recused on this candidate and cannot score it."));
    QCOMPARE(sheet.note(first, chloe, 0), std::optional<int>());
    QCOMPARE(sheet.noteCount(), 0);
    QVERIFY(sheet.setNote(second, chloe, 0, 4).ok());
}

void TestScoreSheet::recusalTwiceRemovesNothing()
{
    ScoreSheet sheet = committee();
    noteAll(sheet, first, bruno, QStringLiteral("3,3,3,3,3"));
    QCOMPARE(sheet.recordRecusal(first, bruno).value().size(), 5);
    const Result<QList<ScoreNote>> again = sheet.recordRecusal(first, bruno);
    QVERIFY(again.ok());
    QVERIFY(again.value().isEmpty());
    QCOMPARE(sheet.scoringMemberCount(first), 2);
}

void TestScoreSheet::liftRecusal()
{
    ScoreSheet sheet = committee();
    noteAll(sheet, first, alice, QStringLiteral("5,5,5,5,5"));
    noteAll(sheet, first, bruno, QStringLiteral("5,5,5,5,5"));
    QVERIFY(sheet.recordRecusal(first, chloe).ok());
    QVERIFY(sheet.isFullyScored(first));
    QVERIFY(sheet.liftRecusal(first, chloe).ok());
    QVERIFY(!sheet.isRecused(first, chloe));
    QVERIFY(!sheet.isFullyScored(first));
    QCOMPARE(sheet.missingNoteCount(first), 5);
    noteAll(sheet, first, chloe, QStringLiteral("0,0,0,0,0"));
    QCOMPARE(sheet.score(first)->toFixedString(2), QStringLiteral("66.67"));
}

void TestScoreSheet::recusalUnknownMember()
{
    ScoreSheet sheet = committee();
    QCOMPARE(sheet.recordRecusal(first, 7).error(), QStringLiteral("Committee member 7 is not on this committee."));
    QCOMPARE(sheet.recordRecusal(7, alice).error(), QStringLiteral("Candidate 7 is not on this score sheet."));
    QCOMPARE(sheet.liftRecusal(first, 7).error(), QStringLiteral("Committee member 7 is not on this committee."));
}

void TestScoreSheet::replacingANoteKeepsSums()
{
    ScoreSheet sheet = committee();
    for (qint64 member : {alice, bruno, chloe})
        noteAll(sheet, first, member, QStringLiteral("5,5,5,5,5"));
    QCOMPARE(sheet.score(first)->toFixedString(2), QStringLiteral("100.00"));
    QVERIFY(sheet.setNote(first, bruno, 0, 2).ok()); // 500 − 30 × 3 = 410 for Bruno
    QCOMPARE(sheet.noteCount(), 15);
    QCOMPARE(sheet.score(first)->numerator(), qint64(1410));
    QCOMPARE(sheet.score(first)->denominator(), qint64(15));
    QCOMPARE(sheet.firstCriterionMean(first)->numerator(), qint64(12));
    QCOMPARE(sheet.firstCriterionMean(first)->denominator(), qint64(3));
    QVERIFY(!sheet.setNote(first, bruno, 0, 9).ok());
    QCOMPARE(sheet.note(first, bruno, 0), std::optional<int>(2));
}

void TestScoreSheet::clearNote()
{
    ScoreSheet sheet = committee();
    for (qint64 member : {alice, bruno, chloe})
        noteAll(sheet, first, member, QStringLiteral("4,4,4,4,4"));
    QVERIFY(sheet.isFullyScored(first));
    QCOMPARE(sheet.clearNote(first, chloe, 3), std::optional<int>(4));
    QCOMPARE(sheet.clearNote(first, chloe, 3), std::optional<int>());
    QCOMPARE(sheet.clearNote(first, 9, 3), std::optional<int>());
    QVERIFY(!sheet.isFullyScored(first));
    QCOMPARE(sheet.missingNoteCount(first), 1);
    QCOMPARE(sheet.noteCount(), 14);
    QVERIFY(!sheet.score(first));
}

void TestScoreSheet::criteriaFrozenOnceScored()
{
    ScoreSheet sheet = committee();
    const CriteriaSet two({{0, QStringLiteral("Impact"), 60}, {0, QStringLiteral("Équipe"), 40}});
    QVERIFY(sheet.checkCanChangeCriteria().ok());
    QVERIFY(sheet.setCriteria(two).ok());
    QCOMPARE(sheet.criteria(), two);
    QCOMPARE(sheet.missingNoteCount(first), 6);

    QCOMPARE(sheet.setCriteria(CriteriaSet({{0, QStringLiteral("Impact"), 99}})).error(),
             QStringLiteral("The weights add up to 99; they must add up to 100."));

    QVERIFY(sheet.setNote(first, alice, 1, 3).ok());
    QVERIFY(sheet.hasAnyNote());
    const QString frozen = QStringLiteral("The criteria cannot change once any score exists (1 note(s) given).");
    QCOMPARE(sheet.checkCanChangeCriteria().error(), frozen);
    QCOMPARE(sheet.setCriteria(CriteriaSet::defaults()).error(), frozen);
    QCOMPARE(sheet.criteria(), two);

    // Once the only note is gone the criteria may change again.
    QCOMPARE(sheet.clearNote(first, alice, 1), std::optional<int>(3));
    QVERIFY(!sheet.hasAnyNote());
    QVERIFY(sheet.setCriteria(CriteriaSet::defaults()).ok());
    noteAll(sheet, first, alice, QStringLiteral("5,5,5,5,5"));
    QCOMPARE(sheet.memberScore(first, alice)->toFixedString(0), QStringLiteral("100"));
}

void TestScoreSheet::addMember_data()
{
    QTest::addColumn<qint64>("id");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("message");

    QTest::newRow("new") << qint64(4) << QStringLiteral("Damien Roux") << QString();
    QTest::newRow("same id") << alice << QStringLiteral("Damien Roux")
                             << QStringLiteral("Committee member 1 is already on this committee.");
    QTest::newRow("same name, other case and accents") << qint64(4) << QStringLiteral("  CHLOE durand")
                                                       << QStringLiteral("Chloé Durand is already on this committee.");
    QTest::newRow("no name") << qint64(4) << QStringLiteral(" ") << QStringLiteral("A committee member needs a name.");
}

void TestScoreSheet::addMember()
{
    QFETCH(qint64, id);
    QFETCH(QString, name);
    QFETCH(QString, message);

    ScoreSheet sheet = committee();
    for (qint64 member : {alice, bruno, chloe})
        noteAll(sheet, first, member, QStringLiteral("4,4,4,4,4"));
    QVERIFY(sheet.isFullyScored(first));
    QCOMPARE(sheet.addMember({id, name}).error(), message);
    QCOMPARE(sheet.memberCount(), message.isEmpty() ? 4 : 3);
    // A new member owes notes on every candidate.
    QCOMPARE(sheet.isFullyScored(first), !message.isEmpty());
    QCOMPARE(sheet.missingNoteCount(first), message.isEmpty() ? 5 : 0);
    QCOMPARE(sheet.missingNoteCount(second), message.isEmpty() ? 20 : 15);
}

void TestScoreSheet::removeMember()
{
    ScoreSheet sheet = committee();
    noteAll(sheet, first, alice, QStringLiteral("5,5,5,5,5"));
    noteAll(sheet, first, bruno, QStringLiteral("1,,,,2"));
    noteAll(sheet, first, chloe, QStringLiteral("3,3,3,3,3"));
    QVERIFY(sheet.recordRecusal(second, bruno).ok());

    const QList<ScoreNote> removed = sheet.removeMember(bruno);
    const QList<ScoreNote> expected = {{first, bruno, 0, 1}, {first, bruno, 4, 2}};
    QCOMPARE(removed, expected);
    QCOMPARE(sheet.memberCount(), 2);
    QVERIFY(!sheet.hasMember(bruno));
    QCOMPARE(sheet.noteCount(), 10);
    // Alice and Chloé noted everything: without Bruno the candidate is fully scored, (500 + 300) / 10.
    QVERIFY(sheet.isFullyScored(first));
    QCOMPARE(sheet.score(first)->toFixedString(2), QStringLiteral("80.00"));
    QCOMPARE(sheet.note(first, chloe, 4), std::optional<int>(3));
    QVERIFY(sheet.recusedMemberIds(second).isEmpty());
    QCOMPARE(sheet.scoringMemberCount(second), 2);
    QVERIFY(sheet.removeMember(bruno).isEmpty());
}

void TestScoreSheet::removeCandidate()
{
    ScoreSheet sheet = committee();
    QVERIFY(sheet.addCandidate(30).ok());
    QCOMPARE(sheet.addCandidate(30).error(), QStringLiteral("Candidate 30 is already on this score sheet."));
    noteAll(sheet, second, alice, QStringLiteral("1,2,,,"));
    noteAll(sheet, 30, alice, QStringLiteral("5,,,,"));
    const QList<ScoreNote> expected = {{second, alice, 0, 1}, {second, alice, 1, 2}};
    QCOMPARE(sheet.removeCandidate(second), expected);
    QCOMPARE(sheet.candidateIds(), (QList<qint64>{first, 30}));
    QCOMPARE(sheet.noteCount(), 1);
    QCOMPARE(sheet.note(30, alice, 0), std::optional<int>(5));
    QVERIFY(!sheet.hasCandidate(second));
    QVERIFY(sheet.removeCandidate(second).isEmpty());
}

QTEST_GUILESS_MAIN(TestScoreSheet)
#include "tst_scoresheet.moc"
