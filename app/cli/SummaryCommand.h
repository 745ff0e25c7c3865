#pragma once

#include <QCoreApplication>
#include <QStringList>

class CliContext;

// fast-committee summary [--json]: every promotion and every year, with indicator 1.2.
class SummaryCommand
{
    Q_DECLARE_TR_FUNCTIONS(SummaryCommand)

public:
    static int run(CliContext &context, const QStringList &arguments);
};
