#pragma once

#include "CommitteeCopy.h"

#include "domain/Promotion.h"
#include "domain/Result.h"
#include "domain/ScoreSheet.h"

#include <QCoreApplication>

class StoreWrite;

// Copies a committee (members and criteria, names and weights) from one promotion to another inside a
// write that ScoringStore has begun and will commit: members are added by name, those the target already
// has (same folded name) are left out; the criteria replace the target's. Refused, with nothing written,
// when the source is the target, when the target has notes (rules.md: criteria cannot change once any score
// exists) or when there is nothing to copy. Kept apart from ScoringStore so that the store stays one idea
// per file; its audit rows are the store's usual member.add and criteria.update.
class CommitteeCopier
{
    Q_DECLARE_TR_FUNCTIONS(CommitteeCopier)

public:
    static Result<CommitteeCopy> copy(StoreWrite &write, int sourceNumber, const Promotion &target,
                                      const ScoreSheet &targetSheet);
};
