#pragma once

#include "commands/StoreCommand.h"

#include <QDate>

// Closes a promotion (every candidate decided, envelope respected) as adopted by the committee of the date
// given, or of the stored date when none is given (the core refuses a close without a date and records a new
// one in the same write); undo reopens it, the audit log saying it was an undo, and puts the previous date
// back.
class ClosePromotionCommand : public StoreCommand
{
public:
    // committeeDate: null keeps the promotion's date as it is.
    ClosePromotionCommand(CommitteeStore &store, int promotionNumber, const QDate &committeeDate = QDate());

protected:
    Outcome apply() override;
    Outcome revert() override;

private:
    Outcome setCommitteeDate(const QDate &date);

    int m_promotionNumber;
    QDate m_committeeDate;
    QDate m_previousDate;
    bool m_dateChanged = false;
};
