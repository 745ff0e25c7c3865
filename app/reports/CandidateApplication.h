#pragma once

#include "domain/CandidateKind.h"
#include "domain/Decision.h"
#include "domain/Money.h"
#include "domain/Score.h"

#include <QString>

#include <optional>

// One application of a project to one promotion, as the searches across promotions show it: where and
// when it applied, who carries it, what the committee decided and granted, and its committee score
// when it was fully scored (the ranking's score; kept for a candidate scored before it withdrew; none while
// notes are missing).
struct CandidateApplication
{
    int promotionNumber = 0;
    int year = 0;
    bool promotionClosed = false;
    qint64 candidateId = 0;
    QString name;
    QString carrier;
    QString incubator;
    CandidateKind kind = CandidateKind::Product;
    Decision decision = Decision::None;
    Money granted;
    std::optional<Score> score;
};
