#pragma once

#include <QCoreApplication>
#include <QStringList>

class CliContext;

// fast-committee opening-key --year YYYY [--first PERCENT]: the year's opening key, the share of a commitment
// paid at signature (the rest at the mid-term review), shown, or set with an audit row. Every year starts with
// 2021's 78,93 % / 21,07 %.
class OpeningKeyCommand
{
    Q_DECLARE_TR_FUNCTIONS(OpeningKeyCommand)

public:
    static int run(CliContext &context, const QStringList &arguments);
};
