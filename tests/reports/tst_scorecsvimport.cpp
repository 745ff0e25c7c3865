#include "TestSupport.h"
#include "reports/ScoreCsvImport.h"

#include <QTemporaryDir>
#include <QTest>

// The committee's notes file: members, candidates and criteria found by name whatever the case and accents,
// notes 0–5 and recusals, French or English headers; and every refusal located "FILE:LINE: column: reason",
// with nothing kept when anything is wrong.
class TestScoreCsvImport : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void readsNotesAndRecusals();
    void englishHeaderAndCommas();
    void refusals_data();
    void refusals();
    void headerProblems_data();
    void headerProblems();
    void readsFile();
    void refusesMixedEncodingsAndDevices();

private:
    ScoreSheet m_sheet;
    QList<Candidate> m_candidates;
};

namespace {

Candidate candidate(qint64 id, const QString &name)
{
    Candidate value;
    value.id = id;
    value.name = name;
    return value;
}

} // namespace

void TestScoreCsvImport::init()
{
    // Alice (1), Bruno (2), Chloé (3); Alpha (10), Bêta (11), Gamma (12); Chloé already recused on Gamma.
    m_sheet = ScoreSheet();
    QVERIFY(m_sheet.addMember({1, QStringLiteral("Alice")}).ok());
    QVERIFY(m_sheet.addMember({2, QStringLiteral("Bruno")}).ok());
    QVERIFY(m_sheet.addMember({3, QStringLiteral("Chloé")}).ok());
    m_candidates = {candidate(10, QStringLiteral("Alpha")), candidate(11, QStringLiteral("Bêta")),
                    candidate(12, QStringLiteral("Gamma"))};
    for (const Candidate &each : std::as_const(m_candidates))
        QVERIFY(m_sheet.addCandidate(each.id).ok());
    QVERIFY(m_sheet.recordRecusal(12, 3).ok());
}

void TestScoreCsvImport::readsNotesAndRecusals()
{
    const QByteArray csv = "Membre;Projet;Critère;Note\n"
                           "alice;ALPHA;impact potentiel;4\n"
                           "Alice;beta;Probleme public et usagers;0\n"
                           "\n"
                           "CHLOE;Alpha;  Équipe et portage ;5\n"
                           "Bruno;Bêta;;déport\n"
                           "Bruno;Gamma;;Recusal\n"
                           "Alice;gamma;TRAJECTOIRE D'ACCELERATION;3\n";
    const ScoreCsvImport::Parsed parsed =
        ScoreCsvImport::parse(csv, QStringLiteral("notes.csv"), m_sheet, m_candidates);
    QCOMPARE(parsed.messages(), QStringList());
    QVERIFY(parsed.ok());
    QCOMPARE(parsed.delimiter, QLatin1Char(';'));
    QCOMPARE(parsed.notes, (QList<ScoreNote>{{10, 1, 0, 4}, {11, 1, 1, 0}, {10, 3, 2, 5}, {12, 1, 3, 3}}));
    QCOMPARE(parsed.recusals, (QList<QPair<qint64, qint64>>{{11, 2}, {12, 2}}));
}

void TestScoreCsvImport::englishHeaderAndCommas()
{
    const QByteArray csv = "member,name,criterion,note\r\n"
                           "Bruno,Alpha,Utilisation du cofinancement,2\r\n"
                           "Chloé,Bêta,,DEPORT\r\n";
    const ScoreCsvImport::Parsed parsed = ScoreCsvImport::parse(csv, QStringLiteral("en.csv"), m_sheet, m_candidates);
    QCOMPARE(parsed.messages(), QStringList());
    QCOMPARE(parsed.notes, (QList<ScoreNote>{{10, 2, 4, 2}}));
    QCOMPARE(parsed.recusals, (QList<QPair<qint64, qint64>>{{11, 3}}));
}

void TestScoreCsvImport::refusals_data()
{
    QTest::addColumn<QByteArray>("rows");
    QTest::addColumn<QStringList>("messages");

    QTest::newRow("unknown member")
        << QByteArray("David;Alpha;Impact potentiel;3\n")
        << QStringList{QStringLiteral(
               "f.csv:2: membre: unknown committee member \"David\"; the members are Alice, Bruno, Chloé")};
    QTest::newRow("unknown candidate") << QByteArray("Alice;Omega;Impact potentiel;3\n")
                                       << QStringList{QStringLiteral(
                                              "f.csv:2: projet: no candidate called \"Omega\" in this promotion")};
    QTest::newRow("unknown criterion") << QByteArray("Alice;Alpha;Impact;3\n")
                                       << QStringList{QStringLiteral(
                                              "f.csv:2: critere: unknown criterion \"Impact\"; the criteria are Impact "
                                              "potentiel, Problème public et usagers, Équipe et portage, Trajectoire "
                                              "d'accélération, Utilisation du cofinancement")};
    QTest::newRow("note 6") << QByteArray("Alice;Alpha;Impact potentiel;6\n")
                            << QStringList{QStringLiteral("f.csv:2: note: \"6\" is not a note: write a whole number "
                                                          "from 0 to 5, or \"déport\" for a recusal")};
    QTest::newRow("note 3.5") << QByteArray("Alice;Alpha;Impact potentiel;3.5\n")
                              << QStringList{QStringLiteral("f.csv:2: note: \"3.5\" is not a note: write a whole "
                                                            "number from 0 to 5, or \"déport\" for a recusal")};
    QTest::newRow("note -1") << QByteArray("Alice;Alpha;Impact potentiel;-1\n")
                             << QStringList{QStringLiteral("f.csv:2: note: \"-1\" is not a note: write a whole "
                                                           "number from 0 to 5, or \"déport\" for a recusal")};
    QTest::newRow("note missing")
        << QByteArray("Alice;Alpha;Impact potentiel;\n")
        << QStringList{
               QStringLiteral("f.csv:2: note: the note is missing: write a whole number from 0 to 5, or \"déport\"")};
    QTest::newRow("criterion missing") << QByteArray("Alice;Alpha;;4\n")
                                       << QStringList{QStringLiteral("f.csv:2: critere: the criterion is missing")};
    QTest::newRow("recusal with a criterion")
        << QByteArray("Alice;Alpha;Impact potentiel;déport\n")
        << QStringList{QStringLiteral("f.csv:2: critere: a recusal concerns the whole candidate: leave the "
                                      "criterion empty (given \"Impact potentiel\")")};
    QTest::newRow("note of a member recused in the database")
        << QByteArray("Alice;Gamma;Impact potentiel;4\nChloé;gamma;Impact potentiel;4\n")
        << QStringList{QStringLiteral("f.csv:3: note: Chloé is recused on Gamma and cannot score it")};
    QTest::newRow("note of a member recused further down the file")
        << QByteArray("Bruno;Alpha;Impact potentiel;4\nBruno;ALPHA;;déport\n")
        << QStringList{QStringLiteral("f.csv:2: note: Bruno is recused on Alpha (line 3) and cannot score it")};
    QTest::newRow("same cell twice") << QByteArray("Alice;Alpha;Impact potentiel;4\nalice;alpha;IMPACT POTENTIEL;5\n")
                                     << QStringList{QStringLiteral(
                                            "f.csv:3: alice already noted \"IMPACT POTENTIEL\" for alpha on line 2")};
    QTest::newRow("same recusal twice") << QByteArray("Alice;Alpha;;déport\nAlice;Alpha;;recusal\n")
                                        << QStringList{QStringLiteral("f.csv:3: note: this recusal is already on "
                                                                      "line 2")};
    QTest::newRow("fields missing") << QByteArray("Alice;Alpha;4\n")
                                    << QStringList{QStringLiteral("f.csv:2: the row has 3 fields where the header "
                                                                  "has 4")};
    QTest::newRow("every problem, in line order")
        << QByteArray("Alice;Alpha;Impact potentiel;4\nZoé;Alpha;Impact potentiel;9\nBruno;Alpha;;déport\n"
                      "Bruno;Alpha;Impact potentiel;2\n")
        << QStringList{
               QStringLiteral("f.csv:3: membre: unknown committee member \"Zoé\"; the members are Alice, Bruno, Chloé"),
               QStringLiteral("f.csv:3: note: \"9\" is not a note: write a whole number from 0 to 5, or \"déport\" "
                              "for a recusal"),
               QStringLiteral("f.csv:5: note: Bruno is recused on Alpha (line 4) and cannot score it")};
}

void TestScoreCsvImport::refusals()
{
    QFETCH(QByteArray, rows);
    QFETCH(QStringList, messages);
    const ScoreCsvImport::Parsed parsed = ScoreCsvImport::parse(QByteArray("membre;projet;critere;note\n") + rows,
                                                                QStringLiteral("f.csv"), m_sheet, m_candidates);
    QCOMPARE(parsed.messages(), messages);
    QVERIFY(!parsed.ok());
    // All or nothing: the good rows are not kept either.
    QCOMPARE(parsed.notes.size(), 0);
    QCOMPARE(parsed.recusals.size(), 0);
}

void TestScoreCsvImport::headerProblems_data()
{
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<QStringList>("messages");
    QTest::newRow("empty file") << QByteArray() << QStringList{QStringLiteral("f.csv: the file is empty")};
    QTest::newRow("unknown and missing column")
        << QByteArray("membre;projet;critere;score\nAlice;Alpha;Impact potentiel;4\n")
        << QStringList{QStringLiteral("f.csv:1: score: unknown column; the accepted columns are membre/member, "
                                      "projet/name, critere/criterion, note"),
                       QStringLiteral("f.csv:1: the required column \"note\" (or \"note\") is missing")};
    QTest::newRow("duplicate column")
        << QByteArray("membre;projet;critere;note;Member\n")
        << QStringList{QStringLiteral("f.csv:1: Member: duplicate column: column 1 (\"membre\") already holds it")};
}

void TestScoreCsvImport::headerProblems()
{
    QFETCH(QByteArray, csv);
    QFETCH(QStringList, messages);
    const ScoreCsvImport::Parsed parsed = ScoreCsvImport::parse(csv, QStringLiteral("f.csv"), m_sheet, m_candidates);
    QCOMPARE(parsed.messages(), messages);
}

void TestScoreCsvImport::readsFile()
{
    QTemporaryDir dir;
    // Windows-1252, as a French spreadsheet saves it: "Chloé", "Équipe" and "déport" in one byte each.
    const QString path = TestSupport::writeFile(dir, QStringLiteral("notes.csv"),
                                                QByteArray("membre;projet;critere;note\n"
                                                           "Chlo\xe9;Alpha;\xc9quipe et portage;1\n"
                                                           "Chlo\xe9;Beta;;d\xe9port\n"));
    const ScoreCsvImport::Parsed parsed = ScoreCsvImport::parseFile(path, m_sheet, m_candidates);
    QCOMPARE(parsed.messages(), QStringList());
    QCOMPARE(parsed.encodingName, QStringLiteral("Windows-1252"));
    QCOMPARE(parsed.notes, (QList<ScoreNote>{{10, 3, 2, 1}}));
    QCOMPARE(parsed.recusals, (QList<QPair<qint64, qint64>>{{11, 3}}));

    const ScoreCsvImport::Parsed missing =
        ScoreCsvImport::parseFile(dir.filePath(QStringLiteral("absent.csv")), m_sheet, m_candidates);
    QCOMPARE(missing.problems.size(), 1);
    QVERIFY(!missing.ok());
}

void TestScoreCsvImport::refusesMixedEncodingsAndDevices()
{
    QTemporaryDir dir;
    // "critère" and "déport" saved as UTF-8, "Chloé" pasted from a Windows spreadsheet.
    const QString path = TestSupport::writeFile(dir, QStringLiteral("mixed.csv"),
                                                QByteArray("membre;projet;crit\xc3\xa8re;note\n"
                                                           "Chlo\xe9;Beta;;d\xc3\xa9port\n"));
    const ScoreCsvImport::Parsed mixed = ScoreCsvImport::parseFile(path, m_sheet, m_candidates);
    QCOMPARE(mixed.problems.size(), 1);
    QCOMPARE(mixed.problems.constFirst().line, 2);
    QCOMPARE(mixed.problems.constFirst().column, QStringLiteral("column 5"));
    QCOMPARE(mixed.messages(), QStringList{path + QStringLiteral(":2: column 5: byte 0xE9 is not UTF-8, while the file "
                                                                 "elsewhere is UTF-8: save it again as UTF-8")});
    QVERIFY(mixed.recusals.isEmpty());

    const ScoreCsvImport::Parsed device = ScoreCsvImport::parseFile(QStringLiteral("/dev/zero"), m_sheet, m_candidates);
    QCOMPARE(device.messages(), QStringList{QStringLiteral("/dev/zero: not a regular file but a character device: give "
                                                           "the path of a CSV file saved on a disk")});
}

QTEST_GUILESS_MAIN(TestScoreCsvImport)
#include "tst_scorecsvimport.moc"
