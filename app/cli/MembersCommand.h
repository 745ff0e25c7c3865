#pragma once

#include <QCoreApplication>
#include <QStringList>

class CliContext;

// fast-committee members add --promotion NUMBER NAME... | members copy --from NUMBER --promotion NUMBER |
// members list --promotion NUMBER [--json]
class MembersCommand
{
    Q_DECLARE_TR_FUNCTIONS(MembersCommand)

public:
    static int run(CliContext &context, const QStringList &arguments);

private:
    static int add(CliContext &context, const QStringList &arguments);
    static int copy(CliContext &context, const QStringList &arguments);
    static int list(CliContext &context, const QStringList &arguments);
};
