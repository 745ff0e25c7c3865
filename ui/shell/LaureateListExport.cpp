#include "shell/LaureateListExport.h"

#include "reports/CandidateCsvExport.h"
#include "reports/LaureateList.h"
#include "reports/LaureateListPdf.h"
#include "reports/OutputFile.h"
#include "reports/PromotionWorkbook.h"
#include "reports/RankedLaureateList.h"
#include "reports/XlsxWorkbookWriter.h"
#include "shell/AuthoritySetting.h"
#include "shell/DatabaseSession.h"
#include "shell/ExportFileDialog.h"
#include "shell/LaureateListPrinter.h"
#include "shell/ShellAction.h"
#include "storage/CommitteeStore.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QPrintDialog>
#include <QPrinter>

// These texts were written in the window and are translated under its context ("MainWindow").

LaureateListExport::LaureateListExport(DatabaseSession &session, PromotionSource shownPromotion, QWidget *window)
    : QObject(window), m_session(session), m_shownPromotion(std::move(shownPromotion)), m_window(window),
      m_exportPdfAction(ShellAction::make(window,
                                          QCoreApplication::translate("MainWindow", "&Export Laureate List (PDF)…"),
                                          "exportPdfAction", QKeySequence(Qt::CTRL | Qt::Key_E))),
      m_exportCsvAction(ShellAction::make(
          window, QCoreApplication::translate("MainWindow", "Export &Candidates (CSV)…"), "exportCsvAction")),
      m_exportXlsxAction(ShellAction::make(
          window, QCoreApplication::translate("MainWindow", "Export &Spreadsheet (XLSX)…"), "exportXlsxAction")),
      m_printAction(ShellAction::make(window, QCoreApplication::translate("MainWindow", "&Print Laureate List…"),
                                      "printAction", QKeySequence::Print))
{
    connect(m_exportPdfAction, &QAction::triggered, this, &LaureateListExport::exportLaureateListDialog);
    connect(m_exportCsvAction, &QAction::triggered, this, &LaureateListExport::exportCandidatesCsvDialog);
    connect(m_exportXlsxAction, &QAction::triggered, this, &LaureateListExport::exportWorkbookDialog);
    connect(m_printAction, &QAction::triggered, this, &LaureateListExport::printLaureateListDialog);
}

void LaureateListExport::setEnabled(bool enabled)
{
    for (QAction *action : {m_exportPdfAction, m_exportCsvAction, m_exportXlsxAction, m_printAction})
        action->setEnabled(enabled);
}

Result<LaureateList> LaureateListExport::currentLaureateList() const
{
    const std::optional<Promotion> promotion = m_shownPromotion();
    if (!promotion)
        return Result<LaureateList>::failure(QCoreApplication::translate("MainWindow", "No promotion is shown."));
    const Result<QList<Candidate>> candidates = m_session.store()->candidates(promotion->number);
    if (!candidates)
        return Result<LaureateList>::failure(candidates.error());
    Result<LaureateList> list = RankedLaureateList::build(*m_session.scoring(), *promotion, candidates.value());
    if (list)
        list.value().authority = AuthoritySetting::current();
    return list;
}

Outcome LaureateListExport::exportLaureateList(const QString &path)
{
    const Result<LaureateList> list = currentLaureateList();
    if (!list)
        return Outcome::failure(list.error());
    if (const Outcome written = LaureateListPdf::writeFile(path, list.value(), QDateTime::currentDateTime()); !written)
        return written;
    emit statusMessage(QCoreApplication::translate("MainWindow", "List of the laureates of %1 written to %2")
                           .arg(list.value().promotion.label(), QDir::toNativeSeparators(path)));
    return Outcome::success();
}

Outcome LaureateListExport::exportCandidatesCsv(const QString &path)
{
    const std::optional<Promotion> promotion = m_shownPromotion();
    if (!promotion)
        return Outcome::failure(QCoreApplication::translate("MainWindow", "No promotion is shown."));
    const Result<QList<Candidate>> candidates = m_session.store()->candidates(promotion->number);
    if (!candidates)
        return Outcome::failure(candidates.error());
    if (const Outcome written = CandidateCsvExport::writeFile(path, *promotion, candidates.value()); !written)
        return written;
    emit statusMessage(QCoreApplication::translate("MainWindow", "%n candidate(s) of %1 exported to %2", nullptr,
                                                   int(candidates.value().size()))
                           .arg(promotion->label(), QDir::toNativeSeparators(path)));
    return Outcome::success();
}

Outcome LaureateListExport::exportWorkbook(const QString &path)
{
    const std::optional<Promotion> promotion = m_shownPromotion();
    if (!promotion)
        return Outcome::failure(QCoreApplication::translate("MainWindow", "No promotion is shown."));
    const Result<QList<Candidate>> candidates = m_session.store()->candidates(promotion->number);
    if (!candidates)
        return Outcome::failure(candidates.error());
    // The command line's workbook (PromotionWorkbook::read): the ranking sheet is computed as the ranking
    // tab computes it, from the same candidates.
    const Result<QList<WorkbookSheet>> workbook =
        PromotionWorkbook::read(*m_session.scoring(), *promotion, candidates.value());
    if (!workbook)
        return Outcome::failure(workbook.error());
    if (const Outcome written = XlsxWorkbookWriter::writeFile(path, workbook.value()); !written)
        return written;
    emit statusMessage(QCoreApplication::translate("MainWindow",
                                                   "%n candidate(s) of %1 exported with the ranking and the "
                                                   "laureates to %2",
                                                   nullptr, int(candidates.value().size()))
                           .arg(promotion->label(), QDir::toNativeSeparators(path)));
    return Outcome::success();
}

Outcome LaureateListExport::printLaureateList(QPrinter &printer)
{
    const Result<LaureateList> list = currentLaureateList();
    if (!list)
        return Outcome::failure(list.error());
    // Printing to a file writes that file directly: never over the open database or a device.
    if (!printer.outputFileName().isEmpty()) {
        if (const Outcome allowed = OutputFile::checkTarget(printer.outputFileName()); !allowed)
            return allowed;
    }
    if (const Outcome printed = LaureateListPrinter::print(printer, list.value(), QDateTime::currentDateTime());
        !printed)
        return printed;
    emit statusMessage(
        QCoreApplication::translate("MainWindow", "List of the laureates of %1 sent to %2")
            .arg(list.value().promotion.label(), printer.outputFileName().isEmpty()
                                                     ? printer.printerName()
                                                     : QDir::toNativeSeparators(printer.outputFileName())));
    return Outcome::success();
}

void LaureateListExport::exportDialog(const QString &title, const QString &fileNameSuffix, const QString &filter,
                                      Outcome (LaureateListExport::*write)(const QString &))
{
    const std::optional<Promotion> promotion = m_shownPromotion();
    if (!promotion)
        return;
    const QString path = ExportFileDialog::ask(m_window, title, promotion->label() + fileNameSuffix, filter);
    if (path.isEmpty())
        return;
    if (const Outcome written = (this->*write)(path); !written)
        emit refused(written.error());
}

void LaureateListExport::exportLaureateListDialog()
{
    exportDialog(QCoreApplication::translate("MainWindow", "Export the list of the laureates"),
                 QStringLiteral("-laureats.pdf"), QCoreApplication::translate("MainWindow", "PDF documents (*.pdf)"),
                 &LaureateListExport::exportLaureateList);
}

void LaureateListExport::exportCandidatesCsvDialog()
{
    exportDialog(QCoreApplication::translate("MainWindow", "Export the candidates"),
                 QStringLiteral("-candidatures.csv"), QCoreApplication::translate("MainWindow", "CSV files (*.csv)"),
                 &LaureateListExport::exportCandidatesCsv);
}

void LaureateListExport::exportWorkbookDialog()
{
    exportDialog(QCoreApplication::translate("MainWindow", "Export the spreadsheet"), QStringLiteral(".xlsx"),
                 QCoreApplication::translate("MainWindow", "Excel workbooks (*.xlsx)"),
                 &LaureateListExport::exportWorkbook);
}

void LaureateListExport::printLaureateListDialog()
{
    const Result<LaureateList> list = currentLaureateList();
    if (!list) {
        emit refused(list.error());
        return;
    }
    QPrinter printer(QPrinter::HighResolution);
    LaureateListPrinter::prepare(printer, list.value());
    QPrintDialog dialog(&printer, m_window);
    dialog.setObjectName(QStringLiteral("printDialog"));
    dialog.setWindowTitle(QCoreApplication::translate("MainWindow", "Print the list of the laureates of %1")
                              .arg(list.value().promotion.label()));
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (const Outcome printed = printLaureateList(printer); !printed)
        emit refused(printed.error());
}
