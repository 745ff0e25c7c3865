#include "reports/CandidateCsvExport.h"

#include "TestSupport.h"
#include "reports/CandidateCsvImport.h"
#include "reports/CandidateFileImport.h"
#include "reports/CsvReader.h"

#include <QTemporaryDir>
#include <QTest>

class TestCandidateCsvExport : public QObject
{
    Q_OBJECT

private slots:
    void headerAndByteOrderMark();
    void exactFile();
    void cell_data();
    void cell();
    void words_data();
    void words();
    void formulaCellsAreNeutralised();
    void roundTripThroughTheImport_data();
    void roundTripThroughTheImport();
    void emptyPromotionRoundTrips();
    void extraFieldsAsColumns();
    void extraFieldsRoundTrip_data();
    void extraFieldsRoundTrip();
    void writeFileInTemporaryDirectory();
    void writeFileRefusesMissingFolder();
};

namespace {

QString u8(const char *text)
{
    return QString::fromUtf8(text);
}

Candidate makeCandidate(const char *name, qint64 budgetCents, qint64 requestedCents, Decision decision = Decision::None,
                        qint64 grantedCents = 0)
{
    Candidate candidate;
    candidate.name = u8(name);
    candidate.carrier = QStringLiteral("DINUM");
    candidate.annualBudget = Money::fromCents(budgetCents);
    candidate.requested = Money::fromCents(requestedCents);
    candidate.decision = decision;
    candidate.granted = Money::fromCents(grantedCents);
    return candidate;
}

Promotion promotion13()
{
    Promotion promotion;
    promotion.id = 7;
    promotion.number = 13;
    promotion.year = 2023;
    promotion.envelope = Money::fromEuros(3000000);
    return promotion;
}

// Every case the format has to carry: accents and typographic characters, markup, the delimiter,
// quotes, line breaks, formula-looking cells, cents, every kind, phase and decision.
QList<Candidate> richCandidates()
{
    QList<Candidate> list;
    Candidate a = makeCandidate("Réfugiés·info’s", 40000000, 15000000, Decision::Laureate, 15000000);
    a.carrier = u8("Délégation interministérielle à l'accueil et à l'intégration des réfugiés (DIAIR)");
    a.incubator = u8("Fabrique numérique du ministère de l'Intérieur");
    a.phase = Phase::Acceleration;
    a.description = u8("Informer les réfugiés;\nles orienter, \"vite\" et bien.\n\nDeuxième paragraphe.");
    list.append(a);

    Candidate b = makeCandidate("<b>R&D</b>", 100000000, 40000000, Decision::Laureate, 30000000);
    b.kind = CandidateKind::Incubator;
    b.carrier = QStringLiteral("=HYPERLINK(\"http://x\";\"clic\")");
    b.incubator = QStringLiteral("@incubateur");
    b.phase = Phase::Consolidation;
    b.description = QStringLiteral("-5 + 3");
    list.append(b);

    Candidate c = makeCandidate("+33 Annuaire", 123456789, 12345601, Decision::Laureate, 12345601);
    c.phase = Phase::Investigation;
    c.carrier = u8("Région Île-de-France");
    list.append(c);

    Candidate d = makeCandidate("Envergo", 60000000, 30000000, Decision::Waitlist);
    d.phase = Phase::Construction;
    list.append(d);

    list.append(makeCandidate("Œuvres d'État", 3, 100, Decision::Rejected));
    list.append(makeCandidate("Retiré en cours", 50000, 20000, Decision::Withdrawn));
    list.append(makeCandidate("Sans décision", 50001, 20001));
    return list;
}

void compareCandidates(const QList<Candidate> &actual, const QList<Candidate> &expected)
{
    QCOMPARE(actual.size(), expected.size());
    for (qsizetype i = 0; i < expected.size(); ++i) {
        const Candidate &got = actual.at(i);
        const Candidate &want = expected.at(i);
        QCOMPARE(got.name, want.name);
        QCOMPARE(got.carrier, want.carrier);
        QCOMPARE(got.incubator, want.incubator);
        QCOMPARE(got.kind, want.kind);
        QCOMPARE(got.phase, want.phase);
        QCOMPARE(got.annualBudget.cents(), want.annualBudget.cents());
        QCOMPARE(got.requested.cents(), want.requested.cents());
        QCOMPARE(got.description, want.description);
        QCOMPARE(got.decision, want.decision);
        QCOMPARE(got.granted.cents(), want.granted.cents());
    }
}

} // namespace

void TestCandidateCsvExport::headerAndByteOrderMark()
{
    const QByteArray bytes = CandidateCsvExport::toCsv(promotion13(), {});
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
    QCOMPARE(bytes.mid(3), QByteArray("projet;administration;incubateur;type;phase;budget_annuel;montant_demande;"
                                      "description;decision;montant_accorde;numero_dossier;email_contact\r\n"));
    QCOMPARE(CandidateCsvExport::columnNames().size(), 12);
    QCOMPARE(CandidateCsvExport::columnNames({}), CandidateCsvExport::columnNames());
}

void TestCandidateCsvExport::exactFile()
{
    Candidate laureate = makeCandidate("Réfugiés.info", 40000000, 25000000, Decision::Laureate, 20000000);
    laureate.incubator = QStringLiteral("Fabrique");
    laureate.phase = Phase::Acceleration;
    laureate.description = QStringLiteral("Un; deux");
    Candidate waitlisted = makeCandidate("Envergo", 123456789, 5050, Decision::Waitlist);
    waitlisted.kind = CandidateKind::Incubator;
    laureate.reference = QStringLiteral("13-0412");
    laureate.contactEmail = QStringLiteral("equipe@refugies.info");
    const QByteArray expected = "\xEF\xBB\xBF"
                                "projet;administration;incubateur;type;phase;budget_annuel;montant_demande;"
                                "description;decision;montant_accorde;numero_dossier;email_contact\r\n"
                                "R\xC3\xA9"
                                "fugi\xC3\xA9s.info;DINUM;Fabrique;produit;acc\xC3\xA9l\xC3\xA9ration;"
                                "400000;250000;\"Un; deux\";laureat;200000;13-0412;equipe@refugies.info\r\n"
                                "Envergo;DINUM;;incubateur;;1234567.89;50.50;;liste_attente;;;\r\n";
    QCOMPARE(CandidateCsvExport::toCsv(promotion13(), {laureate, waitlisted}), expected);
}

void TestCandidateCsvExport::cell_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("written");

    QTest::newRow("plain") << QStringLiteral("Envergo") << QStringLiteral("Envergo");
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("accents kept") << u8("Réfugiés·info’s") << u8("Réfugiés·info’s");
    QTest::newRow("markup kept") << QStringLiteral("<b>R&D</b>") << QStringLiteral("<b>R&D</b>");
    QTest::newRow("inner apostrophe") << QStringLiteral("O'Neil") << QStringLiteral("O'Neil");
    QTest::newRow("inner dash") << QStringLiteral("Île-de-France") << QStringLiteral("Île-de-France");
    QTest::newRow("delimiter") << QStringLiteral("a;b") << QStringLiteral("\"a;b\"");
    QTest::newRow("comma unquoted") << QStringLiteral("a, b") << QStringLiteral("a, b");
    QTest::newRow("quotes doubled") << QStringLiteral("say \"hi\"") << QStringLiteral("\"say \"\"hi\"\"\"");
    QTest::newRow("line feed") << QStringLiteral("one\ntwo") << QStringLiteral("\"one\ntwo\"");
    QTest::newRow("carriage return") << QStringLiteral("one\r\ntwo") << QStringLiteral("\"one\r\ntwo\"");
    QTest::newRow("equals") << QStringLiteral("=SUM(A1:A9)") << QStringLiteral("'=SUM(A1:A9)");
    QTest::newRow("plus") << QStringLiteral("+33 1 23") << QStringLiteral("'+33 1 23");
    QTest::newRow("minus") << QStringLiteral("-5") << QStringLiteral("'-5");
    QTest::newRow("at") << QStringLiteral("@SUM(1)") << QStringLiteral("'@SUM(1)");
    QTest::newRow("tab") << QStringLiteral("\t=1") << QStringLiteral("'\t=1");
    QTest::newRow("leading carriage return") << QStringLiteral("\r=1") << QStringLiteral("\"'\r=1\"");
    QTest::newRow("formula with delimiter") << QStringLiteral("=A1;B1") << QStringLiteral("\"'=A1;B1\"");
    QTest::newRow("formula with quotes") << QStringLiteral("=\"x\"") << QStringLiteral("\"'=\"\"x\"\"\"");
    QTest::newRow("already guarded") << QStringLiteral("'=x") << QStringLiteral("''=x");
    QTest::newRow("apostrophe alone") << QStringLiteral("'") << QStringLiteral("'");
    QTest::newRow("apostrophe text") << QStringLiteral("'tis") << QStringLiteral("'tis");
}

void TestCandidateCsvExport::cell()
{
    QFETCH(QString, text);
    QFETCH(QString, written);
    QCOMPARE(CandidateCsvExport::cell(text), written);
}

void TestCandidateCsvExport::words_data()
{
    QTest::addColumn<QString>("word");
    QTest::addColumn<QString>("expected");

    QTest::newRow("product") << CandidateCsvExport::kindWord(CandidateKind::Product) << QStringLiteral("produit");
    QTest::newRow("incubator") << CandidateCsvExport::kindWord(CandidateKind::Incubator)
                               << QStringLiteral("incubateur");
    QTest::newRow("no phase") << CandidateCsvExport::phaseWord(Phase::Unspecified) << QString();
    QTest::newRow("investigation") << CandidateCsvExport::phaseWord(Phase::Investigation)
                                   << QStringLiteral("investigation");
    QTest::newRow("construction") << CandidateCsvExport::phaseWord(Phase::Construction)
                                  << QStringLiteral("construction");
    QTest::newRow("acceleration") << CandidateCsvExport::phaseWord(Phase::Acceleration) << u8("accélération");
    QTest::newRow("consolidation") << CandidateCsvExport::phaseWord(Phase::Consolidation) << u8("pérennisation");
    QTest::newRow("no decision") << CandidateCsvExport::decisionWord(Decision::None) << QString();
    QTest::newRow("laureate") << CandidateCsvExport::decisionWord(Decision::Laureate) << QStringLiteral("laureat");
    QTest::newRow("waitlist") << CandidateCsvExport::decisionWord(Decision::Waitlist)
                              << QStringLiteral("liste_attente");
    QTest::newRow("rejected") << CandidateCsvExport::decisionWord(Decision::Rejected) << QStringLiteral("refuse");
    QTest::newRow("withdrawn") << CandidateCsvExport::decisionWord(Decision::Withdrawn) << QStringLiteral("retire");
}

void TestCandidateCsvExport::words()
{
    QFETCH(QString, word);
    QFETCH(QString, expected);
    QCOMPARE(word, expected);
}

void TestCandidateCsvExport::formulaCellsAreNeutralised()
{
    const QByteArray bytes = CandidateCsvExport::toCsv(promotion13(), richCandidates());
    // What a spreadsheet sees: the fields once unquoted.
    const Result<CsvTable> table = CsvReader::parse(bytes, QStringLiteral("export.csv"));
    QVERIFY2(table.ok(), qPrintable(table.error()));
    QCOMPARE(table.value().records.size(), 8);
    const QStringList second = table.value().records.at(2).fields;
    QCOMPARE(second.at(0), QStringLiteral("<b>R&D</b>"));
    QCOMPARE(second.at(1), QStringLiteral("'=HYPERLINK(\"http://x\";\"clic\")"));
    QCOMPARE(second.at(2), QStringLiteral("'@incubateur"));
    QCOMPARE(second.at(7), QStringLiteral("'-5 + 3"));
    QCOMPARE(table.value().records.at(3).fields.at(0), QStringLiteral("'+33 Annuaire"));
    int guarded = 0;
    for (const CsvRecord &record : table.value().records) {
        for (const QString &field : record.fields) {
            QVERIFY2(field.isEmpty() || !QStringLiteral("=+-@\t\r").contains(field.at(0)), qPrintable(field));
            if (field.startsWith(QLatin1Char('\'')))
                ++guarded;
        }
    }
    QCOMPARE(guarded, 4);
}

void TestCandidateCsvExport::roundTripThroughTheImport_data()
{
    QTest::addColumn<QList<Candidate>>("candidates");

    QTest::newRow("every field and word") << richCandidates();
    QList<Candidate> one;
    one.append(makeCandidate("Seul", 2, 1, Decision::Laureate, 1));
    QTest::newRow("one cent laureate") << one;
    QList<Candidate> cap;
    cap.append(makeCandidate("Au plafond", 100000000, 40000000, Decision::Laureate, 30000000));
    cap.append(makeCandidate("Au taux", 40000000, 25000000, Decision::Laureate, 20000000));
    cap.append(makeCandidate("Moins que l'éligible", 40000000, 25000000, Decision::Laureate, 19999999));
    QTest::newRow("granted at the cap, the rate, below") << cap;
    QList<Candidate> guarded;
    Candidate quoted = makeCandidate("'=déjà protégé", 40000000, 10000000);
    quoted.carrier = QStringLiteral("''@deux apostrophes");
    quoted.description = QStringLiteral("'simple citation");
    guarded.append(quoted);
    QTest::newRow("cells already starting with apostrophes") << guarded;
}

void TestCandidateCsvExport::roundTripThroughTheImport()
{
    QFETCH(QList<Candidate>, candidates);
    const QByteArray bytes = CandidateCsvExport::toCsv(promotion13(), candidates);
    const CandidateCsvParse parsed =
        CandidateCsvImport::parse(bytes, QStringLiteral("export.csv"), promotion13().rule, {});
    QVERIFY2(parsed.ok(), qPrintable(parsed.messages().join(QLatin1Char('\n'))));
    QCOMPARE(parsed.delimiter, QLatin1Char(';'));
    QCOMPARE(parsed.encodingName, QStringLiteral("UTF-8 (BOM)"));
    compareCandidates(parsed.candidates, candidates);
}

void TestCandidateCsvExport::emptyPromotionRoundTrips()
{
    const CandidateCsvParse parsed = CandidateCsvImport::parse(CandidateCsvExport::toCsv(promotion13(), {}),
                                                               QStringLiteral("empty.csv"), CofinancingRule(), {});
    QVERIFY2(parsed.ok(), qPrintable(parsed.messages().join(QLatin1Char('\n'))));
    QCOMPARE(parsed.candidates.size(), 0);
}

// The form's answers each in a column of its own, named by the question: the union of every candidate's, in
// the order first met, an empty cell where a candidate did not answer.
QList<Candidate> formCandidates()
{
    Candidate first = makeCandidate("Aides Jeunes", 40000000, 15000000);
    first.reference = QStringLiteral("13-0412");
    first.contactEmail = QStringLiteral("equipe@aides-jeunes.beta.gouv.fr");
    first.extraFields = {{u8("Date de dépôt"), QStringLiteral("02/03/2026")},
                         {u8("Combien d’usagers ?"), QStringLiteral("=120 000; par mois")}};
    Candidate second = makeCandidate("DossierFacile", 50000000, 25000000, Decision::Laureate, 25000000);
    second.reference = QStringLiteral("13-0415");
    second.extraFields = {{u8("État du dossier"), QStringLiteral("en instruction")},
                          {u8("date de dépôt"), QStringLiteral("03/03/2026")}};
    Candidate third = makeCandidate("Sans formulaire", 40000000, 10000000);
    return {first, second, third};
}

void TestCandidateCsvExport::extraFieldsAsColumns()
{
    const QList<Candidate> candidates = formCandidates();
    QCOMPARE(CandidateCsvExport::extraFieldNames(candidates),
             QStringList({u8("Date de dépôt"), u8("Combien d’usagers ?"), u8("État du dossier")}));
    QCOMPARE(CandidateCsvExport::columnNames(candidates),
             CandidateCsvExport::columnNames() + CandidateCsvExport::extraFieldNames(candidates));
    const QByteArray expected = "\xEF\xBB\xBF"
                                "projet;administration;incubateur;type;phase;budget_annuel;montant_demande;"
                                "description;decision;montant_accorde;numero_dossier;email_contact;"
                                "Date de d\xC3\xA9p\xC3\xB4t;Combien d\xE2\x80\x99usagers ?;\xC3\x89tat du dossier\r\n"
                                "Aides Jeunes;DINUM;;produit;;400000;150000;;;;13-0412;"
                                "equipe@aides-jeunes.beta.gouv.fr;02/03/2026;\"'=120 000; par mois\";\r\n"
                                "DossierFacile;DINUM;;produit;;500000;250000;;laureat;250000;13-0415;;03/03/2026;;"
                                "en instruction\r\n"
                                "Sans formulaire;DINUM;;produit;;400000;100000;;;;;;;;\r\n";
    QCOMPARE(CandidateCsvExport::toCsv(promotion13(), candidates), expected);
}

void TestCandidateCsvExport::extraFieldsRoundTrip_data()
{
    QTest::addColumn<QList<Candidate>>("candidates");
    QTest::newRow("form answers") << formCandidates();
    QTest::newRow("every field and word") << richCandidates();
}

void TestCandidateCsvExport::extraFieldsRoundTrip()
{
    // Written, then imported as the window and the command line import a file: the same candidates, with their
    // file number, e-mail and other answers (each in the candidate's own order of the file's columns).
    QFETCH(QList<Candidate>, candidates);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("export.csv"));
    QVERIFY(CandidateCsvExport::writeFile(path, promotion13(), candidates).ok());
    const CandidateCsvParse parsed = CandidateFileImport::parseFile(path, QString(), promotion13().rule, {});
    QVERIFY2(parsed.ok(), qPrintable(parsed.messages().join(QLatin1Char('\n'))));
    compareCandidates(parsed.candidates, candidates);
    for (qsizetype i = 0; i < candidates.size(); ++i) {
        QCOMPARE(parsed.candidates.at(i).reference, candidates.at(i).reference);
        QCOMPARE(parsed.candidates.at(i).contactEmail, candidates.at(i).contactEmail);
    }
    if (qstrcmp(QTest::currentDataTag(), "form answers") == 0) {
        QCOMPARE(parsed.candidates.at(0).extraFields, candidates.at(0).extraFields);
        // The second's answers come back in the file's column order, under the column's spelling.
        const CandidateExtraFields second{{u8("Date de dépôt"), QStringLiteral("03/03/2026")},
                                          {u8("État du dossier"), QStringLiteral("en instruction")}};
        QCOMPARE(parsed.candidates.at(1).extraFields, second);
        QVERIFY(parsed.candidates.at(2).extraFields.isEmpty());
    }
}

void TestCandidateCsvExport::writeFileInTemporaryDirectory()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("FAST13 candidatures.csv"));
    // An older export is replaced whole.
    TestSupport::writeFile(dir, QStringLiteral("FAST13 candidatures.csv"), QByteArray(5000, 'x'));
    const QList<Candidate> candidates = richCandidates();
    const Outcome written = CandidateCsvExport::writeFile(path, promotion13(), candidates);
    QVERIFY2(written.ok(), qPrintable(written.error()));
    QCOMPARE(TestSupport::readFile(path), CandidateCsvExport::toCsv(promotion13(), candidates));

    const CandidateCsvParse parsed = CandidateCsvImport::parseFile(path, CofinancingRule(), {});
    QVERIFY2(parsed.ok(), qPrintable(parsed.messages().join(QLatin1Char('\n'))));
    compareCandidates(parsed.candidates, candidates);
}

void TestCandidateCsvExport::writeFileRefusesMissingFolder()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("no/such/folder/out.csv"));
    const Outcome written = CandidateCsvExport::writeFile(path, promotion13(), richCandidates());
    QVERIFY(!written.ok());
    QVERIFY2(written.error().startsWith(QStringLiteral("Cannot write %1: ").arg(path)), qPrintable(written.error()));
    QVERIFY(!QFile::exists(path));
}

QTEST_GUILESS_MAIN(TestCandidateCsvExport)
#include "tst_candidatecsvexport.moc"
