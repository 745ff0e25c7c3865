#pragma once

#include "domain/Candidate.h"
#include "domain/LaureateFollowUp.h"
#include "domain/Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QPageLayout>
#include <QString>

class QPagedPaintDevice;

// One laureate's follow-up sheet as an A4 portrait PDF, in French and in the official list's style
// (ReportPageFrame, ReportPages, ReportHtml): the issuing authority at the top of every page; the promotion,
// the laureate, its carrier and incubator (from its Candidate), the granted amount and the status; the
// agreement (reference, signature, commitment, an amendment and its reason, a withdrawal, its reason and what
// it gave back to the envelope); the payment tranches with their totals (committed, paid, left to pay); the
// accompaniment's three milestones; and what is late on the day the sheet is generated, in words. Every
// stored text is printed as written (ReportHtml::text), never as markup.
class FollowUpSheetPdf
{
public:
    struct Document
    {
        LaureateFollowUp laureate;
        Candidate candidate;
        QString authority;
        QDateTime generatedAt; // printed as given; what is late is late on its date
    };

    static Result<QByteArray> toPdf(const Document &document);
    static Outcome paint(QPagedPaintDevice &device, const Document &document);
    // Rendered in memory, then written whole through OutputFile, or refused with the previous file kept.
    static Outcome writeFile(const QString &path, const Document &document);
    static QPageLayout pageLayout();

    // "Fonds d'accélération des startups d'État et de territoires — FAST13 / Envergo — Fiche de suivi"
    static QString title(const LaureateFollowUp &laureate);
    // "FAST13 / Envergo — Fiche de suivi — document généré le 23 novembre 2026 à 10:16"
    static QString footerText(const LaureateFollowUp &laureate, const QDateTime &generatedAt);
    // The name a save dialog proposes: "FAST13-suivi-Envergo.pdf", without the characters a file name cannot hold.
    static QString fileName(const LaureateFollowUp &laureate);
    // The document's body as Qt rich text, texts escaped.
    static QString html(const Document &document);
};
