#include "widgets/WrappingHeaderView.h"

#include <QApplication>
#include <QImage>
#include <QStandardItemModel>
#include <QTableView>
#include <QtTest>

// The scoring grid's header: member names wrap at spaces onto two lines, and they are drawn (the style's
// header restored an empty clip region that hid every title drawn after it, and the names were blank).
class TestWrappingHeaderView : public QObject
{
    Q_OBJECT

private slots:
    void titlesAreDrawnOnTwoLines();
};

namespace {

// The dark pixels in a band of the image: the ink of a title (the header's background is light).
int inkIn(const QImage &image, const QRect &band)
{
    int ink = 0;
    for (int y = band.top(); y <= band.bottom(); ++y) {
        for (int x = band.left(); x <= band.right(); ++x) {
            if (qGray(image.pixel(x, y)) < 96)
                ++ink;
        }
    }
    return ink;
}

} // namespace

void TestWrappingHeaderView::titlesAreDrawnOnTwoLines()
{
    QStandardItemModel model(2, 2);
    model.setHorizontalHeaderLabels({QStringLiteral("Sophie Laurent (fictive)"), QString()});
    QTableView view;
    auto *header = new WrappingHeaderView(&view);
    view.setHorizontalHeader(header);
    view.setModel(&model);
    view.horizontalHeader()->resizeSection(
        0, QFontMetrics(header->font()).horizontalAdvance(QStringLiteral("Sophie Laurent (")) + 20);
    view.resize(600, 200);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QTRY_VERIFY(header->height() >= 2 * QFontMetrics(header->font()).lineSpacing());

    const QImage image = header->grab().toImage();
    const int lineHeight = header->height() / 2;
    const QRect first(2, 0, header->sectionSize(0) - 4, lineHeight);
    const QRect second(2, lineHeight, header->sectionSize(0) - 4, header->height() - lineHeight - 1);
    // Ink on both lines of the first title, none in the empty second one.
    QVERIFY2(inkIn(image, first) > 20, "first line not drawn");
    QVERIFY2(inkIn(image, second) > 20, "second line not drawn");
    QCOMPARE(inkIn(image, QRect(header->sectionPosition(1) + 3, 3, header->sectionSize(1) - 6, header->height() - 6)),
             0);
}

QTEST_MAIN(TestWrappingHeaderView)
#include "tst_wrappingheaderview.moc"
