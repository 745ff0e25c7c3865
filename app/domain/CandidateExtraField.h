#pragma once

#include <QList>
#include <QString>

// One answer of the call's application form that the committee's own fields do not hold (a question of
// the form, titled with the form author's words, and the applicant's answer). An import keeps the columns
// left unmapped this way, so that nothing the applicant wrote is dropped, and the exports write them back.
struct CandidateExtraField
{
    QString name;
    QString value;

    friend bool operator==(const CandidateExtraField &left, const CandidateExtraField &right)
    {
        return left.name == right.name && left.value == right.value;
    }
    friend bool operator!=(const CandidateExtraField &left, const CandidateExtraField &right)
    {
        return !(left == right);
    }
};

using CandidateExtraFields = QList<CandidateExtraField>;
