#pragma once

#include "FundSummary.h"

#include "domain/LaureateFollowUp.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

// Indicator 1.2 of the fund, "Number of products supported by FAST", year by year: the laureates
// of kind product in the year's promotions (incubators are not counted) against the year's target.
// A year appears when it has promotions or a target. Its realised value is present only when the
// database holds promotions of that year: the dashboard never shows a figure it has no data for (the
// reference values 2021: 19 and 2022: 9 appear only once those years' promotions are entered).
// Counted by agreement year instead (issue #18), a product counts in the year its agreement was signed,
// unless it withdrew before any payment (PaymentSchedule::countsAsProductSigned); a year then appears when it
// has promotions or signed agreements.
class IndicatorSeries
{
    Q_DECLARE_TR_FUNCTIONS(IndicatorSeries)

public:
    struct Point
    {
        int year = 0;
        std::optional<int> realised;
        std::optional<int> target;
        // realised × 100 / target, rounded down; empty without both or with a zero target.
        std::optional<int> percentOfTarget() const;
        bool isTargetReached() const { return realised && target && *realised >= *target; }
    };

    // Which year a laureate product counts in: its promotion's (the committee's decision) or its agreement's.
    enum class Basis { DecisionYear, AgreementYear };

    static IndicatorSeries compute(const FundSummary &summary, const QList<FundYear> &years);
    // laureates: every laureate's follow-up (FollowUpStore::allLaureates); read only by AgreementYear.
    static IndicatorSeries compute(const FundSummary &summary, const QList<FundYear> &years, Basis basis,
                                   const QList<LaureateFollowUp> &laureates);

    Basis basis() const { return m_basis; }
    // "by decision year" / "by agreement year", through tr(), for the chart's caption.
    static QString basisText(Basis basis);

    // The indicator's name as the fund reports it, through tr().
    static QString title();

    // Ascending years.
    const QList<Point> &points() const { return m_points; }
    std::optional<Point> point(int year) const;
    // The largest realised value or target; zero when there is none.
    int largestValue() const;

private:
    QList<Point> m_points;
    Basis m_basis = Basis::DecisionYear;
};
