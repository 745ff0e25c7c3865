#pragma once

#include "domain/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

class StoreWrite;

// Closing and reopening a promotion inside a store's write (StoreWrite): what rules.md's lifecycle asks of
// each, and the audit rows they leave. A closed promotion has the date of the committee that adopted its
// list (the official list prints it), so closing without a valid date is refused here, in the core, and
// not only by the window and the command line that ask for it; a new date is recorded in the same write
// as the closing, so that a refused close leaves the stored date as it was. Reopening needs a written
// reason and keeps the date. CommitteeStore begins the write, emits and commits; the messages keep its
// translation context.
class PromotionLifecycle
{
    Q_DECLARE_TR_FUNCTIONS(CommitteeStore)

public:
    static Outcome close(StoreWrite &write, int number, const QDate &committeeDate);
    // why: the reason already normalised as free text.
    static Outcome reopen(StoreWrite &write, int number, const QString &why);
};
