#include "domain/ScoreSheet.h"
#include "domain/ScoreSpread.h"

#include <QTest>

// Members 1, 2, 3 on candidate 10. A member's notes are written "55555" (one digit per criterion, "-" for a
// note not given) or "R" (recused); members are separated by "|".
class TestScoreSpread : public QObject
{
    Q_OBJECT

private slots:
    void spread_data();
    void spread();
    void unknownCandidate();
};

namespace {
constexpr qint64 candidate = 10;

using Weights = QList<int>;
using Ids = QList<qint64>;
} // namespace

void TestScoreSpread::spread_data()
{
    QTest::addColumn<Weights>("weights");
    QTest::addColumn<QString>("notes");
    QTest::addColumn<int>("memberCount");
    QTest::addColumn<Score>("highest");
    QTest::addColumn<Ids>("highestIds");
    QTest::addColumn<Score>("lowest");
    QTest::addColumn<Ids>("lowestIds");
    QTest::addColumn<Score>("difference");
    QTest::addColumn<bool>("flagged");

    const Weights fund{30, 20, 20, 15, 15};
    // S = 6a + 4b + 4c + 3d + 3e under the fund's weights.
    QTest::newRow("nobody complete") << fund << QStringLiteral("5555-|-----|R") << 0 << Score() << Ids() << Score()
                                     << Ids() << Score() << false;
    QTest::newRow("one member") << fund << QStringLiteral("55555|-----|R") << 1 << Score(500, 5) << Ids{1}
                                << Score(500, 5) << Ids{1} << Score() << false;
    QTest::newRow("exactly 40: flagged") << fund << QStringLiteral("55555|33333|44444") << 3 << Score(500, 5) << Ids{1}
                                         << Score(300, 5) << Ids{2} << Score(40, 1) << true;
    QTest::newRow("39: not flagged") << fund << QStringLiteral("55555|44330|44444") << 3 << Score(500, 5) << Ids{1}
                                     << Score(305, 5) << Ids{2} << Score(39, 1) << false;
    QTest::newRow("46: flagged") << fund << QStringLiteral("55555|33322|44443") << 3 << Score(500, 5) << Ids{1}
                                 << Score(270, 5) << Ids{2} << Score(46, 1) << true;
    QTest::newRow("recused and incomplete members do not count")
        << fund << QStringLiteral("R|00000|5555-") << 1 << Score() << Ids{2} << Score() << Ids{2} << Score() << false;
    QTest::newRow("recused member beside two apart") << fund << QStringLiteral("55555|R|00000") << 2 << Score(500, 5)
                                                     << Ids{1} << Score() << Ids{3} << Score(100, 1) << true;
    QTest::newRow("shared highest") << fund << QStringLiteral("55555|55555|33333") << 3 << Score(100, 1) << Ids{1, 2}
                                    << Score(60, 1) << Ids{3} << Score(40, 1) << true;
    QTest::newRow("shared lowest") << fund << QStringLiteral("22222|55555|22222") << 3 << Score(100, 1) << Ids{2}
                                   << Score(40, 1) << Ids{1, 3} << Score(60, 1) << true;
    // Weights 33 and 67: S = (33a + 67b) / 5, no longer whole. 100 − 60.2 = 39.8 is below 40, exactly.
    QTest::newRow("39.8: not flagged") << Weights{33, 67} << QStringLiteral("55|14") << 2 << Score(100, 1) << Ids{1}
                                       << Score(301, 5) << Ids{2} << Score(199, 5) << false;
    QTest::newRow("40 from fractions: flagged") << Weights{33, 67} << QStringLiteral("55|33|14") << 3 << Score(100, 1)
                                                << Ids{1} << Score(60, 1) << Ids{2} << Score(40, 1) << true;
}

void TestScoreSpread::spread()
{
    QFETCH(Weights, weights);
    QFETCH(QString, notes);
    QFETCH(int, memberCount);
    QFETCH(Score, highest);
    QFETCH(Ids, highestIds);
    QFETCH(Score, lowest);
    QFETCH(Ids, lowestIds);
    QFETCH(Score, difference);
    QFETCH(bool, flagged);

    ScoreSheet sheet;
    QList<Criterion> criteria;
    for (int index = 0; index < weights.size(); ++index)
        criteria.append({0, QStringLiteral("C%1").arg(index + 1), weights.at(index)});
    QVERIFY(sheet.setCriteria(CriteriaSet(criteria)).ok());
    QVERIFY(sheet.addCandidate(candidate).ok());
    const QStringList members = notes.split(QLatin1Char('|'));
    for (int member = 0; member < members.size(); ++member) {
        const qint64 id = member + 1;
        QVERIFY(sheet.addMember({id, QStringLiteral("Member %1").arg(id)}).ok());
        if (members.at(member) == QLatin1String("R")) {
            QVERIFY(sheet.recordRecusal(candidate, id).ok());
            continue;
        }
        for (int criterion = 0; criterion < members.at(member).size(); ++criterion) {
            const QChar note = members.at(member).at(criterion);
            if (note.isDigit())
                QVERIFY(sheet.setNote(candidate, id, criterion, note.digitValue()).ok());
        }
    }

    const ScoreSpread spread = ScoreSpread::of(sheet, candidate);
    QCOMPARE(spread.memberCount(), memberCount);
    QCOMPARE(spread.highest().has_value(), memberCount > 0);
    QCOMPARE(spread.lowest().has_value(), memberCount > 0);
    if (memberCount > 0) {
        QVERIFY2(*spread.highest() == highest, qPrintable(spread.highest()->toFixedString(2)));
        QVERIFY2(*spread.lowest() == lowest, qPrintable(spread.lowest()->toFixedString(2)));
        QCOMPARE(spread.highestMemberIds(), highestIds);
        QCOMPARE(spread.lowestMemberIds(), lowestIds);
    } else {
        QVERIFY(spread.highestMemberIds().isEmpty());
    }
    QVERIFY2(spread.difference() == difference, qPrintable(spread.difference().toFixedString(2)));
    QCOMPARE(spread.needsDiscussion(), flagged);
}

void TestScoreSpread::unknownCandidate()
{
    ScoreSheet sheet;
    QVERIFY(sheet.addMember({1, QStringLiteral("Member 1")}).ok());
    const ScoreSpread spread = ScoreSpread::of(sheet, 99);
    QCOMPARE(spread.memberCount(), 0);
    QVERIFY(!spread.highest());
    QVERIFY(!spread.needsDiscussion());
}

QTEST_GUILESS_MAIN(TestScoreSpread)
#include "tst_scorespread.moc"
