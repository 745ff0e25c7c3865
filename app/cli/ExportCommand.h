#pragma once

#include <QCoreApplication>
#include <QStringList>

class CliContext;

// fast-committee export pdf --promotion NUMBER -o FILE.pdf: the official list of the laureates.
// fast-committee export csv --promotion NUMBER -o FILE.csv: every candidate, in the import's format.
// fast-committee export xlsx --promotion NUMBER -o FILE.xlsx: a workbook of the candidates, the ranking and
// the laureates (PromotionWorkbook), sheets named in the interface's language.
// fast-committee export schedule|follow-up ...: the follow-up's PDFs, handed to FollowUpExportCommand.
// The PDF needs a QGuiApplication (CommandLine::runProcess makes an offscreen one for it).
class ExportCommand
{
    Q_DECLARE_TR_FUNCTIONS(ExportCommand)

public:
    static int run(CliContext &context, const QStringList &arguments);
};
