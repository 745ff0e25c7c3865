#pragma once

#include <QCoreApplication>
#include <QStringList>

class CliContext;

// fast-committee milestone set --promotion NUMBER --candidate NAME --milestone kickoff|midterm|end
// [--planned DATE] [--done DATE] [--note TEXT]: one step of a laureate's six-month accompaniment, planned,
// done or annotated; what is not given stays as it was.
class MilestoneCommand
{
    Q_DECLARE_TR_FUNCTIONS(MilestoneCommand)

public:
    static int run(CliContext &context, const QStringList &arguments);

private:
    static int set(CliContext &context, const QStringList &arguments);
};
