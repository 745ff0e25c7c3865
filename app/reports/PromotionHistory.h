#pragma once

#include "PromotionArchive.h"

#include "domain/Money.h"
#include "domain/PromotionStatus.h"

#include <QList>

// Every promotion the fund has held, one row each in chronological order: its year and status, how many
// candidates applied and how many became laureates (in total and by kind), the envelope, what was
// granted, what remains (negative when overspent: shown, never hidden) and the mean grant per laureate.
class PromotionHistory
{
public:
    struct Row
    {
        int number = 0;
        int year = 0;
        PromotionStatus status = PromotionStatus::Open;
        int candidates = 0;
        int productCandidates = 0;
        int incubatorCandidates = 0;
        int laureates = 0;
        int productLaureates = 0;
        int incubatorLaureates = 0;
        Money envelope;
        Money granted;

        Money remaining() const { return envelope - granted; }
        // Granted divided by the laureates, rounded half up to the cent; zero without laureates.
        Money meanGrant() const { return PromotionHistory::meanGrant(granted, laureates); }
        bool isClosed() const { return status == PromotionStatus::Closed; }
    };

    static PromotionHistory compute(const PromotionArchive &archive);
    // The figures of one promotion of the archive.
    static Row figures(const PromotionArchive::Entry &entry);
    // total / count rounded half up to the cent, exactly on integers; zero when count is 0.
    static Money meanGrant(Money total, int count);

    // Chronological: by year, then number.
    const QList<Row> &rows() const { return m_rows; }

private:
    QList<Row> m_rows;
};
