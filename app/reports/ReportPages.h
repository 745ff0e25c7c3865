#pragma once

#include "domain/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QFont>
#include <QPageLayout>
#include <QRectF>
#include <QSizeF>
#include <QString>
#include <QTextDocument>

#include <functional>

class QPagedPaintDevice;
class QPainter;
class ReportPageFrame;

// An official document's body, written as Qt rich text (ReportHtml), laid out page by page on a paged device
// (the PDF writer, a printer) at the device's resolution and page layout, between its ReportPageFrame's header
// and footer, then painted page by page with the frame: what LaureateListPdf, PaymentSchedulePdf and
// FollowUpSheetPdf share. Qt's rich text repeats a table's <thead> row on each page it runs onto; it has no
// "keep with next", so a heading left alone at the foot of a page is moved to the next one with what it
// introduces. It needs a QGuiApplication (text layout uses the fonts); the command line makes one.
class ReportPages
{
    Q_DECLARE_TR_FUNCTIONS(ReportPages)

public:
    // Draws on a page after its body and before its footer; body is the page's body area.
    using PagePainter = std::function<void(QPainter &painter, int pageIndex, const QRectF &body)>;
    // Paints a whole document on the device it is given.
    using DocumentPainter = std::function<Outcome(QPagedPaintDevice &device)>;

    // The documents' sans-serif font at that size.
    static QFont bodyFont(double pointSize);
    // Starts painting on the device, or says why it cannot: no QGuiApplication, or a device that refused.
    static Outcome begin(QPainter &painter, QPagedPaintDevice &device);
    // The PDF of a document: 300 dpi, that page layout, the title in the file's properties; paint draws it.
    static Result<QByteArray> renderPdf(const QPageLayout &layout, const QString &title, const DocumentPainter &paint);
    // The whole of a simple document (the frame and the body, nothing else) on a device: begun, laid out,
    // painted and ended.
    static Outcome paintDocument(QPagedPaintDevice &device, double bodyPointSize, const QString &authority,
                                 const QString &footerText, const QString &html);

    // Lays html out in the room the frame leaves on each page of the device.
    ReportPages(QPagedPaintDevice &device, const QFont &font, const ReportPageFrame &frame, const QString &html);
    ReportPages(const ReportPages &) = delete;
    ReportPages &operator=(const ReportPages &) = delete;

    // The pages the body takes.
    int pageCount() const;
    QSizeF bodySize() const { return m_bodySize; }
    // Where the body's last line ends on its last page, from the top of the body.
    qreal endOnLastPage() const;
    // Paints pageCount pages (the body's, and any more a caller's extra needs), each with the frame's header,
    // its part of the body, extra's drawing and the frame's footer with "Page i / pageCount".
    void paint(QPainter &painter, int pageCount, const PagePainter &extra = {}) const;

private:
    QPagedPaintDevice &m_device;
    const ReportPageFrame &m_frame;
    // Drawing may finish a lazy layout: QTextDocument::drawContents is not const.
    mutable QTextDocument m_document;
    QRectF m_page;
    QSizeF m_bodySize;
};
