#pragma once

#include "domain/Promotion.h"
#include "domain/Result.h"

#include <QObject>

#include <functional>
#include <optional>

class DatabaseSession;
class QAction;
class QPrinter;
class QWidget;
struct LaureateList;

// The File menu's exports and printing of the shown promotion: the official list of the laureates as PDF
// (LaureateListPdf), every candidate as CSV (CandidateCsvExport), the candidates, the ranking and the
// laureates as an XLSX workbook (PromotionWorkbook), the same list on a printer. The list is
// the one the command line exports (RankedLaureateList). The methods without "Dialog" run without any
// dialog (tests call them); what they did is said through statusMessage, a refusal comes back.
class LaureateListExport : public QObject
{
    Q_OBJECT

public:
    using PromotionSource = std::function<std::optional<Promotion>()>;

    // window: the parent of the dialogs; shownPromotion: the promotion the window shows, if any.
    LaureateListExport(DatabaseSession &session, PromotionSource shownPromotion, QWidget *window);

    Outcome exportLaureateList(const QString &path);
    Outcome exportCandidatesCsv(const QString &path);
    Outcome exportWorkbook(const QString &path);
    Outcome printLaureateList(QPrinter &printer);

    // The same, after asking where (or on which printer); a refusal is emitted as refused.
    void exportLaureateListDialog();
    void exportCandidatesCsvDialog();
    void exportWorkbookDialog();
    void printLaureateListDialog();

    // Exports and printing only read: a closed promotion's list is the one most often printed.
    void setEnabled(bool enabled);
    QAction *exportPdfAction() const { return m_exportPdfAction; }
    QAction *exportCsvAction() const { return m_exportCsvAction; }
    QAction *exportXlsxAction() const { return m_exportXlsxAction; }
    QAction *printAction() const { return m_printAction; }

signals:
    void statusMessage(const QString &message);
    void refused(const QString &message);

private:
    Result<LaureateList> currentLaureateList() const;
    // Asks where to export the promotion shown (ExportFileDialog, its label then fileNameSuffix as the proposed
    // name) and writes there with write; a refusal is emitted. The three exports' dialogs are this one.
    void exportDialog(const QString &title, const QString &fileNameSuffix, const QString &filter,
                      Outcome (LaureateListExport::*write)(const QString &));

    DatabaseSession &m_session;
    PromotionSource m_shownPromotion;
    QWidget *m_window;
    QAction *m_exportPdfAction;
    QAction *m_exportCsvAction;
    QAction *m_exportXlsxAction;
    QAction *m_printAction;
};
