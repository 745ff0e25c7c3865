#pragma once

#include <QCoreApplication>
#include <QStringList>

class CliContext;

// fast-committee import --promotion NUMBER FILE.xlsx|FILE.ods|FILE.csv [--sheet NAME] [--mapping NAME]
// [--map FIELD=TITLE]... [--save-mapping NAME] [--dry-run] [--update-decided]: all or nothing; a file number
// already in the promotion updates that candidate.
class ImportCommand
{
    Q_DECLARE_TR_FUNCTIONS(ImportCommand)

public:
    static int run(CliContext &context, const QStringList &arguments);
};
