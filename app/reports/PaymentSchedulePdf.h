#pragma once

#include "PaymentSchedule.h"
#include "PaymentScheduleDetail.h"
#include "domain/LaureateFollowUp.h"
#include "domain/Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QPageLayout>
#include <QString>

class QPagedPaintDevice;

// Prints one budget year's payment schedule, across every promotion, as an A4 landscape PDF in the official
// list's style (ReportPageFrame, ReportPages, ReportHtml): the issuing authority at the top of every page, the
// fund's title and "Échéancier des crédits de paiement — exercice 2025", the year's figures (PaymentSchedule:
// restes à payer at the start and the end of the year, AE committed with the number of agreements and
// cancelled by withdrawals, CP paid and still to pay on the year's schedule), the "Échéancier des CP à ouvrir"
// table in the budget annex's layout, then the laureates one by one (PaymentScheduleDetail), grouped by
// promotion with subtotals and a total that agrees with the figures; the table headers repeat on each page,
// the footer gives the generation time and "Page i / n". Always in French, as LaureateListPdf is.
class PaymentSchedulePdf
{
public:
    struct Document
    {
        PaymentSchedule schedule;
        PaymentScheduleDetail detail;
        QString authority;
        QDateTime generatedAt; // printed as given (tests pass a fixed one; callers pass now)
    };

    // The year's schedule and detail from every laureate (FollowUpStore::allLaureates).
    static Document build(const QList<LaureateFollowUp> &laureates, int year, const QString &authority,
                          const QDateTime &generatedAt);

    static Result<QByteArray> toPdf(const Document &document);
    static Outcome paint(QPagedPaintDevice &device, const Document &document);
    // Rendered in memory, then written whole through OutputFile, or refused with the previous file kept.
    static Outcome writeFile(const QString &path, const Document &document);
    static QPageLayout pageLayout();

    // "Fonds d'accélération des startups d'État et de territoires — Échéancier des crédits de paiement —
    // exercice 2025", the PDF's title.
    static QString title(int year);
    // "Échéancier des CP — exercice 2025 — document généré le 23 novembre 2026 à 10:16"
    static QString footerText(int year, const QDateTime &generatedAt);
    // The document's body as Qt rich text, names escaped.
    static QString html(const Document &document);
};
