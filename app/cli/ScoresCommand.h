#pragma once

#include <QCoreApplication>
#include <QStringList>

class CliContext;

// fast-committee scores import --promotion NUMBER FILE.csv: the committee's notes and recusals, all or nothing.
class ScoresCommand
{
    Q_DECLARE_TR_FUNCTIONS(ScoresCommand)

public:
    static int run(CliContext &context, const QStringList &arguments);

private:
    static int import(CliContext &context, const QStringList &arguments);
};
