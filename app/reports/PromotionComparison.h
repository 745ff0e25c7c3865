#pragma once

#include "FundSummary.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

// Every promotion's envelope against what it granted, in chronological order (year, then number), for
// the dashboard's grouped bars. Closed promotions are told apart in their label, so that the difference
// survives a black-and-white print or projector.
class PromotionComparison
{
    Q_DECLARE_TR_FUNCTIONS(PromotionComparison)

public:
    struct Row
    {
        int number = 0;
        int year = 0;
        bool closed = false;
        Money envelope;
        Money granted;
        // "FAST13" for an open promotion, "FAST13 (closed)" through tr() for a closed one.
        QString label;
        Money remaining() const { return envelope - granted; }
        bool isOverspent() const { return granted > envelope; }
    };

    static PromotionComparison compute(const FundSummary &summary);

    const QList<Row> &rows() const { return m_rows; }
    // The largest envelope or granted amount, to scale the axis; zero when there are no rows.
    Money largestAmount() const;

private:
    QList<Row> m_rows;
};
