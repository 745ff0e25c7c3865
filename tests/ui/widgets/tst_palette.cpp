#include "widgets/Palette.h"

#include <QTest>

// The window's colours, each named once: the values are the ones the pages wrote as literals before, so
// that naming them changed no pixel and no style sheet.
class TestPalette : public QObject
{
    Q_OBJECT

private slots:
    void colours_data();
    void colours();
    void styles_data();
    void styles();
};

void TestPalette::colours_data()
{
    QTest::addColumn<QColor>("colour");
    QTest::addColumn<QString>("name");
    QTest::newRow("errorText") << Palette::errorText() << QStringLiteral("#b00020");
    QTest::newRow("warningText") << Palette::warningText() << QStringLiteral("#a33c00");
    QTest::newRow("blockedText") << Palette::blockedText() << QStringLiteral("#8a4b00");
    QTest::newRow("laureateText") << Palette::laureateText() << QStringLiteral("#006b3c");
    QTest::newRow("outOfRankingText") << Palette::outOfRankingText() << QStringLiteral("#707070");
    QTest::newRow("secondaryText") << Palette::secondaryText() << QStringLiteral("#555555");
    QTest::newRow("recusedText") << Palette::recusedText() << QStringLiteral("#4d4d4d");
    QTest::newRow("recusedBackground") << Palette::recusedBackground() << QStringLiteral("#d9d9d9");
    QTest::newRow("missingBackground") << Palette::missingBackground() << QStringLiteral("#fbf3b5");
    QTest::newRow("differenceBackground") << Palette::differenceBackground() << QStringLiteral("#fde8c4");
    QTest::newRow("swatchBorder") << Palette::swatchBorder() << QStringLiteral("#a0a0a0");
    QTest::newRow("swatchText") << Palette::swatchText() << QStringLiteral("#202020");
    QTest::newRow("iconOutline") << Palette::iconOutline() << QStringLiteral("#333333");
    QTest::newRow("lockBody") << Palette::lockBody() << QStringLiteral("#b07d10");
    QTest::newRow("lockKeyhole") << Palette::lockKeyhole() << QStringLiteral("#402c00");
    QTest::newRow("openMark") << Palette::openMark() << QStringLiteral("#1e8e3e");
    QTest::newRow("infoBannerBackground") << Palette::infoBannerBackground() << QStringLiteral("#e8f0fe");
    QTest::newRow("infoBannerText") << Palette::infoBannerText() << QStringLiteral("#1a3d7c");
    QTest::newRow("infoBannerBorder") << Palette::infoBannerBorder() << QStringLiteral("#9bb7e8");
    QTest::newRow("noticeBannerBackground") << Palette::noticeBannerBackground() << QStringLiteral("#fff4ce");
    QTest::newRow("noticeBannerText") << Palette::noticeBannerText() << QStringLiteral("#5c4400");
    QTest::newRow("noticeBannerBorder") << Palette::noticeBannerBorder() << QStringLiteral("#e0c060");
}

void TestPalette::colours()
{
    QFETCH(QColor, colour);
    QFETCH(QString, name);
    QCOMPARE(colour.name(), name);
    QCOMPARE(colour.alpha(), 255);
}

void TestPalette::styles_data()
{
    QTest::addColumn<QString>("style");
    QTest::addColumn<QString>("expected");
    QTest::newRow("error") << Palette::textStyle(Palette::errorText()) << QStringLiteral("color: #b00020;");
    QTest::newRow("bold error") << Palette::boldTextStyle(Palette::errorText())
                                << QStringLiteral("color: #b00020; font-weight: bold;");
    QTest::newRow("demo banner")
        << Palette::bannerStyle(Palette::infoBannerBackground(), Palette::infoBannerText(), Palette::infoBannerBorder())
        << QStringLiteral("background: #e8f0fe; color: #1a3d7c; border: 1px solid #9bb7e8; padding: 6px;");
    QTest::newRow("closed banner")
        << Palette::bannerStyle(Palette::noticeBannerBackground(), Palette::noticeBannerText(),
                                Palette::noticeBannerBorder())
        << QStringLiteral("background: #fff4ce; color: #5c4400; border: 1px solid #e0c060; padding: 6px;");
}

void TestPalette::styles()
{
    QFETCH(QString, style);
    QFETCH(QString, expected);
    QCOMPARE(style, expected);
}

QTEST_GUILESS_MAIN(TestPalette)
#include "tst_palette.moc"
