#pragma once

#include <QString>
#include <QtGlobal>

// One scoring criterion of a promotion: what the members judge and how much it weighs in the score.
// A plain value: storage gives it an id; the score sheet addresses criteria by their index in the
// promotion's CriteriaSet, because the first criterion breaks ties in the ranking.
struct Criterion
{
    qint64 id = 0;
    QString name;
    int weight = 0; // positive; the weights of a promotion add up to 100

    bool operator==(const Criterion &other) const
    {
        return id == other.id && name == other.name && weight == other.weight;
    }
    bool operator!=(const Criterion &other) const { return !(*this == other); }
};
