#pragma once

#include "domain/Candidate.h"
#include "domain/Promotion.h"
#include "domain/Result.h"
#include "reports/LaureateList.h"

#include <QList>

class ScoringStore;

// The official list of a promotion's laureates as it is published: in ranking order once candidates are
// scored (unscored candidates after, by name), by name before any score. The one path from the ranking to
// the LaureateList, used by the window's export and printing and by the command line's export, so that
// both always print the same order. It also names the promotion's committee and, per candidate, the
// members recused on it, as the list's annex prints them. A ranking or a sheet that cannot be read comes
// back as its error.
struct RankedLaureateList
{
    static Result<LaureateList> build(const ScoringStore &scoring, const Promotion &promotion,
                                      const QList<Candidate> &candidates);
};
