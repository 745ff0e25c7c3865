#pragma once

#include "CandidateApplication.h"
#include "PromotionArchive.h"

#include <QList>
#include <QString>

// A returning candidate's applications to the other promotions: the candidates of every other promotion
// with the same name (case-, accent- and spacing-insensitive, TextKey::fold), earliest first, each with
// its score, decision and grant, so that the committee sees a project's history beside its current
// application. A promotion's own candidates never match (names are unique within a promotion).
class EarlierApplications
{
public:
    static QList<CandidateApplication> find(const PromotionArchive &archive, int promotionNumber,
                                            const QString &candidateName);
};
