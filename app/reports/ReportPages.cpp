#include "ReportPages.h"

#include "ReportPageFrame.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QGuiApplication>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextTable>

namespace {

// 300 dpi keeps the layout arithmetic in whole device pixels that are still finer than any printer needs.
constexpr int pdfResolution = 300;

// The page a block's first line is printed on, once the document is paginated.
int pageOf(const QTextDocument &document, const QTextBlock &block, qreal pageHeight)
{
    qreal top = document.documentLayout()->blockBoundingRect(block).top();
    if (block.layout() && block.layout()->lineCount() > 0)
        top += block.layout()->lineAt(0).y();
    return int(top / pageHeight);
}

// What a heading introduces and must share a page with: the first body row of the table after it (an
// introducing sentence and the repeated header row are not enough), or the paragraph after it.
QTextBlock introducedBlock(const QTextBlock &heading)
{
    QTextBlock target;
    for (QTextBlock block = heading.next(); block.isValid(); block = block.next()) {
        if (QTextTable *table = QTextCursor(block).currentTable()) {
            // A table without a header row is a few lines (a synthesis): it stays whole with its heading.
            if (table->format().headerRowCount() == 0)
                return table->lastCursorPosition().block();
            if (table->cellAt(block.position()).row() >= table->format().headerRowCount())
                return block;
            continue;
        }
        target = block;
        const QTextBlock after = block.next();
        if (!after.isValid() || !QTextCursor(after).currentTable())
            break;
    }
    return target;
}

// A heading left alone at the foot of a page (its table on the next one) is moved to the next page, one
// heading at a time since each move shifts what follows.
void keepHeadingsWithTheirContent(QTextDocument &document, qreal pageHeight)
{
    for (int pass = 0; pass < 8; ++pass) {
        bool moved = false;
        for (QTextBlock block = document.begin(); block.isValid() && !moved; block = block.next()) {
            if (block.blockFormat().headingLevel() == 0 ||
                block.blockFormat().pageBreakPolicy() == QTextFormat::PageBreak_AlwaysBefore)
                continue;
            const QTextBlock content = introducedBlock(block);
            if (!content.isValid() || pageOf(document, block, pageHeight) == pageOf(document, content, pageHeight))
                continue;
            QTextBlockFormat format = block.blockFormat();
            format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
            QTextCursor(block).setBlockFormat(format);
            moved = true;
        }
        if (!moved)
            return;
    }
}

bool hasGui()
{
    return qobject_cast<QGuiApplication *>(QCoreApplication::instance()) != nullptr;
}

} // namespace

QFont ReportPages::bodyFont(double pointSize)
{
    QFont font;
    font.setFamilies({QStringLiteral("DejaVu Sans"), QStringLiteral("Liberation Sans"), QStringLiteral("Arial")});
    font.setStyleHint(QFont::SansSerif);
    // Without shaping Latin text gets no "fi" ligature, so that the PDF's text is searched and copied
    // as written ("cofinancement", not "co\uFB01nancement").
    font.setStyleStrategy(QFont::PreferNoShaping);
    font.setPointSizeF(pointSize);
    return font;
}

Outcome ReportPages::begin(QPainter &painter, QPagedPaintDevice &device)
{
    if (!hasGui())
        return Outcome::failure(tr("The PDF cannot be laid out without the graphical libraries (no QGuiApplication)."));
    if (!painter.begin(&device))
        return Outcome::failure(tr("The document could not be started (the PDF or the printer refused to open)."));
    return Outcome::success();
}

Result<QByteArray> ReportPages::renderPdf(const QPageLayout &layout, const QString &title, const DocumentPainter &paint)
{
    if (!hasGui())
        return Result<QByteArray>::failure(
            tr("The PDF cannot be laid out without the graphical libraries (no QGuiApplication)."));
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setResolution(pdfResolution);
        writer.setPageLayout(layout);
        writer.setTitle(title);
        writer.setCreator(QStringLiteral("Comité FAST"));
        if (const Outcome painted = paint(writer); !painted)
            return Result<QByteArray>::failure(painted.error());
    }
    buffer.close();
    return Result<QByteArray>::success(bytes);
}

Outcome ReportPages::paintDocument(QPagedPaintDevice &device, double bodyPointSize, const QString &authority,
                                   const QString &footerText, const QString &html)
{
    QPainter painter;
    if (const Outcome started = begin(painter, device); !started)
        return started;
    const QFont font = bodyFont(bodyPointSize);
    const ReportPageFrame frame(authority, footerText, font, device);
    const ReportPages pages(device, font, frame, html);
    pages.paint(painter, pages.pageCount());
    painter.end();
    return Outcome::success();
}

ReportPages::ReportPages(QPagedPaintDevice &device, const QFont &font, const ReportPageFrame &frame,
                         const QString &html)
    : m_device(device), m_frame(frame), m_page(device.pageLayout().paintRectPixels(device.logicalDpiX())),
      m_bodySize(m_page.width(), m_page.height() - frame.headerHeight() - frame.footerHeight())
{
    // Laid out for the device's resolution, not the screen's, so that what is measured is what is printed.
    m_document.documentLayout()->setPaintDevice(&device);
    m_document.setDefaultFont(font);
    m_document.setDocumentMargin(0);
    // The page size before the text: setHtml() lays the document out, and a later setPageSize() would
    // lay it out a second time (16 % of an export's instructions, measured with callgrind).
    m_document.setPageSize(m_bodySize);
    m_document.setHtml(html);
    keepHeadingsWithTheirContent(m_document, m_bodySize.height());
    // A page break set on a laid-out heading moves the blocks after it without laying them out again: they
    // kept their old place and were clipped away (in the text, not on paper). All of it is laid out anew.
    m_document.markContentsDirty(0, m_document.characterCount());
}

int ReportPages::pageCount() const
{
    return m_document.pageCount();
}

qreal ReportPages::endOnLastPage() const
{
    const qreal end = m_document.documentLayout()->blockBoundingRect(m_document.lastBlock()).bottom();
    return end - (pageCount() - 1) * m_bodySize.height();
}

void ReportPages::paint(QPainter &painter, int pageCount, const PagePainter &extra) const
{
    const qreal headerHeight = m_frame.headerHeight();
    const qreal width = m_page.width();
    for (int index = 0; index < pageCount; ++index) {
        if (index > 0)
            m_device.newPage();
        m_frame.paintHeader(painter, width);
        painter.save();
        painter.translate(0, headerHeight - index * m_bodySize.height());
        // The clip is half a pixel short of the page at both ends: the first line of the next page starts
        // exactly on the boundary, and would otherwise be written (invisible but in the text) here too.
        m_document.drawContents(
            &painter, QRectF(0, index * m_bodySize.height() + 0.5, m_bodySize.width(), m_bodySize.height() - 1));
        painter.restore();
        if (extra)
            extra(painter, index, QRectF(0, headerHeight, width, m_bodySize.height()));
        m_frame.paintFooter(painter, headerHeight + m_bodySize.height(), width, index, pageCount);
    }
}
