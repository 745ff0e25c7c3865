#include "reports/FollowUpSheetPdf.h"

#include "FollowUpPdfFixture.h"
#include "TestSupport.h"
#include "reports/LaureateList.h"

#include <QDir>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace FollowUpPdfFixture;

// One laureate's follow-up sheet in PDF, read back with pdftotext, line by line: Envergo (a tranche and the
// mid-term review late on the day of the sheet), Beta (an amendment and its reason), Gamma (withdrawn after a
// payment: what went back to the envelope and the AE cancelled) and Zeta (not signed: nothing planned); the
// carrier and incubator from the candidate, texts printed as written, the file written whole.
class TestFollowUpSheetPdf : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void titleFooterAndFileName();
    void lateTrancheAndMilestone();
    void amendment();
    void withdrawalAfterAPayment();
    void notSigned();
    void textsPrintLiterally();
    void writeFileReplacesWhole();

private:
    static FollowUpSheetPdf::Document document(const LaureateFollowUp &laureate);
    // The sheet's lines, checked to be one page; its PDF kept as name when FAST_KEEP_PDF is set.
    static QStringList sheet(const FollowUpSheetPdf::Document &document, const QString &name);
};

namespace {

QString u8(const char *text)
{
    return QString::fromUtf8(text);
}

// The lines from the one starting with first, count of them.
QStringList section(const QStringList &lines, const QString &first, int count)
{
    const qsizetype start = lines.indexOf(first);
    return start < 0 ? QStringList{QStringLiteral("no line ") + first} : lines.mid(start, count);
}

} // namespace

FollowUpSheetPdf::Document TestFollowUpSheetPdf::document(const LaureateFollowUp &laureate)
{
    return FollowUpSheetPdf::Document{
        laureate, candidateOf(laureate, u8("Ministère de la Transition écologique (DGALN)"), u8("Fabrique numérique")),
        LaureateList::defaultAuthority(), generatedAt()};
}

QStringList TestFollowUpSheetPdf::sheet(const FollowUpSheetPdf::Document &document, const QString &name)
{
    const Result<QByteArray> pdf = FollowUpSheetPdf::toPdf(document);
    if (!pdf)
        return {pdf.error()};
    keep(pdf.value(), name);
    if (pageCount(pdf.value()) != 1)
        return {QStringLiteral("not one page:"), pdfText(pdf.value())};
    return lines(pdfText(pdf.value()));
}

void TestFollowUpSheetPdf::initTestCase()
{
    QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty(),
             "pdftotext is needed to read the PDF back: install poppler-utils (scripts/install-deps.sh does)");
}

void TestFollowUpSheetPdf::titleFooterAndFileName()
{
    QCOMPARE(FollowUpSheetPdf::title(envergo()),
             u8("Fonds d'accélération des startups d'État et de territoires — FAST13 / Envergo — Fiche de suivi"));
    QCOMPARE(FollowUpSheetPdf::footerText(envergo(), generatedAt()),
             u8("FAST13 / Envergo — Fiche de suivi — document généré le 24 novembre 2025 à 10:16"));
    QCOMPARE(FollowUpSheetPdf::fileName(envergo()), QStringLiteral("FAST13-suivi-Envergo.pdf"));
    LaureateFollowUp odd = envergo();
    odd.name = u8("R&D / Réfugiés: \"info\"?");
    QCOMPARE(FollowUpSheetPdf::fileName(odd), u8("FAST13-suivi-R&D-Réfugiés-info-.pdf"));

    const QStringList text = sheet(document(envergo()), QStringLiteral("sheet-envergo.pdf"));
    QCOMPARE(text.mid(0, 3), QStringList({LaureateList::defaultAuthority(),
                                          u8("Fonds d'accélération des startups d'État et de territoires"),
                                          u8("Fiche de suivi du lauréat")}));
    QCOMPARE(text.constLast(),
             u8("FAST13 / Envergo — Fiche de suivi — document généré le 24 novembre 2025 à 10:16 Page 1 / 1"));
}

void TestFollowUpSheetPdf::lateTrancheAndMilestone()
{
    const QStringList text = sheet(document(envergo()), QStringLiteral("sheet-envergo.pdf"));
    QCOMPARE(section(text, QStringLiteral("Promotion FAST13 (exercice 2025)"), 7),
             QStringList({
                 QStringLiteral("Promotion FAST13 (exercice 2025)"),
                 QStringLiteral("Lauréat Envergo"),
                 u8("Administration porteuse Ministère de la Transition écologique (DGALN)"),
                 u8("Incubateur Fabrique numérique"),
                 QStringLiteral("Type Produit"),
                 u8("Montant accordé 300 000 €"),
                 QStringLiteral("Statut En paiement"),
             }));
    QCOMPARE(section(text, QStringLiteral("Convention"), 6), QStringList({
                                                                 QStringLiteral("Convention"),
                                                                 u8("Référence CONV-13-01"),
                                                                 u8("Signée le 01/07/2025"),
                                                                 u8("Engagement (AE) 300 000 €"),
                                                                 QStringLiteral("Avenant aucun"),
                                                                 QStringLiteral("Retrait aucun"),
                                                             }));
    // 300 000 € by the opening key of 2025: 236 790 € at signature, 63 210 € three months later.
    QCOMPARE(section(text, QStringLiteral("Tranches de paiement"), 8),
             QStringList({
                 QStringLiteral("Tranches de paiement"),
                 u8("N° Prévue le Montant Payée le Montant payé Référence"),
                 u8("1 01/07/2025 236 790 € 05/07/2025 236 790 € VIR-1"),
                 u8("2 01/10/2025 63 210 € en retard — —"),
                 u8("Total 300 000 € 236 790 €"),
                 u8("Engagé 300 000 €"),
                 u8("Payé 236 790 €"),
                 u8("Reste à payer 63 210 €"),
             }));
    QCOMPARE(section(text, QStringLiteral("Accompagnement"), 5),
             QStringList({
                 QStringLiteral("Accompagnement"),
                 u8("Jalon Prévu le Fait le Note"),
                 u8("Lancement 01/07/2025 02/07/2025 Équipe au complet"),
                 u8("Revue à mi-parcours 01/10/2025 en retard —"),
                 u8("Fin à six mois 01/01/2026 — —"),
             }));
    QCOMPARE(section(text, QStringLiteral("Retards au 24 novembre 2025"), 4),
             QStringList({
                 QStringLiteral("Retards au 24 novembre 2025"),
                 u8("2 éléments en retard au 24 novembre 2025 :"),
                 u8("Tranche 2 de 63 210 € prévue le 01/10/2025, non payée."),
                 u8("Revue à mi-parcours prévue le 01/10/2025, non faite."),
             }));
}

void TestFollowUpSheetPdf::amendment()
{
    const QStringList text = sheet(document(beta()), QStringLiteral("sheet-beta.pdf"));
    QVERIFY2(text.contains(QStringLiteral("Statut En paiement")), qPrintable(text.join(QLatin1Char('\n'))));
    QCOMPARE(section(text, QStringLiteral("Convention"), 6),
             QStringList({
                 QStringLiteral("Convention"),
                 u8("Référence CONV-13-02"),
                 u8("Signée le 01/08/2025"),
                 u8("Engagement (AE) 140 000 €"),
                 u8("Avenant 140 000 € engagés au lieu des 150 000 € accordés — motif : budget revu"),
                 QStringLiteral("Retrait aucun"),
             }));
    // 140 000 € by the key: 110 502 € + 29 498 €, the second moved to 2026 and not late.
    QCOMPARE(section(text, QStringLiteral("Tranches de paiement"), 8),
             QStringList({
                 QStringLiteral("Tranches de paiement"),
                 u8("N° Prévue le Montant Payée le Montant payé Référence"),
                 u8("1 01/08/2025 110 502 € 10/08/2025 110 502 € VIR-2"),
                 u8("2 01/02/2026 29 498 € — — —"),
                 u8("Total 140 000 € 110 502 €"),
                 u8("Engagé 140 000 €"),
                 u8("Payé 110 502 €"),
                 u8("Reste à payer 29 498 €"),
             }));
    // Its milestones planned from the signature: the kick-off and the mid-term review, not done, are late.
    QCOMPARE(section(text, QStringLiteral("Retards au 24 novembre 2025"), 4),
             QStringList({
                 QStringLiteral("Retards au 24 novembre 2025"),
                 u8("2 éléments en retard au 24 novembre 2025 :"),
                 u8("Lancement prévu le 01/08/2025, non fait."),
                 u8("Revue à mi-parcours prévue le 01/11/2025, non faite."),
             }));
}

void TestFollowUpSheetPdf::withdrawalAfterAPayment()
{
    const QStringList text = sheet(document(gamma()), QStringLiteral("sheet-gamma.pdf"));
    QVERIFY2(text.contains(QStringLiteral("Statut Retiré le 30/09/2025")), qPrintable(text.join(QLatin1Char('\n'))));
    QCOMPARE(section(text, QStringLiteral("Convention"), 8),
             QStringList({
                 QStringLiteral("Convention"),
                 u8("Référence CONV-13-03"),
                 u8("Signée le 15/07/2025"),
                 u8("Engagement (AE) 100 000 €"),
                 QStringLiteral("Avenant aucun"),
                 u8("Retrait le 30/09/2025 — motif : abandon du projet"),
                 // What the laureate keeps is what it was paid; the rest goes back to the promotion's envelope.
                 u8("Rendu à l'enveloppe 21 070 € (accordé 100 000 € − payé 78 930 €)"),
                 u8("AE annulées 21 070 € (engagé 100 000 € − payé 78 930 €)"),
             }));
    // The unpaid tranche was cancelled by the withdrawal.
    QCOMPARE(section(text, QStringLiteral("Tranches de paiement"), 7),
             QStringList({
                 QStringLiteral("Tranches de paiement"),
                 u8("N° Prévue le Montant Payée le Montant payé Référence"),
                 u8("1 15/07/2025 78 930 € 20/07/2025 78 930 € VIR-3"),
                 u8("Total 78 930 € 78 930 €"),
                 u8("Engagé 78 930 €"),
                 u8("Payé 78 930 €"),
                 u8("Reste à payer 0 €"),
             }));
    QCOMPARE(section(text, QStringLiteral("Retards au 24 novembre 2025"), 2),
             QStringList({QStringLiteral("Retards au 24 novembre 2025"),
                          u8("Aucun retard : le lauréat s'est retiré le 30/09/2025, plus rien ne lui est dû.")}));
}

void TestFollowUpSheetPdf::notSigned()
{
    const QStringList text = sheet(document(zeta()), QStringLiteral("sheet-zeta.pdf"));
    QVERIFY2(text.contains(QStringLiteral("Statut À signer")), qPrintable(text.join(QLatin1Char('\n'))));
    QCOMPARE(section(text, QStringLiteral("Convention"), 6), QStringList({
                                                                 QStringLiteral("Convention"),
                                                                 u8("Référence —"),
                                                                 u8("Signée le non signée"),
                                                                 u8("Engagement (AE) —"),
                                                                 QStringLiteral("Avenant aucun"),
                                                                 QStringLiteral("Retrait aucun"),
                                                             }));
    QCOMPARE(section(text, QStringLiteral("Tranches de paiement"), 5),
             QStringList({QStringLiteral("Tranches de paiement"), u8("Aucune tranche."), u8("Engagé 0 €"),
                          u8("Payé 0 €"), u8("Reste à payer 0 €")}));
    QCOMPARE(section(text, QStringLiteral("Accompagnement"), 5),
             QStringList({QStringLiteral("Accompagnement"), u8("Jalon Prévu le Fait le Note"), u8("Lancement — — —"),
                          u8("Revue à mi-parcours — — —"), u8("Fin à six mois — — —")}));
    QVERIFY(text.contains(u8("Aucun retard au 24 novembre 2025.")));
}

void TestFollowUpSheetPdf::textsPrintLiterally()
{
    LaureateFollowUp laureate = envergo();
    laureate.name = QStringLiteral("<b>R&D</b>");
    laureate.agreement.reference = QStringLiteral("CONV<1>&amp;");
    laureate.milestones[0].note = QStringLiteral("ligne 1 <i>\nligne 2 & fin");
    FollowUpSheetPdf::Document wanted = document(laureate);
    wanted.candidate.carrier = QStringLiteral("A & B <script>");
    // A row written before the text policy: the override is shown, not obeyed.
    wanted.candidate.incubator = u8("Fabrique\u202Egpj.exe");
    const QStringList text = sheet(wanted, QStringLiteral("sheet-markup.pdf"));
    QVERIFY2(text.contains(QStringLiteral("Lauréat <b>R&D</b>")), qPrintable(text.join(QLatin1Char('\n'))));
    QVERIFY(text.contains(QStringLiteral("Administration porteuse A & B <script>")));
    QVERIFY(text.contains(QStringLiteral("Incubateur Fabrique<U+202E>gpj.exe")));
    QVERIFY(text.contains(u8("Référence CONV<1>&amp;")));
    QVERIFY(text.contains(u8("Lancement 01/07/2025 02/07/2025 ligne 1 <i>")));
    QVERIFY(text.contains(u8("ligne 2 & fin")));
    const QString html = FollowUpSheetPdf::html(wanted);
    QVERIFY(html.contains(QStringLiteral("&lt;b&gt;R&amp;D&lt;/b&gt;")));
    QVERIFY(!html.contains(QStringLiteral("<b>R&D")));
    QCOMPARE(FollowUpSheetPdf::footerText(laureate, generatedAt()),
             u8("FAST13 / <b>R&D</b> — Fiche de suivi — document généré le 24 novembre 2025 à 10:16"));
}

void TestFollowUpSheetPdf::writeFileReplacesWhole()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path =
        TestSupport::writeFile(dir, QStringLiteral("FAST13-suivi-Envergo.pdf"), QByteArray(100000, 'x'));
    const Outcome written = FollowUpSheetPdf::writeFile(path, document(envergo()));
    QVERIFY2(written.ok(), qPrintable(written.error()));
    const QByteArray bytes = TestSupport::readFile(path);
    QVERIFY(bytes.startsWith("%PDF-"));
    QVERIFY(!bytes.contains(QByteArray(100, 'x')));
    QVERIFY(lines(pdfText(bytes)).contains(u8("Reste à payer 63 210 €")));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{QStringLiteral("FAST13-suivi-Envergo.pdf")});

    // A folder is not a file: refused, nothing written.
    const Outcome refused = FollowUpSheetPdf::writeFile(dir.path(), document(envergo()));
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error().startsWith(QStringLiteral("Cannot write %1").arg(QDir::toNativeSeparators(dir.path()))),
             qPrintable(refused.error()));
}

QTEST_MAIN(TestFollowUpSheetPdf)
#include "tst_followupsheetpdf.moc"
