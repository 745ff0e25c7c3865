#include "reports/LaureateListPage.h"
#include "reports/LaureateListPdf.h"

#include "TestSupport.h"

#include <QBuffer>
#include <QPdfWriter>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

// What makes the official list signable, read back from the PDF with pdftotext: the issuing authority on
// every page, the committee's date and members, the recusal annex, the approval block on the last page and
// only there; and a provisional list marked so on every page, with no approval block.
class TestLaureateListPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void authorityOnEveryPage();
    void adoptionLineAndMembers();
    void recusalAnnex();
    void approvalBlockOnTheLastPageOnly_data();
    void approvalBlockOnTheLastPageOnly();
    void provisionalOnEveryPageOfAnOpenList();
    void signatureBoxesAreTallEnoughToSign();

private:
    QString m_pdftotext;
};

namespace {

QString u8(const char *text)
{
    return QString::fromUtf8(text);
}

QString plain(QString text)
{
    return text.replace(QChar(0x00A0), QLatin1Char(' ')).replace(QChar(0x202F), QLatin1Char(' '));
}

// The PDF's text as pdftotext -layout gives it; one page, or all when page is 0.
QString pdfText(const QString &pdftotext, const QByteArray &pdf, int page = 0)
{
    QTemporaryDir dir;
    const QString path = TestSupport::writeFile(dir, QStringLiteral("list.pdf"), pdf);
    QStringList arguments{QStringLiteral("-layout"), QStringLiteral("-enc"), QStringLiteral("UTF-8")};
    if (page > 0)
        arguments << QStringLiteral("-f") << QString::number(page) << QStringLiteral("-l") << QString::number(page);
    arguments << path << QStringLiteral("-");
    QProcess process;
    process.start(pdftotext, arguments);
    if (!process.waitForFinished(60000) || process.exitCode() != 0)
        return QStringLiteral("pdftotext failed: ") + QString::fromUtf8(process.readAllStandardError());
    return plain(QString::fromUtf8(process.readAllStandardOutput()));
}

const QDateTime generatedAt(QDate(2026, 6, 12), QTime(18, 40));

Candidate makeCandidate(qint64 id, const QString &name, Decision decision, qint64 grantedEuros = 0)
{
    Candidate candidate;
    candidate.id = id;
    candidate.name = name;
    candidate.carrier = QStringLiteral("DINUM");
    candidate.incubator = QStringLiteral("beta.gouv.fr");
    candidate.annualBudget = Money::fromEuros(400000);
    candidate.requested = Money::fromEuros(100000);
    candidate.decision = decision;
    candidate.granted = Money::fromEuros(grantedEuros);
    return candidate;
}

// FAST15, closed on 12 June 2026 unless open; laureateCount laureates of 50 000 € and one on the waitlist.
LaureateList makeList(int laureateCount, bool closed = true)
{
    Promotion promotion;
    promotion.id = 3;
    promotion.number = 15;
    promotion.year = 2026;
    promotion.envelope = Money::fromEuros(5000000);
    promotion.committeeDate = QDate(2026, 6, 12);
    promotion.status = closed ? PromotionStatus::Closed : PromotionStatus::Open;
    QList<Candidate> candidates;
    for (int i = 1; i <= laureateCount; ++i)
        candidates.append(
            makeCandidate(i, QStringLiteral("Projet %1").arg(i, 2, 10, QLatin1Char('0')), Decision::Laureate, 50000));
    candidates.append(makeCandidate(100, QStringLiteral("Attente"), Decision::Waitlist));
    LaureateList list = LaureateList::build(promotion, candidates);
    list.members = {QStringLiteral("Alice Martin"), QStringLiteral("Bruno Petit"), u8("Chloé Roux")};
    return list;
}

int pageCount(const QString &pdftotext, const QByteArray &pdf)
{
    return int(pdfText(pdftotext, pdf).count(QLatin1Char('\f')));
}

} // namespace

void TestLaureateListPage::initTestCase()
{
    m_pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    QVERIFY2(!m_pdftotext.isEmpty(), "pdftotext is needed to read the PDF back: install poppler-utils "
                                     "(scripts/install-deps.sh)");
}

void TestLaureateListPage::authorityOnEveryPage()
{
    LaureateList list = makeList(40);
    QCOMPARE(list.authority, u8("Direction interministérielle du numérique — Fonds d'accélération des startups "
                                "d'État et de territoires"));
    list.authority = u8("Préfecture de la région Bretagne — Secrétariat général pour les affaires régionales");
    const Result<QByteArray> pdf = LaureateListPdf::toPdf(list, generatedAt);
    QVERIFY2(pdf.ok(), qPrintable(pdf.error()));
    const int pages = pageCount(m_pdftotext, pdf.value());
    QCOMPARE(pages, 3);
    for (int page = 1; page <= pages; ++page) {
        const QString text = pdfText(m_pdftotext, pdf.value(), page);
        // The first line of every page.
        QCOMPARE(text.section(QLatin1Char('\n'), 0, 0).trimmed(), list.authority);
        QVERIFY2(!text.contains(u8("Direction interministérielle")), qPrintable(text));
    }
}

void TestLaureateListPage::adoptionLineAndMembers()
{
    const Result<QByteArray> pdf = LaureateListPdf::toPdf(makeList(3), generatedAt);
    QVERIFY2(pdf.ok(), qPrintable(pdf.error()));
    const QString text = pdfText(m_pdftotext, pdf.value());
    QVERIFY2(text.contains(QRegularExpression(u8("^\\s*Liste arrêtée par le comité d'investissement du 12 juin "
                                                 "2026\\s*$"),
                                              QRegularExpression::MultilineOption)),
             qPrintable(text));
    QCOMPARE(LaureateListPdf::adoptionLine(QDate(2026, 6, 1)),
             u8("Liste arrêtée par le comité d'investissement du 1er juin 2026"));
    QVERIFY2(text.contains(u8("Membres du comité présents (3) : Alice Martin, Bruno Petit, Chloé Roux.")),
             qPrintable(text));
    // The generation time stays, in the footer's small print.
    QVERIFY(text.contains(u8("FAST15 — Liste des lauréats — document généré le 12 juin 2026 à 18:40")));

    // A closed promotion from before the date was asked says the date is missing rather than inventing one.
    LaureateList undated = makeList(3);
    undated.promotion.committeeDate = QDate();
    undated.members.clear();
    const QString undatedText = pdfText(m_pdftotext, LaureateListPdf::toPdf(undated, generatedAt).value());
    QVERIFY2(undatedText.contains(u8("Liste arrêtée par le comité d'investissement (date du comité non renseignée)")),
             qPrintable(undatedText));
    QVERIFY(undatedText.contains(u8("Membres du comité présents : aucun membre enregistré.")));
}

void TestLaureateListPage::recusalAnnex()
{
    LaureateList list = makeList(3);
    list.recusals = {{QStringLiteral("Attente"), {QStringLiteral("Bruno Petit")}},
                     {QStringLiteral("Projet 02"), {QStringLiteral("Alice Martin"), u8("Chloé Roux")}}};
    const Result<QByteArray> pdf = LaureateListPdf::toPdf(list, generatedAt);
    QVERIFY2(pdf.ok(), qPrintable(pdf.error()));
    const QString text = pdfText(m_pdftotext, pdf.value());
    QCOMPARE(text.count(u8("Annexe — Déports")), 1);
    QVERIFY(text.contains(QRegularExpression(QStringLiteral("^\\s*Projet\\s+Membres déportés\\s*$"),
                                             QRegularExpression::MultilineOption)));
    const QRegularExpressionMatch first =
        QRegularExpression(QStringLiteral("^\\s*Attente\\s+Bruno Petit\\s*$"), QRegularExpression::MultilineOption)
            .match(text);
    const QRegularExpressionMatch second =
        QRegularExpression(u8("^\\s*Projet 02\\s+Alice Martin, Chloé Roux\\s*$"), QRegularExpression::MultilineOption)
            .match(text);
    QVERIFY2(first.hasMatch() && second.hasMatch(), qPrintable(text));
    QVERIFY(first.capturedStart() < second.capturedStart());
    QVERIFY(!text.contains(u8("Aucun déport")));

    const QString none = pdfText(m_pdftotext, LaureateListPdf::toPdf(makeList(3), generatedAt).value());
    QVERIFY(none.contains(u8("Aucun déport : chaque membre a noté chaque projet.")));
}

void TestLaureateListPage::approvalBlockOnTheLastPageOnly_data()
{
    QTest::addColumn<int>("laureates");
    QTest::addColumn<int>("pages");
    // A short list, one whose block does not fit under its last line, one over several pages.
    QTest::newRow("3 laureates") << 3 << 2;
    QTest::newRow("12 laureates") << 12 << 2;
    QTest::newRow("40 laureates") << 40 << 3;
}

void TestLaureateListPage::approvalBlockOnTheLastPageOnly()
{
    QFETCH(int, laureates);
    QFETCH(int, pages);
    const Result<QByteArray> pdf = LaureateListPdf::toPdf(makeList(laureates), generatedAt);
    QVERIFY2(pdf.ok(), qPrintable(pdf.error()));
    QCOMPARE(pageCount(m_pdftotext, pdf.value()), pages);
    for (int page = 1; page <= pages; ++page) {
        const QString text = pdfText(m_pdftotext, pdf.value(), page);
        const bool last = page == pages;
        QCOMPARE(text.count(u8("Approbation de la liste")), last ? 1 : 0);
        QCOMPARE(text.count(u8("Liste des lauréats de la promotion FAST15 arrêtée par le comité d'investissement "
                               "du 12 juin 2026.")),
                 last ? 1 : 0);
        // Two signatories, each asked for a name, a role, a date and a signature.
        for (const QString &field : LaureateListPage::approvalFields())
            QCOMPARE(text.count(field), last ? 2 : 0);
        QVERIFY2(!text.contains(LaureateListPage::provisionalMark()), qPrintable(text));
        QVERIFY(!text.contains(u8("provisoire")));
        QVERIFY(text.contains(QStringLiteral("Page %1 / %2").arg(page).arg(pages)));
    }
    QCOMPARE(LaureateListPage::approvalFields(),
             QStringList(
                 {QStringLiteral("Nom :"), u8("Qualité :"), QStringLiteral("Date :"), QStringLiteral("Signature :")}));
}

void TestLaureateListPage::provisionalOnEveryPageOfAnOpenList()
{
    const Result<QByteArray> pdf = LaureateListPdf::toPdf(makeList(40, false), generatedAt);
    QVERIFY2(pdf.ok(), qPrintable(pdf.error()));
    const int pages = pageCount(m_pdftotext, pdf.value());
    QCOMPARE(pages, 3);
    QCOMPARE(LaureateListPage::provisionalMark(), u8("PROVISOIRE — non arrêtée"));
    for (int page = 1; page <= pages; ++page) {
        const QString text = pdfText(m_pdftotext, pdf.value(), page);
        // On the first line, beside the authority.
        QVERIFY2(
            QRegularExpression(u8("^Direction interministérielle du numérique .*\\s+PROVISOIRE — non arrêtée\\s*$"))
                .match(text.section(QLatin1Char('\n'), 0, 0))
                .hasMatch(),
            qPrintable(text));
        QCOMPARE(text.count(u8("PROVISOIRE — non arrêtée")), 1);
        QVERIFY(!text.contains(u8("Approbation de la liste")));
        QVERIFY(!text.contains(QStringLiteral("Signature :")));
    }
    const QString text = pdfText(m_pdftotext, pdf.value());
    // Not adopted: the committee's date is said, not "arrêtée par".
    QVERIFY2(text.contains(u8("Comité d'investissement du 12 juin 2026 — liste non arrêtée")), qPrintable(text));
    QVERIFY(!text.contains(u8("Liste arrêtée par")));
    QVERIFY(text.contains(u8("Liste provisoire, non soumise à signature : le bloc d'approbation figure sur la liste "
                             "arrêtée, une fois la promotion close.")));
}

void TestLaureateListPage::signatureBoxesAreTallEnoughToSign()
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    QVERIFY(buffer.open(QIODevice::WriteOnly));
    QPdfWriter writer(&buffer);
    writer.setResolution(300);
    const LaureateList list = makeList(1);
    QFont font;
    font.setPointSizeF(8.5);
    const LaureateListPage page(list, generatedAt, font, writer);
    // At least the 30 mm left to sign, plus the fields and the title, at 300 dpi.
    const qreal millimetre = 300 / 25.4;
    QVERIFY2(page.approvalHeight() > 45 * millimetre, qPrintable(QString::number(page.approvalHeight() / millimetre)));
    QVERIFY2(page.approvalHeight() < 90 * millimetre, qPrintable(QString::number(page.approvalHeight() / millimetre)));
}

QTEST_MAIN(TestLaureateListPage)
#include "tst_laureatelistpage.moc"
