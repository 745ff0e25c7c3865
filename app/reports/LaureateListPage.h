#pragma once

#include "LaureateList.h"
#include "ReportPageFrame.h"

#include <QDateTime>
#include <QFont>
#include <QFontMetricsF>
#include <QRectF>
#include <QString>

class QPainter;
class QPaintDevice;

// What the laureate list draws around its body on every page, and the approval block of its last page: the
// frame every official document has (ReportPageFrame: the issuing authority at the top of each page, the
// footer with the generation time in small print and the page number), with, on a provisional list,
// "PROVISOIRE — non arrêtée" beside the authority, so that no page taken alone passes for the adopted list;
// and the boxes the signatories fill in by hand. Measured and painted at the device's resolution, as
// LaureateListPdf lays out the body; its text is French, as the document's is.
class LaureateListPage
{
public:
    LaureateListPage(const LaureateList &list, const QDateTime &generatedAt, const QFont &bodyFont,
                     QPaintDevice &device);

    // The header and footer of every page.
    const ReportPageFrame &frame() const { return m_frame; }
    // The approval block: its title, its sentence and the signature boxes, with the space above them.
    qreal approvalHeight() const;

    // Draws the block with its top-left corner at top-left of area (area is at least approvalHeight() high).
    void paintApproval(QPainter &painter, const QRectF &area) const;

    // "PROVISOIRE — non arrêtée"
    static QString provisionalMark();
    // The labels of the fields each signature box asks for, in order.
    static QStringList approvalFields();

private:
    // One signature box: its fields, then the space to sign.
    qreal boxHeight() const;

    const LaureateList &m_list;
    ReportPageFrame m_frame;
    QFont m_approvalFont;
    QFontMetricsF m_approvalMetrics;
    int m_resolution;
};
