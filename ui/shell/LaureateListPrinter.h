#pragma once

#include "domain/Result.h"
#include "reports/LaureateList.h"

#include <QCoreApplication>
#include <QDateTime>

class QPrinter;

// Prints the official list of a promotion's laureates on paper: the very document of the PDF
// (LaureateListPdf::paint), A4 landscape unless the user chose otherwise in the print dialog.
class LaureateListPrinter
{
    Q_DECLARE_TR_FUNCTIONS(LaureateListPrinter)

public:
    // Before the print dialog: the document's page layout and name, so that the dialog proposes them.
    static void prepare(QPrinter &printer, const LaureateList &list);
    static Outcome print(QPrinter &printer, const LaureateList &list, const QDateTime &generatedAt);
};
