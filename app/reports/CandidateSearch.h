#pragma once

#include "CandidateApplication.h"
#include "PromotionArchive.h"

#include <QList>
#include <QString>

// Finds candidates across every promotion by a piece of their name, carrier or incubator, case-, accent-
// and spacing-insensitive (TextKey::fold): "refugies" finds "Réfugiés.info" in FAST9 and in FAST13.
// Newest promotion first, then by name, so that the application the committee is likely to mean
// comes first.
class CandidateSearch
{
public:
    // Empty (or blank) text finds nothing rather than every candidate of the fund.
    static QList<CandidateApplication> search(const PromotionArchive &archive, const QString &text);
    // One candidate of one archived promotion as an application.
    static CandidateApplication application(const PromotionArchive::Entry &entry, const Candidate &candidate);
};
