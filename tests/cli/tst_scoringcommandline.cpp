#include "TestDatabaseLocation.h"
#include "TestSupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

namespace {

// Amounts as Money::toString() writes them: the spaces that group digits or come before "€" become
// no-break spaces, the other spaces of the sentence stay.
QString euros(const char *text)
{
    static const QRegularExpression amountSpace(QStringLiteral("(?<=\\d) (?=\\d{3}\\b|€)"));
    return QString::fromUtf8(text).replace(amountSpace, QString(QChar(0x00A0)));
}

} // namespace

// The committee's scoring from the command line, in-process as tst_commandline runs it: a promotion with four
// candidates and three members, the notes imported from a CSV file, the ranking and the proposal, the proposal
// applied, a decision edited, the promotion closed. Every refusal exits 1 (2 for usage), says why on stderr
// and leaves the database as it was.
class TestScoringCommandLine : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void wholeCommittee();
    void membersAddRefusals_data();
    void membersAddRefusals();
    void scoresImportRefusedWritesNothing();
    void rankText();
    void rankOnADatabaseThatCannotBeReadFails();
    void decideRefusals_data();
    void decideRefusals();
    void closedPromotionRefusesScoringWrites();
    void laureateListFollowsTheRanking();

private:
    using Run = TestSupport::CommandLineRun;
    Run run(const QStringList &arguments) const
    {
        return TestSupport::runCommandLine(m_database, arguments, QStringLiteral("Secrétariat"));
    }
    QJsonArray jsonArray(const QStringList &arguments) const;
    // FAST13 (envelope 300 000 €), Alpha, Bêta, Gamma, Delta, and the committee Alice, Bruno, Chloé.
    void setUpPromotion();
    // Alpha 80 (4 4 4), Bêta 80 (5 3, Chloé recused), Gamma 73.33 (4 4 3), Delta incomplete (Alice only).
    QByteArray scoresCsv() const;
    QString auditActions() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<TestDatabaseLocation> m_location;
    QString m_database;
};

void TestScoringCommandLine::laureateListFollowsTheRanking()
{
    setUpPromotion();
    const QString scores = TestSupport::writeFile(*m_dir, QStringLiteral("notes.csv"), scoresCsv());
    QCOMPARE(run({QStringLiteral("scores"), QStringLiteral("import"), QStringLiteral("--promotion"),
                  QStringLiteral("13"), scores})
                 .exitCode,
             0);
    // Laureates Alpha (rank 1), Gamma (rank 3) and Delta (not fully scored, so after the ranked ones):
    // by name Delta would come before Gamma.
    for (const QStringList &decision : {QStringList{QStringLiteral("Alpha"), QStringLiteral("100 000")},
                                        QStringList{QStringLiteral("Gamma"), QStringLiteral("40 000")},
                                        QStringList{QStringLiteral("Delta"), QStringLiteral("10 000")}}) {
        const Run decided = run({QStringLiteral("decide"), QStringLiteral("--promotion"), QStringLiteral("13"),
                                 QStringLiteral("--candidate"), decision.at(0), QStringLiteral("--decision"),
                                 QStringLiteral("laureate"), QStringLiteral("--granted"), decision.at(1)});
        QCOMPARE(decided.err, QString());
    }
    const QString pdf = m_dir->filePath(QStringLiteral("laureats.pdf"));
    const TestSupport::ProcessResult exported =
        TestSupport::runCommittee({QStringLiteral("--db"), m_database, QStringLiteral("export"), QStringLiteral("pdf"),
                                   QStringLiteral("--promotion"), QStringLiteral("13"), QStringLiteral("-o"), pdf});
    QVERIFY2(exported.exitCode == 0, exported.standardError.constData());
    QCOMPARE(exported.standardOutput,
             QStringLiteral("%1: list of the laureates of FAST13 written (3 laureate(s), 0 on the waitlist).\n"
                            "FAST13 is still open: the list is marked provisional.\n")
                 .arg(pdf)
                 .toUtf8());

    QProcess pdftotext;
    pdftotext.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
    QVERIFY(pdftotext.waitForFinished(30000));
    const QString text = QString::fromUtf8(pdftotext.readAllStandardOutput());
    const qsizetype alpha = text.indexOf(QStringLiteral("Alpha"));
    const qsizetype gamma = text.indexOf(QStringLiteral("Gamma"));
    const qsizetype delta = text.indexOf(QStringLiteral("Delta"));
    QVERIFY2(alpha >= 0 && gamma > alpha && delta > gamma, qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("classement")), qPrintable(text));
}

QJsonArray TestScoringCommandLine::jsonArray(const QStringList &arguments) const
{
    const Run result = run(arguments);
    if (result.exitCode != 0)
        qWarning("%s", qPrintable(result.err));
    return QJsonDocument::fromJson(result.out.toUtf8()).array();
}

QString TestScoringCommandLine::auditActions() const
{
    QStringList actions;
    const QJsonArray entries = jsonArray({QStringLiteral("audit"), QStringLiteral("--json")});
    for (const QJsonValue &entry : entries)
        actions.append(entry.toObject().value(QStringLiteral("action")).toString());
    return actions.join(QLatin1Char(','));
}

void TestScoringCommandLine::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_location = TestDatabaseLocation::underTest();
    if (m_location->address().isEmpty())
        QSKIP(qPrintable(m_location->error()));
    m_database = m_location->address();
}

void TestScoringCommandLine::setUpPromotion()
{
    QCOMPARE(run({QStringLiteral("promotion"), QStringLiteral("add"), QStringLiteral("13"), QStringLiteral("--year"),
                  QStringLiteral("2025"), QStringLiteral("--envelope"), QStringLiteral("300 000")})
                 .exitCode,
             0);
    const QString candidates = TestSupport::writeFile(*m_dir, QStringLiteral("candidats.csv"),
                                                      QByteArray("projet;administration;budget_annuel;montant_demande\n"
                                                                 "Alpha;DGALN;400 000;100 000\n"
                                                                 "B\xc3\xaata;DINUM;300 000;200 000\n"
                                                                 "Gamma;MTES;1 000 000;400 000\n"
                                                                 "Delta;DGFiP;200 000;50 000\n"));
    const Run imported =
        run({QStringLiteral("import"), QStringLiteral("--promotion"), QStringLiteral("13"), candidates});
    QCOMPARE(imported.err, QString());
    QCOMPARE(imported.exitCode, 0);
    const Run members =
        run({QStringLiteral("members"), QStringLiteral("add"), QStringLiteral("--promotion"), QStringLiteral("FAST13"),
             QStringLiteral("Alice"), QStringLiteral("Bruno"), QStringLiteral("Chloé")});
    QCOMPARE(members.err, QString());
    QCOMPARE(members.exitCode, 0);
    QCOMPARE(members.out, QStringLiteral("3 member(s) added to the committee of FAST13: Alice, Bruno, Chloé.\n"));
}

QByteArray TestScoringCommandLine::scoresCsv() const
{
    // The criteria as a spreadsheet user types them: other case, no accents.
    const QList<QByteArray> criteria{"impact potentiel", "Probleme public et usagers", "EQUIPE ET PORTAGE",
                                     "Trajectoire d'acceleration", "utilisation du cofinancement"};
    QByteArray csv("membre;projet;critere;note\n");
    const auto noteAll = [&](const QByteArray &member, const QByteArray &candidate, int note) {
        for (const QByteArray &criterion : criteria)
            csv += member + ';' + candidate + ';' + criterion + ';' + QByteArray::number(note) + '\n';
    };
    noteAll("Alice", "alpha", 4);
    noteAll("Bruno", "Alpha", 4);
    noteAll("chloe", "ALPHA", 4);
    noteAll("Alice", "Beta", 5);
    noteAll("Bruno", "b\xc3\xaata", 3);
    csv += "Chlo\xc3\xa9;Beta;;d\xc3\xa9port\n";
    noteAll("Alice", "Gamma", 4);
    noteAll("Bruno", "Gamma", 4);
    noteAll("Chlo\xc3\xa9", "Gamma", 3);
    noteAll("Alice", "Delta", 5);
    return csv;
}

void TestScoringCommandLine::wholeCommittee()
{
    setUpPromotion();
    const QString scores = TestSupport::writeFile(*m_dir, QStringLiteral("notes.csv"), scoresCsv());
    const Run imported = run({QStringLiteral("scores"), QStringLiteral("import"), QStringLiteral("--promotion"),
                              QStringLiteral("13"), scores});
    QCOMPARE(imported.err, QString());
    QCOMPARE(imported.exitCode, 0);
    QCOMPARE(imported.out, QStringLiteral("%1: 45 note(s) and 1 recusal(s) imported into FAST13.\n").arg(scores));

    // The ranking: Alpha and Bêta share 80 (Alpha first: same first-criterion mean, smaller eligible amount).
    const QJsonArray ranking = jsonArray(
        {QStringLiteral("rank"), QStringLiteral("--promotion"), QStringLiteral("13"), QStringLiteral("--json")});
    QCOMPARE(ranking.size(), 4);
    const auto rowText = [](const QJsonValue &value) {
        const QJsonObject row = value.toObject();
        const auto text = [&](const char *key) {
            const QJsonValue field = row.value(QLatin1String(key));
            if (field.isNull())
                return QStringLiteral("null");
            if (field.isBool())
                return field.toBool() ? QStringLiteral("true") : QStringLiteral("false");
            if (field.isDouble())
                return QString::number(field.toInteger());
            return field.toString();
        };
        return QStringList{text("rank"),   text("ex_aequo"),       text("name"),
                           text("score"),  text("eligible_cents"), text("proposed"),
                           text("reason"), text("explanation"),    text("missing_notes")}
            .join(QLatin1Char(' '));
    };
    QStringList rows;
    for (const QJsonValue &value : ranking)
        rows.append(rowText(value));
    QCOMPARE(rows, QStringList({euros("1 true Alpha 80.00 10000000 laureate within_envelope within the envelope "
                                      "(remaining after: 200 000 €) 0"),
                                euros("1 true Bêta 80.00 15000000 laureate within_envelope within the envelope "
                                      "(remaining after: 50 000 €) 0"),
                                euros("3 false Gamma 73.33 30000000 waitlist does_not_fit does not fit the remaining "
                                      "50 000 € 0"),
                                QStringLiteral("null false Delta null 5000000 null incomplete_scoring incomplete "
                                               "scoring (10 note(s) missing): left out of the proposal 10")}));

    // The proposal, printed, then applied.
    const Run proposed = run(
        {QStringLiteral("propose"), QStringLiteral("--promotion"), QStringLiteral("13"), QStringLiteral("--apply")});
    QCOMPARE(proposed.err, QString());
    QCOMPARE(proposed.exitCode, 0);
    QCOMPARE(proposed.out,
             euros("  1  Alpha                           80,0  eligible 100 000 €  Laureate  granted 100 000 €  "
                   "consumed 100 000 €  (within the envelope (remaining after: 200 000 €))\n"
                   "  1  Bêta                            80,0  eligible 150 000 €  Laureate  granted 150 000 €  "
                   "consumed 250 000 €  (within the envelope (remaining after: 50 000 €))\n"
                   "  3  Gamma                           73,3  eligible 300 000 €  Waitlist  granted 0 €  consumed "
                   "250 000 €  (does not fit the remaining 50 000 €)\n"
                   "  -  Delta                         (incomplete scoring (10 note(s) missing): left out of the "
                   "proposal)\n"
                   "Envelope 300 000 €; consumed 250 000 €; remaining 50 000 €.\n"
                   "Proposal applied to FAST13: 3 decision(s) changed.\n"));

    const QJsonArray candidates = jsonArray(
        {QStringLiteral("candidates"), QStringLiteral("--promotion"), QStringLiteral("13"), QStringLiteral("--json")});
    QStringList decisions;
    for (const QJsonValue &value : candidates) {
        const QJsonObject candidate = value.toObject();
        decisions.append(QStringLiteral("%1 %2 %3")
                             .arg(candidate.value(QStringLiteral("name")).toString(),
                                  candidate.value(QStringLiteral("decision")).toString())
                             .arg(candidate.value(QStringLiteral("granted_cents")).toInteger()));
    }
    QCOMPARE(decisions,
             QStringList({QStringLiteral("Alpha laureate 10000000"), QStringLiteral("Bêta laureate 15000000"),
                          QStringLiteral("Delta none 0"), QStringLiteral("Gamma waitlist 0")}));

    // A grant above the eligible amount is refused with the rule and the numbers.
    const Run tooMuch = run({QStringLiteral("decide"), QStringLiteral("--promotion"), QStringLiteral("13"),
                             QStringLiteral("--candidate"), QStringLiteral("GAMMA"), QStringLiteral("--decision"),
                             QStringLiteral("lauréat"), QStringLiteral("--granted"), QStringLiteral("350 000 €")});
    QCOMPARE(tooMuch.exitCode, 1);
    QCOMPARE(tooMuch.out, QString());
    QCOMPARE(tooMuch.err, euros("The granted amount 350 000 € is more than the eligible amount 300 000 €: the fund "
                                "pays at most 50 % of the annual budget (500 000 € of 1 000 000 €) and at most 300 "
                                "000 €, and never more than the requested 400 000 €.\n"));

    // Bêta's grant lowered, Delta rejected: every candidate decided, the promotion closes.
    const Run lowered = run({QStringLiteral("decide"), QStringLiteral("--promotion"), QStringLiteral("13"),
                             QStringLiteral("--candidate"), QStringLiteral("beta"), QStringLiteral("--decision"),
                             QStringLiteral("laureate"), QStringLiteral("--granted"), QStringLiteral("120 000,50")});
    QCOMPARE(lowered.err, QString());
    QCOMPARE(lowered.out, euros("Bêta: Laureate, granted 120 000,50 €.\n"));
    const Run rejected = run({QStringLiteral("decide"), QStringLiteral("--promotion"), QStringLiteral("13"),
                              QStringLiteral("--candidate"), QStringLiteral("Delta"), QStringLiteral("--decision"),
                              QStringLiteral("non retenu")});
    QCOMPARE(rejected.err, QString());
    QCOMPARE(rejected.out, QStringLiteral("Delta: Not selected.\n"));
    const Run closed = run({QStringLiteral("promotion"), QStringLiteral("close"), QStringLiteral("13"),
                            QStringLiteral("--committee-date"), QStringLiteral("2023-06-15")});
    QCOMPARE(closed.err, QString());
    QCOMPARE(closed.exitCode, 0);

    // The audit log, newest first: close and the committee's date it was closed with, two decisions, three
    // applied proposals, 45 notes, a recusal, members.
    QStringList expected{QStringLiteral("promotion.close"), QStringLiteral("promotion.update"),
                         QStringLiteral("decision.update"), QStringLiteral("decision.update")};
    for (int i = 0; i < 3; ++i)
        expected.append(QStringLiteral("proposal.apply"));
    for (int i = 0; i < 45; ++i)
        expected.append(QStringLiteral("score.import"));
    expected.append(QStringLiteral("recusal.record"));
    for (int i = 0; i < 3; ++i)
        expected.append(QStringLiteral("member.add"));
    for (int i = 0; i < 4; ++i)
        expected.append(QStringLiteral("candidate.import"));
    expected.append(QStringLiteral("promotion.add"));
    QCOMPARE(auditActions(), expected.join(QLatin1Char(',')));
    const QJsonObject decision = jsonArray({QStringLiteral("audit"), QStringLiteral("--json")}).at(2).toObject();
    QCOMPARE(decision.value(QStringLiteral("operator")).toString(), QStringLiteral("Secrétariat"));
    QCOMPARE(decision.value(QStringLiteral("subject")).toString(), QStringLiteral("FAST13 / Delta"));
}

void TestScoringCommandLine::membersAddRefusals_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("error");
    const QString usage = QStringLiteral("fast-committee members add --promotion NUMBER NAME...");
    QTest::newRow("already a member") << QStringList{QStringLiteral("--promotion"), QStringLiteral("13"),
                                                     QStringLiteral("David"), QStringLiteral("ALICE")}
                                      << 1 << QStringLiteral("Alice is already on this committee.\n");
    QTest::newRow("twice on the line") << QStringList{QStringLiteral("--promotion"), QStringLiteral("13"),
                                                      QStringLiteral("David"), QStringLiteral("David")}
                                       << 1 << QStringLiteral("David is already on this committee.\n");
    QTest::newRow("no name") << QStringList{QStringLiteral("--promotion"), QStringLiteral("13")} << 2
                             << QStringLiteral("Give --promotion NUMBER and at least one name. Usage: %1\n").arg(usage);
    QTest::newRow("no promotion")
        << QStringList{QStringLiteral("David")} << 2
        << QStringLiteral("Give --promotion NUMBER and at least one name. Usage: %1\n").arg(usage);
    QTest::newRow("unknown promotion") << QStringList{QStringLiteral("--promotion"), QStringLiteral("14"),
                                                      QStringLiteral("David")}
                                       << 1 << QStringLiteral("There is no promotion FAST14 in %1.\n");
}

void TestScoringCommandLine::membersAddRefusals()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, error);
    setUpPromotion();
    arguments.prepend(QStringLiteral("add"));
    arguments.prepend(QStringLiteral("members"));
    const Run refused = run(arguments);
    QCOMPARE(refused.exitCode, exitCode);
    QCOMPARE(refused.err, error.contains(QLatin1String("%1")) ? error.arg(m_database) : error);
    QCOMPARE(refused.out, QString());
    QCOMPARE(jsonArray({QStringLiteral("members"), QStringLiteral("list"), QStringLiteral("--promotion"),
                        QStringLiteral("13"), QStringLiteral("--json")}),
             QJsonArray({QStringLiteral("Alice"), QStringLiteral("Bruno"), QStringLiteral("Chloé")}));
}

void TestScoringCommandLine::scoresImportRefusedWritesNothing()
{
    setUpPromotion();
    const QString scores = TestSupport::writeFile(*m_dir, QStringLiteral("notes.csv"),
                                                  QByteArray("member;name;criterion;note\n"
                                                             "Alice;Alpha;Impact potentiel;4\n"
                                                             "Alice;Alpha;Impact potentiel;5\n"
                                                             "Zoe;Alpha;Impact potentiel;5\n"
                                                             "Bruno;Gamma;Impact potentiel;4\n"
                                                             "Bruno;Gamma;;recusal\n"));
    const QString before = auditActions();
    const Run refused = run({QStringLiteral("scores"), QStringLiteral("import"), QStringLiteral("--promotion"),
                             QStringLiteral("13"), scores});
    QCOMPARE(refused.exitCode, 1);
    QCOMPARE(refused.out, QString());
    QCOMPARE(refused.err,
             QStringLiteral("%1:3: Alice already noted \"Impact potentiel\" for Alpha on line 2\n"
                            "%1:4: member: unknown committee member \"Zoe\"; the members are Alice, Bruno, Chloé\n"
                            "%1:5: note: Bruno is recused on Gamma (line 6) and cannot score it\n"
                            "3 problem(s): nothing was imported into FAST13.\n")
                 .arg(scores));
    QCOMPARE(auditActions(), before);
    const QJsonArray ranking = jsonArray(
        {QStringLiteral("rank"), QStringLiteral("--promotion"), QStringLiteral("13"), QStringLiteral("--json")});
    QCOMPARE(ranking.size(), 4);
    for (const QJsonValue &row : ranking)
        QCOMPARE(row.toObject().value(QStringLiteral("missing_notes")).toInt(), 15);

    const Run usage =
        run({QStringLiteral("scores"), QStringLiteral("import"), QStringLiteral("--promotion"), QStringLiteral("13")});
    QCOMPARE(usage.exitCode, 2);
    QCOMPARE(usage.err, QStringLiteral("Give --promotion NUMBER and exactly one CSV file. Usage: fast-committee scores "
                                       "import --promotion NUMBER FILE.csv\n"));
}

void TestScoringCommandLine::rankText()
{
    setUpPromotion();
    const QString scores = TestSupport::writeFile(*m_dir, QStringLiteral("notes.csv"), scoresCsv());
    QCOMPARE(run({QStringLiteral("scores"), QStringLiteral("import"), QStringLiteral("--promotion"),
                  QStringLiteral("13"), scores})
                 .exitCode,
             0);
    const Run ranked = run({QStringLiteral("rank"), QStringLiteral("--promotion"), QStringLiteral("13")});
    QCOMPARE(ranked.err, QString());
    QCOMPARE(ranked.exitCode, 0);
    QCOMPARE(ranked.out, euros("Rank          Candidate                      Score        Eligible  Proposed\n"
                               "1 ex aequo    Alpha                           80,0       100 000 €  Laureate "
                               "(within the envelope (remaining after: 200 000 €))\n"
                               "1 ex aequo    Bêta                            80,0       150 000 €  Laureate "
                               "(within the envelope (remaining after: 50 000 €))\n"
                               "3             Gamma                           73,3       300 000 €  Waitlist "
                               "(does not fit the remaining 50 000 €)\n"
                               "-             Delta                         incomplete scoring (10 note(s) "
                               "missing): left out of the proposal\n"));
}

// A table the database can no longer read (its first page damaged, the file's size intact, so that opening
// it does not run SQLite's full check): rank says so and exits 1, rather than print an empty ranking.
void TestScoringCommandLine::rankOnADatabaseThatCannotBeReadFails()
{
    FAST_SQLITE_ONLY("the file's pages are damaged by hand");
    setUpPromotion();
    qint64 rootPage = 0;
    qint64 pageSize = 0;
    {
        QSqlDatabase database = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("damage"));
        database.setDatabaseName(m_database);
        QVERIFY(database.open());
        QSqlQuery query(database);
        QVERIFY(query.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
        QVERIFY(query.exec(QStringLiteral("SELECT rootpage FROM sqlite_master WHERE name = 'candidates'")));
        QVERIFY(query.next());
        rootPage = query.value(0).toLongLong();
        QVERIFY(query.exec(QStringLiteral("PRAGMA page_size")));
        QVERIFY(query.next());
        pageSize = query.value(0).toLongLong();
        query.finish();
        database.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("damage"));
    QVERIFY(rootPage > 1);
    QFile file(m_database);
    QVERIFY(file.open(QIODevice::ReadWrite));
    QVERIFY(file.seek((rootPage - 1) * pageSize));
    QCOMPARE(file.write(QByteArray(16, '\xff')), qint64(16));
    file.close();

    const Run ranked = run({QStringLiteral("rank"), QStringLiteral("--promotion"), QStringLiteral("13")});
    QCOMPARE(ranked.exitCode, 1);
    QCOMPARE(ranked.out, QString());
    QCOMPARE(ranked.err, QStringLiteral("Cannot read the candidates from the database: The database is damaged: "
                                        "SQLite found its content malformed; nothing was written. Keep a copy of "
                                        "the file and restore your latest backup.\n"));
    // The candidates' list and the summary say the same rather than list nothing.
    for (const QStringList &arguments :
         {QStringList{QStringLiteral("candidates"), QStringLiteral("--promotion"), QStringLiteral("13")},
          QStringList{QStringLiteral("summary")}}) {
        const Run listed = run(arguments);
        QCOMPARE(listed.exitCode, 1);
        QCOMPARE(listed.out, QString());
        QCOMPARE(listed.err, ranked.err);
    }
}

void TestScoringCommandLine::decideRefusals_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("error");
    QTest::newRow("unknown candidate") << QStringList{QStringLiteral("--candidate"), QStringLiteral("Omega"),
                                                      QStringLiteral("--decision"), QStringLiteral("rejected")}
                                       << 1 << QStringLiteral("FAST13 has no candidate called \"Omega\".\n");
    QTest::newRow("unknown decision")
        << QStringList{QStringLiteral("--candidate"), QStringLiteral("Alpha"), QStringLiteral("--decision"),
                       QStringLiteral("maybe")}
        << 2
        << QStringLiteral("--decision: \"maybe\" is not a decision; write one of laureat, liste_attente, "
                          "refuse, retire, laureate, waitlist, rejected, withdrawn, none.\n");
    QTest::newRow("ambiguous amount") << QStringList{QStringLiteral("--candidate"), QStringLiteral("Alpha"),
                                                     QStringLiteral("--decision"),  QStringLiteral("laureate"),
                                                     QStringLiteral("--granted"),   QStringLiteral("100,000")}
                                      << 2
                                      << QStringLiteral("--granted: The amount \"100,000\" is ambiguous: a comma "
                                                        "followed by three digits could group thousands. Write \"100 "
                                                        "000\" for thousands or use at most two decimals.\n");
    QTest::newRow("granted to a rejected one")
        << QStringList{QStringLiteral("--candidate"), QStringLiteral("Alpha"),     QStringLiteral("--decision"),
                       QStringLiteral("rejected"),    QStringLiteral("--granted"), QStringLiteral("1000")}
        << 1 << euros("Only a laureate has a granted amount: Alpha would be Not selected with 1 000 € granted.\n");
    QTest::newRow("no decision") << QStringList{QStringLiteral("--candidate"), QStringLiteral("Alpha")} << 2
                                 << QStringLiteral("Give --promotion, --candidate and --decision. Usage: "
                                                   "fast-committee decide --promotion NUMBER --candidate NAME "
                                                   "--decision DECISION [--granted AMOUNT]\n");
}

void TestScoringCommandLine::decideRefusals()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, error);
    setUpPromotion();
    const QString before = auditActions();
    arguments.prepend(QStringLiteral("13"));
    arguments.prepend(QStringLiteral("--promotion"));
    arguments.prepend(QStringLiteral("decide"));
    const Run refused = run(arguments);
    QCOMPARE(refused.exitCode, exitCode);
    QCOMPARE(refused.err, error);
    QCOMPARE(refused.out, QString());
    QCOMPARE(auditActions(), before);
}

void TestScoringCommandLine::closedPromotionRefusesScoringWrites()
{
    setUpPromotion();
    for (const char *name : {"Alpha", "Bêta", "Gamma", "Delta"})
        QCOMPARE(run({QStringLiteral("decide"), QStringLiteral("--promotion"), QStringLiteral("13"),
                      QStringLiteral("--candidate"), QString::fromUtf8(name), QStringLiteral("--decision"),
                      QStringLiteral("retiré")})
                     .exitCode,
                 0);
    QCOMPARE(run({QStringLiteral("promotion"), QStringLiteral("close"), QStringLiteral("13"),
                  QStringLiteral("--committee-date"), QStringLiteral("2023-06-15")})
                 .exitCode,
             0);
    const QString before = auditActions();
    const QString scores = TestSupport::writeFile(*m_dir, QStringLiteral("notes.csv"), scoresCsv());

    const Run import = run({QStringLiteral("scores"), QStringLiteral("import"), QStringLiteral("--promotion"),
                            QStringLiteral("13"), scores});
    QCOMPARE(import.exitCode, 1);
    QCOMPARE(import.err, QStringLiteral("FAST13 is closed: nothing was imported. Reopen it with a reason first.\n"));
    const Run apply = run(
        {QStringLiteral("propose"), QStringLiteral("--promotion"), QStringLiteral("13"), QStringLiteral("--apply")});
    QCOMPARE(apply.exitCode, 1);
    QCOMPARE(apply.err,
             QStringLiteral("FAST13 is closed: the proposal was not applied. Reopen it with a reason first.\n"));
    const Run decide = run({QStringLiteral("decide"), QStringLiteral("--promotion"), QStringLiteral("13"),
                            QStringLiteral("--candidate"), QStringLiteral("Alpha"), QStringLiteral("--decision"),
                            QStringLiteral("laureate")});
    QCOMPARE(decide.exitCode, 1);
    QCOMPARE(decide.err, QStringLiteral("FAST13 is closed: reopen it before changing it.\n"));
    const Run member = run({QStringLiteral("members"), QStringLiteral("add"), QStringLiteral("--promotion"),
                            QStringLiteral("13"), QStringLiteral("David")});
    QCOMPARE(member.exitCode, 1);
    QCOMPARE(member.err, QStringLiteral("FAST13 is closed: reopen it before changing it.\n"));
    QCOMPARE(auditActions(), before);
    // Reading a closed promotion still works.
    QCOMPARE(run({QStringLiteral("propose"), QStringLiteral("--promotion"), QStringLiteral("13")}).exitCode, 0);
}

QTEST_GUILESS_MAIN(TestScoringCommandLine)
#include "tst_scoringcommandline.moc"
