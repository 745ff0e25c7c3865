#pragma once

#include <QCoreApplication>
#include <QStringList>

class CliContext;

// fast-committee rank --promotion NUMBER [--json]: the ranking with each candidate's proposed decision.
class RankCommand
{
    Q_DECLARE_TR_FUNCTIONS(RankCommand)

public:
    static int run(CliContext &context, const QStringList &arguments);
};
