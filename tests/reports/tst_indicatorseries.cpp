#include "reports/IndicatorSeries.h"

#include <QTest>

// Indicator 1.2 year by year: product laureates only, against targets when set, with no invented
// value for a year the database has no promotion of.
class TestIndicatorSeries : public QObject
{
    Q_OBJECT

private slots:
    void realisedAgainstTargets();
    void withoutTargets();
    void incubatorsOnlyYearCountsZero();
    void percentOfTarget_data();
    void percentOfTarget();
};

namespace {
Promotion promotion(int number, int year)
{
    Promotion p;
    p.number = number;
    p.year = year;
    p.envelope = Money::fromEuros(1000000);
    return p;
}

Candidate candidate(CandidateKind kind, Decision decision)
{
    Candidate c;
    c.kind = kind;
    c.decision = decision;
    c.granted = decision == Decision::Laureate ? Money::fromEuros(100000) : Money();
    return c;
}

QList<Candidate> repeat(int count, CandidateKind kind, Decision decision)
{
    QList<Candidate> list;
    for (int i = 0; i < count; ++i)
        list.append(candidate(kind, decision));
    return list;
}

// The stored reference targets (rules.md).
const QList<FundYear> referenceYears{
    {2023, std::nullopt, 12}, {2024, std::nullopt, 15}, {2025, std::nullopt, 15}, {2026, std::nullopt, 15}};
} // namespace

void TestIndicatorSeries::realisedAgainstTargets()
{
    QHash<int, QList<Candidate>> candidates;
    // 2021 holds the fund's reference value, 19 products, spread over two promotions.
    candidates.insert(7, repeat(10, CandidateKind::Product, Decision::Laureate));
    candidates.insert(8, repeat(9, CandidateKind::Product, Decision::Laureate) +
                             repeat(3, CandidateKind::Incubator, Decision::Laureate) +
                             repeat(4, CandidateKind::Product, Decision::Rejected));
    candidates.insert(12, repeat(6, CandidateKind::Product, Decision::Laureate) +
                              repeat(2, CandidateKind::Product, Decision::Waitlist));
    candidates.insert(13, repeat(7, CandidateKind::Product, Decision::Laureate));
    const FundSummary summary = FundSummary::compute(
        {promotion(7, 2021), promotion(8, 2021), promotion(12, 2023), promotion(13, 2023), promotion(14, 2024)},
        candidates, referenceYears);
    const IndicatorSeries series = IndicatorSeries::compute(summary, referenceYears);

    QCOMPARE(series.points().size(), 5);
    const QList<int> years{2021, 2023, 2024, 2025, 2026};
    const QList<std::optional<int>> realised{19, 13, 0, std::nullopt, std::nullopt};
    const QList<std::optional<int>> targets{std::nullopt, 12, 15, 15, 15};
    for (int i = 0; i < 5; ++i) {
        const IndicatorSeries::Point &point = series.points().at(i);
        QCOMPARE(point.year, years.at(i));
        QCOMPARE(point.realised, realised.at(i));
        QCOMPARE(point.target, targets.at(i));
    }
    QVERIFY(series.points().at(1).isTargetReached());
    QVERIFY(!series.points().at(2).isTargetReached());
    QCOMPARE(series.points().at(1).percentOfTarget(), std::optional<int>(108));
    QVERIFY(!series.point(2022));
    QCOMPARE(series.point(2024)->realised, std::optional<int>(0));
    QCOMPARE(series.largestValue(), 19);
    QCOMPARE(IndicatorSeries::title(), QStringLiteral("Number of products supported by FAST"));
}

void TestIndicatorSeries::withoutTargets()
{
    QHash<int, QList<Candidate>> candidates;
    candidates.insert(10, repeat(9, CandidateKind::Product, Decision::Laureate));
    const FundSummary summary = FundSummary::compute({promotion(10, 2022)}, candidates, {});
    const IndicatorSeries series = IndicatorSeries::compute(summary, {{2022, Money::fromEuros(1), std::nullopt}});
    QCOMPARE(series.points().size(), 1);
    QCOMPARE(series.points().at(0).year, 2022);
    QCOMPARE(series.points().at(0).realised, std::optional<int>(9));
    QCOMPARE(series.points().at(0).target, std::optional<int>());
    QCOMPARE(series.points().at(0).percentOfTarget(), std::optional<int>());
    QVERIFY(!series.points().at(0).isTargetReached());
    QCOMPARE(series.largestValue(), 9);

    const IndicatorSeries nothing = IndicatorSeries::compute(FundSummary::compute({}, {}, {}), {});
    QVERIFY(nothing.points().isEmpty());
    QCOMPARE(nothing.largestValue(), 0);
}

void TestIndicatorSeries::incubatorsOnlyYearCountsZero()
{
    QHash<int, QList<Candidate>> candidates;
    candidates.insert(12, repeat(3, CandidateKind::Incubator, Decision::Laureate));
    const FundSummary summary = FundSummary::compute({promotion(12, 2023)}, candidates, referenceYears);
    const IndicatorSeries series = IndicatorSeries::compute(summary, referenceYears);
    QCOMPARE(series.point(2023)->realised, std::optional<int>(0));
    QCOMPARE(series.point(2023)->target, std::optional<int>(12));
    QCOMPARE(series.point(2023)->percentOfTarget(), std::optional<int>(0));
}

void TestIndicatorSeries::percentOfTarget_data()
{
    QTest::addColumn<int>("realised");
    QTest::addColumn<int>("target");
    QTest::addColumn<int>("percent"); // -1: none

    QTest::newRow("reached") << 15 << 15 << 100;
    QTest::newRow("rounded down") << 2 << 3 << 66;
    QTest::newRow("above") << 19 << 12 << 158;
    QTest::newRow("zero target") << 4 << 0 << -1;
}

void TestIndicatorSeries::percentOfTarget()
{
    QFETCH(int, realised);
    QFETCH(int, target);
    QFETCH(int, percent);
    IndicatorSeries::Point point;
    point.realised = realised;
    point.target = target;
    QCOMPARE(point.percentOfTarget().value_or(-1), percent);
}

QTEST_GUILESS_MAIN(TestIndicatorSeries)
#include "tst_indicatorseries.moc"
