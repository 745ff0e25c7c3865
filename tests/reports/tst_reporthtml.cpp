#include "reports/ReportHtml.h"

#include <QTest>

// The rich text the official PDFs are written with: a stored text escaped and shown as NameText::visible shows
// it (never obeyed as markup or as a bidirectional override), an empty one as a dash, a free text's lines kept;
// the cells' alignment and the amounts that never wrap.
class TestReportHtml : public QObject
{
    Q_OBJECT

private slots:
    void text_data();
    void text();
    void freeText_data();
    void freeText();
    void cells();
};

void TestReportHtml::text_data()
{
    QTest::addColumn<QString>("stored");
    QTest::addColumn<QString>("html");
    QTest::newRow("plain") << QStringLiteral("Envergo") << QStringLiteral("Envergo");
    QTest::newRow("markup") << QStringLiteral("<b>R&D</b>") << QStringLiteral("&lt;b&gt;R&amp;D&lt;/b&gt;");
    QTest::newRow("entity") << QStringLiteral("&amp;") << QStringLiteral("&amp;amp;");
    QTest::newRow("quotes") << QStringLiteral("\"Q\" 'S'") << QStringLiteral("&quot;Q&quot; 'S'");
    QTest::newRow("override shown") << QString::fromUtf8("a\u202Eb") << QStringLiteral("a&lt;U+202E&gt;b");
    QTest::newRow("empty") << QString() << QString::fromUtf8("—");
    QTest::newRow("blank") << QStringLiteral("   ") << QString::fromUtf8("—");
}

void TestReportHtml::text()
{
    QFETCH(QString, stored);
    QFETCH(QString, html);
    QCOMPARE(ReportHtml::text(stored), html);
}

void TestReportHtml::freeText_data()
{
    QTest::addColumn<QString>("stored");
    QTest::addColumn<QString>("html");
    QTest::newRow("lines") << QStringLiteral("un <i>\ndeux & trois")
                           << QStringLiteral("un &lt;i&gt;<br>deux &amp; trois");
    QTest::newRow("tab") << QStringLiteral("a\tb") << QStringLiteral("a b");
    QTest::newRow("control shown") << QStringLiteral("a\x01z") << QStringLiteral("a&lt;U+0001&gt;z");
    QTest::newRow("empty") << QString() << QString::fromUtf8("—");
}

void TestReportHtml::freeText()
{
    QFETCH(QString, stored);
    QFETCH(QString, html);
    QCOMPARE(ReportHtml::freeText(stored), html);
}

void TestReportHtml::cells()
{
    QCOMPARE(ReportHtml::cell(QStringLiteral("x")),
             QStringLiteral("<td style=\"border-bottom: 1px solid #b8bec6;\">x</td>"));
    QCOMPARE(ReportHtml::cell(QStringLiteral("01/10/2025"), ReportHtml::Align::Centre),
             QStringLiteral("<td align=\"center\" style=\"border-bottom: 1px solid #b8bec6;\">01/10/2025</td>"));
    QVERIFY(ReportHtml::amountCell(QStringLiteral("1")).contains(QStringLiteral("white-space: nowrap;")));
    QVERIFY(ReportHtml::amountCell(QStringLiteral("1")).contains(QStringLiteral("align=\"right\"")));
    QCOMPARE(ReportHtml::headerCell(QStringLiteral("AE"), QStringLiteral("11%"), ReportHtml::Align::Right),
             QStringLiteral("<th width=\"11%\" align=\"right\" bgcolor=\"#e3e7ee\">AE</th>"));
    QCOMPARE(ReportHtml::totalCell(QStringLiteral("Total"), 3),
             QStringLiteral("<td colspan=\"3\" bgcolor=\"#f3f5f8\"><b>Total</b></td>"));
    QCOMPARE(ReportHtml::totalCell(QString()), QStringLiteral("<td bgcolor=\"#f3f5f8\"></td>"));
    QCOMPARE(ReportHtml::heading(QStringLiteral("Convention"), 10),
             QStringLiteral("<h3 style=\"margin-top: 10px;\">Convention</h3>"));
}

QTEST_GUILESS_MAIN(TestReportHtml)
#include "tst_reporthtml.moc"
