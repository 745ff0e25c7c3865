#include "reports/CandidateCsvImport.h"

#include "TestSupport.h"
#include "domain/TextKey.h"

#include <QTest>

class TestCandidateCsvImport : public QObject
{
    Q_OBJECT

private slots:
    void frenchWindows1252File();
    void englishUtf8BomFile();
    void headerVariants_data();
    void headerVariants();
    void words_data();
    void words();
    void refusals_data();
    void refusals();
    void headerOnlyIsEmptyImport();
    void blankRowsAreSkipped();
    void allOrNothing();
    void multipleErrorsInLineOrder();
    void ruleOfThePromotion();
    void parseFileInTemporaryDirectory();
    void parseFileMissing();
    void acceptedColumnsDescription();
    void formulaGuardIsReadBack();
};

namespace {

const char frenchHeader[] =
    "projet;administration;incubateur;type;phase;budget_annuel;montant_demande;description;decision;montant_accorde\n";

QString u8(const char *text)
{
    return QString::fromUtf8(text);
}

// French amounts as Money::toString writes them: '~' stands for the no-break space.
QString nb(const char *text)
{
    return QString::fromUtf8(text).replace(QLatin1Char('~'), QChar(0x00A0));
}

QSet<QString> existingKeys()
{
    return {TextKey::fold(QStringLiteral("Envergo")), TextKey::fold(QStringLiteral("Réfugiés.info"))};
}

CandidateCsvParse parseText(const QByteArray &bytes, const CofinancingRule &rule = CofinancingRule())
{
    return CandidateCsvImport::parse(bytes, QStringLiteral("c.csv"), rule, existingKeys());
}

} // namespace

void TestCandidateCsvImport::frenchWindows1252File()
{
    const QString path = QStringLiteral(FAST_TEST_DATA_DIR "/csv/candidats_windows1252.csv");
    const CandidateCsvParse parsed = CandidateCsvImport::parseFile(path, CofinancingRule(), {});
    QVERIFY2(parsed.ok(), qPrintable(parsed.messages().join(QLatin1Char('\n'))));
    QCOMPARE(parsed.encodingName, QStringLiteral("Windows-1252"));
    QCOMPARE(parsed.delimiter, QLatin1Char(';'));
    QCOMPARE(parsed.blankRowsSkipped, 1);
    QCOMPARE(parsed.lines, (QList<int>{2, 3, 4, 7}));
    QCOMPARE(parsed.candidates.size(), 4);

    const Candidate &refugies = parsed.candidates.at(0);
    QCOMPARE(refugies.id, 0);
    QCOMPARE(refugies.promotionId, 0);
    QCOMPARE(refugies.name, u8("Réfugiés.info"));
    QCOMPARE(refugies.carrier, u8("Délégation interministérielle à l’accueil et à l’intégration des réfugiés"));
    QCOMPARE(refugies.incubator, u8("Fabrique numérique des ministères sociaux"));
    QCOMPARE(refugies.kind, CandidateKind::Product);
    QCOMPARE(refugies.phase, Phase::Acceleration);
    QCOMPARE(refugies.annualBudget, Money::fromEuros(600000));
    QCOMPARE(refugies.requested, Money::fromEuros(250000));
    QCOMPARE(refugies.description, u8("Informer les personnes réfugiées"));
    QCOMPARE(refugies.decision, Decision::None);
    QCOMPARE(refugies.granted, Money());

    const Candidate &oeuvre = parsed.candidates.at(1);
    QCOMPARE(oeuvre.name, u8("L’Œuvre en ligne"));
    QCOMPARE(oeuvre.incubator, QString());
    QCOMPARE(oeuvre.kind, CandidateKind::Incubator);
    QCOMPARE(oeuvre.phase, Phase::Unspecified);
    QCOMPARE(oeuvre.annualBudget, Money::fromEuros(1000000));
    QCOMPARE(oeuvre.requested, Money::fromEuros(400000));
    QCOMPARE(oeuvre.description, u8("Incubateur « culture »; saison 2"));

    const Candidate &envergo = parsed.candidates.at(2);
    QCOMPARE(envergo.name, QStringLiteral("Envergo"));
    QCOMPARE(envergo.phase, Phase::Consolidation);
    QCOMPARE(envergo.annualBudget, Money::fromCents(38000050));
    QCOMPARE(envergo.requested, Money::fromEuros(150000));
    QCOMPARE(envergo.description, u8("Évaluer l’impact des projets\nsur les zones humides"));

    const Candidate &oeil = parsed.candidates.at(3);
    QCOMPARE(oeil.name, u8("Œil de bœuf"));
    QCOMPARE(oeil.carrier, u8("Ville de Saint-Étienne"));
    QCOMPARE(oeil.phase, Phase::Investigation);
    QCOMPARE(oeil.annualBudget, Money::fromEuros(120000));
    QCOMPARE(oeil.requested, Money::fromEuros(60000));
    QCOMPARE(oeil.description, u8("“Citations” et tirets – cadratins — ok"));
}

void TestCandidateCsvImport::englishUtf8BomFile()
{
    const QString path = QStringLiteral(FAST_TEST_DATA_DIR "/csv/candidates_utf8_bom.csv");
    const CandidateCsvParse parsed = CandidateCsvImport::parseFile(path, CofinancingRule(), existingKeys());
    QVERIFY2(parsed.ok(), qPrintable(parsed.messages().join(QLatin1Char('\n'))));
    QCOMPARE(parsed.encodingName, QStringLiteral("UTF-8 (BOM)"));
    QCOMPARE(parsed.delimiter, QLatin1Char(','));
    QCOMPARE(parsed.lines, (QList<int>{2, 3, 4, 5, 6}));
    QCOMPARE(parsed.candidates.size(), 5);

    const Candidate &aides = parsed.candidates.at(0);
    QCOMPARE(aides.name, QStringLiteral("Aides Jeunes"));
    QCOMPARE(aides.carrier, QStringLiteral("DJEPVA"));
    QCOMPARE(aides.phase, Phase::Consolidation);
    QCOMPARE(aides.annualBudget, Money::fromEuros(1200000));
    QCOMPARE(aides.requested, Money::fromEuros(300000));
    QCOMPARE(aides.description, QStringLiteral("Simulateur d'aides, pour les 16-30 ans"));
    QCOMPARE(aides.decision, Decision::Laureate);
    QCOMPARE(aides.granted, Money::fromEuros(300000));

    QCOMPARE(parsed.candidates.at(1).name, QStringLiteral("DossierFacile"));
    QCOMPARE(parsed.candidates.at(1).annualBudget, Money::fromEuros(500000));
    QCOMPARE(parsed.candidates.at(1).decision, Decision::Waitlist);
    QCOMPARE(parsed.candidates.at(1).granted, Money());

    QCOMPARE(parsed.candidates.at(2).kind, CandidateKind::Incubator);
    QCOMPARE(parsed.candidates.at(2).description, QStringLiteral("Un incubateur \"territorial\""));
    QCOMPARE(parsed.candidates.at(2).decision, Decision::Rejected);

    QCOMPARE(parsed.candidates.at(3).name, u8("Zéro Logement Vacant"));
    QCOMPARE(parsed.candidates.at(3).phase, Phase::Construction);
    QCOMPARE(parsed.candidates.at(3).decision, Decision::Laureate);
    QCOMPARE(parsed.candidates.at(3).granted, Money::fromCents(19999950));

    QCOMPARE(parsed.candidates.at(4).decision, Decision::Withdrawn);
    QCOMPARE(parsed.candidates.at(4).granted, Money());
}

void TestCandidateCsvImport::headerVariants_data()
{
    QTest::addColumn<QByteArray>("csv");

    const QByteArray row = "  Aides Jeunes ; DJEPVA ;La Fabrique;incubateur;construction;400 000;150 000; Simulateur "
                           ";laureat;150 000\n";
    QTest::newRow("French as in the spec") << QByteArray(frenchHeader) + row;
    QTest::newRow("French as typed in a spreadsheet")
        << QByteArray("Projet;Administration;Incubateur;Type;Phase;Budget annuel;Montant demandé;Description;Décision;"
                      "Montant accordé\n") +
               row;
    QTest::newRow("French capitals and dashes")
        << QByteArray("PROJET;ADMINISTRATION;INCUBATEUR;TYPE;PHASE;BUDGET-ANNUEL;MONTANT-DEMANDÉ;DESCRIPTION;DÉCISION;"
                      "MONTANT_ACCORDÉ\n") +
               row;
    QTest::newRow("English") << QByteArray("name;carrier;incubator;kind;phase;annual_budget;requested;description;"
                                           "decision;granted\n") +
                                    row;
    QTest::newRow("English with capitals and spaces")
        << QByteArray(" Name ;Carrier;INCUBATOR;Kind;Phase;Annual Budget;Requested;Description;Decision;Granted\n") +
               row;
    QTest::newRow("mixed languages, reordered")
        << QByteArray("granted;Montant demandé;name;administration;Budget annuel;type;phase;incubator;description;"
                      "decision\n"
                      "150 000;150 000;Aides Jeunes;DJEPVA;400 000;incubateur;construction;La Fabrique;Simulateur;"
                      "laureat\n");
}

void TestCandidateCsvImport::headerVariants()
{
    QFETCH(QByteArray, csv);

    const CandidateCsvParse parsed = parseText(csv);
    QVERIFY2(parsed.ok(), qPrintable(parsed.messages().join(QLatin1Char('\n'))));
    QCOMPARE(parsed.candidates.size(), 1);
    const Candidate &candidate = parsed.candidates.constFirst();
    QCOMPARE(candidate.name, QStringLiteral("Aides Jeunes"));
    QCOMPARE(candidate.carrier, QStringLiteral("DJEPVA"));
    QCOMPARE(candidate.incubator, QStringLiteral("La Fabrique"));
    QCOMPARE(candidate.kind, CandidateKind::Incubator);
    QCOMPARE(candidate.phase, Phase::Construction);
    QCOMPARE(candidate.annualBudget, Money::fromEuros(400000));
    QCOMPARE(candidate.requested, Money::fromEuros(150000));
    QCOMPARE(candidate.description, QStringLiteral("Simulateur"));
    QCOMPARE(candidate.decision, Decision::Laureate);
    QCOMPARE(candidate.granted, Money::fromEuros(150000));
}

void TestCandidateCsvImport::words_data()
{
    QTest::addColumn<QString>("kindText");
    QTest::addColumn<QString>("phaseText");
    QTest::addColumn<QString>("decisionText");
    QTest::addColumn<QString>("grantedText");
    QTest::addColumn<CandidateKind>("kind");
    QTest::addColumn<Phase>("phase");
    QTest::addColumn<Decision>("decision");
    QTest::addColumn<qint64>("grantedCents");

    const QString none;
    QTest::newRow("all empty: defaults") << none << none << none << none << CandidateKind::Product << Phase::Unspecified
                                         << Decision::None << qint64(0);
    QTest::newRow("produit") << u8("produit") << none << none << none << CandidateKind::Product << Phase::Unspecified
                             << Decision::None << qint64(0);
    QTest::newRow("product") << u8("Product") << none << none << none << CandidateKind::Product << Phase::Unspecified
                             << Decision::None << qint64(0);
    QTest::newRow("INCUBATEUR") << u8("INCUBATEUR") << none << none << none << CandidateKind::Incubator
                                << Phase::Unspecified << Decision::None << qint64(0);
    QTest::newRow("incubator") << u8("incubator") << none << none << none << CandidateKind::Incubator
                               << Phase::Unspecified << Decision::None << qint64(0);
    QTest::newRow("investigation") << none << u8("Investigation") << none << none << CandidateKind::Product
                                   << Phase::Investigation << Decision::None << qint64(0);
    QTest::newRow("construction") << none << u8("construction") << none << none << CandidateKind::Product
                                  << Phase::Construction << Decision::None << qint64(0);
    QTest::newRow("accélération") << none << u8("accélération") << none << none << CandidateKind::Product
                                  << Phase::Acceleration << Decision::None << qint64(0);
    QTest::newRow("acceleration") << none << u8("ACCELERATION") << none << none << CandidateKind::Product
                                  << Phase::Acceleration << Decision::None << qint64(0);
    QTest::newRow("pérennisation") << none << u8("Pérennisation") << none << none << CandidateKind::Product
                                   << Phase::Consolidation << Decision::None << qint64(0);
    QTest::newRow("consolidation") << none << u8("consolidation") << none << none << CandidateKind::Product
                                   << Phase::Consolidation << Decision::None << qint64(0);
    QTest::newRow("lauréat") << none << none << u8("Lauréat") << u8("150 000") << CandidateKind::Product
                             << Phase::Unspecified << Decision::Laureate << qint64(15000000);
    QTest::newRow("laureate, less than eligible")
        << none << none << u8("laureate") << u8("99 999,99 €") << CandidateKind::Product << Phase::Unspecified
        << Decision::Laureate << qint64(9999999);
    QTest::newRow("liste_attente") << none << none << u8("liste_attente") << none << CandidateKind::Product
                                   << Phase::Unspecified << Decision::Waitlist << qint64(0);
    QTest::newRow("Liste d'attente") << none << none << u8("Liste d'attente") << none << CandidateKind::Product
                                     << Phase::Unspecified << Decision::Waitlist << qint64(0);
    QTest::newRow("waitlist") << none << none << u8("waitlist") << none << CandidateKind::Product << Phase::Unspecified
                              << Decision::Waitlist << qint64(0);
    QTest::newRow("refusé") << none << none << u8("refusé") << none << CandidateKind::Product << Phase::Unspecified
                            << Decision::Rejected << qint64(0);
    QTest::newRow("rejected with a zero granted amount")
        << none << none << u8("rejected") << u8("0") << CandidateKind::Product << Phase::Unspecified
        << Decision::Rejected << qint64(0);
    QTest::newRow("retiré") << none << none << u8("RETIRÉ") << none << CandidateKind::Product << Phase::Unspecified
                            << Decision::Withdrawn << qint64(0);
    QTest::newRow("withdrawn") << none << none << u8("withdrawn") << none << CandidateKind::Product
                               << Phase::Unspecified << Decision::Withdrawn << qint64(0);
}

void TestCandidateCsvImport::words()
{
    QFETCH(QString, kindText);
    QFETCH(QString, phaseText);
    QFETCH(QString, decisionText);
    QFETCH(QString, grantedText);
    QFETCH(CandidateKind, kind);
    QFETCH(Phase, phase);
    QFETCH(Decision, decision);
    QFETCH(qint64, grantedCents);

    const QString row = QStringLiteral("Aides Jeunes;DJEPVA;;%1;%2;400 000;150 000;;%3;%4\n")
                            .arg(kindText, phaseText, decisionText, grantedText);
    const CandidateCsvParse parsed = parseText(QByteArray(frenchHeader) + row.toUtf8());
    QVERIFY2(parsed.ok(), qPrintable(parsed.messages().join(QLatin1Char('\n'))));
    QCOMPARE(parsed.candidates.size(), 1);
    QCOMPARE(parsed.candidates.constFirst().kind, kind);
    QCOMPARE(parsed.candidates.constFirst().phase, phase);
    QCOMPARE(parsed.candidates.constFirst().decision, decision);
    QCOMPARE(parsed.candidates.constFirst().granted, Money::fromCents(grantedCents));
}

void TestCandidateCsvImport::refusals_data()
{
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<QStringList>("messages");

    const QByteArray header = frenchHeader;
    const QString columns = CandidateCsvImport::acceptedColumnsDescription();

    QTest::newRow("empty file") << QByteArray() << QStringList{QStringLiteral("c.csv: the file is empty")};
    QTest::newRow("only a BOM") << QByteArray("\xEF\xBB\xBF")
                                << QStringList{
                                       QStringLiteral("c.csv: the file is empty: it holds only a byte order mark")};
    QTest::newRow("NUL bytes") << QByteArray("projet;administration\0\0\0", 24)
                               << QStringList{QStringLiteral("c.csv: not a text file")};
    QTest::newRow("unterminated quote") << header + "Aides Jeunes;DJEPVA;;;;400 000;150 000;;;\n"
                                                    "DossierFacile;DHUP;;;;500 000;250 000;\"Une description;;\n"
                                                    "Zéro Logement Vacant;DHUP;;;;400 000;200 000;;;\n"
                                        << QStringList{
                                               QStringLiteral("c.csv:3: a quoted field opened here is never closed")};
    QTest::newRow("more fields than the header")
        << header + "Aides Jeunes;DJEPVA;;;;400 000;150 000;Aide; simulateur;;\n"
        << QStringList{QStringLiteral("c.csv:2: the row has more fields than the header (11 instead of 10): a value "
                                      "that contains \";\" must be put in double quotes")};
    QTest::newRow("more fields, comma delimiter")
        << QByteArray("projet,administration,budget_annuel,montant_demande\nAides Jeunes,DJEPVA,400000,150000,50\n")
        << QStringList{QStringLiteral("c.csv:2: the row has more fields than the header (5 instead of 4): a value "
                                      "that contains \",\" must be put in double quotes")};
    QTest::newRow("fewer fields than the header")
        << header + "Aides Jeunes;DJEPVA;;\n"
        << QStringList{QStringLiteral("c.csv:2: the row has fewer fields than the header (4 instead of 10)")};
    QTest::newRow("unknown column")
        << QByteArray("projet;administration;budget_annuel;montant_demande;Commentaire\n"
                      "Aides Jeunes;DJEPVA;400 000;150 000;très bien\n")
        << QStringList{QStringLiteral("c.csv:1: Commentaire: unknown column; the accepted columns are ") + columns};
    QTest::newRow("duplicate column")
        << QByteArray("Projet;administration;budget_annuel;montant_demande;Name\n"
                      "Aides Jeunes;DJEPVA;400 000;150 000;Aides Jeunes\n")
        << QStringList{QStringLiteral("c.csv:1: Name: duplicate column: column 1 (\"Projet\") already holds it")};
    QTest::newRow("missing required columns")
        << QByteArray("projet;budget_annuel\nAides Jeunes;400 000\n")
        << QStringList{
               QStringLiteral("c.csv:1: the required column \"administration\" (or \"carrier\") is missing"),
               QStringLiteral("c.csv:1: the required column \"montant_demande\" (or \"requested\") is missing")};
    QTest::newRow("header of blanks")
        << QByteArray(" ; \nAides Jeunes;DJEPVA\n")
        << QStringList{QStringLiteral("c.csv:1: the header row is empty: the first line must name the columns (") +
                       columns + QLatin1Char(')')};
    QTest::newRow("letters in an amount")
        << header + "Aides Jeunes;DJEPVA;;;;beaucoup;150 000;;;\n"
        << QStringList{u8("c.csv:2: budget_annuel: The amount \"beaucoup\" contains letters: only digits, spaces, a "
                          "decimal comma and € are accepted.")};
    QTest::newRow("ambiguous amount") << header + "Aides Jeunes;DJEPVA;;;;400 000;300,000;;;\n"
                                      << QStringList{QStringLiteral(
                                             "c.csv:2: montant_demande: The amount \"300,000\" is ambiguous: a comma "
                                             "followed by three digits could group thousands. Write \"300 000\" for "
                                             "thousands or use at most two decimals.")};
    QTest::newRow("empty name and amount")
        << header + ";DJEPVA;;;;400 000;;;;\n"
        << QStringList{QStringLiteral("c.csv:2: projet: The project name is required."),
                       QStringLiteral("c.csv:2: montant_demande: The amount is empty.")};
    QTest::newRow("empty carrier, column named as written")
        << QByteArray("Projet;Administration porteuse;Budget annuel;Montant demandé\n"
                      "Aides Jeunes;  ;400 000;150 000\n")
               .replace("Administration porteuse", "Carrier")
        << QStringList{QStringLiteral("c.csv:2: Carrier: The carrying administration is required.")};
    QTest::newRow("zero budget") << header + "Aides Jeunes;DJEPVA;;;;0;150 000;;;\n"
                                 << QStringList{u8("c.csv:2: budget_annuel: The annual budget must be more than 0 €.")};
    QTest::newRow("laureate without granted amount")
        << header + "Aides Jeunes;DJEPVA;;;;400 000;150 000;;lauréat;\n"
        << QStringList{QStringLiteral("c.csv:2: montant_accorde: a laureate needs a granted amount")};
    QTest::newRow("laureate without a granted column")
        << QByteArray("projet;administration;budget_annuel;montant_demande;Décision\n"
                      "Aides Jeunes;DJEPVA;400 000;150 000;laureate\n")
        << QStringList{u8("c.csv:2: Décision: a laureate needs a granted amount, but the file has no "
                          "\"montant_accorde\" (or \"granted\") column")};
    QTest::newRow("granted above eligible")
        << header + "Aides Jeunes;DJEPVA;;;;400 000;250 000;;laureat;250 000\n"
        << QStringList{nb("c.csv:2: montant_accorde: The granted amount 250~000~€ is more than the eligible amount "
                          "200~000~€: the fund pays at most 50 % of the annual budget (200~000~€ of 400~000~€) and at "
                          "most 300~000~€, and never more than the requested 250~000~€.")};
    QTest::newRow("granted zero for a laureate")
        << header + "Aides Jeunes;DJEPVA;;;;400 000;150 000;;laureat;0\n"
        << QStringList{nb("c.csv:2: montant_accorde: A laureate's granted amount must be more than 0 € (given: 0~€).")};
    QTest::newRow("granted on a rejected candidate")
        << header + "Aides Jeunes;DJEPVA;;;;400 000;150 000;;refusé;1 000\n"
        << QStringList{QStringLiteral("c.csv:2: montant_accorde: Only a laureate has a granted amount; this "
                                      "candidate's decision is \"Not selected\".")};
    QTest::newRow("granted without a decision")
        << header + "Aides Jeunes;DJEPVA;;;;400 000;150 000;;;1 000\n"
        << QStringList{QStringLiteral("c.csv:2: montant_accorde: Only a laureate has a granted amount; this "
                                      "candidate's decision is \"No decision\".")};
    QTest::newRow("unreadable granted amount")
        << header + "Aides Jeunes;DJEPVA;;;;400 000;150 000;;laureat;-5\n"
        << QStringList{QStringLiteral("c.csv:2: montant_accorde: The amount \"-5\" is negative: amounts must be zero "
                                      "or more.")};
    QTest::newRow("unknown kind") << header + "Aides Jeunes;DJEPVA;;startup;;400 000;150 000;;;\n"
                                  << QStringList{QStringLiteral(
                                         "c.csv:2: type: \"startup\" is not a kind of candidate: write one of produit, "
                                         "product, incubateur, incubator")};
    QTest::newRow("unknown phase")
        << header + "Aides Jeunes;DJEPVA;;;beta;400 000;150 000;;;\n"
        << QStringList{QStringLiteral("c.csv:2: phase: \"beta\" is not a phase: write one of investigation, "
                                      "construction, acceleration, consolidation, perennisation, or leave it empty")};
    QTest::newRow("unknown decision hides the granted check")
        << header + "Aides Jeunes;DJEPVA;;;;400 000;150 000;;oui;1 000\n"
        << QStringList{QStringLiteral("c.csv:2: decision: \"oui\" is not a decision: write one of laureat, "
                                      "liste_attente, refuse, retire, laureate, waitlist, rejected, withdrawn, or "
                                      "leave it empty")};
    QTest::newRow("duplicate in the file, case and accents")
        << header + "Zéro Logement Vacant;DHUP;;;;400 000;150 000;;;\n"
                    "DossierFacile;DHUP;;;;500 000;250 000;;;\n"
                    "  ZERO logement vacant ;DHUP;;;;400 000;150 000;;;\n"
        << QStringList{QStringLiteral("c.csv:4: projet: \"ZERO logement vacant\" is already on line 2 (names are "
                                      "compared without case or accents)")};
    QTest::newRow("duplicate of a candidate already in the promotion")
        << header + "ENVERGO;DGALN;;;;400 000;150 000;;;\n"
                    "refugies.info;DIAIR;;;;400 000;150 000;;;\n"
        << QStringList{QStringLiteral("c.csv:2: projet: \"ENVERGO\" is already a candidate of this promotion"),
                       QStringLiteral("c.csv:3: projet: \"refugies.info\" is already a candidate of this promotion")};
    QTest::newRow("value in an unnamed column")
        << QByteArray("projet;administration;budget_annuel;montant_demande;\n"
                      "Aides Jeunes;DJEPVA;400 000;150 000;\n"
                      "DossierFacile;DHUP;500 000;250 000;oups\n")
        << QStringList{QStringLiteral("c.csv:3: column 5 has no name in the header but holds \"oups\"")};
}

void TestCandidateCsvImport::refusals()
{
    QFETCH(QByteArray, csv);
    QFETCH(QStringList, messages);

    const CandidateCsvParse parsed = parseText(csv);
    QCOMPARE(parsed.messages(), messages);
    QVERIFY(!parsed.ok());
    QVERIFY(parsed.candidates.isEmpty());
    QVERIFY(parsed.lines.isEmpty());
}

void TestCandidateCsvImport::headerOnlyIsEmptyImport()
{
    // A header without rows is a valid, empty import (a template just downloaded), not an error.
    const CandidateCsvParse parsed = parseText(QByteArray(frenchHeader));
    QVERIFY(parsed.ok());
    QCOMPARE(parsed.candidates.size(), 0);
    QCOMPARE(parsed.encodingName, QStringLiteral("UTF-8"));
}

void TestCandidateCsvImport::blankRowsAreSkipped()
{
    const CandidateCsvParse parsed =
        parseText(QByteArray(frenchHeader) + "\n;;;;;;;;;\nAides Jeunes;DJEPVA;;;;400 000;150 000;;;\n ; ;;;;;;;;\n"
                                             "\r\nDossierFacile;DHUP;;;;500 000;250 000;;;\n;;\n");
    QVERIFY2(parsed.ok(), qPrintable(parsed.messages().join(QLatin1Char('\n'))));
    QCOMPARE(parsed.lines, (QList<int>{4, 7}));
    QCOMPARE(parsed.candidates.at(0).name, QStringLiteral("Aides Jeunes"));
    QCOMPARE(parsed.candidates.at(1).name, QStringLiteral("DossierFacile"));
    // ";;" is blank although it has the wrong number of fields: nothing would be lost by skipping it.
    QCOMPARE(parsed.blankRowsSkipped, 3);
}

void TestCandidateCsvImport::allOrNothing()
{
    const CandidateCsvParse parsed =
        parseText(QByteArray(frenchHeader) + "Aides Jeunes;DJEPVA;;;;400 000;150 000;;;\n"
                                             "DossierFacile;DHUP;;;;500 000;beaucoup;;;\n"
                                             "Zéro Logement Vacant;DHUP;;;;400 000;200 000;;;\n");
    QVERIFY(!parsed.ok());
    QCOMPARE(parsed.problems.size(), 1);
    QCOMPARE(parsed.problems.constFirst().line, 3);
    QCOMPARE(parsed.problems.constFirst().column, QStringLiteral("montant_demande"));
    QVERIFY(parsed.candidates.isEmpty());
    QVERIFY(parsed.lines.isEmpty());
}

void TestCandidateCsvImport::multipleErrorsInLineOrder()
{
    const QByteArray csv = "Montant demandé;Projet;administration;budget_annuel;Commentaire;decision;montant_accorde\n"
                           "150 000;Aides Jeunes;DJEPVA;400 000;;;\n"
                           "x;;DHUP;0;;peut-être;\n"
                           "\"Un montant\non\nmulti-lignes\";Aides jeunes;DJEPVA;400 000;;;\n"
                           "1;2;3\n"
                           "250 000;Zéro Logement Vacant;DHUP;400 000;;laureat;300 000\n"
                           "150 000;Envergo;DGALN;400 000;;;\n";
    const CandidateCsvParse parsed = parseText(csv);
    const QStringList expected{
        QStringLiteral("c.csv:1: Commentaire: unknown column; the accepted columns are ") +
            CandidateCsvImport::acceptedColumnsDescription(),
        // Within a row, problems come in column order whatever check found them.
        u8("c.csv:3: Montant demandé: The amount \"x\" contains letters: only digits, spaces, a decimal comma and € "
           "are accepted."),
        QStringLiteral("c.csv:3: Projet: The project name is required."),
        u8("c.csv:3: budget_annuel: The annual budget must be more than 0 €."),
        u8("c.csv:3: decision: \"peut-être\" is not a decision: write one of laureat, liste_attente, refuse, retire, "
           "laureate, waitlist, rejected, withdrawn, or leave it empty"),
        u8("c.csv:4: Montant demandé: The amount \"Un montant\non\nmulti-lignes\" contains letters: only digits, "
           "spaces, a decimal comma and € are accepted."),
        QStringLiteral("c.csv:4: Projet: \"Aides jeunes\" is already on line 2 (names are compared without case or "
                       "accents)"),
        QStringLiteral("c.csv:7: the row has fewer fields than the header (3 instead of 7)"),
        nb("c.csv:8: montant_accorde: The granted amount 300~000~€ is more than the eligible amount 200~000~€: the "
           "fund pays at most 50 % of the annual budget (200~000~€ of 400~000~€) and at most 300~000~€, and never more "
           "than the requested 250~000~€."),
        QStringLiteral("c.csv:9: Projet: \"Envergo\" is already a candidate of this promotion"),
    };
    QCOMPARE(parsed.messages(), expected);
    QVERIFY(parsed.candidates.isEmpty());
}

void TestCandidateCsvImport::ruleOfThePromotion()
{
    // A laureate of a past promotion decided under 80 % and 500 000 €: right under its rule, wrong under today's.
    const QByteArray csv = QByteArray(frenchHeader) + "Aides Jeunes;DJEPVA;;;;500 000;450 000;;laureat;400 000\n";
    const CandidateCsvParse underOldRule = parseText(csv, CofinancingRule(80, Money::fromEuros(500000)));
    QVERIFY2(underOldRule.ok(), qPrintable(underOldRule.messages().join(QLatin1Char('\n'))));
    QCOMPARE(underOldRule.candidates.constFirst().granted, Money::fromEuros(400000));

    const CandidateCsvParse underDefault = parseText(csv);
    QCOMPARE(underDefault.messages(),
             QStringList{nb("c.csv:2: montant_accorde: The granted amount 400~000~€ is more than the eligible amount "
                            "250~000~€: the fund pays at most 50 % of the annual budget (250~000~€ of 500~000~€) and "
                            "at most 300~000~€, and never more than the requested 450~000~€.")});
}

void TestCandidateCsvImport::parseFileInTemporaryDirectory()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    // Windows-1252 bytes with an error: the message names the path as given and decodes the accents.
    const QString path = TestSupport::writeFile(dir, QStringLiteral("promo.csv"),
                                                QByteArray("Projet;Administration;Budget annuel;Montant demand\xE9\r\n"
                                                           "Caf\xE9 des \x9C"
                                                           "uvres;Minist\xE8re;100 000 \x80;\r\n"));
    const CandidateCsvParse parsed = CandidateCsvImport::parseFile(path, CofinancingRule(), {});
    QCOMPARE(parsed.encodingName, QStringLiteral("Windows-1252"));
    QCOMPARE(parsed.messages(), QStringList{path + u8(":2: Montant demandé: The amount is empty.")});
}

void TestCandidateCsvImport::parseFileMissing()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("absent.csv"));
    const CandidateCsvParse parsed = CandidateCsvImport::parseFile(path, CofinancingRule(), {});
    QCOMPARE(parsed.problems.size(), 1);
    QCOMPARE(parsed.problems.constFirst().file, path);
    QCOMPARE(parsed.problems.constFirst().line, 0);
    QVERIFY2(parsed.messages().constFirst().startsWith(path + QStringLiteral(": cannot be read: ")),
             qPrintable(parsed.messages().constFirst()));
}

void TestCandidateCsvImport::acceptedColumnsDescription()
{
    QCOMPARE(CandidateCsvImport::acceptedColumnsDescription(),
             QStringLiteral("projet/name, administration/carrier, incubateur/incubator, type/kind, phase, "
                            "budget_annuel/annual_budget, montant_demande/requested, description, decision, "
                            "montant_accorde/granted, numero_dossier/file_number, email_contact/contact_email"));
}

void TestCandidateCsvImport::formulaGuardIsReadBack()
{
    // The export writes '=... for a cell starting with = + - @; the import takes that apostrophe off,
    // and only that one.
    const CandidateCsvParse parsed = parseText(QByteArray(frenchHeader)
                                               + "'=HYPERLINK(1);'@DGALN;'-incubateur;produit;;400000;100000;"
                                                 "'+33 1;;\n"
                                                 "'Quote;DINUM;;produit;;400000;100000;'';;\n"
                                                 "''=Apostrophe;DINUM;;produit;;400000;100000;;;\n");
    QVERIFY2(parsed.ok(), qPrintable(parsed.messages().join(QLatin1Char('\n'))));
    QCOMPARE(parsed.candidates.size(), 3);
    QCOMPARE(parsed.candidates.at(0).name, QStringLiteral("=HYPERLINK(1)"));
    QCOMPARE(parsed.candidates.at(0).carrier, QStringLiteral("@DGALN"));
    QCOMPARE(parsed.candidates.at(0).incubator, QStringLiteral("-incubateur"));
    QCOMPARE(parsed.candidates.at(0).description, QStringLiteral("+33 1"));
    QCOMPARE(parsed.candidates.at(1).name, QStringLiteral("'Quote"));
    QCOMPARE(parsed.candidates.at(1).description, QStringLiteral("''"));
    QCOMPARE(parsed.candidates.at(2).name, QStringLiteral("'=Apostrophe"));
}

QTEST_GUILESS_MAIN(TestCandidateCsvImport)
#include "tst_candidatecsvimport.moc"
