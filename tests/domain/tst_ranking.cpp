#include "domain/Ranking.h"
#include "domain/ScoreSheet.h"

#include <QTest>

// Default criteria throughout: weights 30, 20, 20, 15, 15.
class TestRanking : public QObject
{
    Q_OBJECT

private slots:
    void order_data();
    void order();
    void exactComparisonNotDisplay();
    void equalScoresAcrossRecusals();
    void incompleteAndWithdrawn();
    void incrementalMatchesFromScratch();
    void setAndRemoveCandidate();
    void fromCandidate();
};

namespace {
// One committee member, so a candidate's score is that member's S; each candidate is written
// "Name;eligible euros;n1,n2,n3,n4,n5".
struct Setup
{
    ScoreSheet sheet;
    QList<RankingCandidate> candidates;
};

Setup oneMemberSetup(const QStringList &specs)
{
    Setup setup;
    [&] {
        QVERIFY(setup.sheet.addMember({1, QStringLiteral("Alice Martin")}).ok());
        qint64 id = 100;
        for (const QString &spec : specs) {
            const QStringList parts = spec.split(QLatin1Char(';'));
            QCOMPARE(parts.size(), 3);
            ++id;
            QVERIFY(setup.sheet.addCandidate(id).ok());
            setup.candidates.append({id, parts.at(0), Money::fromEuros(parts.at(1).toLongLong()), false});
            const QStringList notes = parts.at(2).split(QLatin1Char(','));
            for (int c = 0; c < notes.size(); ++c) {
                if (!notes.at(c).isEmpty())
                    QVERIFY(setup.sheet.setNote(id, 1, c, notes.at(c).toInt()).ok());
            }
        }
    }();
    return setup;
}

// "1= Name 94,0" for a ranked row (= marks ex aequo), "- Name (n missing)" for an incomplete one.
QStringList describe(const QList<RankedCandidate> &rows)
{
    QStringList lines;
    for (const RankedCandidate &row : rows) {
        if (row.isRanked())
            lines.append(QStringLiteral("%1%2 %3 %4")
                             .arg(*row.rank)
                             .arg(row.exAequo ? QStringLiteral("=") : QString())
                             .arg(row.name, row.score->toDisplayString()));
        else
            lines.append(QStringLiteral("- %1 (%2 missing)").arg(row.name).arg(row.missingNotes));
    }
    return lines;
}
} // namespace

void TestRanking::order_data()
{
    QTest::addColumn<QStringList>("candidates");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("score, higher first") << QStringList{QStringLiteral("Low;100000;3,3,3,3,3"),
                                                        QStringLiteral("High;300000;5,5,5,5,5"),
                                                        QStringLiteral("Middle;200000;4,4,4,4,4")}
                                         << QStringList{QStringLiteral("1 High 100,0"), QStringLiteral("2 Middle 80,0"),
                                                        QStringLiteral("3 Low 60,0")};
    // 4,5,5,5,5 and 5,5,5,3,5 both weigh 470: the first criterion (4 against 5) separates them.
    QTest::newRow("equal score, first criterion higher first")
        << QStringList{QStringLiteral("Xylo;100000;4,5,5,5,5"), QStringLiteral("Yole;300000;5,5,5,3,5")}
        << QStringList{QStringLiteral("1= Yole 94,0"), QStringLiteral("1= Xylo 94,0")};
    QTest::newRow("equal score and first criterion, lower eligible first")
        << QStringList{QStringLiteral("Alpha;200000;3,3,3,3,3"), QStringLiteral("Bravo;150000;3,3,3,3,3"),
                       QStringLiteral("Charlie;150001;3,3,3,3,3")}
        << QStringList{QStringLiteral("1= Bravo 60,0"), QStringLiteral("1= Charlie 60,0"),
                       QStringLiteral("1= Alpha 60,0")};
    QTest::newRow("all equal, name A to Z ignoring case and accents")
        << QStringList{QStringLiteral("Zoé;100000;2,2,2,2,2"),   QStringLiteral("zèbre;100000;2,2,2,2,2"),
                       QStringLiteral("Émile;100000;2,2,2,2,2"), QStringLiteral("Eau;100000;2,2,2,2,2"),
                       QStringLiteral("beta;100000;2,2,2,2,2"),  QStringLiteral("Alpha;100000;2,2,2,2,2")}
        << QStringList{QStringLiteral("1= Alpha 40,0"), QStringLiteral("1= beta 40,0"),  QStringLiteral("1= Eau 40,0"),
                       QStringLiteral("1= Émile 40,0"), QStringLiteral("1= zèbre 40,0"), QStringLiteral("1= Zoé 40,0")};
    QTest::newRow("ex aequo numbering 1, 2, 2, 4")
        << QStringList{QStringLiteral("D;100000;3,3,3,3,3"), QStringLiteral("C;100000;4,5,5,5,5"),
                       QStringLiteral("A;100000;5,5,5,5,5"), QStringLiteral("B;100000;5,5,5,3,5")}
        << QStringList{QStringLiteral("1 A 100,0"), QStringLiteral("2= B 94,0"), QStringLiteral("2= C 94,0"),
                       QStringLiteral("4 D 60,0")};
    QTest::newRow("ex aequo numbering 1, 1, 3, 3, 3, 6")
        << QStringList{QStringLiteral("A;100000;5,5,5,5,5"), QStringLiteral("B;200000;5,5,5,5,5"),
                       QStringLiteral("C;100000;3,3,3,3,3"), QStringLiteral("D;200000;3,3,3,3,3"),
                       QStringLiteral("E;300000;3,3,3,3,3"), QStringLiteral("F;100000;0,0,0,0,1")}
        << QStringList{QStringLiteral("1= A 100,0"), QStringLiteral("1= B 100,0"), QStringLiteral("3= C 60,0"),
                       QStringLiteral("3= D 60,0"),  QStringLiteral("3= E 60,0"),  QStringLiteral("6 F 3,0")};
    QTest::newRow("incomplete after the ranking, by name")
        << QStringList{QStringLiteral("Zeta;100000;1,1,1,1,1"), QStringLiteral("Omega;100000;5,5,5,5,"),
                       QStringLiteral("Beta;100000;,,,,")}
        << QStringList{QStringLiteral("1 Zeta 20,0"), QStringLiteral("- Beta (5 missing)"),
                       QStringLiteral("- Omega (1 missing)")};
}

void TestRanking::order()
{
    QFETCH(QStringList, candidates);
    QFETCH(QStringList, expected);
    const Setup setup = oneMemberSetup(candidates);
    QCOMPARE(describe(Ranking::rank(setup.sheet, setup.candidates)), expected);
}

void TestRanking::exactComparisonNotDisplay()
{
    // Both show 73,3, yet 1100 / 15 = 73.33 is above 1465 / 20 = 73.25: distinct ranks, not ex aequo.
    ScoreSheet sheet;
    for (qint64 member = 1; member <= 4; ++member)
        QVERIFY(sheet.addMember({member, QStringLiteral("Member %1").arg(member)}).ok());
    QVERIFY(sheet.addCandidate(1).ok());
    QVERIFY(sheet.addCandidate(2).ok());
    const QStringList first = {QStringLiteral("5,5,5,5,5"), QStringLiteral("3,3,3,3,3"), QStringLiteral("3,3,3,3,3")};
    const QStringList second = {QStringLiteral("5,5,5,5,5"), QStringLiteral("5,5,5,5,5"), QStringLiteral("3,3,3,3,3"),
                                QStringLiteral("2,3,0,3,0")};
    QVERIFY(sheet.recordRecusal(1, 4).ok());
    for (int m = 0; m < 4; ++m) {
        for (int c = 0; c < 5; ++c) {
            if (m < first.size())
                QVERIFY(sheet.setNote(1, m + 1, c, first.at(m).split(QLatin1Char(',')).at(c).toInt()).ok());
            QVERIFY(sheet.setNote(2, m + 1, c, second.at(m).split(QLatin1Char(',')).at(c).toInt()).ok());
        }
    }
    // The second has the higher first criterion and the lower eligible: only the score may put it behind.
    const QList<RankingCandidate> candidates = {{1, QStringLiteral("Premier"), Money::fromEuros(300000), false},
                                                {2, QStringLiteral("Second"), Money::fromEuros(100000), false}};
    const QList<RankedCandidate> rows = Ranking::rank(sheet, candidates);
    QCOMPARE(describe(rows), (QStringList{QStringLiteral("1 Premier 73,3"), QStringLiteral("2 Second 73,3")}));
    QCOMPARE(rows.at(0).score->toFixedString(2), QStringLiteral("73.33"));
    QCOMPARE(rows.at(1).score->toFixedString(2), QStringLiteral("73.25"));
}

void TestRanking::equalScoresAcrossRecusals()
{
    // 900 / 15 from three members and 600 / 10 from two (one recused) are the same 60: ex aequo.
    ScoreSheet sheet;
    for (qint64 member = 1; member <= 3; ++member)
        QVERIFY(sheet.addMember({member, QStringLiteral("Member %1").arg(member)}).ok());
    QVERIFY(sheet.addCandidate(1).ok());
    QVERIFY(sheet.addCandidate(2).ok());
    QVERIFY(sheet.recordRecusal(2, 3).ok());
    for (qint64 member = 1; member <= 3; ++member) {
        for (int c = 0; c < 5; ++c) {
            QVERIFY(sheet.setNote(1, member, c, 3).ok());
            if (member != 3)
                QVERIFY(sheet.setNote(2, member, c, 3).ok());
        }
    }
    const QList<RankingCandidate> candidates = {{1, QStringLiteral("Trois"), Money::fromEuros(100000), false},
                                                {2, QStringLiteral("Deux"), Money::fromEuros(100000), false}};
    QCOMPARE(describe(Ranking::rank(sheet, candidates)),
             (QStringList{QStringLiteral("1= Deux 60,0"), QStringLiteral("1= Trois 60,0")}));
}

void TestRanking::incompleteAndWithdrawn()
{
    // Two members; Bravo lacks one note, Delta withdrew fully scored, Echo withdrew unscored, every member
    // is recused on Foxtrot.
    ScoreSheet sheet;
    QVERIFY(sheet.addMember({1, QStringLiteral("Alice Martin")}).ok());
    QVERIFY(sheet.addMember({2, QStringLiteral("Bruno Petit")}).ok());
    QList<RankingCandidate> candidates;
    const QStringList names = {QStringLiteral("Alpha"), QStringLiteral("Bravo"), QStringLiteral("Charlie"),
                               QStringLiteral("Delta"), QStringLiteral("Echo"),  QStringLiteral("Foxtrot")};
    for (int i = 0; i < names.size(); ++i) {
        QVERIFY(sheet.addCandidate(i + 1).ok());
        candidates.append({i + 1, names.at(i), Money::fromEuros(100000),
                           names.at(i) == QLatin1String("Delta") || names.at(i) == QLatin1String("Echo")});
    }
    for (qint64 member : {1, 2}) {
        for (int c = 0; c < 5; ++c) {
            QVERIFY(sheet.setNote(1, member, c, 4).ok());
            if (!(member == 2 && c == 4))
                QVERIFY(sheet.setNote(2, member, c, 5).ok());
            QVERIFY(sheet.setNote(3, member, c, 2).ok());
            QVERIFY(sheet.setNote(4, member, c, 5).ok());
        }
    }
    QVERIFY(sheet.recordRecusal(6, 1).ok());
    QVERIFY(sheet.recordRecusal(6, 2).ok());

    Ranking ranking;
    ranking.reset(sheet, candidates);
    QCOMPARE(describe(ranking.rows()),
             (QStringList{QStringLiteral("1 Alpha 80,0"), QStringLiteral("2 Charlie 40,0"),
                          QStringLiteral("- Bravo (1 missing)"), QStringLiteral("- Foxtrot (0 missing)")}));
    QCOMPARE(ranking.rankedCount(), 2);
    QCOMPARE(ranking.incompleteCount(), 2);
    QCOMPARE(ranking.candidateCount(), 6);

    // Bravo's last note makes it the first; incomplete rows have no rank and no score.
    QVERIFY(sheet.setNote(2, 2, 4, 5).ok());
    ranking.update(sheet, 2);
    const QList<RankedCandidate> rows = ranking.rows();
    QCOMPARE(describe(rows), (QStringList{QStringLiteral("1 Bravo 100,0"), QStringLiteral("2 Alpha 80,0"),
                                          QStringLiteral("3 Charlie 40,0"), QStringLiteral("- Foxtrot (0 missing)")}));
    QVERIFY(!rows.last().rank);
    QVERIFY(!rows.last().score);
    QVERIFY(!rows.last().exAequo);
}

void TestRanking::incrementalMatchesFromScratch()
{
    // A promotion changed note by note, recusal by recusal: the kept order must always equal a full re-sort.
    ScoreSheet sheet;
    for (qint64 member = 1; member <= 3; ++member)
        QVERIFY(sheet.addMember({member, QStringLiteral("Member %1").arg(member)}).ok());
    QList<RankingCandidate> candidates;
    for (qint64 id = 1; id <= 40; ++id) {
        QVERIFY(sheet.addCandidate(id).ok());
        candidates.append(
            {id, QStringLiteral("Projet %1").arg(id % 7), Money::fromEuros(100000 + (id % 3) * 50000), id % 13 == 0});
        for (qint64 member = 1; member <= 3; ++member) {
            for (int c = 0; c < 5; ++c)
                QVERIFY(sheet.setNote(id, member, c, int((id + member + c) % 2 + 3)).ok());
        }
    }
    Ranking ranking;
    ranking.reset(sheet, candidates);
    QCOMPARE(describe(ranking.rows()), describe(Ranking::rank(sheet, candidates)));

    quint32 state = 12345;
    const auto next = [&state](quint32 bound) {
        state = state * 1103515245u + 12345u;
        return (state >> 8) % bound;
    };
    for (int step = 0; step < 300; ++step) {
        const qint64 id = qint64(next(40)) + 1;
        const qint64 member = qint64(next(3)) + 1;
        const int criterion = int(next(5));
        switch (next(10)) {
        case 0:
            QVERIFY(sheet.recordRecusal(id, member).ok());
            break;
        case 1:
            QVERIFY(sheet.liftRecusal(id, member).ok());
            break;
        case 2:
            sheet.clearNote(id, member, criterion);
            break;
        default:
            sheet.setNote(id, member, criterion, int(next(6))); // refused when recused: nothing changes
            break;
        }
        ranking.update(sheet, id);
        const QList<RankedCandidate> kept = ranking.rows();
        const QList<RankedCandidate> fresh = Ranking::rank(sheet, candidates);
        QCOMPARE(describe(kept), describe(fresh));
        for (int i = 0; i < kept.size(); ++i)
            QCOMPARE(kept.at(i).candidateId, fresh.at(i).candidateId);
    }
}

void TestRanking::setAndRemoveCandidate()
{
    Setup setup = oneMemberSetup({QStringLiteral("Alpha;100000;3,3,3,3,3"), QStringLiteral("Bravo;100000;3,3,3,3,3"),
                                  QStringLiteral("Charlie;100000;4,4,4,4,4")});
    Ranking ranking;
    ranking.reset(setup.sheet, setup.candidates);
    QCOMPARE(describe(ranking.rows()), (QStringList{QStringLiteral("1 Charlie 80,0"), QStringLiteral("2= Alpha 60,0"),
                                                    QStringLiteral("2= Bravo 60,0")}));
    // A lower eligible amount moves Bravo ahead of Alpha; a withdrawal takes Charlie out.
    ranking.setCandidate(setup.sheet, {102, QStringLiteral("Bravo"), Money::fromEuros(90000), false});
    ranking.setCandidate(setup.sheet, {103, QStringLiteral("Charlie"), Money::fromEuros(100000), true});
    QCOMPARE(describe(ranking.rows()), (QStringList{QStringLiteral("1= Bravo 60,0"), QStringLiteral("1= Alpha 60,0")}));
    QCOMPARE(ranking.rows().at(0).eligible, Money::fromEuros(90000));

    QVERIFY(setup.sheet.addCandidate(104).ok());
    ranking.setCandidate(setup.sheet, {104, QStringLiteral("Delta"), Money::fromEuros(100000), false});
    ranking.removeCandidate(101);
    ranking.removeCandidate(999);
    QCOMPARE(describe(ranking.rows()),
             (QStringList{QStringLiteral("1 Bravo 60,0"), QStringLiteral("- Delta (5 missing)")}));
    QCOMPARE(ranking.candidateCount(), 3);

    // A member joining leaves every candidate waiting for their notes.
    QVERIFY(setup.sheet.addMember({2, QStringLiteral("Bruno Petit")}).ok());
    ranking.updateAll(setup.sheet);
    QCOMPARE(describe(ranking.rows()),
             (QStringList{QStringLiteral("- Bravo (5 missing)"), QStringLiteral("- Delta (10 missing)")}));
}

void TestRanking::fromCandidate()
{
    Candidate candidate;
    candidate.id = 7;
    candidate.name = QStringLiteral("Envergo");
    candidate.annualBudget = Money::fromEuros(400000);
    candidate.requested = Money::fromEuros(250000);
    const RankingCandidate entry = RankingCandidate::fromCandidate(candidate, CofinancingRule());
    QCOMPARE(entry.candidateId, qint64(7));
    QCOMPARE(entry.name, QStringLiteral("Envergo"));
    QCOMPARE(entry.eligible, Money::fromEuros(200000));
    QVERIFY(!entry.withdrawn);
    candidate.decision = Decision::Withdrawn;
    QVERIFY(RankingCandidate::fromCandidate(candidate, CofinancingRule()).withdrawn);
}

QTEST_GUILESS_MAIN(TestRanking)
#include "tst_ranking.moc"
