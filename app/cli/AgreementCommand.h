#pragma once

#include <QCoreApplication>
#include <QStringList>

class CliContext;

// fast-committee agreement sign|amend|withdraw: a laureate's agreement after the decision (issue #18). Signing
// makes the commitment and plans the year's opening key's two tranches; an amendment changes the committed
// amount with its reason; a withdrawal cancels what was not paid. A closed promotion's follow-up stays open.
class AgreementCommand
{
    Q_DECLARE_TR_FUNCTIONS(AgreementCommand)

public:
    static int run(CliContext &context, const QStringList &arguments);

private:
    static int sign(CliContext &context, const QStringList &arguments);
    static int amend(CliContext &context, const QStringList &arguments);
    static int withdraw(CliContext &context, const QStringList &arguments);
};
