#pragma once

#include <QCoreApplication>
#include <QStringList>

class CliContext;

// fast-committee audit [--promotion NUMBER] [--json]
class AuditCommand
{
    Q_DECLARE_TR_FUNCTIONS(AuditCommand)

public:
    static int run(CliContext &context, const QStringList &arguments);
};
