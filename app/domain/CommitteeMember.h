#pragma once

#include <QString>
#include <QtGlobal>

// A member of one promotion's committee, who notes the candidates. A plain value: storage gives it an id,
// and the score sheet names the member in its refusals.
struct CommitteeMember
{
    qint64 id = 0;
    QString name;

    bool operator==(const CommitteeMember &other) const { return id == other.id && name == other.name; }
};
