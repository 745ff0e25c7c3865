#pragma once

#include "LaureateList.h"
#include "domain/Result.h"

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QPageLayout>
#include <QString>

class QPagedPaintDevice;

// Prints the official list of a promotion's laureates as an A4 landscape PDF: the issuing authority at the top
// of every page, the fund's title, the year, the committee date the list was adopted on and the members
// present, the laureates with what each was granted and its share of the budget, the totals
// against the envelope (an overspend is stated), the co-financing rule applied and the waitlist, with
// the page number and the generation date on every page and the table headers repeated on each page, the
// recusals in an annex, and the approval block (LaureateListPage) on the last page. A provisional list (an
// open promotion) says so on every page and has no approval block.
// The document is the fund's official publication and is always in French, whatever the language of
// the window: its text is French here, not tr() strings; only the refusals returned to callers go
// through tr() (ReportPages's). It needs a QGuiApplication (text layout uses the fonts); the command line
// makes one. Its page frame, pagination and table cells are the ones every official document shares
// (ReportPageFrame, ReportPages, ReportHtml).
class LaureateListPdf
{
public:
    // generatedAt is printed on every page as given (tests pass a fixed one; callers pass now).
    static Result<QByteArray> toPdf(const LaureateList &list, const QDateTime &generatedAt);
    // Lays the list out for any paged device (the PDF writer, a printer) at the device's resolution and
    // page layout, and paints every page with its footer: the printed copy is the PDF's document.
    static Outcome paint(QPagedPaintDevice &device, const LaureateList &list, const QDateTime &generatedAt);
    // A4 landscape with the document's margins; the PDF uses it, a printer is given it before its dialog.
    static QPageLayout pageLayout();
    // Rendered in memory, then written through OutputFile: the complete PDF, or a refusal that says why
    // with the previous file left as it was; the open database and anything not a regular file are refused.
    static Outcome writeFile(const QString &path, const LaureateList &list, const QDateTime &generatedAt);

    // "Fonds d'accélération des startups d'État et de territoires — Promotion FAST13 — Liste des lauréats"
    static QString title(const Promotion &promotion);
    // The document's body as Qt rich text, names escaped so that "<b>R&D</b>" prints as written.
    static QString html(const LaureateList &list);
    // "15 juin 2023", "1er juin 2023".
    static QString frenchDate(const QDate &date);
    // "Liste arrêtée par le comité d'investissement du 12 juin 2026"
    static QString adoptionLine(const QDate &committeeDate);
    // "15 juin 2023 à 14:05".
    static QString frenchDateTime(const QDateTime &dateTime);
    // The rule in the official wording: "50 % du budget annuel du projet, dans la limite de 300 000 € par
    // lauréat". CofinancingRule::describe() is a tr() string, English unless a translation is loaded.
    static QString ruleText(const CofinancingRule &rule);
    // The foot of every page, beside the page number "2 / 3": "FAST13 — Liste des lauréats — document
    // généré le 15 juin 2023 à 14:05".
    static QString footerText(const Promotion &promotion, const QDateTime &generatedAt);
};
