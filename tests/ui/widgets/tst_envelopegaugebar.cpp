#include "widgets/ChartPalette.h"
#include "widgets/EnvelopeGaugeBar.h"

#include <QImage>
#include <QLabel>
#include <QtTest>

// The painted envelope bar: its legend gives the gauge's exact amounts, its segments add up to the
// bar's scale, and an overspend makes the bar longer than the envelope (drawn in vermillion right of
// the envelope's mark) instead of being capped at 100 %.
class TestEnvelopeGaugeBar : public QObject
{
    Q_OBJECT

private slots:
    void legendGivesExactFigures_data();
    void legendGivesExactFigures();
    void segmentsFillTheScale_data();
    void segmentsFillTheScale();
    void overspendIsDrawnBeyondTheEnvelope();
    void withinEnvelopeHasNoRed();
    void emptyGaugePaintsWithoutFigures();

private:
    static QString legend(const EnvelopeGaugeBar &bar, const char *name);
};

QString TestEnvelopeGaugeBar::legend(const EnvelopeGaugeBar &bar, const char *name)
{
    const auto *label = bar.findChild<QLabel *>(QLatin1String(name));
    return label ? label->text() : QStringLiteral("<missing %1>").arg(QLatin1String(name));
}

void TestEnvelopeGaugeBar::legendGivesExactFigures_data()
{
    QTest::addColumn<qint64>("envelopeCents");
    QTest::addColumn<qint64>("consumedCents");
    QTest::addColumn<qint64>("proposedCents");
    QTest::addColumn<QString>("consumed");
    QTest::addColumn<QString>("proposed");
    QTest::addColumn<QString>("remaining");
    QTest::addColumn<QString>("overspend");

    const QChar nbsp(0x00A0);
    auto euros = [nbsp](const char *text) {
        return QString::fromUtf8(text).replace(QLatin1Char('_'), nbsp);
    };
    QTest::newRow("within") << qint64(100000000) << qint64(25000050) << qint64(30000000)
                            << euros("Consumed: 250_000,50_€") << euros("Proposed: 300_000_€")
                            << euros("Remaining: 449_999,50_€") << QString();
    QTest::newRow("exactly full") << qint64(100000000) << qint64(60000000) << qint64(40000000)
                                  << euros("Consumed: 600_000_€") << euros("Proposed: 400_000_€")
                                  << euros("Remaining: 0_€") << QString();
    QTest::newRow("overspent") << qint64(100000000) << qint64(80000000) << qint64(31200000)
                               << euros("Consumed: 800_000_€") << euros("Proposed: 312_000_€")
                               << euros("Remaining: 0_€") << euros("Overspend: 112_000_€");
}

void TestEnvelopeGaugeBar::legendGivesExactFigures()
{
    QFETCH(qint64, envelopeCents);
    QFETCH(qint64, consumedCents);
    QFETCH(qint64, proposedCents);
    QFETCH(QString, consumed);
    QFETCH(QString, proposed);
    QFETCH(QString, remaining);
    QFETCH(QString, overspend);

    EnvelopeGaugeBar bar;
    bar.setGauge(EnvelopeGauge(Money::fromCents(envelopeCents), Money::fromCents(consumedCents),
                               Money::fromCents(proposedCents)));
    bar.show();
    QVERIFY(QTest::qWaitForWindowExposed(&bar));

    QCOMPARE(legend(bar, "gaugeConsumedLabel"), consumed);
    QCOMPARE(legend(bar, "gaugeProposedLabel"), proposed);
    QCOMPARE(legend(bar, "gaugeRemainingLabel"), remaining);
    QCOMPARE(legend(bar, "gaugeEnvelopeLabel"), QStringLiteral("Envelope: 1\u00A0000\u00A0000\u00A0€"));
    QCOMPARE(legend(bar, "gaugeOverspendLabel"), overspend);
    const auto *overspendLabel = bar.findChild<QLabel *>(QStringLiteral("gaugeOverspendLabel"));
    QCOMPARE(overspendLabel->isVisible(), !overspend.isEmpty());
    QVERIFY2(bar.toolTip().contains(consumed), qPrintable(bar.toolTip()));
    QVERIFY(bar.accessibleDescription().contains(remaining));
    QVERIFY(bar.accessibleName().contains(consumed));
    if (!overspend.isEmpty())
        QVERIFY(bar.accessibleDescription().contains(overspend));
}

void TestEnvelopeGaugeBar::segmentsFillTheScale_data()
{
    QTest::addColumn<qint64>("envelope");
    QTest::addColumn<qint64>("consumed");
    QTest::addColumn<qint64>("proposed");
    QTest::addColumn<qint64>("scale");
    QTest::addColumn<QList<qint64>>("drawn");

    QTest::newRow("within") << qint64(1000) << qint64(250) << qint64(300) << qint64(1000)
                            << QList<qint64>{250, 300, 450, 0};
    QTest::newRow("proposal overspends") << qint64(1000) << qint64(800) << qint64(320) << qint64(1120)
                                         << QList<qint64>{800, 200, 0, 120};
    // Decisions alone beyond the envelope: the proposal's part lies entirely in the overspend.
    QTest::newRow("decisions overspend") << qint64(1000) << qint64(1300) << qint64(100) << qint64(1400)
                                         << QList<qint64>{1000, 0, 0, 400};
}

void TestEnvelopeGaugeBar::segmentsFillTheScale()
{
    QFETCH(qint64, envelope);
    QFETCH(qint64, consumed);
    QFETCH(qint64, proposed);
    QFETCH(qint64, scale);
    QFETCH(QList<qint64>, drawn);

    EnvelopeGaugeBar bar;
    bar.setGauge(EnvelopeGauge(Money::fromEuros(envelope), Money::fromEuros(consumed), Money::fromEuros(proposed)));
    QCOMPARE(bar.scale(), Money::fromEuros(scale));
    QList<qint64> amounts;
    Money total;
    for (const EnvelopeGaugeBar::Segment &segment : bar.segments()) {
        amounts.append(segment.amount.cents() / 100);
        total += segment.amount;
    }
    QCOMPARE(amounts, drawn);
    QCOMPARE(total, bar.scale());
    QCOMPARE(bar.segments().last().colour, ChartPalette::vermillion());
    // The consumed segment writes the whole consumption, even when part of it lies beyond the envelope.
    QCOMPARE(bar.segments().first().shown, Money::fromEuros(consumed));
}

void TestEnvelopeGaugeBar::overspendIsDrawnBeyondTheEnvelope()
{
    // 1 000 000 € envelope, 1 500 000 € consumed: the bar is 150 % long, the last third vermillion.
    EnvelopeGaugeBar bar;
    bar.setGauge(EnvelopeGauge(Money::fromEuros(1000000), Money::fromEuros(1500000)));
    bar.resize(900, bar.sizeHint().height());
    bar.show();
    QVERIFY(QTest::qWaitForWindowExposed(&bar));
    const QImage image = bar.grab().toImage();
    // Sample the middle line of the bar, found as the row where the vermillion appears.
    int barRow = -1;
    for (int row = 0; row < image.height() && barRow < 0; ++row)
        if (image.pixelColor(image.width() - 20, row) == ChartPalette::vermillion())
            barRow = row;
    QVERIFY2(barRow >= 0, "no vermillion at the right end of the bar");
    barRow += 2; // above the amount written in the middle of each segment
    // Consumed within the envelope: blue at a quarter of the width; overspend: vermillion at 5/6.
    QCOMPARE(image.pixelColor(image.width() / 4, barRow), ChartPalette::blue());
    QCOMPARE(image.pixelColor(image.width() * 5 / 6 + 10, barRow), ChartPalette::vermillion());
    // The envelope's mark is at two thirds of the bar, not at its end.
    bool blueLeftOfTwoThirds = image.pixelColor(image.width() * 2 / 3 - 15, barRow) == ChartPalette::blue();
    bool redRightOfTwoThirds = image.pixelColor(image.width() * 2 / 3 + 15, barRow) == ChartPalette::vermillion();
    QVERIFY(blueLeftOfTwoThirds);
    QVERIFY(redRightOfTwoThirds);
    QCOMPARE(legend(bar, "gaugeOverspendLabel"), QStringLiteral("Overspend: 500\u00A0000\u00A0€"));
}

void TestEnvelopeGaugeBar::withinEnvelopeHasNoRed()
{
    EnvelopeGaugeBar bar;
    bar.setGauge(EnvelopeGauge(Money::fromEuros(1000000), Money::fromEuros(400000), Money::fromEuros(200000)));
    bar.resize(900, bar.sizeHint().height());
    const QImage image = bar.grab().toImage();
    for (int row = 0; row < image.height(); ++row)
        for (int column = 0; column < image.width(); ++column)
            QVERIFY2(image.pixelColor(column, row) != ChartPalette::vermillion(),
                     qPrintable(QStringLiteral("vermillion at %1,%2").arg(column).arg(row)));
}

void TestEnvelopeGaugeBar::emptyGaugePaintsWithoutFigures()
{
    EnvelopeGaugeBar bar;
    QCOMPARE(bar.scale(), Money());
    QVERIFY(!bar.grab().isNull());
    QCOMPARE(legend(bar, "gaugeEnvelopeLabel"), QStringLiteral("Envelope: 0\u00A0€"));
    QVERIFY(bar.sizeHint().height() >= bar.minimumSizeHint().height());
}

QTEST_MAIN(TestEnvelopeGaugeBar)
#include "tst_envelopegaugebar.moc"
