#include "reports/LaureateListPdf.h"

#include "TestSupport.h"

#include <QDir>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

class TestLaureateListPdf : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void frenchDate_data();
    void frenchDate();
    void frenchDateTime();
    void ruleText();
    void title();
    void htmlEscapesMarkup();
    void fortyLaureatesOnThreePages();
    void tableHeaderRepeatsOnEachPage();
    void headingsStayWithWhatTheyIntroduce();
    void namesPrintLiterally_data();
    void namesPrintLiterally();
    void overspendIsStated();
    void waitlistAndRule();
    void emptyPromotion();
    void writeFileReplacesAtomically();
    void writeFileRefusesMissingFolder();

private:
    QString m_pdftotext;
};

namespace {

QString u8(const char *text)
{
    return QString::fromUtf8(text);
}

// French amounts as Money::toString writes them: '~' stands for the no-break space.
QString nb(const char *text)
{
    return QString::fromUtf8(text).replace(QLatin1Char('~'), QChar(0x00A0));
}

// pdftotext shows the document's no-break spaces as plain ones; the texts expected are compared likewise.
QString plain(QString text)
{
    return text.replace(QChar(0x00A0), QLatin1Char(' ')).replace(QChar(0x202F), QLatin1Char(' '));
}

// The PDF's text as pdftotext lays it out (columns kept apart by spaces); one page, or all when page is 0.
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

int pageCount(const QByteArray &pdf)
{
    // pdftotext ends every page with a form feed.
    return int(pdfText(QStandardPaths::findExecutable(QStringLiteral("pdftotext")), pdf).count(QLatin1Char('\f')));
}

const QDateTime generatedAt(QDate(2026, 11, 23), QTime(10, 16));

Candidate makeCandidate(qint64 id, const QString &name, qint64 budgetEuros, qint64 requestedEuros,
                        Decision decision = Decision::None, qint64 grantedEuros = 0)
{
    Candidate candidate;
    candidate.id = id;
    candidate.promotionId = 7;
    candidate.name = name;
    candidate.carrier = QStringLiteral("DINUM");
    candidate.incubator = QStringLiteral("beta.gouv.fr");
    candidate.annualBudget = Money::fromEuros(budgetEuros);
    candidate.requested = Money::fromEuros(requestedEuros);
    candidate.decision = decision;
    candidate.granted = Money::fromEuros(grantedEuros);
    return candidate;
}

Promotion promotion13()
{
    Promotion promotion;
    promotion.id = 7;
    promotion.number = 13;
    promotion.year = 2023;
    promotion.envelope = Money::fromEuros(3000000);
    promotion.committeeDate = QDate(2023, 6, 15);
    promotion.status = PromotionStatus::Closed;
    return promotion;
}

} // namespace

void TestLaureateListPdf::initTestCase()
{
    m_pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    QVERIFY2(!m_pdftotext.isEmpty(), "pdftotext is needed to read the PDF back: install poppler-utils "
                                     "(scripts/install-deps.sh does)");
}

void TestLaureateListPdf::frenchDate_data()
{
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QString>("expected");

    QTest::newRow("committee") << QDate(2023, 6, 15) << QStringLiteral("15 juin 2023");
    QTest::newRow("first of the month") << QDate(2023, 6, 1) << QStringLiteral("1er juin 2023");
    QTest::newRow("accented month") << QDate(2024, 2, 29) << u8("29 février 2024");
    QTest::newRow("december") << QDate(2025, 12, 31) << u8("31 décembre 2025");
    QTest::newRow("august") << QDate(2026, 8, 2) << u8("2 août 2026");
    QTest::newRow("not set") << QDate() << QString();
}

void TestLaureateListPdf::frenchDate()
{
    QFETCH(QDate, date);
    QFETCH(QString, expected);
    QCOMPARE(LaureateListPdf::frenchDate(date), expected);
}

void TestLaureateListPdf::frenchDateTime()
{
    QCOMPARE(LaureateListPdf::frenchDateTime(generatedAt), u8("23 novembre 2026 à 10:16"));
    QCOMPARE(LaureateListPdf::frenchDateTime(QDateTime(QDate(2024, 1, 1), QTime(9, 5))),
             u8("1er janvier 2024 à 09:05"));
}

void TestLaureateListPdf::ruleText()
{
    QCOMPARE(LaureateListPdf::ruleText(CofinancingRule()),
             nb("50~% du budget annuel du projet, dans la limite de 300~000~€ par lauréat"));
    QCOMPARE(LaureateListPdf::ruleText(CofinancingRule(40, Money::fromCents(25000050))),
             nb("40~% du budget annuel du projet, dans la limite de 250~000,50~€ par lauréat"));
}

void TestLaureateListPdf::title()
{
    QCOMPARE(LaureateListPdf::title(promotion13()),
             u8("Fonds d'accélération des startups d'État et de territoires — Promotion FAST13 — Liste des lauréats"));
}

void TestLaureateListPdf::htmlEscapesMarkup()
{
    const QList<Candidate> candidates{
        makeCandidate(1, QStringLiteral("<b>R&D</b>"), 400000, 100000, Decision::Laureate, 100000)};
    const QString html = LaureateListPdf::html(LaureateList::build(promotion13(), candidates));
    QVERIFY(html.contains(QStringLiteral("&lt;b&gt;R&amp;D&lt;/b&gt;")));
    QVERIFY(!html.contains(QStringLiteral("<b>R&D")));
}

void TestLaureateListPdf::fortyLaureatesOnThreePages()
{
    QList<Candidate> candidates;
    for (int i = 40; i >= 1; --i) {
        // Budgets of 200 000 € to 395 000 €, each granted 50 000 €: 2 000 000 € in all.
        Candidate candidate = makeCandidate(i, QStringLiteral("Projet %1").arg(i, 2, 10, QLatin1Char('0')),
                                            200000 + 5000 * (i - 1), 120000, Decision::Laureate, 50000);
        candidate.carrier = QStringLiteral("Administration %1").arg(i);
        candidates.append(candidate);
    }
    const LaureateList list = LaureateList::build(promotion13(), candidates);
    QCOMPARE(list.laureates.size(), 40);
    const Result<QByteArray> pdf = LaureateListPdf::toPdf(list, generatedAt);
    QVERIFY2(pdf.ok(), qPrintable(pdf.error()));
    QVERIFY(pdf.value().startsWith("%PDF-"));
    // The rows run onto the second page (the authority's header and the members take the room of a few
    // rows), the synthesis follows them there, and the approval block does not fit under the annex.
    QCOMPARE(pageCount(pdf.value()), 3);

    const QString text = pdfText(m_pdftotext, pdf.value());
    QVERIFY2(text.contains(LaureateListPdf::title(promotion13()).left(40)), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("Promotion FAST13")));
    QVERIFY(text.contains(u8("Exercice 2023")));
    QVERIFY(text.contains(u8("Liste arrêtée par le comité d'investissement du 15 juin 2023")));
    // Every laureate, in name order, each with its number, budget, granted amount and share.
    qsizetype previous = -1;
    for (int i = 1; i <= 40; ++i) {
        const QString name = QStringLiteral("Projet %1").arg(i, 2, 10, QLatin1Char('0'));
        const QRegularExpression row(
            QStringLiteral("^\\s*%1\\s+%2\\s+Administration %1\\s+beta\\.gouv\\.fr\\s+Produit\\s+"
                           "%3\\s+50 000 €\\s+%4\\s*$")
                .arg(QString::number(i), name,
                     QRegularExpression::escape(plain(Money::fromEuros(200000 + 5000 * (i - 1)).toString())),
                     QRegularExpression::escape(plain(
                         LaureateList::shareText(Money::fromEuros(50000), Money::fromEuros(200000 + 5000 * (i - 1)))))),
            QRegularExpression::MultilineOption);
        const QRegularExpressionMatch match = row.match(text);
        QVERIFY2(match.hasMatch(), qPrintable(name + QLatin1Char('\n') + text));
        QVERIFY2(match.capturedStart() > previous, qPrintable(name));
        previous = match.capturedStart();
    }
    QVERIFY(text.contains(QStringLiteral("Projet 01")));
    QVERIFY(text.contains(u8("25,0 %"))); // 50 000 € of 200 000 €
    QVERIFY(text.contains(u8("12,7 %"))); // 50 000 € of 395 000 €
    QVERIFY(text.contains(u8("Total : 40 lauréats")));
    QVERIFY(text.contains(u8("2 000 000 €")));
    QVERIFY(text.contains(u8("Enveloppe de la promotion")));
    QVERIFY(text.contains(u8("3 000 000 €")));
    QVERIFY(text.contains(u8("Reste disponible")));
    QVERIFY(text.contains(u8("1 000 000 €")));
    QVERIFY(!text.contains(u8("provisoire")));
    QVERIFY(text.contains(u8("Par ordre alphabétique du nom du projet.")));
    QVERIFY(!text.contains(u8("classement")));

    // Each page has its number out of three and the generation date; the table header is repeated.
    const QString footer = plain(LaureateListPdf::footerText(promotion13(), generatedAt));
    for (int page = 1; page <= 3; ++page) {
        const QString pageText = pdfText(m_pdftotext, pdf.value(), page);
        QVERIFY2(pageText.contains(QStringLiteral("%1 / 3").arg(page)), qPrintable(pageText));
        QVERIFY2(pageText.contains(footer), qPrintable(pageText));
        QVERIFY2(pageText.contains(u8("23 novembre 2026 à 10:16")), qPrintable(pageText));
        QVERIFY(!pageText.contains(QStringLiteral("/ 2")));
        QCOMPARE(pageText.count(u8("Synthèse")), page == 2 ? 1 : 0);
        QCOMPARE(pageText.count(u8("Approbation de la liste")), page == 3 ? 1 : 0);
    }
    QVERIFY(!text.contains(QStringLiteral("4 / 3")));
    // Rows 1 to 21 on the first page, 22 to 40 and the synthesis on the second; nothing is written twice.
    QVERIFY(pdfText(m_pdftotext, pdf.value(), 1).contains(QStringLiteral("Projet 21")));
    QVERIFY(!pdfText(m_pdftotext, pdf.value(), 1).contains(QStringLiteral("Projet 22")));
    QVERIFY(pdfText(m_pdftotext, pdf.value(), 2).contains(QStringLiteral("Projet 22")));
    QCOMPARE(text.count(u8("Synthèse")), 1);
    QCOMPARE(text.count(QStringLiteral("Projet 40")), 1);
}

void TestLaureateListPdf::tableHeaderRepeatsOnEachPage()
{
    QList<Candidate> candidates;
    for (int i = 1; i <= 70; ++i)
        candidates.append(makeCandidate(i, QStringLiteral("Projet %1").arg(i, 2, 10, QLatin1Char('0')), 400000, 100000,
                                        Decision::Laureate, 100000));
    const Result<QByteArray> pdf = LaureateListPdf::toPdf(LaureateList::build(promotion13(), candidates), generatedAt);
    QVERIFY2(pdf.ok(), qPrintable(pdf.error()));
    const int pages = pageCount(pdf.value());
    QVERIFY2(pages >= 3, qPrintable(QString::number(pages)));
    // The header is written as two lines ("Montant" over "accordé"): its first line is matched.
    const QRegularExpression header(u8("^N°\\s+Projet\\s+Administration porteuse\\s+Incubateur\\s+Type\\s+"
                                       "Budget annuel\\s+Montant\\s+Part du\\s*$"),
                                    QRegularExpression::MultilineOption);
    const QRegularExpression row(QStringLiteral("^\\s*(\\d+)\\s+Projet (\\d\\d)\\s"),
                                 QRegularExpression::MultilineOption);
    int pagesWithRows = 0;
    int expectedNumber = 1;
    for (int page = 1; page <= pages; ++page) {
        const QString text = pdfText(m_pdftotext, pdf.value(), page);
        QVERIFY2(text.contains(QStringLiteral("Page %1 / %2").arg(page).arg(pages)), qPrintable(text));
        QVERIFY2(text.contains(u8("23 novembre 2026 à 10:16")), qPrintable(text));
        bool hasRows = false;
        for (auto it = row.globalMatch(text); it.hasNext();) {
            const QRegularExpressionMatch match = it.next();
            // Every row once, in order, none lost or repeated at a page break.
            QCOMPARE(match.captured(1).toInt(), expectedNumber);
            QCOMPARE(match.captured(2).toInt(), expectedNumber);
            ++expectedNumber;
            hasRows = true;
        }
        if (hasRows)
            ++pagesWithRows;
        QCOMPARE(header.match(text).hasMatch(), hasRows);
    }
    QCOMPARE(expectedNumber, 71);
    QVERIFY(pagesWithRows >= 3);
    const QString text = pdfText(m_pdftotext, pdf.value());
    QVERIFY(text.contains(u8("Total : 70 lauréats")));
    QVERIFY(text.contains(u8("7 000 000 €")));
}

void TestLaureateListPdf::headingsStayWithWhatTheyIntroduce()
{
    // From 12 to 36 laureates the synthesis and the waitlist fall at every height of the page's foot:
    // a heading must never be left there without its table.
    int movedHeadings = 0;
    for (int count = 12; count <= 36; ++count) {
        QList<Candidate> candidates;
        for (int i = 1; i <= count; ++i)
            candidates.append(makeCandidate(i, QStringLiteral("Projet %1").arg(i, 2, 10, QLatin1Char('0')), 400000,
                                            100000, Decision::Laureate, 100000));
        candidates.append(makeCandidate(100, QStringLiteral("Attente A"), 400000, 100000, Decision::Waitlist));
        const Result<QByteArray> pdf =
            LaureateListPdf::toPdf(LaureateList::build(promotion13(), candidates), generatedAt);
        QVERIFY2(pdf.ok(), qPrintable(pdf.error()));
        const int pages = pageCount(pdf.value());
        for (int page = 1; page <= pages; ++page) {
            const QString text = pdfText(m_pdftotext, pdf.value(), page);
            const QString context = QStringLiteral("%1 laureates, page %2:\n%3").arg(count).arg(page).arg(text);
            if (text.contains(u8("Synthèse")))
                QVERIFY2(text.contains(u8("Nombre de lauréats")), qPrintable(context));
            if (text.contains(QStringLiteral("Liste d'attente")))
                QVERIFY2(text.contains(QStringLiteral("Attente A")), qPrintable(context));
            // A heading at the top of a page other than the first was moved there.
            // The first line of every page is the issuing authority (LaureateListPage); the body starts after it.
            const QString body = text.section(QLatin1Char('\n'), 1).trimmed();
            if (page > 1 && (body.startsWith(u8("Synthèse")) || body.startsWith(QStringLiteral("Liste d'attente"))))
                ++movedHeadings;
        }
    }
    QVERIFY(movedHeadings > 0);
}

void TestLaureateListPdf::namesPrintLiterally_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("carrier");

    QTest::newRow("markup") << QStringLiteral("<b>R&D</b>") << QStringLiteral("A & B <i>");
    QTest::newRow("accents and typography") << u8("Réfugiés·info’s") << u8("DIAIR l’État");
    QTest::newRow("ligature and quotes") << u8("Œuvre « Sœur »") << QStringLiteral("\"Q\" & 'S'");
    QTest::newRow("entity-looking") << QStringLiteral("&amp; &lt;x&gt;") << QStringLiteral("&#233;");
}

void TestLaureateListPdf::namesPrintLiterally()
{
    QFETCH(QString, name);
    QFETCH(QString, carrier);
    Candidate laureate = makeCandidate(1, name, 400000, 150000, Decision::Laureate, 150000);
    laureate.carrier = carrier;
    Candidate waiting = makeCandidate(2, name + QStringLiteral(" bis"), 400000, 100000, Decision::Waitlist);
    const Result<QByteArray> pdf =
        LaureateListPdf::toPdf(LaureateList::build(promotion13(), {laureate, waiting}), generatedAt);
    QVERIFY2(pdf.ok(), qPrintable(pdf.error()));
    const QString text = pdfText(m_pdftotext, pdf.value());
    QVERIFY2(text.contains(name), qPrintable(text));
    QVERIFY2(text.contains(carrier), qPrintable(text));
    QVERIFY2(text.contains(name + QStringLiteral(" bis")), qPrintable(text));
    QVERIFY2(text.contains(u8("37,5 %")), qPrintable(text));
}

void TestLaureateListPdf::overspendIsStated()
{
    Promotion promotion = promotion13();
    promotion.envelope = Money::fromEuros(250000);
    const QList<Candidate> candidates{
        makeCandidate(1, QStringLiteral("Alpha"), 400000, 200000, Decision::Laureate, 200000),
        makeCandidate(2, QStringLiteral("Bravo"), 200000, 100000, Decision::Laureate, 100000),
    };
    const LaureateList list = LaureateList::build(promotion, candidates);
    const Result<QByteArray> pdf = LaureateListPdf::toPdf(list, generatedAt);
    QVERIFY2(pdf.ok(), qPrintable(pdf.error()));
    const QString text = pdfText(m_pdftotext, pdf.value());
    QVERIFY2(text.contains(u8("Total : 2 lauréats")), qPrintable(text));
    QVERIFY2(text.contains(u8("300 000 €")), qPrintable(text));
    QVERIFY2(text.contains(QRegularExpression(u8("Reste : dépassement de l'enveloppe\\s+-50 000 €"))),
             qPrintable(text));
    QVERIFY2(text.contains(u8("Les montants accordés dépassent l'enveloppe de 50 000 €.")), qPrintable(text));
    QVERIFY(!text.contains(u8("Reste disponible")));
    // The approval block does not fit under the annex: it has the second page to itself.
    QCOMPARE(pageCount(pdf.value()), 2);
    QVERIFY(text.contains(QStringLiteral("1 / 2")));
    QVERIFY(pdfText(m_pdftotext, pdf.value(), 2).contains(u8("Approbation de la liste")));
}

void TestLaureateListPdf::waitlistAndRule()
{
    Promotion promotion = promotion13();
    promotion.rule = CofinancingRule(40, Money::fromEuros(250000));
    promotion.status = PromotionStatus::Open;
    promotion.committeeDate = QDate();
    const QList<Candidate> candidates{
        makeCandidate(1, QStringLiteral("Alpha"), 400000, 100000, Decision::Laureate, 100000),
        makeCandidate(2, QStringLiteral("Zulu"), 1000000, 400000, Decision::Waitlist),
        makeCandidate(3, QStringLiteral("Yankee"), 400000, 200000, Decision::Waitlist),
        makeCandidate(4, QStringLiteral("Refus"), 400000, 200000, Decision::Rejected),
    };
    const Result<QByteArray> pdf =
        LaureateListPdf::toPdf(LaureateList::build(promotion, candidates, {2, 3}), generatedAt);
    QVERIFY2(pdf.ok(), qPrintable(pdf.error()));
    const QString text = pdfText(m_pdftotext, pdf.value());
    QVERIFY2(
        text.contains(plain(u8("Règle de cofinancement appliquée : ") + LaureateListPdf::ruleText(promotion.rule))),
        qPrintable(text));
    QVERIFY(text.contains(u8("40 % du budget annuel du projet, dans la limite de 250 000 € par lauréat")));
    QVERIFY(text.contains(QStringLiteral("Exercice 2023")));
    QVERIFY(!text.contains(u8("Comité d'investissement du")));
    QVERIFY(text.contains(u8("Document provisoire")));
    QVERIFY(text.contains(u8("Liste d'attente")));
    QCOMPARE(text.count(u8("Dans l'ordre du classement du comité.")), 2);
    QVERIFY(!text.contains(u8("alphabétique")));
    // In ranking order, each with its requested and eligible amounts under the promotion's rule.
    const QRegularExpressionMatch zulu =
        QRegularExpression(
            u8("^\\s*1\\s+Zulu\\s+DINUM\\s+beta\\.gouv\\.fr\\s+Produit\\s+1 000 000 €\\s+400 000 €\\s+250 000 €\\s*$"),
            QRegularExpression::MultilineOption)
            .match(text);
    QVERIFY2(zulu.hasMatch(), qPrintable(text));
    const QRegularExpressionMatch yankee =
        QRegularExpression(
            u8("^\\s*2\\s+Yankee\\s+DINUM\\s+beta\\.gouv\\.fr\\s+Produit\\s+400 000 €\\s+200 000 €\\s+160 000 €\\s*$"),
            QRegularExpression::MultilineOption)
            .match(text);
    QVERIFY2(yankee.hasMatch(), qPrintable(text));
    QVERIFY(zulu.capturedStart() < yankee.capturedStart());
    QVERIFY(!text.contains(QStringLiteral("Refus")));
}

void TestLaureateListPdf::emptyPromotion()
{
    const Result<QByteArray> pdf = LaureateListPdf::toPdf(LaureateList::build(promotion13(), {}), generatedAt);
    QVERIFY2(pdf.ok(), qPrintable(pdf.error()));
    const QString text = pdfText(m_pdftotext, pdf.value());
    QVERIFY2(text.contains(u8("Aucun lauréat.")), qPrintable(text));
    QVERIFY(text.contains(u8("Aucun projet en liste d'attente.")));
    QVERIFY(text.contains(QRegularExpression(u8("Reste disponible\\s+3 000 000 €"))));
    // A closed promotion: its approval block takes the second page.
    QVERIFY2(text.contains(QStringLiteral("1 / 2")), qPrintable(text));
    QVERIFY(pdfText(m_pdftotext, pdf.value(), 2).contains(u8("Approbation de la liste")));
}

void TestLaureateListPdf::writeFileReplacesAtomically()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = TestSupport::writeFile(dir, QStringLiteral("FAST13 lauréats.pdf"), QByteArray(100000, 'x'));
    const QList<Candidate> candidates{
        makeCandidate(1, u8("Réfugiés·info’s"), 400000, 150000, Decision::Laureate, 150000)};
    const Outcome written =
        LaureateListPdf::writeFile(path, LaureateList::build(promotion13(), candidates), generatedAt);
    QVERIFY2(written.ok(), qPrintable(written.error()));
    const QByteArray bytes = TestSupport::readFile(path);
    QVERIFY(bytes.startsWith("%PDF-"));
    QVERIFY(!bytes.contains(QByteArray(100, 'x')));
    QVERIFY(pdfText(m_pdftotext, bytes).contains(u8("Réfugiés·info’s")));
    // The document's title is in its properties too.
    QProcess info;
    info.start(QStringLiteral("pdfinfo"), {path});
    QVERIFY(info.waitForFinished(30000));
    QVERIFY(QString::fromUtf8(info.readAllStandardOutput()).contains(LaureateListPdf::title(promotion13())));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{u8("FAST13 lauréats.pdf")});
}

void TestLaureateListPdf::writeFileRefusesMissingFolder()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("no/such/folder/list.pdf"));
    const Outcome written = LaureateListPdf::writeFile(path, LaureateList::build(promotion13(), {}), generatedAt);
    QVERIFY(!written.ok());
    QVERIFY2(written.error().startsWith(QStringLiteral("Cannot write %1: ").arg(path)), qPrintable(written.error()));
    QVERIFY(!QFile::exists(path));
}

QTEST_MAIN(TestLaureateListPdf)
#include "tst_laureatelistpdf.moc"
