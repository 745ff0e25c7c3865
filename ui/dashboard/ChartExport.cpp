#include "dashboard/ChartExport.h"

#include "reports/OutputFile.h"

#include <QBuffer>
#include <QFileInfo>
#include <QGraphicsView>
#include <QImage>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QWidget>

#include <algorithm>

namespace {

QString shownName(const QString &path)
{
    return QFileInfo(path).fileName();
}

} // namespace

Outcome ChartExport::savePng(QWidget &widget, const QString &path)
{
    QImage image(widget.size() * pngScale, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(pngScale);
    image.fill(Qt::white);
    widget.render(&image);

    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    if (!image.save(&buffer, "PNG"))
        return Outcome::failure(tr("Cannot write %1 as an image.").arg(shownName(path)));
    buffer.close();
    return OutputFile::write(path, bytes);
}

Outcome ChartExport::savePdf(QWidget &widget, const QString &path, const QString &title)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setTitle(title);
        writer.setCreator(QStringLiteral("fast-committee"));
        // The widget's own resolution keeps its fonts in proportion with its geometry on the page.
        writer.setResolution(widget.logicalDpiX());
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Landscape, QMarginsF(15, 15, 15, 15),
                                         QPageLayout::Millimeter));
        QPainter painter;
        if (!painter.begin(&writer))
            return Outcome::failure(tr("Cannot write %1 as a PDF document.").arg(shownName(path)));
        // Scale the widget to the page, keeping its proportions. A chart view renders its scene, which
        // stays vector graphics; another widget replays its painting.
        const QRect page = painter.viewport();
        const QSize size = widget.size();
        const qreal scale = std::min(qreal(page.width()) / std::max(1, size.width()),
                                     qreal(page.height()) / std::max(1, size.height()));
        const QRectF target(0, 0, size.width() * scale, size.height() * scale);
        if (auto *view = qobject_cast<QGraphicsView *>(&widget)) {
            view->render(&painter, target, view->viewport()->rect());
        } else {
            painter.scale(scale, scale);
            widget.render(&painter, QPoint(), QRegion(), QWidget::DrawChildren);
        }
        painter.end();
    }
    buffer.close();
    return OutputFile::write(path, bytes);
}
