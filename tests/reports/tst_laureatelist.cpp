#include "reports/LaureateList.h"

#include <QTest>

class TestLaureateList : public QObject
{
    Q_OBJECT

private slots:
    void shareText_data();
    void shareText();
    void buildSortsByNameWithoutRanking();
    void buildFollowsRanking();
    void buildTotals();
    void buildKeepsEveryField();
};

namespace {

QString u8(const char *text)
{
    return QString::fromUtf8(text);
}

// French amounts as Money::toString writes them: '~' stands for the no-break space.
QString nb(const char *text)
{
    return QString::fromUtf8(text).replace(QLatin1Char('~'), QChar(0x00A0));
}

Candidate makeCandidate(qint64 id, const QString &name, qint64 budgetEuros, qint64 requestedEuros,
                        Decision decision = Decision::None, qint64 grantedEuros = 0)
{
    Candidate candidate;
    candidate.id = id;
    candidate.promotionId = 7;
    candidate.name = name;
    candidate.carrier = QStringLiteral("DINUM");
    candidate.annualBudget = Money::fromEuros(budgetEuros);
    candidate.requested = Money::fromEuros(requestedEuros);
    candidate.decision = decision;
    candidate.granted = Money::fromEuros(grantedEuros);
    return candidate;
}

Promotion promotion13()
{
    Promotion promotion;
    promotion.id = 7;
    promotion.number = 13;
    promotion.year = 2023;
    promotion.envelope = Money::fromEuros(3000000);
    return promotion;
}

} // namespace

void TestLaureateList::shareText_data()
{
    QTest::addColumn<qint64>("grantedCents");
    QTest::addColumn<qint64>("budgetCents");
    QTest::addColumn<QString>("expected");

    QTest::newRow("37,5") << Q_INT64_C(30000000) << Q_INT64_C(80000000) << nb("37,5~%");
    QTest::newRow("half") << Q_INT64_C(20000000) << Q_INT64_C(40000000) << nb("50,0~%");
    QTest::newRow("cap on a million") << Q_INT64_C(30000000) << Q_INT64_C(100000000) << nb("30,0~%");
    QTest::newRow("one third rounds down") << Q_INT64_C(1) << Q_INT64_C(3) << nb("33,3~%");
    QTest::newRow("two thirds rounds up") << Q_INT64_C(2) << Q_INT64_C(3) << nb("66,7~%");
    QTest::newRow("half a tenth rounds up") << Q_INT64_C(1) << Q_INT64_C(1600) << nb("0,1~%");
    QTest::newRow("just below half a tenth") << Q_INT64_C(1) << Q_INT64_C(2001) << nb("0,0~%");
    QTest::newRow("whole budget") << Q_INT64_C(5000) << Q_INT64_C(5000) << nb("100,0~%");
    QTest::newRow("largest amounts") << Q_INT64_C(50000000000000) << Q_INT64_C(100000000000000) << nb("50,0~%");
    QTest::newRow("no budget") << Q_INT64_C(100) << Q_INT64_C(0) << u8("—");
}

void TestLaureateList::shareText()
{
    QFETCH(qint64, grantedCents);
    QFETCH(qint64, budgetCents);
    QFETCH(QString, expected);
    QCOMPARE(LaureateList::shareText(Money::fromCents(grantedCents), Money::fromCents(budgetCents)), expected);
}

void TestLaureateList::buildSortsByNameWithoutRanking()
{
    const QList<Candidate> candidates{
        makeCandidate(1, QStringLiteral("zeste"), 400000, 100000, Decision::Laureate, 100000),
        makeCandidate(2, u8("Élan"), 400000, 100000, Decision::Laureate, 100000),
        makeCandidate(3, QStringLiteral("Envergo"), 400000, 100000, Decision::Laureate, 100000),
        makeCandidate(4, QStringLiteral("abeille"), 400000, 100000, Decision::Waitlist),
        makeCandidate(5, QStringLiteral("Aides"), 400000, 100000, Decision::Waitlist),
        makeCandidate(6, QStringLiteral("Refusé"), 400000, 100000, Decision::Rejected),
        makeCandidate(7, QStringLiteral("Retiré"), 400000, 100000, Decision::Withdrawn),
        makeCandidate(8, QStringLiteral("Sans"), 400000, 100000),
        makeCandidate(9, u8("élan"), 400000, 100000, Decision::Laureate, 100000),
    };
    const LaureateList list = LaureateList::build(promotion13(), candidates);
    QStringList laureates;
    for (const Candidate &candidate : list.laureates)
        laureates.append(candidate.name);
    // Accents and case do not count; the exact spelling only separates otherwise equal names.
    QCOMPARE(laureates, (QStringList{u8("Élan"), u8("élan"), QStringLiteral("Envergo"), QStringLiteral("zeste")}));
    QStringList waitlist;
    for (const Candidate &candidate : list.waitlist)
        waitlist.append(candidate.name);
    QCOMPARE(waitlist, (QStringList{QStringLiteral("abeille"), QStringLiteral("Aides")}));
    QVERIFY(!list.ranked);
}

void TestLaureateList::buildFollowsRanking()
{
    const QList<Candidate> candidates{
        makeCandidate(1, QStringLiteral("Alpha"), 400000, 100000, Decision::Laureate, 100000),
        makeCandidate(2, QStringLiteral("Bravo"), 400000, 100000, Decision::Laureate, 100000),
        makeCandidate(3, QStringLiteral("Charlie"), 400000, 100000, Decision::Laureate, 100000),
        makeCandidate(4, QStringLiteral("Delta"), 400000, 100000, Decision::Laureate, 100000),
        makeCandidate(5, QStringLiteral("Echo"), 400000, 100000, Decision::Waitlist),
        makeCandidate(6, QStringLiteral("Foxtrot"), 400000, 100000, Decision::Waitlist),
    };
    // Delta and Bravo are not ranked: they come after the ranked ones, by name.
    const LaureateList list = LaureateList::build(promotion13(), candidates, {3, 6, 1, 5, 99});
    QStringList laureates;
    for (const Candidate &candidate : list.laureates)
        laureates.append(candidate.name);
    QCOMPARE(laureates, (QStringList{QStringLiteral("Charlie"), QStringLiteral("Alpha"), QStringLiteral("Bravo"),
                                     QStringLiteral("Delta")}));
    QStringList waitlist;
    for (const Candidate &candidate : list.waitlist)
        waitlist.append(candidate.name);
    QCOMPARE(waitlist, (QStringList{QStringLiteral("Foxtrot"), QStringLiteral("Echo")}));
    QVERIFY(list.ranked);
}

void TestLaureateList::buildTotals()
{
    Promotion promotion = promotion13();
    promotion.envelope = Money::fromEuros(500000);
    QList<Candidate> candidates{
        makeCandidate(1, QStringLiteral("Alpha"), 400000, 200000, Decision::Laureate, 200000),
        makeCandidate(2, QStringLiteral("Bravo"), 1000000, 400000, Decision::Laureate, 300000),
        makeCandidate(3, QStringLiteral("Charlie"), 400000, 100000, Decision::Waitlist),
    };
    candidates[1].granted = Money::fromCents(29999999);
    LaureateList list = LaureateList::build(promotion, candidates);
    QCOMPARE(list.granted.cents(), Q_INT64_C(49999999));
    QCOMPARE(list.remaining().cents(), Q_INT64_C(1));
    QVERIFY(!list.overspent());

    candidates[1].granted = Money::fromEuros(300001);
    list = LaureateList::build(promotion, candidates);
    QCOMPARE(list.remaining().cents(), Q_INT64_C(-100));
    QVERIFY(list.overspent());
}

void TestLaureateList::buildKeepsEveryField()
{
    Candidate laureate = makeCandidate(5, u8("Réfugiés·info’s"), 400000, 150000, Decision::Laureate, 150000);
    laureate.incubator = QStringLiteral("<b>R&D</b>");
    laureate.kind = CandidateKind::Incubator;
    laureate.phase = Phase::Acceleration;
    laureate.description = QStringLiteral("x");
    const LaureateList list = LaureateList::build(promotion13(), {laureate});
    QCOMPARE(list.promotion.number, 13);
    QCOMPARE(list.promotion.envelope.cents(), Q_INT64_C(300000000));
    QCOMPARE(list.laureates.size(), 1);
    const Candidate &kept = list.laureates.constFirst();
    QCOMPARE(kept.id, Q_INT64_C(5));
    QCOMPARE(kept.name, u8("Réfugiés·info’s"));
    QCOMPARE(kept.incubator, QStringLiteral("<b>R&D</b>"));
    QCOMPARE(kept.kind, CandidateKind::Incubator);
    QCOMPARE(kept.phase, Phase::Acceleration);
    QCOMPARE(kept.granted.cents(), Q_INT64_C(15000000));
    QCOMPARE(list.granted.cents(), Q_INT64_C(15000000));
    QCOMPARE(list.remaining().cents(), Q_INT64_C(285000000));
    QVERIFY(list.waitlist.isEmpty());
}

QTEST_GUILESS_MAIN(TestLaureateList)
#include "tst_laureatelist.moc"
