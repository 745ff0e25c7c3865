#pragma once

#include <QCoreApplication>
#include <QStringList>

class CliContext;

// fast-committee decide --promotion NUMBER --candidate NAME --decision D [--granted AMOUNT]
class DecideCommand
{
    Q_DECLARE_TR_FUNCTIONS(DecideCommand)

public:
    static int run(CliContext &context, const QStringList &arguments);
};
