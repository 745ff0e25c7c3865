#pragma once

#include <QString>
#include <QStringList>

// One column of a file being imported, as the mapping step shows it: its title in the header row and its
// first non-empty values, so that the user recognises the column whatever its title says.
struct ImportColumn
{
    static constexpr int sampleCount = 3;

    QString title;
    QStringList samples; // at most sampleCount, in row order
};
