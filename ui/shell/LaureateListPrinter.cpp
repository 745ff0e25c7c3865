#include "shell/LaureateListPrinter.h"

#include "reports/LaureateListPdf.h"

#include <QPrinter>

void LaureateListPrinter::prepare(QPrinter &printer, const LaureateList &list)
{
    printer.setPageLayout(LaureateListPdf::pageLayout());
    printer.setDocName(LaureateListPdf::title(list.promotion));
    printer.setCreator(QStringLiteral("Comité FAST"));
}

Outcome LaureateListPrinter::print(QPrinter &printer, const LaureateList &list, const QDateTime &generatedAt)
{
    if (!printer.isValid())
        return Outcome::failure(tr("The printer %1 is not available.").arg(printer.printerName()));
    if (const Outcome painted = LaureateListPdf::paint(printer, list, generatedAt); !painted)
        return Outcome::failure(tr("The list could not be printed: %1").arg(painted.error()));
    return Outcome::success();
}
