#pragma once

#include "LaureateList.h"

#include <QDateTime>
#include <QFont>
#include <QFontMetricsF>
#include <QRectF>
#include <QString>

class QPainter;
class QPaintDevice;

// What the laureate list draws around its body on every page, and the approval block of its last page: the
// issuing authority at the top of each page (and, on a provisional list, "PROVISOIRE — non arrêtée" beside
// it, so that no page taken alone passes for the adopted list), the footer with the generation time in small
// print and the page number, and the boxes the signatories fill in by hand. Measured and painted at the
// device's resolution, as LaureateListPdf lays out the body; its text is French, as the document's is.
class LaureateListPage
{
public:
    LaureateListPage(const LaureateList &list, const QDateTime &generatedAt, const QFont &bodyFont,
                     QPaintDevice &device);

    qreal headerHeight() const;
    qreal footerHeight() const;
    // The approval block: its title, its sentence and the signature boxes, with the space above them.
    qreal approvalHeight() const;

    // width: the page's printable width; the header at the top, the footer below footerTop.
    void paintHeader(QPainter &painter, qreal width) const;
    void paintFooter(QPainter &painter, qreal footerTop, qreal width, int pageIndex, int pageCount) const;
    // Draws the block with its top-left corner at top-left of area (area is at least approvalHeight() high).
    void paintApproval(QPainter &painter, const QRectF &area) const;

    // "PROVISOIRE — non arrêtée"
    static QString provisionalMark();
    // The labels of the fields each signature box asks for, in order.
    static QStringList approvalFields();

private:
    qreal millimetres(qreal mm) const;
    // One signature box: its fields, then the space to sign.
    qreal boxHeight() const;

    const LaureateList &m_list;
    QDateTime m_generatedAt;
    QFont m_headerFont;
    QFont m_footerFont;
    QFont m_approvalFont;
    QFont m_markFont;
    QFontMetricsF m_headerMetrics;
    QFontMetricsF m_markMetrics;
    QFontMetricsF m_footerMetrics;
    QFontMetricsF m_approvalMetrics;
    int m_resolution;
};
