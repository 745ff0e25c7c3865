#include "reports/PaymentSchedulePdf.h"

#include "FollowUpPdfFixture.h"
#include "TestSupport.h"
#include "reports/LaureateList.h"

#include <QDir>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace FollowUpPdfFixture;

// The year's payment schedule in PDF, read back with pdftotext: on the fixture of two promotions (an
// amendment, a withdrawal after a payment, a late tranche, a laureate paid off the year before and one not
// signed), every figure, the CP table's rows and each laureate's line, subtotal and total to the cent, worked
// out by hand beside each assertion; the totals agree with the figures; 60 laureates over several pages with
// the header row and the authority repeated and every line once; names printed as written; the file written
// whole.
class TestPaymentSchedulePdf : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void titleAndFooter();
    void figures();
    void cpToOpen();
    void detailByLaureate();
    void sixtyLaureatesOnSeveralPages();
    void namesPrintLiterally();
    void emptyYear();
    void writeFileReplacesWhole();

private:
    static PaymentSchedulePdf::Document document(const QList<LaureateFollowUp> &laureates, int year = 2025);
    QString m_text;
};

namespace {

QString u8(const char *text)
{
    return QString::fromUtf8(text);
}

} // namespace

PaymentSchedulePdf::Document TestPaymentSchedulePdf::document(const QList<LaureateFollowUp> &laureates, int year)
{
    return PaymentSchedulePdf::build(laureates, year, LaureateList::defaultAuthority(), generatedAt());
}

void TestPaymentSchedulePdf::initTestCase()
{
    QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty(),
             "pdftotext is needed to read the PDF back: install poppler-utils (scripts/install-deps.sh does)");
    const Result<QByteArray> pdf = PaymentSchedulePdf::toPdf(document(laureates()));
    QVERIFY2(pdf.ok(), qPrintable(pdf.error()));
    QVERIFY(pdf.value().startsWith("%PDF-"));
    keep(pdf.value(), QStringLiteral("schedule-2025.pdf"));
    m_text = pdfText(pdf.value());
    QCOMPARE(pageCount(pdf.value()), 1);
}

void TestPaymentSchedulePdf::titleAndFooter()
{
    QCOMPARE(PaymentSchedulePdf::title(2025), u8("Fonds d'accélération des startups d'État et de territoires — "
                                                 "Échéancier des crédits de paiement — exercice 2025"));
    QCOMPARE(PaymentSchedulePdf::footerText(2025, generatedAt()),
             u8("Échéancier des CP — exercice 2025 — document généré le 24 novembre 2025 à 10:16"));
    const QStringList text = lines(m_text);
    QCOMPARE(text.value(0), LaureateList::defaultAuthority());
    QCOMPARE(text.value(1), u8("Fonds d'accélération des startups d'État et de territoires"));
    QCOMPARE(text.value(2), u8("Échéancier des crédits de paiement — exercice 2025"));
    QCOMPARE(text.value(3), u8("Toutes promotions, d'après les conventions et les paiements enregistrés le "
                               "24 novembre 2025."));
    QCOMPARE(text.constLast(),
             u8("Échéancier des CP — exercice 2025 — document généré le 24 novembre 2025 à 10:16 Page 1 / 1"));
}

void TestPaymentSchedulePdf::figures()
{
    const QStringList text = lines(m_text);
    const qsizetype start = text.indexOf(u8("Chiffres de l'exercice 2025"));
    QVERIFY2(start > 0, qPrintable(m_text));
    QCOMPARE(text.mid(start + 1, 7),
             QStringList({
                 // Aides-Jeunes 42 140 + Carbure 21 070; Dormant paid off in 2024.
                 u8("Reste à payer au 31/12/2024 63 210 €"),
                 // Envergo 300 000 + Beta 140 000 (amended) + Gamma 100 000.
                 u8("AE engagées en 2025 (3 conventions signées) 540 000 €"),
                 // Gamma's commitment less what it was paid: 100 000 − 78 930.
                 u8("AE annulées par des retraits en 2025 21 070 €"),
                 // Aides-Jeunes 42 140 + Envergo 236 790 + Beta 110 502 + Gamma 78 930.
                 u8("CP payés en 2025 468 362 €"),
                 // Envergo's second tranche, late since 01/10/2025; Beta's and Carbure's are in 2026.
                 u8("CP restant à payer sur l'échéancier de 2025 63 210 €"),
                 // 63 210 + 540 000 − 21 070 − 468 362.
                 u8("Reste à payer au 31/12/2025 113 778 €"),
                 u8("Reste à payer au 31/12/2025 = reste à payer au 31/12/2024 + AE engagées − AE annulées − CP "
                    "payés."),
             }));
    QCOMPARE(text.value(start + 8), u8("Échéancier des CP à ouvrir"));
}

void TestPaymentSchedulePdf::cpToOpen()
{
    const QStringList text = lines(m_text);
    const qsizetype start = text.indexOf(u8("Échéancier des CP à ouvrir"));
    QVERIFY2(start > 0, qPrintable(m_text));
    // AE, CP 2025, CP 2026, CP 2027, beyond, not scheduled, cancelled.
    // Earlier: Aides-Jeunes 42 140 paid in 2025, Carbure 21 070 planned in 2026.
    const qsizetype earlier =
        text.indexOf(u8("Engagements antérieurs à 2025 63 210 € 42 140 € 21 070 € 0 € 0 € 0 € 0 €"), start);
    // New: Envergo 236 790 + 63 210 in 2025, Beta 110 502 in 2025 and 29 498 in 2026, Gamma 78 930 in 2025
    // and 21 070 cancelled.
    const qsizetype fresh =
        text.indexOf(u8("Engagements de 2025 540 000 € 489 432 € 29 498 € 0 € 0 € 0 € 21 070 €"), start);
    const qsizetype total = text.indexOf(u8("Total 603 210 € 531 572 € 50 568 € 0 € 0 € 0 € 21 070 €"), start);
    QVERIFY2(earlier > start && fresh == earlier + 1 && total == fresh + 1, qPrintable(m_text));
    QCOMPARE(text.value(start + 1), u8("Engagements antérieurs : restant à payer au 31/12/2024. Sur chaque ligne, "
                                       "les AE sont la somme des colonnes qui suivent."));
    // The header row names the years (its two last titles on two lines).
    QCOMPARE(text.value(start + 2), u8("Engagements AE CP 2025 CP 2026 CP 2027 CP au-delà de Non encore Annulé"));
    QCOMPARE(text.value(start + 3), u8("2027 échéancé"));
    QCOMPARE(earlier, start + 4);
}

void TestPaymentSchedulePdf::detailByLaureate()
{
    const QStringList text = lines(m_text);
    const qsizetype start = text.indexOf(u8("Détail par lauréat"));
    QVERIFY2(start > 0, qPrintable(m_text));
    QCOMPARE(text.value(start + 1), u8("Montants au 31/12/2025 : engagé − payé au total = reste à payer. Statut, "
                                       "retards et prochaine échéance au 24 novembre 2025."));
    QCOMPARE(text.value(start + 2),
             u8("Promotion Lauréat Statut Engagé Payé en 2025 Payé au total Reste à payer Prochaine échéance"));
    QCOMPARE(
        text.mid(start + 3, 8),
        QStringList({
            u8("FAST12 Aides-Jeunes Soldé 200 000 € 42 140 € 200 000 € 0 € —"),
            u8("FAST12 Carbure En paiement 100 000 € 0 € 78 930 € 21 070 € 21 070 € le 01/02/2026"),
            u8("Sous-total FAST12 (2 lauréats) 300 000 € 42 140 € 278 930 € 21 070 €"),
            u8("FAST13 Beta En paiement 140 000 € 110 502 € 110 502 € 29 498 € 29 498 € le 01/02/2026"),
            // Its second tranche is late: said in words.
            u8("FAST13 Envergo En paiement, en retard 300 000 € 236 790 € 236 790 € 63 210 € 63 210 € le 01/10/2025"),
            // Withdrawn after a payment: it keeps what it was paid, nothing left to pay.
            u8("FAST13 Gamma Retiré le 30/09/2025 78 930 € 78 930 € 78 930 € 0 € —"),
            u8("Sous-total FAST13 (3 lauréats) 518 930 € 426 222 € 426 222 € 92 708 €"),
            // Paid in 2025 and left to pay are the figures' CP paid and reste à payer at 31/12/2025.
            u8("Total (5 lauréats) 818 930 € 468 362 € 705 152 € 113 778 €"),
        }));
    QVERIFY(!m_text.contains(QStringLiteral("Dormant")));
    QVERIFY(!m_text.contains(QStringLiteral("Zeta")));
}

void TestPaymentSchedulePdf::sixtyLaureatesOnSeveralPages()
{
    // Sixty laureates of 100 000 € over three promotions, signed in 2025, each paid its first tranche.
    QList<LaureateFollowUp> many;
    for (int i = 1; i <= 60; ++i) {
        const int promotion = 13 + (i - 1) / 20;
        many.append(Builder(i, promotion, 2025, QStringLiteral("Projet %1").arg(i, 2, 10, QLatin1Char('0')), 100000)
                        .sign(QDate(2025, 3, 1))
                        .pay(1, QDate(2025, 3, 10))
                        .followUp);
    }
    PaymentSchedulePdf::Document wanted = document(many);
    wanted.authority = u8("Préfecture de la région Bretagne");
    const Result<QByteArray> pdf = PaymentSchedulePdf::toPdf(wanted);
    QVERIFY2(pdf.ok(), qPrintable(pdf.error()));
    keep(pdf.value(), QStringLiteral("schedule-60.pdf"));
    const int pages = pageCount(pdf.value());
    QCOMPARE(pages, 3);
    const QString header =
        u8("Promotion Lauréat Statut Engagé Payé en 2025 Payé au total Reste à payer Prochaine échéance");
    const QRegularExpression row(QStringLiteral("^FAST(\\d+) Projet (\\d\\d) En paiement, en retard 100 000 € 78 930 € "
                                                "78 930 € 21 070 € 21 070 € le 01/06/2025$"));
    int expected = 1;
    for (int page = 1; page <= pages; ++page) {
        const QStringList text = lines(pdfText(pdf.value(), page));
        QCOMPARE(text.value(0), wanted.authority);
        QCOMPARE(text.constLast(), u8("Échéancier des CP — exercice 2025 — document généré le 24 novembre "
                                      "2025 à 10:16 Page %1 / %2")
                                       .arg(page)
                                       .arg(pages));
        int rows = 0;
        for (const QString &line : text) {
            const QRegularExpressionMatch match = row.match(line);
            if (!match.hasMatch())
                continue;
            // Every line once, in order, none lost or repeated at a page break.
            QCOMPARE(match.captured(2).toInt(), expected);
            QCOMPARE(match.captured(1).toInt(), 13 + (expected - 1) / 20);
            ++expected;
            ++rows;
        }
        // The header row heads every page the table runs onto.
        QVERIFY2(rows > 0, qPrintable(text.join(QLatin1Char('\n'))));
        QCOMPARE(text.count(header), 1);
    }
    QCOMPARE(expected, 61);
    const QStringList all = lines(pdfText(pdf.value()));
    for (int promotion = 13; promotion <= 15; ++promotion)
        QCOMPARE(
            all.count(
                u8("Sous-total FAST%1 (20 lauréats) 2 000 000 € 1 578 600 € 1 578 600 € 421 400 €").arg(promotion)),
            1);
    QCOMPARE(all.count(u8("Total (60 lauréats) 6 000 000 € 4 735 800 € 4 735 800 € 1 264 200 €")), 1);
    QVERIFY(all.contains(u8("AE engagées en 2025 (60 conventions signées) 6 000 000 €")));
}

void TestPaymentSchedulePdf::namesPrintLiterally()
{
    QList<LaureateFollowUp> laureates{envergo()};
    laureates[0].name = QStringLiteral("<b>R&D</b> &amp; Cie");
    const Result<QByteArray> pdf = PaymentSchedulePdf::toPdf(document(laureates));
    QVERIFY2(pdf.ok(), qPrintable(pdf.error()));
    QVERIFY2(
        lines(pdfText(pdf.value()))
            .contains(
                u8("FAST13 <b>R&D</b> &amp; Cie En paiement, en retard 300 000 € 236 790 € 236 790 € 63 210 € 63 210 € "
                   "le 01/10/2025")),
        qPrintable(pdfText(pdf.value())));
    QVERIFY(PaymentSchedulePdf::html(document(laureates)).contains(QStringLiteral("&lt;b&gt;R&amp;D&lt;/b&gt;")));
}

void TestPaymentSchedulePdf::emptyYear()
{
    // 2023: nothing signed yet.
    const Result<QByteArray> pdf = PaymentSchedulePdf::toPdf(document(laureates(), 2023));
    QVERIFY2(pdf.ok(), qPrintable(pdf.error()));
    const QStringList text = lines(pdfText(pdf.value()));
    QVERIFY2(text.contains(u8("AE engagées en 2023 (aucune convention signée) 0 €")),
             qPrintable(text.join(QLatin1Char('\n'))));
    QVERIFY(text.contains(u8("Reste à payer au 31/12/2023 0 €")));
    QVERIFY(text.contains(u8("Total 0 € 0 € 0 € 0 € 0 € 0 € 0 €")));
    QVERIFY(text.contains(u8("Aucune convention signée n'a d'engagement ni de reste à payer sur l'exercice 2023.")));
    QVERIFY(!text.join(QLatin1Char('\n')).contains(QStringLiteral("Sous-total")));
}

void TestPaymentSchedulePdf::writeFileReplacesWhole()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = TestSupport::writeFile(dir, u8("échéancier 2025.pdf"), QByteArray(100000, 'x'));
    const Outcome written = PaymentSchedulePdf::writeFile(path, document(laureates()));
    QVERIFY2(written.ok(), qPrintable(written.error()));
    const QByteArray bytes = TestSupport::readFile(path);
    QVERIFY(bytes.startsWith("%PDF-"));
    QVERIFY(!bytes.contains(QByteArray(100, 'x')));
    QVERIFY(lines(pdfText(bytes)).contains(u8("Total (5 lauréats) 818 930 € 468 362 € 705 152 € 113 778 €")));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{u8("échéancier 2025.pdf")});

    const QString missing = dir.filePath(QStringLiteral("no/such/folder/schedule.pdf"));
    const Outcome refused = PaymentSchedulePdf::writeFile(missing, document(laureates()));
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error().startsWith(QStringLiteral("Cannot write %1: ").arg(missing)), qPrintable(refused.error()));
    QVERIFY(!QFile::exists(missing));
}

QTEST_MAIN(TestPaymentSchedulePdf)
#include "tst_paymentschedulepdf.moc"
