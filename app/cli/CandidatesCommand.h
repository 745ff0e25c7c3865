#pragma once

#include <QCoreApplication>
#include <QStringList>

class CliContext;

// fast-committee candidates --promotion NUMBER [--json]
class CandidatesCommand
{
    Q_DECLARE_TR_FUNCTIONS(CandidatesCommand)

public:
    static int run(CliContext &context, const QStringList &arguments);
};
