#include "reports/CandidateSpreadsheetImport.h"
#include "reports/DemoCommittee.h"
#include "reports/LaureateList.h"
#include "reports/PromotionWorkbook.h"
#include "reports/SpreadsheetReader.h"
#include "reports/SpreadsheetZip.h"
#include "reports/XlsxSheetXml.h"
#include "reports/XlsxWorkbookWriter.h"
#include "storage/CommitteeStore.h"
#include "storage/Database.h"
#include "storage/ScoringStore.h"

#include "SpreadsheetTestData.h"
#include "TestSupport.h"

#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

// The promotion's workbook (PromotionWorkbook written by XlsxWorkbookWriter) read back through the import's
// own readers: the demo committee's sheets cell by cell (amounts as numbers to the cent, ranks, ex aequo,
// scores, totals), the candidates sheet imported again to the same candidates, text that looks like a
// formula kept as text, the layout a reader sees (bold frozen header, filter, number formats, widths), and,
// when LibreOffice is installed, the file converted by it with the numbers shown as numbers.
class TestXlsxWorkbookWriter : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void sheetsInOrder();
    void rankingSheetReadsBack();
    void laureatesSheetReadsBack();
    void candidatesSheetImportsBack();
    void amountsAndFormulaLikeText();
    void layout();
    void columnWidths_data();
    void columnWidths();
    void libreOfficeShowsNumbers();

private:
    // The workbook of promotion `number` written to the temporary folder; empty on failure (logged).
    QString exportPromotion(int number);
    QString m_path;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<CommitteeStore> m_store;
};

using SpreadsheetTestData::readSheet;
using SpreadsheetTestData::row;

namespace {

QByteArray member(const QString &path, const QString &name)
{
    SpreadsheetZip zip{SpreadsheetLimits()};
    if (!zip.open(TestSupport::readFile(path)))
        return QByteArray();
    const Result<QByteArray> bytes = zip.read(name);
    return bytes ? bytes.value() : QByteArray();
}

QStringList fieldsOf(const CsvTable &table, qsizetype record)
{
    return record < table.records.size() ? table.records.at(record).fields : QStringList();
}

} // namespace

void TestXlsxWorkbookWriter::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestXlsxWorkbookWriter::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_database = std::make_unique<Database>();
    const Outcome opened = m_database->open(m_dir->filePath(QStringLiteral("demo.sqlite")));
    QVERIFY2(opened.ok(), qPrintable(opened.error()));
    m_store = std::make_unique<CommitteeStore>(*m_database);
    m_store->setOperatorName(QStringLiteral("test"));
    const Outcome populated = DemoCommittee::populate(*m_store);
    QVERIFY2(populated.ok(), qPrintable(populated.error()));
}

void TestXlsxWorkbookWriter::cleanup()
{
    m_store.reset();
    m_database.reset();
    m_dir.reset();
}

QString TestXlsxWorkbookWriter::exportPromotion(int number)
{
    const Promotion promotion = *m_store->promotion(number).value();
    const QList<Candidate> candidates = m_store->candidates(number).value();
    const ScoringStore scoring(*m_store);
    const Result<QList<WorkbookSheet>> workbook = PromotionWorkbook::read(scoring, promotion, candidates);
    if (!workbook) {
        qWarning() << workbook.error();
        return QString();
    }
    const QString path = m_dir->filePath(QStringLiteral("%1.xlsx").arg(promotion.label()));
    if (const Outcome written = XlsxWorkbookWriter::writeFile(path, workbook.value()); !written) {
        qWarning() << written.error();
        return QString();
    }
    return path;
}

void TestXlsxWorkbookWriter::sheetsInOrder()
{
    const QString path = exportPromotion(14);
    QVERIFY(!path.isEmpty());
    const CsvTable table = readSheet(path);
    QCOMPARE(table.sheetName, QStringLiteral("Candidates"));
    QCOMPARE(table.sheetNames,
             QStringList({QStringLiteral("Candidates"), QStringLiteral("Ranking"), QStringLiteral("Laureates")}));
    QVERIFY(SpreadsheetReader::isSpreadsheet(path));
}

void TestXlsxWorkbookWriter::rankingSheetReadsBack()
{
    const QString path = exportPromotion(14);
    QVERIFY(!path.isEmpty());
    const CsvTable table = readSheet(path, QStringLiteral("Ranking"));
    QCOMPARE(fieldsOf(table, 0), row({"Rank", "Ex aequo", "Project", "Score", "Eligible", "Proposal", "Decision",
                                      "Granted", "Cumulative", "Why"}));
    // FAST14 has 12 candidates: 10 ranked, 2 with incomplete scoring; no totals under the ranking.
    QCOMPARE(table.records.size(), 13);
    QCOMPARE(table.records.at(1).line, 2);
    // Ranks, scores and amounts are numbers: a score is its exact value (the sheet shows one decimal), an
    // amount its euros; the ex aequo pair shares rank 4.
    QCOMPARE(fieldsOf(table, 1), row({"1", "", "Aide Aidants (fictif)", "90", "300000", "Laureate", "", "", "300000",
                                      "within the envelope (remaining after: 2\u00A0100\u00A0000\u00A0€)"}));
    QCOMPARE(fieldsOf(table, 3), row({"3", "", "Signal Logement (fictif)", "75,2", "300000", "Laureate", "", "",
                                      "900000", "within the envelope (remaining after: 1\u00A0500\u00A0000\u00A0€)"}));
    QCOMPARE(fieldsOf(table, 4), row({"4", "ex aequo", "Incubateur Ouest (fictif)", "75", "300000", "Laureate", "", "",
                                      "1200000", "within the envelope (remaining after: 1\u00A0200\u00A0000\u00A0€)"}));
    QCOMPARE(fieldsOf(table, 5),
             row({"4", "ex aequo", "Rendez-vous Préfecture (fictif)", "75", "280000", "Laureate", "", "", "1480000",
                  "within the envelope (remaining after: 920\u00A0000\u00A0€)"}));
    QCOMPARE(fieldsOf(table, 6).mid(0, 4), row({"6", "", "Carnet Nature (fictif)", "68,8"}));
    QCOMPARE(fieldsOf(table, 9),
             row({"9", "", "Mon Espace Élu (fictif)", "52", "220000", "Waitlist", "", "", "2210000",
                  "does not fit the remaining 190\u00A0000\u00A0€: passed over for Portail Archives (fictif)"}));
    QCOMPARE(fieldsOf(table, 10).mid(0, 9),
             row({"10", "", "Portail Archives (fictif)", "48", "120000", "Laureate", "", "", "2330000"}));
    // The incomplete rows: no rank, no score, no proposal, and the reason.
    QCOMPARE(fieldsOf(table, 11), row({"", "", "Cadastre Solaire (fictif)", "", "150000", "", "", "", "2330000",
                                       "incomplete scoring (5 note(s) missing): left out of the proposal"}));
    QCOMPARE(fieldsOf(table, 12), row({"", "", "Observatoire Forêts (fictif)", "", "140000", "", "", "", "2330000",
                                       "incomplete scoring (2 note(s) missing): left out of the proposal"}));
}

void TestXlsxWorkbookWriter::laureatesSheetReadsBack()
{
    const QString path = exportPromotion(13);
    QVERIFY(!path.isEmpty());
    const CsvTable table = readSheet(path, QStringLiteral("Laureates"));
    QCOMPARE(fieldsOf(table, 0), row({"No.", "Project", "Carrier", "Incubator", "Kind", "Annual budget", "Granted",
                                      "Share of the budget"}));
    // Ten laureates, then the totals after an empty row (row 12): rows 13 to 15.
    QCOMPARE(table.records.size(), 14);
    QCOMPARE(table.records.at(10).line, 11);
    QCOMPARE(table.records.at(11).line, 13);
    QCOMPARE(fieldsOf(table, 11), row({"", "Total: 10 laureate(s)", "", "", "", "", "2550000", ""}));
    QCOMPARE(fieldsOf(table, 12), row({"", "Envelope of FAST13", "", "", "", "", "2550000", ""}));
    QCOMPARE(fieldsOf(table, 13), row({"", "Remaining", "", "", "", "", "0", ""}));
    // Every laureate's granted amount and share as numbers, summing to the total.
    qint64 sum = 0;
    for (qsizetype record = 1; record <= 10; ++record) {
        const QStringList fields = fieldsOf(table, record);
        QCOMPARE(fields.at(0), QString::number(record));
        QCOMPARE(fields.at(4), QStringLiteral("Product"));
        bool ok = false;
        sum += fields.at(6).toLongLong(&ok);
        QVERIFY2(ok, qPrintable(fields.at(6)));
        QVERIFY2(QRegularExpression(QStringLiteral("^0,\\d+$|^0$")).match(fields.at(7)).hasMatch(),
                 qPrintable(fields.at(7)));
    }
    QCOMPARE(sum, qint64(2550000));
}

void TestXlsxWorkbookWriter::candidatesSheetImportsBack()
{
    const QString path = exportPromotion(13);
    QVERIFY(!path.isEmpty());
    const Promotion promotion = *m_store->promotion(13).value();
    const QList<Candidate> stored = m_store->candidates(13).value();
    const CandidateCsvParse parsed =
        CandidateSpreadsheetImport::parseFile(path, QStringLiteral("Candidates"), promotion.rule, {});
    QVERIFY2(parsed.problems.isEmpty(), qPrintable(parsed.messages().join(QLatin1Char('\n'))));
    QCOMPARE(parsed.candidates.size(), stored.size());
    QCOMPARE(parsed.candidates.size(), qsizetype(13));
    for (qsizetype i = 0; i < stored.size(); ++i) {
        const Candidate &before = stored.at(i);
        const Candidate &after = parsed.candidates.at(i);
        QCOMPARE(after.name, before.name);
        QCOMPARE(after.carrier, before.carrier);
        QCOMPARE(after.incubator, before.incubator);
        QCOMPARE(after.kind, before.kind);
        QCOMPARE(after.phase, before.phase);
        QCOMPARE(after.annualBudget, before.annualBudget);
        QCOMPARE(after.requested, before.requested);
        QCOMPARE(after.description, before.description);
        QCOMPARE(after.decision, before.decision);
        QCOMPARE(after.granted, before.granted);
    }
}

void TestXlsxWorkbookWriter::amountsAndFormulaLikeText()
{
    Promotion promotion;
    promotion.number = 20;
    promotion.envelope = Money::fromEuros(1000000);
    Candidate formula;
    formula.name = QStringLiteral("=HYPERLINK(\"http://x\";\"y\")");
    formula.carrier = QStringLiteral("+33 Préfecture");
    formula.annualBudget = Money::fromCents(246913578);
    formula.requested = Money::fromCents(123456789);
    formula.decision = Decision::Laureate;
    formula.granted = Money::fromCents(123456789);
    Candidate plain;
    plain.name = QStringLiteral("-Tiret");
    plain.carrier = QStringLiteral("@Arobase");
    plain.annualBudget = Money::fromEuros(600000);
    plain.requested = Money::fromEuros(300000);
    const QList<Candidate> candidates{formula, plain};
    const QList<WorkbookSheet> sheets =
        PromotionWorkbook::build(candidates, RankingTable(), LaureateList::build(promotion, candidates));
    const QString path = m_dir->filePath(QStringLiteral("formulas.xlsx"));
    const Outcome written = XlsxWorkbookWriter::writeFile(path, sheets);
    QVERIFY2(written.ok(), qPrintable(written.error()));

    const CsvTable table = readSheet(path);
    QCOMPARE(
        fieldsOf(table, 1),
        QStringList({QStringLiteral("=HYPERLINK(\"http://x\";\"y\")"), QStringLiteral("+33 Préfecture"), QString(),
                     QStringLiteral("produit"), QString(), QStringLiteral("2469135,78"), QStringLiteral("1234567,89"),
                     QString(), QStringLiteral("laureat"), QStringLiteral("1234567,89"), QString(), QString()}));
    QCOMPARE(fieldsOf(table, 2),
             row({"-Tiret", "@Arobase", "", "produit", "", "600000", "300000", "", "", "", "", ""}));
    // Written as strings, never as formulas: no <f> element anywhere in the sheet.
    const QByteArray sheet = member(path, QStringLiteral("xl/worksheets/sheet1.xml"));
    QVERIFY(sheet.contains("<sheetData>"));
    QVERIFY(!sheet.contains("<f>"));
    QVERIFY(member(path, QStringLiteral("xl/sharedStrings.xml")).contains("=HYPERLINK("));

    const CsvTable laureates = readSheet(path, QStringLiteral("Laureates"));
    QCOMPARE(fieldsOf(laureates, 1),
             QStringList({QStringLiteral("1"), QStringLiteral("=HYPERLINK(\"http://x\";\"y\")"),
                          QStringLiteral("+33 Préfecture"), QString(), QStringLiteral("Product"),
                          QStringLiteral("2469135,78"), QStringLiteral("1234567,89"), QStringLiteral("0,5")}));
    QCOMPARE(fieldsOf(laureates, 2), row({"", "Total: 1 laureate(s)", "", "", "", "", "1234567,89", ""}));
    // Overspent: the remaining amount is negative, shown as such.
    QCOMPARE(fieldsOf(laureates, 4), row({"", "Remaining", "", "", "", "", "-234567,89", ""}));
    QCOMPARE(fieldsOf(laureates, 5),
             row({"", "FAST20 is still open: this list is provisional.", "", "", "", "", "", ""}));
}

void TestXlsxWorkbookWriter::layout()
{
    const QString path = exportPromotion(14);
    QVERIFY(!path.isEmpty());
    const QByteArray styles = member(path, QStringLiteral("xl/styles.xml"));
    // Whole euros and euros with cents, a score's one decimal and a share's percentage.
    QVERIFY2(styles.contains("formatCode=\"#,##0 &quot;€&quot;\""), styles.constData());
    QVERIFY(styles.contains("formatCode=\"#,##0.00 &quot;€&quot;\""));
    QVERIFY(styles.contains("formatCode=\"0.0\""));
    QVERIFY(styles.contains("formatCode=\"0.0 %\""));
    QVERIFY(styles.contains("<b/>"));
    const QByteArray ranking = member(path, QStringLiteral("xl/worksheets/sheet2.xml"));
    // The header row frozen, the filter over the header and the 12 rows, ten columns.
    QVERIFY2(ranking.contains("<pane ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\" state=\"frozen\"/>"),
             ranking.constData());
    QVERIFY(ranking.contains("<autoFilter ref=\"A1:J13\"/>"));
    QVERIFY(member(path, QStringLiteral("xl/worksheets/sheet3.xml")).contains("<autoFilter ref=\"A1:H1\"/>"));
    // The candidates' twelve columns: the committee's ten, the file number and the contact e-mail.
    QVERIFY(member(path, QStringLiteral("xl/worksheets/sheet1.xml")).contains("<autoFilter ref=\"A1:L13\"/>"));
    // A width for every column (the project's column as wide as its longest name).
    QCOMPARE(ranking.count("<col "), 10);
}

void TestXlsxWorkbookWriter::columnWidths_data()
{
    QTest::addColumn<qsizetype>("value");
    QTest::addColumn<qsizetype>("header");
    QTest::addColumn<double>("width");
    QTest::newRow("value wider") << qsizetype(20) << qsizetype(4) << 23.0;
    QTest::newRow("header wider") << qsizetype(3) << qsizetype(10) << 14.0;
    QTest::newRow("long text capped") << qsizetype(300) << qsizetype(3) << 60.0;
    QTest::newRow("empty column") << qsizetype(0) << qsizetype(0) << 3.0;
}

void TestXlsxWorkbookWriter::columnWidths()
{
    QFETCH(qsizetype, value);
    QFETCH(qsizetype, header);
    QFETCH(double, width);
    QCOMPARE(XlsxSheetXml::columnWidth(value, header), width);
}

void TestXlsxWorkbookWriter::libreOfficeShowsNumbers()
{
    const QString soffice = QStandardPaths::findExecutable(QStringLiteral("soffice"));
    if (soffice.isEmpty())
        FAST_SKIP_OUTSIDE_CI(QStringLiteral("LibreOffice is not installed (no soffice on PATH): the workbook is not "
                                            "opened in it. scripts/install-check-tools.sh installs it."));
    const QString path = exportPromotion(13);
    QVERIFY(!path.isEmpty());
    // A profile of its own, in French (the locale shows "300 000 €"), so that the user's LibreOffice and
    // its settings are neither used nor changed, and no other instance is joined.
    const QString profile = m_dir->filePath(QStringLiteral("libreoffice-profile"));
    QVERIFY(QDir().mkpath(profile + QStringLiteral("/user")));
    TestSupport::writeFile(*m_dir, QStringLiteral("libreoffice-profile/user/registrymodifications.xcu"),
                           "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                           "<oor:items xmlns:oor=\"http://openoffice.org/2001/registry\" "
                           "xmlns:xs=\"http://www.w3.org/2001/XMLSchema\" "
                           "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">\n"
                           "<item oor:path=\"/org.openoffice.Setup/L10N\"><prop oor:name=\"ooSetupSystemLocale\" "
                           "oor:op=\"fuse\"><value>fr-FR</value></prop></item>\n"
                           "</oor:items>\n");
    const QString out = m_dir->filePath(QStringLiteral("csv"));
    QVERIFY(QDir().mkpath(out));
    QProcess process;
    // Separator ';' (59), quote '"' (34), UTF-8 (76), every sheet to its own file (-1), each cell as shown.
    process.start(soffice,
                  {QStringLiteral("-env:UserInstallation=") + QUrl::fromLocalFile(profile).toString(),
                   QStringLiteral("--headless"), QStringLiteral("--norestore"), QStringLiteral("--convert-to"),
                   QStringLiteral("csv:Text - txt - csv (StarCalc):59,34,76,1,,0,false,true,true,false,false,-1"),
                   QStringLiteral("--outdir"), out, path});
    QVERIFY(process.waitForStarted());
    if (!process.waitForFinished(180000)) {
        // Never left running: killed with the test's own process, its profile removed with the folder.
        process.kill();
        process.waitForFinished(10000);
        QFAIL("LibreOffice did not convert the workbook within 3 minutes");
    }
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 0);
    const auto lines = [&out](const QString &sheet) {
        return QString::fromUtf8(TestSupport::readFile(out + QStringLiteral("/FAST13-%1.csv").arg(sheet)))
            .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    };
    const QStringList laureates = lines(QStringLiteral("Laureates"));
    QVERIFY2(laureates.size() == 15, qPrintable(laureates.join(QLatin1Char('\n'))));
    QCOMPARE(laureates.at(0),
             QStringLiteral("No.;Project;Carrier;Incubator;Kind;Annual budget;Granted;Share of the budget"));
    // Numbers under their formats, as LibreOffice shows them in French: digits grouped by a no-break space,
    // the euro sign after a space, the share with one decimal. A text cell would come out as it was typed.
    QCOMPARE(laureates.at(1), QStringLiteral("1;Envergo;Ministère de la Transition écologique;Fabrique numérique de la "
                                             "Transition écologique;Product;560\u00A0000 €;280\u00A0000 €;50,0 %"));
    QCOMPARE(laureates.at(2), QStringLiteral("2;A-Just;Ministère de la Justice;Fabrique numérique du ministère de la "
                                             "Justice;Product;900\u00A0000 €;300\u00A0000 €;33,3 %"));
    QCOMPARE(laureates.at(11), QStringLiteral(";;;;;;;"));
    QCOMPARE(laureates.at(12), QStringLiteral(";Total: 10 laureate(s);;;;;2\u00A0550\u00A0000 €;"));
    QCOMPARE(laureates.at(13), QStringLiteral(";Envelope of FAST13;;;;;2\u00A0550\u00A0000 €;"));
    QCOMPARE(laureates.at(14), QStringLiteral(";Remaining;;;;;0 €;"));

    const QStringList ranking = lines(QStringLiteral("Ranking"));
    QVERIFY2(ranking.size() == 14, qPrintable(ranking.join(QLatin1Char('\n'))));
    QCOMPARE(ranking.at(0),
             QStringLiteral("Rank;Ex aequo;Project;Score;Eligible;Proposal;Decision;Granted;Cumulative;Why"));
    // The score under its one-decimal format, the ex aequo pair sharing rank 1.
    QCOMPARE(ranking.at(1),
             QStringLiteral("1;ex aequo;Envergo;93,0;280\u00A0000 €;Laureate;Laureate;280\u00A0000 €;"
                            "280\u00A0000 €;within the envelope (remaining after: 2\u00A0270\u00A0000\u00A0€)"));
    QCOMPARE(ranking.at(2).section(QLatin1Char(';'), 0, 8),
             QStringLiteral("1;ex aequo;A-Just;93,0;300\u00A0000 €;Laureate;Laureate;300\u00A0000 €;580\u00A0000 €"));
    QCOMPARE(ranking.at(12).section(QLatin1Char(';'), 0, 8),
             QStringLiteral(
                 "12;;Signalement Voirie (fictif);56,5;150\u00A0000 €;Waitlist;Not selected;;2\u00A0550\u00A0000 €"));

    const QStringList candidates = lines(QStringLiteral("Candidates"));
    QCOMPARE(candidates.size(), 14);
    QCOMPARE(candidates.at(0),
             QStringLiteral("projet;administration;incubateur;type;phase;budget_annuel;"
                            "montant_demande;description;decision;montant_accorde;numero_dossier;email_contact"));
    QCOMPARE(candidates.at(5).section(QLatin1Char(';'), 0, 6),
             QStringLiteral("DossierFacile;Délégation interministérielle à l'hébergement et à l'accès au logement;"
                            "Incubateur DINUM;produit;accélération;1\u00A0200\u00A0000 €;500\u00A0000 €"));
    QCOMPARE(candidates.at(5).section(QLatin1Char(';'), 8), QStringLiteral("laureat;300\u00A0000 €;;"));
}

QTEST_GUILESS_MAIN(TestXlsxWorkbookWriter)
#include "tst_xlsxworkbookwriter.moc"
