#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

class CliContext;

// The follow-up's two official PDFs, exported from the command line as the window exports them:
//   fast-committee export schedule --year YYYY -o FILE.pdf [--authority TEXT]: the year's payment schedule
//     across every promotion (PaymentSchedulePdf);
//   fast-committee export follow-up --promotion NUMBER --candidate NAME -o FILE.pdf [--authority TEXT]: one
//     laureate's follow-up sheet (FollowUpSheetPdf), the laureate named as the follow-up's commands name it
//     (LaureateOption: case and accents do not matter).
// ExportCommand hands them over on their format word. The target is refused before anything is laid out when
// OutputFile would refuse it (the open database, a folder, a device), and written whole or not at all.
class FollowUpExportCommand
{
    Q_DECLARE_TR_FUNCTIONS(FollowUpExportCommand)

public:
    static bool handles(const QString &format);
    // arguments start with "export", as ExportCommand's do.
    static int run(CliContext &context, const QStringList &arguments, const QString &format);

private:
    static int schedule(CliContext &context, const QStringList &arguments);
    static int followUp(CliContext &context, const QStringList &arguments);
};
