#include "reports/FundSummary.h"

#include <QTest>

// The figures behind the summary command and, later, the dashboard: exact sums per promotion and year,
// and indicator 1.2 counting laureate products only.
class TestFundSummary : public QObject
{
    Q_OBJECT

private slots:
    void perPromotionAndYear();
    void empty();
};

namespace {
Promotion promotion(int number, int year, qint64 envelopeEuros, PromotionStatus status = PromotionStatus::Open)
{
    Promotion p;
    p.number = number;
    p.year = year;
    p.envelope = Money::fromEuros(envelopeEuros);
    p.status = status;
    return p;
}

Candidate candidate(const QString &name, CandidateKind kind, Decision decision, qint64 grantedCents)
{
    Candidate c;
    c.name = name;
    c.kind = kind;
    c.decision = decision;
    c.granted = Money::fromCents(grantedCents);
    return c;
}
} // namespace

void TestFundSummary::perPromotionAndYear()
{
    const QList<Promotion> promotions{promotion(14, 2024, 3000000),
                                      promotion(12, 2023, 2000000, PromotionStatus::Closed),
                                      promotion(13, 2023, 2550000, PromotionStatus::Closed)};
    QHash<int, QList<Candidate>> candidates;
    candidates.insert(12, {candidate(QStringLiteral("A"), CandidateKind::Product, Decision::Laureate, 30000000),
                           candidate(QStringLiteral("B"), CandidateKind::Incubator, Decision::Laureate, 15000050),
                           candidate(QStringLiteral("C"), CandidateKind::Product, Decision::Rejected, 0)});
    candidates.insert(13, {candidate(QStringLiteral("D"), CandidateKind::Product, Decision::Laureate, 25000000),
                           candidate(QStringLiteral("E"), CandidateKind::Product, Decision::Waitlist, 0)});
    candidates.insert(14, {candidate(QStringLiteral("F"), CandidateKind::Product, Decision::None, 0)});
    QList<FundYear> years{{2023, Money::fromEuros(5000000), 12}, {2024, std::nullopt, 15}, {2025, std::nullopt, 15}};

    const FundSummary summary = FundSummary::compute(promotions, candidates, years);
    QCOMPARE(summary.promotions().size(), 3);
    const FundSummary::PromotionFigures &fast12 = summary.promotions().at(0);
    QCOMPARE(fast12.number, 12);
    QCOMPARE(fast12.status, PromotionStatus::Closed);
    QCOMPARE(fast12.candidates, 3);
    QCOMPARE(fast12.laureates, 2);
    QCOMPARE(fast12.productLaureates, 1);
    QCOMPARE(fast12.granted.cents(), Q_INT64_C(45000050));
    QCOMPARE(fast12.remaining().cents(), Q_INT64_C(200000000 - 45000050));
    QCOMPARE(summary.promotions().at(1).number, 13);
    QCOMPARE(summary.promotions().at(2).number, 14);
    QCOMPARE(summary.promotions().at(2).laureates, 0);

    QCOMPARE(summary.years().size(), 2);
    const FundSummary::YearFigures &y2023 = summary.years().at(0);
    QCOMPARE(y2023.year, 2023);
    QCOMPARE(y2023.envelopes.cents(), Q_INT64_C(455000000));
    QCOMPARE(y2023.granted.cents(), Q_INT64_C(70000050));
    QCOMPARE(y2023.productLaureates, 2);
    QCOMPARE(y2023.target, std::optional<int>(12));
    QCOMPARE(y2023.annualBudget, std::optional<Money>(Money::fromEuros(5000000)));
    const FundSummary::YearFigures &y2024 = summary.years().at(1);
    QCOMPARE(y2024.year, 2024);
    QCOMPARE(y2024.productLaureates, 0);
    QCOMPARE(y2024.target, std::optional<int>(15));
    QCOMPARE(y2024.annualBudget, std::optional<Money>());
}

void TestFundSummary::empty()
{
    const FundSummary summary = FundSummary::compute({}, {}, {{2023, std::nullopt, 12}});
    QCOMPARE(summary.promotions().size(), 0);
    QCOMPARE(summary.years().size(), 0);
}

QTEST_GUILESS_MAIN(TestFundSummary)
#include "tst_fundsummary.moc"
