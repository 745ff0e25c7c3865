#pragma once

#include <QCoreApplication>
#include <QStringList>

class CliContext;

// fast-committee propose --promotion NUMBER [--apply]: the proposal of laureates, and its application.
class ProposeCommand
{
    Q_DECLARE_TR_FUNCTIONS(ProposeCommand)

public:
    static int run(CliContext &context, const QStringList &arguments);
};
