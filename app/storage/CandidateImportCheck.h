#pragma once

#include "domain/Candidate.h"
#include "domain/CandidateUpdate.h"
#include "domain/Promotion.h"
#include "domain/Result.h"

#include <QList>
#include <QString>
#include <QStringList>

// What an import of candidates is checked against before its first row is written: each candidate against
// the promotion's rule, each name against the promotion's stored candidates and the import's other rows
// (case- and accent-insensitive, as names are unique per promotion), and each file number likewise (exactly,
// as the call's form wrote it). A re-import also updates stored candidates (by their file number): a stored
// file number is then the update's own, not a clash, and the updated names are checked against the other
// candidates' names as they are now and as the import makes them. Every problem is reported at once, so
// that a file is fixed in one pass. The messages keep CommitteeStore's translation context, where they
// were first written.
class CandidateImportCheck
{
public:
    // TextKey::fold of each candidate's name, in order (folded once for the check and the row), or every
    // problem, one per line.
    static Result<QStringList> check(const Promotion &owner, const QList<Candidate> &stored,
                                     const QList<Candidate> &candidates, const CandidateUpdates &updates = {});
    // "FAST13 already has a candidate called "Envergo"."
    static QString duplicateNameMessage(const Promotion &promotion, const QString &existingName);
    // "FAST13 already has the file number 2026-0042 (candidate "Envergo")."
    static QString duplicateReferenceMessage(const Promotion &promotion, const QString &reference,
                                             const QString &holderName);
};
