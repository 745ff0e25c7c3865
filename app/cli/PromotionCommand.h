#pragma once

#include <QCoreApplication>
#include <QStringList>

class CliContext;

// fast-committee promotion add | list | close | reopen
class PromotionCommand
{
    Q_DECLARE_TR_FUNCTIONS(PromotionCommand)

public:
    static int run(CliContext &context, const QStringList &arguments);

private:
    static int add(CliContext &context, const QStringList &arguments);
    static int list(CliContext &context, const QStringList &arguments);
    static int close(CliContext &context, const QStringList &arguments);
    static int reopen(CliContext &context, const QStringList &arguments);
};
