#include "reports/GrantBreakdown.h"

#include <QTest>

// Granted amounts by carrier and by kind: largest first, ties by name, carriers folded, at most eight
// named groups then "Others" summing the rest, undecided and non-laureates left out.
class TestGrantBreakdown : public QObject
{
    Q_OBJECT

private slots:
    void byCarrierGroupsAndOrders();
    void topEightThenOthers_data();
    void topEightThenOthers();
    void byKind();
    void noLaureates();
};

namespace {
Candidate candidate(const QString &carrier, qint64 grantedCents, Decision decision = Decision::Laureate,
                    CandidateKind kind = CandidateKind::Product)
{
    Candidate c;
    c.name = carrier;
    c.carrier = carrier;
    c.kind = kind;
    c.decision = decision;
    c.granted = decision == Decision::Laureate ? Money::fromCents(grantedCents) : Money();
    return c;
}

QStringList labels(const GrantBreakdown &breakdown)
{
    QStringList result;
    for (const GrantBreakdown::Group &group : breakdown.groups())
        result.append(group.label);
    return result;
}

QList<qint64> amounts(const GrantBreakdown &breakdown)
{
    QList<qint64> result;
    for (const GrantBreakdown::Group &group : breakdown.groups())
        result.append(group.granted.cents());
    return result;
}
} // namespace

void TestGrantBreakdown::byCarrierGroupsAndOrders()
{
    const QList<Candidate> candidates{
        candidate(QStringLiteral("Ministère de la Justice"), 35000000),
        candidate(QStringLiteral("ministere de la  justice "), 10000050),
        candidate(QStringLiteral("Région Occitanie"), 45000050),
        candidate(QStringLiteral("Métropole de Lyon"), 20000000),
        candidate(QStringLiteral("Métropole de Lyon"), 99900000, Decision::Rejected),
        candidate(QString(), 5000000),
        candidate(QStringLiteral("Ministère de la Mer"), 30000000, Decision::None),
    };
    const GrantBreakdown breakdown = GrantBreakdown::byCarrier(candidates);
    QCOMPARE(labels(breakdown),
             (QStringList{QStringLiteral("Ministère de la Justice"), QStringLiteral("Région Occitanie"),
                          QStringLiteral("Métropole de Lyon"), QStringLiteral("Carrier not given")}));
    QCOMPARE(amounts(breakdown), (QList<qint64>{45000050, 45000050, 20000000, 5000000}));
    QCOMPARE(breakdown.groups().at(0).laureates, 2);
    QCOMPARE(breakdown.groups().at(1).laureates, 1);
    QCOMPARE(breakdown.groups().at(2).laureates, 1);
    QVERIFY(!breakdown.groups().at(3).isOthers);
    QCOMPARE(breakdown.total().cents(), Q_INT64_C(115000100));
}

void TestGrantBreakdown::topEightThenOthers_data()
{
    QTest::addColumn<QList<qint64>>("grantedCents"); // carrier i is "Carrier <letter i>"
    QTest::addColumn<QStringList>("expectedLabels");
    QTest::addColumn<QList<qint64>>("expectedAmounts");
    QTest::addColumn<int>("othersLaureates");

    QTest::newRow("eight groups: no Others")
        << QList<qint64>{8, 7, 6, 5, 4, 3, 2, 1}
        << QStringList{QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C"), QStringLiteral("D"),
                       QStringLiteral("E"), QStringLiteral("F"), QStringLiteral("G"), QStringLiteral("H")}
        << QList<qint64>{8, 7, 6, 5, 4, 3, 2, 1} << 0;
    QTest::newRow("ten groups: two in Others")
        << QList<qint64>{1, 2, 3, 4, 5, 6, 7, 8, 9, 10}
        << QStringList{QStringLiteral("J"), QStringLiteral("I"), QStringLiteral("H"),
                       QStringLiteral("G"), QStringLiteral("F"), QStringLiteral("E"),
                       QStringLiteral("D"), QStringLiteral("C"), QStringLiteral("Others")}
        << QList<qint64>{10, 9, 8, 7, 6, 5, 4, 3, 3} << 2;
    // Ties at the eighth place are settled by name: of four carriers at 5 cents, A and B stay named.
    QTest::newRow("tie across the eighth place")
        << QList<qint64>{5, 5, 9, 9, 9, 9, 9, 9, 5, 5}
        << QStringList{QStringLiteral("C"), QStringLiteral("D"), QStringLiteral("E"),
                       QStringLiteral("F"), QStringLiteral("G"), QStringLiteral("H"),
                       QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("Others")}
        << QList<qint64>{9, 9, 9, 9, 9, 9, 5, 5, 10} << 2;
    QTest::newRow("nine groups: one in Others")
        << QList<qint64>{100, 100, 100, 100, 100, 100, 100, 100, 1}
        << QStringList{QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C"),
                       QStringLiteral("D"), QStringLiteral("E"), QStringLiteral("F"),
                       QStringLiteral("G"), QStringLiteral("H"), QStringLiteral("Others")}
        << QList<qint64>{100, 100, 100, 100, 100, 100, 100, 100, 1} << 1;
}

void TestGrantBreakdown::topEightThenOthers()
{
    QFETCH(QList<qint64>, grantedCents);
    QList<Candidate> candidates;
    for (qsizetype i = 0; i < grantedCents.size(); ++i)
        candidates.append(candidate(QString(QLatin1Char(char('A' + i))), grantedCents.at(i)));
    const GrantBreakdown breakdown = GrantBreakdown::byCarrier(candidates);
    QTEST(labels(breakdown), "expectedLabels");
    QTEST(amounts(breakdown), "expectedAmounts");
    QFETCH(int, othersLaureates);
    const GrantBreakdown::Group &last = breakdown.groups().constLast();
    QCOMPARE(last.isOthers, othersLaureates > 0);
    if (last.isOthers)
        QCOMPARE(last.laureates, othersLaureates);
    qint64 sum = 0;
    for (qint64 cents : grantedCents)
        sum += cents;
    QCOMPARE(breakdown.total().cents(), sum);
}

void TestGrantBreakdown::byKind()
{
    const QList<Candidate> candidates{
        candidate(QStringLiteral("A"), 30000000, Decision::Laureate, CandidateKind::Incubator),
        candidate(QStringLiteral("B"), 20000000, Decision::Laureate, CandidateKind::Product),
        candidate(QStringLiteral("C"), 15000001, Decision::Laureate, CandidateKind::Product),
        candidate(QStringLiteral("D"), 30000000, Decision::Waitlist, CandidateKind::Incubator),
    };
    const GrantBreakdown breakdown = GrantBreakdown::byKind(candidates);
    QCOMPARE(labels(breakdown), (QStringList{candidateKindDisplayName(CandidateKind::Product),
                                             candidateKindDisplayName(CandidateKind::Incubator)}));
    QCOMPARE(amounts(breakdown), (QList<qint64>{35000001, 30000000}));
    QCOMPARE(breakdown.groups().at(0).laureates, 2);
    QCOMPARE(breakdown.groups().at(1).laureates, 1);

    const GrantBreakdown incubatorsOnly = GrantBreakdown::byKind({candidates.at(0)});
    QCOMPARE(labels(incubatorsOnly), QStringList{candidateKindDisplayName(CandidateKind::Incubator)});
}

void TestGrantBreakdown::noLaureates()
{
    const QList<Candidate> candidates{candidate(QStringLiteral("A"), 0, Decision::None),
                                      candidate(QStringLiteral("B"), 0, Decision::Rejected)};
    QVERIFY(GrantBreakdown::byCarrier(candidates).groups().isEmpty());
    QVERIFY(GrantBreakdown::byKind(candidates).groups().isEmpty());
    QCOMPARE(GrantBreakdown::byCarrier({}).total().cents(), Q_INT64_C(0));
}

QTEST_GUILESS_MAIN(TestGrantBreakdown)
#include "tst_grantbreakdown.moc"
