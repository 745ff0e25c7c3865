#include "TestDatabaseLocation.h"
#include "TestSupport.h"
#include "cli/CommandLine.h"
#include "reports/CandidateCsvExport.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

// The command line as users call it: in-process for the bulk (fast, exact output), and as a whole
// process for what only a process shows (exit status, --db from the environment, no display needed).
class TestCommandLine : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void promotionAddAndList();
    void promotionAddRefusals_data();
    void promotionAddRefusals();
    void importAndCandidates();
    void importWithErrorsWritesNothing();
    void importDryRunWritesNothing();
    void importIntoClosedPromotionRefused();
    void closeAndReopen();
    void summaryJson();
    void auditRecordsOperator();
    void auditCsvHasTheJsonColumns();
    void databaseOptionAfterSubcommand();
    void unknownCommand();
    void wantsCommandLine_data();
    void wantsCommandLine();
    void wholeProcess();
    void notADatabaseIsLeftUntouched();

private:
    using Run = TestSupport::CommandLineRun;
    Run run(const QStringList &arguments) const { return TestSupport::runCommandLine(m_database, arguments); }
    QJsonDocument json(const QStringList &arguments) const;
    QString writeCsv(const QString &name, const QByteArray &bytes) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<TestDatabaseLocation> m_location;
    QString m_database;
};

QJsonDocument TestCommandLine::json(const QStringList &arguments) const
{
    const Run result = run(arguments);
    if (result.exitCode != 0)
        qWarning("%s", qPrintable(result.err));
    return QJsonDocument::fromJson(result.out.toUtf8());
}

QString TestCommandLine::writeCsv(const QString &name, const QByteArray &bytes) const
{
    return TestSupport::writeFile(*m_dir, name, bytes);
}

void TestCommandLine::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_location = TestDatabaseLocation::underTest();
    if (m_location->address().isEmpty())
        QSKIP(qPrintable(m_location->error()));
    m_database = m_location->address();
}

void TestCommandLine::promotionAddAndList()
{
    const Run added = run({QStringLiteral("--operator"), QStringLiteral("Secrétariat"), QStringLiteral("promotion"),
                           QStringLiteral("add"), QStringLiteral("FAST13"), QStringLiteral("--year"),
                           QStringLiteral("2023"), QStringLiteral("--envelope"), QStringLiteral("2 550 000 €")});
    QCOMPARE(added.err, QString());
    QCOMPARE(added.exitCode, 0);
    QCOMPARE(added.out,
             QStringLiteral("Promotion FAST13 (2023) added: envelope 2\u00A0550\u00A0000\u00A0€, rule 50 % of "
                            "the annual budget, at most 300\u00A0000\u00A0€.\n"));
    QCOMPARE(run({QStringLiteral("promotion"), QStringLiteral("add"), QStringLiteral("12"), QStringLiteral("--year"),
                  QStringLiteral("2023"), QStringLiteral("--envelope"), QStringLiteral("1.000.000"),
                  QStringLiteral("--rate"), QStringLiteral("40%"), QStringLiteral("--cap"), QStringLiteral("200 000"),
                  QStringLiteral("--min-score"), QStringLiteral("60"), QStringLiteral("--committee-date"),
                  QStringLiteral("2023-06-15")})
                 .exitCode,
             0);

    const QJsonArray list =
        json({QStringLiteral("promotion"), QStringLiteral("list"), QStringLiteral("--json")}).array();
    QCOMPARE(list.size(), 2);
    const QJsonObject fast12 = list.at(0).toObject();
    QCOMPARE(fast12.value(QStringLiteral("number")).toInt(), 12);
    QCOMPARE(fast12.value(QStringLiteral("envelope_cents")).toInteger(), Q_INT64_C(100000000));
    QCOMPARE(fast12.value(QStringLiteral("rate_percent")).toInt(), 40);
    QCOMPARE(fast12.value(QStringLiteral("cap_cents")).toInteger(), Q_INT64_C(20000000));
    QCOMPARE(fast12.value(QStringLiteral("min_score")).toInt(), 60);
    QCOMPARE(fast12.value(QStringLiteral("committee_date")).toString(), QStringLiteral("2023-06-15"));
    const QJsonObject fast13 = list.at(1).toObject();
    QCOMPARE(fast13.value(QStringLiteral("number")).toInt(), 13);
    QCOMPARE(fast13.value(QStringLiteral("year")).toInt(), 2023);
    QCOMPARE(fast13.value(QStringLiteral("status")).toString(), QStringLiteral("open"));
    QCOMPARE(fast13.value(QStringLiteral("envelope_cents")).toInteger(), Q_INT64_C(255000000));
    QCOMPARE(fast13.value(QStringLiteral("committee_date")).type(), QJsonValue::Null);
}

void TestCommandLine::promotionAddRefusals_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("error");

    const QString usage = QStringLiteral(
        "fast-committee promotion add NUMBER --year YYYY --envelope AMOUNT [--rate PERCENT] [--cap AMOUNT] "
        "[--min-score N] [--committee-date YYYY-MM-DD]");
    QTest::newRow("ambiguous envelope")
        << QStringList{QStringLiteral("14"), QStringLiteral("--year"), QStringLiteral("2024"),
                       QStringLiteral("--envelope"), QStringLiteral("300,000")}
        << 2
        << QStringLiteral("--envelope: The amount \"300,000\" is ambiguous: a comma followed by three digits could "
                          "group thousands. Write \"300 000\" for thousands or use at most two decimals.\n");
    QTest::newRow("missing year") << QStringList{QStringLiteral("14"), QStringLiteral("--envelope"),
                                                 QStringLiteral("100")}
                                  << 2 << QStringLiteral("--year and --envelope are required. Usage: %1\n").arg(usage);
    QTest::newRow("year not a number") << QStringList{QStringLiteral("14"), QStringLiteral("--year"),
                                                      QStringLiteral("deux mille"), QStringLiteral("--envelope"),
                                                      QStringLiteral("100")}
                                       << 2
                                       << QStringLiteral(
                                              "The option --year needs a whole number, not \"deux mille\".\n");
    QTest::newRow("bad number") << QStringList{QStringLiteral("XIV"), QStringLiteral("--year"), QStringLiteral("2024"),
                                               QStringLiteral("--envelope"), QStringLiteral("100")}
                                << 2 << QStringLiteral("\"XIV\" is not a promotion number: write 13 or FAST13.\n");
    QTest::newRow("rate above 100") << QStringList{QStringLiteral("14"),   QStringLiteral("--year"),
                                                   QStringLiteral("2024"), QStringLiteral("--envelope"),
                                                   QStringLiteral("100"),  QStringLiteral("--rate"),
                                                   QStringLiteral("150")}
                                    << 1
                                    << QStringLiteral(
                                           "The co-financing rate must be between 1 and 100 %, not 150 %.\n");
    QTest::newRow("year out of range") << QStringList{QStringLiteral("14"), QStringLiteral("--year"),
                                                      QStringLiteral("1990"), QStringLiteral("--envelope"),
                                                      QStringLiteral("100")}
                                       << 1 << QStringLiteral("The year must be between 2000 and 2100, not 1990.\n");
    QTest::newRow("unknown option") << QStringList{QStringLiteral("14"), QStringLiteral("--colour"),
                                                   QStringLiteral("blue")}
                                    << 2 << QStringLiteral("Unknown option 'colour'.\nUsage: %1\n").arg(usage);
    QTest::newRow("bad date") << QStringList{QStringLiteral("14"),        QStringLiteral("--year"),
                                             QStringLiteral("2024"),      QStringLiteral("--envelope"),
                                             QStringLiteral("100"),       QStringLiteral("--committee-date"),
                                             QStringLiteral("15/06/2024")}
                              << 2
                              << QStringLiteral(
                                     "--committee-date: \"15/06/2024\" is not a date in the form YYYY-MM-DD.\n");
}

void TestCommandLine::promotionAddRefusals()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, error);
    arguments.prepend(QStringLiteral("add"));
    arguments.prepend(QStringLiteral("promotion"));
    const Run result = run(arguments);
    QCOMPARE(result.err, error);
    QCOMPARE(result.exitCode, exitCode);
    QCOMPARE(result.out, QString());
    // Nothing was written.
    QCOMPARE(json({QStringLiteral("promotion"), QStringLiteral("list"), QStringLiteral("--json")}).array().size(), 0);
}

namespace {
const QByteArray threeCandidates = QByteArrayLiteral(
    "projet;administration;incubateur;type;phase;budget_annuel;montant_demande;description\n"
    "Envergo;Ministère de la Transition écologique;Fabrique numérique;produit;accélération;400 000;150 000;"
    "Environnement et aménagement\n"
    "DossierFacile;Ministère du Logement;;produit;pérennisation;400 000 €;250 000 €;\n"
    "Incubateur des territoires;ANCT;;incubateur;;1 000 000;400 000;\"Un incubateur; pour les collectivités\"\n");
} // namespace

void TestCommandLine::importAndCandidates()
{
    QCOMPARE(run({QStringLiteral("promotion"), QStringLiteral("add"), QStringLiteral("13"), QStringLiteral("--year"),
                  QStringLiteral("2023"), QStringLiteral("--envelope"), QStringLiteral("2 550 000")})
                 .exitCode,
             0);
    const QString csv = writeCsv(QStringLiteral("fast13.csv"), threeCandidates);
    const Run imported = run({QStringLiteral("import"), QStringLiteral("--promotion"), QStringLiteral("13"), csv});
    QCOMPARE(imported.err, QString());
    QCOMPARE(imported.exitCode, 0);
    QCOMPARE(imported.out, QStringLiteral("%1: 3 candidate(s) imported into FAST13.\n").arg(csv));

    const QJsonArray candidates = json({QStringLiteral("candidates"), QStringLiteral("--promotion"),
                                        QStringLiteral("FAST13"), QStringLiteral("--json")})
                                      .array();
    QCOMPARE(candidates.size(), 3);
    // Ordered by name.
    const QJsonObject dossier = candidates.at(0).toObject();
    QCOMPARE(dossier.value(QStringLiteral("name")).toString(), QStringLiteral("DossierFacile"));
    QCOMPARE(dossier.value(QStringLiteral("kind")).toString(), QStringLiteral("product"));
    QCOMPARE(dossier.value(QStringLiteral("budget_cents")).toInteger(), Q_INT64_C(40000000));
    QCOMPARE(dossier.value(QStringLiteral("requested_cents")).toInteger(), Q_INT64_C(25000000));
    QCOMPARE(dossier.value(QStringLiteral("eligible_cents")).toInteger(), Q_INT64_C(20000000));
    QCOMPARE(dossier.value(QStringLiteral("limited_by")).toString(), QStringLiteral("rate"));
    QCOMPARE(dossier.value(QStringLiteral("decision")).toString(), QStringLiteral("none"));
    QCOMPARE(dossier.value(QStringLiteral("granted_cents")).toInteger(), Q_INT64_C(0));
    const QJsonObject envergo = candidates.at(1).toObject();
    QCOMPARE(envergo.value(QStringLiteral("name")).toString(), QStringLiteral("Envergo"));
    QCOMPARE(envergo.value(QStringLiteral("carrier")).toString(),
             QStringLiteral("Ministère de la Transition écologique"));
    QCOMPARE(envergo.value(QStringLiteral("eligible_cents")).toInteger(), Q_INT64_C(15000000));
    QCOMPARE(envergo.value(QStringLiteral("limited_by")).toString(), QStringLiteral("requested"));
    const QJsonObject incubator = candidates.at(2).toObject();
    QCOMPARE(incubator.value(QStringLiteral("kind")).toString(), QStringLiteral("incubator"));
    QCOMPARE(incubator.value(QStringLiteral("eligible_cents")).toInteger(), Q_INT64_C(30000000));
    QCOMPARE(incubator.value(QStringLiteral("limited_by")).toString(), QStringLiteral("cap"));
    QCOMPARE(incubator.value(QStringLiteral("description")).toString(),
             QStringLiteral("Un incubateur; pour les collectivités"));

    const Run table = run({QStringLiteral("candidates"), QStringLiteral("--promotion"), QStringLiteral("13")});
    QCOMPARE(table.exitCode, 0);
    QVERIFY2(table.out.endsWith(QStringLiteral(
                 "3 candidate(s); requested 800\u00A0000\u00A0€, eligible 650\u00A0000\u00A0€; envelope "
                 "2\u00A0550\u00A0000\u00A0€, consumed 0\u00A0€, remaining 2\u00A0550\u00A0000\u00A0€.\n")),
             qPrintable(table.out));

    // The same file again: every name is now a duplicate, and nothing more is written.
    const Run again = run({QStringLiteral("import"), QStringLiteral("--promotion"), QStringLiteral("13"), csv});
    QCOMPARE(again.exitCode, 1);
    QVERIFY2(again.err.endsWith(QStringLiteral("3 problem(s): nothing was imported into FAST13.\n")),
             qPrintable(again.err));
    QCOMPARE(json({QStringLiteral("candidates"), QStringLiteral("--promotion"), QStringLiteral("13"),
                   QStringLiteral("--json")})
                 .array()
                 .size(),
             3);
}

void TestCommandLine::importWithErrorsWritesNothing()
{
    QCOMPARE(run({QStringLiteral("promotion"), QStringLiteral("add"), QStringLiteral("13"), QStringLiteral("--year"),
                  QStringLiteral("2023"), QStringLiteral("--envelope"), QStringLiteral("2 550 000")})
                 .exitCode,
             0);
    const QString csv =
        writeCsv(QStringLiteral("broken.csv"), QByteArrayLiteral("projet;administration;budget_annuel;montant_demande\n"
                                                                 "Envergo;DGALN;400 000;150 000\n"
                                                                 "Mano;DIHAL;300,000;100 000\n"
                                                                 "Mobilic;;400 000;-5\n"));
    const Run imported = run({QStringLiteral("import"), QStringLiteral("--promotion"), QStringLiteral("13"), csv});
    QCOMPARE(imported.exitCode, 1);
    QCOMPARE(imported.out, QString());
    const QStringList lines = imported.err.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 4);
    QVERIFY2(lines.at(0).startsWith(csv + QStringLiteral(":3: budget_annuel: The amount \"300,000\" is ambiguous")),
             qPrintable(lines.at(0)));
    QCOMPARE(lines.at(1), csv + QStringLiteral(":4: administration: The carrying administration is required."));
    QCOMPARE(lines.at(2),
             csv + QStringLiteral(":4: montant_demande: The amount \"-5\" is negative: amounts must be zero or more."));
    QCOMPARE(lines.at(3), QStringLiteral("3 problem(s): nothing was imported into FAST13."));
    QCOMPARE(json({QStringLiteral("candidates"), QStringLiteral("--promotion"), QStringLiteral("13"),
                   QStringLiteral("--json")})
                 .array()
                 .size(),
             0);
}

void TestCommandLine::importDryRunWritesNothing()
{
    QCOMPARE(run({QStringLiteral("promotion"), QStringLiteral("add"), QStringLiteral("13"), QStringLiteral("--year"),
                  QStringLiteral("2023"), QStringLiteral("--envelope"), QStringLiteral("2 550 000")})
                 .exitCode,
             0);
    const QString csv = writeCsv(QStringLiteral("fast13.csv"), threeCandidates);
    const Run dryRun = run({QStringLiteral("import"), QStringLiteral("--promotion"), QStringLiteral("13"), csv,
                            QStringLiteral("--dry-run")});
    QCOMPARE(dryRun.exitCode, 0);
    QCOMPARE(dryRun.out,
             QStringLiteral("%1: 3 candidate(s) would be imported into FAST13; nothing was written (--dry-run).\n")
                 .arg(csv));
    QCOMPARE(json({QStringLiteral("candidates"), QStringLiteral("--promotion"), QStringLiteral("13"),
                   QStringLiteral("--json")})
                 .array()
                 .size(),
             0);
}

void TestCommandLine::importIntoClosedPromotionRefused()
{
    QCOMPARE(run({QStringLiteral("promotion"), QStringLiteral("add"), QStringLiteral("12"), QStringLiteral("--year"),
                  QStringLiteral("2023"), QStringLiteral("--envelope"), QStringLiteral("1 000 000")})
                 .exitCode,
             0);
    QCOMPARE(run({QStringLiteral("promotion"), QStringLiteral("close"), QStringLiteral("12"),
                  QStringLiteral("--committee-date"), QStringLiteral("2023-06-15")})
                 .exitCode,
             0);
    const QString csv = writeCsv(QStringLiteral("fast12.csv"), threeCandidates);
    const Run imported = run({QStringLiteral("import"), QStringLiteral("--promotion"), QStringLiteral("12"), csv});
    QCOMPARE(imported.exitCode, 1);
    QCOMPARE(imported.err, QStringLiteral("FAST12 is closed: nothing was imported. Reopen it with a reason first.\n"));
    QCOMPARE(json({QStringLiteral("candidates"), QStringLiteral("--promotion"), QStringLiteral("12"),
                   QStringLiteral("--json")})
                 .array()
                 .size(),
             0);

    const Run missing = run({QStringLiteral("import"), QStringLiteral("--promotion"), QStringLiteral("99"), csv});
    QCOMPARE(missing.exitCode, 1);
    QCOMPARE(missing.err, QStringLiteral("There is no promotion FAST99 in %1.\n").arg(m_database));
}

void TestCommandLine::closeAndReopen()
{
    QCOMPARE(run({QStringLiteral("promotion"), QStringLiteral("add"), QStringLiteral("13"), QStringLiteral("--year"),
                  QStringLiteral("2023"), QStringLiteral("--envelope"), QStringLiteral("2 550 000")})
                 .exitCode,
             0);
    const QString csv = writeCsv(QStringLiteral("fast13.csv"), threeCandidates);
    QCOMPARE(run({QStringLiteral("import"), QStringLiteral("--promotion"), QStringLiteral("13"), csv}).exitCode, 0);

    const Run blocked = run({QStringLiteral("promotion"), QStringLiteral("close"), QStringLiteral("13"),
                             QStringLiteral("--committee-date"), QStringLiteral("2023-06-15")});
    QCOMPARE(blocked.exitCode, 1);
    QCOMPARE(blocked.err, QStringLiteral("FAST13 cannot be closed: 3 candidate(s) without a decision: DossierFacile, "
                                         "Envergo, Incubateur des territoires.\n"));

    QCOMPARE(run({QStringLiteral("promotion"), QStringLiteral("add"), QStringLiteral("14"), QStringLiteral("--year"),
                  QStringLiteral("2024"), QStringLiteral("--envelope"), QStringLiteral("2 000 000")})
                 .exitCode,
             0);
    const Run closed = run({QStringLiteral("promotion"), QStringLiteral("close"), QStringLiteral("14"),
                            QStringLiteral("--committee-date"), QStringLiteral("2023-06-15")});
    QCOMPARE(closed.exitCode, 0);
    QCOMPARE(closed.out, QStringLiteral("FAST14 is closed: it is now read-only.\n"));

    const Run noReason = run({QStringLiteral("promotion"), QStringLiteral("reopen"), QStringLiteral("14")});
    QCOMPARE(noReason.exitCode, 2);
    QCOMPARE(noReason.err, QStringLiteral("Reopening a promotion needs a written reason: --reason TEXT.\n"));

    const Run reopened = run({QStringLiteral("promotion"), QStringLiteral("reopen"), QStringLiteral("14"),
                              QStringLiteral("--reason"), QStringLiteral("Erreur de saisie")});
    QCOMPARE(reopened.exitCode, 0);
    QCOMPARE(reopened.out, QStringLiteral("FAST14 is open again.\n"));
    const QJsonArray list =
        json({QStringLiteral("promotion"), QStringLiteral("list"), QStringLiteral("--json")}).array();
    QCOMPARE(list.at(1).toObject().value(QStringLiteral("status")).toString(), QStringLiteral("open"));
}

void TestCommandLine::summaryJson()
{
    QCOMPARE(run({QStringLiteral("promotion"), QStringLiteral("add"), QStringLiteral("13"), QStringLiteral("--year"),
                  QStringLiteral("2023"), QStringLiteral("--envelope"), QStringLiteral("2 550 000")})
                 .exitCode,
             0);
    QCOMPARE(run({QStringLiteral("promotion"), QStringLiteral("add"), QStringLiteral("12"), QStringLiteral("--year"),
                  QStringLiteral("2023"), QStringLiteral("--envelope"), QStringLiteral("1 000 000")})
                 .exitCode,
             0);
    QCOMPARE(run({QStringLiteral("promotion"), QStringLiteral("add"), QStringLiteral("9"), QStringLiteral("--year"),
                  QStringLiteral("2022"), QStringLiteral("--envelope"), QStringLiteral("500 000")})
                 .exitCode,
             0);
    const QString csv = writeCsv(QStringLiteral("past.csv"),
                                 QByteArrayLiteral("name,carrier,kind,annual_budget,requested,decision,granted\n"
                                                   "Envergo,DGALN,product,400000,150000,laureate,150000\n"
                                                   "Mano,DIHAL,product,600000,300000,laureat,250000.50\n"
                                                   "Incubateur,ANCT,incubator,1000000,400000,laureate,300000\n"
                                                   "Mobilic,DGITM,product,200000,100000,rejected,\n"
                                                   "Docurba,DGALN,product,200000,100000,waitlist,\n"));
    const Run imported = run({QStringLiteral("import"), QStringLiteral("--promotion"), QStringLiteral("13"), csv});
    QCOMPARE(imported.err, QString());

    const QJsonObject summary = json({QStringLiteral("summary"), QStringLiteral("--json")}).object();
    const QJsonArray promotions = summary.value(QStringLiteral("promotions")).toArray();
    QCOMPARE(promotions.size(), 3);
    QCOMPARE(promotions.at(0).toObject().value(QStringLiteral("number")).toInt(), 9);
    QCOMPARE(promotions.at(1).toObject().value(QStringLiteral("number")).toInt(), 12);
    const QJsonObject fast13 = promotions.at(2).toObject();
    QCOMPARE(fast13.value(QStringLiteral("number")).toInt(), 13);
    QCOMPARE(fast13.value(QStringLiteral("year")).toInt(), 2023);
    QCOMPARE(fast13.value(QStringLiteral("status")).toString(), QStringLiteral("open"));
    QCOMPARE(fast13.value(QStringLiteral("envelope_cents")).toInteger(), Q_INT64_C(255000000));
    QCOMPARE(fast13.value(QStringLiteral("candidates")).toInt(), 5);
    QCOMPARE(fast13.value(QStringLiteral("laureates")).toInt(), 3);
    QCOMPARE(fast13.value(QStringLiteral("granted_cents")).toInteger(), Q_INT64_C(70000050));
    QCOMPARE(fast13.value(QStringLiteral("product_laureates")).toInt(), 2);

    const QJsonArray years = summary.value(QStringLiteral("years")).toArray();
    QCOMPARE(years.size(), 2);
    const QJsonObject y2022 = years.at(0).toObject();
    QCOMPARE(y2022.value(QStringLiteral("year")).toInt(), 2022);
    QCOMPARE(y2022.value(QStringLiteral("granted_cents")).toInteger(), Q_INT64_C(0));
    QCOMPARE(y2022.value(QStringLiteral("product_laureates")).toInt(), 0);
    QCOMPARE(y2022.value(QStringLiteral("target")).type(), QJsonValue::Null);
    const QJsonObject y2023 = years.at(1).toObject();
    QCOMPARE(y2023.value(QStringLiteral("year")).toInt(), 2023);
    QCOMPARE(y2023.value(QStringLiteral("granted_cents")).toInteger(), Q_INT64_C(70000050));
    QCOMPARE(y2023.value(QStringLiteral("product_laureates")).toInt(), 2);
    QCOMPARE(y2023.value(QStringLiteral("target")).toInt(), 12);
}

void TestCommandLine::auditRecordsOperator()
{
    QCOMPARE(run({QStringLiteral("--operator"), QStringLiteral("Claire Martin"), QStringLiteral("promotion"),
                  QStringLiteral("add"), QStringLiteral("13"), QStringLiteral("--year"), QStringLiteral("2023"),
                  QStringLiteral("--envelope"), QStringLiteral("2 550 000")})
                 .exitCode,
             0);
    QCOMPARE(run({QStringLiteral("promotion"), QStringLiteral("close"), QStringLiteral("13"),
                  QStringLiteral("--committee-date"), QStringLiteral("2023-06-15"), QStringLiteral("--operator"),
                  QStringLiteral("Paul Durand")})
                 .exitCode,
             0);
    QCOMPARE(
        run({QStringLiteral("promotion"), QStringLiteral("reopen"), QStringLiteral("13"), QStringLiteral("--reason"),
             QStringLiteral("Recours d'un candidat"), QStringLiteral("--operator"), QStringLiteral("Paul Durand")})
            .exitCode,
        0);
    const QJsonArray entries =
        json({QStringLiteral("audit"), QStringLiteral("--promotion"), QStringLiteral("13"), QStringLiteral("--json")})
            .array();
    // Newest first; closing records the committee's date first (promotion.update).
    QCOMPARE(entries.size(), 4);
    const QJsonObject reopen = entries.at(0).toObject();
    QCOMPARE(reopen.value(QStringLiteral("action")).toString(), QStringLiteral("promotion.reopen"));
    QCOMPARE(reopen.value(QStringLiteral("operator")).toString(), QStringLiteral("Paul Durand"));
    QCOMPARE(reopen.value(QStringLiteral("promotion")).toInt(), 13);
    QCOMPARE(reopen.value(QStringLiteral("new")).toString(), QStringLiteral("Recours d'un candidat"));
    const QJsonObject close = entries.at(1).toObject();
    QCOMPARE(close.value(QStringLiteral("action")).toString(), QStringLiteral("promotion.close"));
    const QJsonObject date = entries.at(2).toObject();
    QCOMPARE(date.value(QStringLiteral("action")).toString(), QStringLiteral("promotion.update"));
    QCOMPARE(date.value(QStringLiteral("operator")).toString(), QStringLiteral("Paul Durand"));
    QCOMPARE(date.value(QStringLiteral("new")).toString(), QStringLiteral("2023-06-15"));
    const QJsonObject add = entries.at(3).toObject();
    QCOMPARE(add.value(QStringLiteral("action")).toString(), QStringLiteral("promotion.add"));
    QCOMPARE(add.value(QStringLiteral("operator")).toString(), QStringLiteral("Claire Martin"));
    QVERIFY(QDateTime::fromString(add.value(QStringLiteral("at")).toString(), Qt::ISODateWithMs).isValid());
}

void TestCommandLine::auditCsvHasTheJsonColumns()
{
    QCOMPARE(run({QStringLiteral("--operator"), QStringLiteral("Claire Martin"), QStringLiteral("promotion"),
                  QStringLiteral("add"), QStringLiteral("13"), QStringLiteral("--year"), QStringLiteral("2023"),
                  QStringLiteral("--envelope"), QStringLiteral("2 550 000")})
                 .exitCode,
             0);
    const QString path = m_dir->filePath(QStringLiteral("audit.csv"));
    const Run written = run({QStringLiteral("audit"), QStringLiteral("--csv"), path});
    QCOMPARE(written.exitCode, 0);
    QCOMPARE(written.out, QStringLiteral("%1: 1 audit entry(ies) exported.\n").arg(path));
    // The window's export writes these same bytes (AuditCsvExport): the JSON's keys, then one row.
    const QJsonObject entry = json({QStringLiteral("audit"), QStringLiteral("--json")}).array().at(0).toObject();
    const QByteArray expected = QByteArray("\xEF\xBB\xBF") +
                                QStringLiteral("at;operator;promotion;action;subject;old;new\r\n%1;Claire Martin;13;"
                                               "promotion.add;FAST13;;%2\r\n")
                                    .arg(entry.value(QStringLiteral("at")).toString(),
                                         CandidateCsvExport::cell(entry.value(QStringLiteral("new")).toString()))
                                    .toUtf8();
    QCOMPARE(TestSupport::readFile(path), expected);
    // Not both forms at once, and never over the database itself.
    QCOMPARE(run({QStringLiteral("audit"), QStringLiteral("--json"), QStringLiteral("--csv"), path}).exitCode, 2);
    // (A server's committee is no file that an export could be aimed at.)
    if (TestDatabaseLocation::engineUnderTest() == TestDatabaseLocation::Engine::PostgreSql)
        return;
    const Run refused = run({QStringLiteral("audit"), QStringLiteral("--csv"), m_database});
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.err.contains(QStringLiteral("the database in use")), qPrintable(refused.err));
}

void TestCommandLine::databaseOptionAfterSubcommand()
{
    const QString other = m_dir->filePath(QStringLiteral("other.sqlite"));
    QString out;
    QString err;
    QTextStream outStream(&out);
    QTextStream errStream(&err);
    QCOMPARE(CommandLine::run({QStringLiteral("promotion"), QStringLiteral("add"), QStringLiteral("7"),
                               QStringLiteral("--year"), QStringLiteral("2021"), QStringLiteral("--envelope"),
                               QStringLiteral("100"), QStringLiteral("--db"), other},
                              outStream, errStream),
             0);
    QCOMPARE(CommandLine::run({QStringLiteral("promotion"), QStringLiteral("list"), QStringLiteral("--json"),
                               QStringLiteral("--db=") + other},
                              outStream, errStream),
             0);
    outStream.flush();
    QVERIFY2(out.contains(QStringLiteral("\"number\": 7")), qPrintable(out));
    // The database named before the subcommand did not get it.
    QCOMPARE(json({QStringLiteral("promotion"), QStringLiteral("list"), QStringLiteral("--json")}).array().size(), 0);
}

void TestCommandLine::unknownCommand()
{
    const Run result = run({QStringLiteral("promote")});
    QCOMPARE(result.exitCode, 2);
    QCOMPARE(result.err, QStringLiteral("Unknown command \"promote\". The commands are: promotion, import, candidates, "
                                        "summary, audit, export, members, scores, rank, propose, decide, db, "
                                        "follow-up, agreement, payment, milestone, schedule, opening-key, server. "
                                        "See "
                                        "fast-committee --help.\n"));
    const Run noAction = run({QStringLiteral("promotion"), QStringLiteral("delete")});
    QCOMPARE(noAction.exitCode, 2);
}

void TestCommandLine::wantsCommandLine_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<bool>("commandLine");
    QTest::newRow("nothing: the window") << QStringList() << false;
    QTest::newRow("demo: the window") << QStringList{QStringLiteral("--demo")} << false;
    QTest::newRow("db only: the window") << QStringList{QStringLiteral("--db"), QStringLiteral("x.sqlite")} << false;
    QTest::newRow("subcommand after db") << QStringList{QStringLiteral("--db"), QStringLiteral("x.sqlite"),
                                                        QStringLiteral("summary")}
                                         << true;
    QTest::newRow("help") << QStringList{QStringLiteral("--help")} << true;
    QTest::newRow("version") << QStringList{QStringLiteral("--version")} << true;
}

void TestCommandLine::wantsCommandLine()
{
    QFETCH(QStringList, arguments);
    QFETCH(bool, commandLine);
    arguments.prepend(QStringLiteral("fast-committee"));
    QList<QByteArray> storage;
    std::vector<char *> argv;
    for (const QString &argument : arguments)
        storage.append(argument.toLocal8Bit());
    for (QByteArray &bytes : storage)
        argv.push_back(bytes.data());
    QCOMPARE(CommandLine::wantsCommandLine(int(argv.size()), argv.data()), commandLine);
}

void TestCommandLine::wholeProcess()
{
    const TestSupport::ProcessResult version = TestSupport::runCommittee({QStringLiteral("--version")});
    QCOMPARE(version.exitCode, 0);
    QCOMPARE(version.standardOutput, QByteArrayLiteral("fast-committee " FAST_COMMITTEE_VERSION "\n"));

    const TestSupport::ProcessResult help = TestSupport::runCommittee({QStringLiteral("--help")});
    QCOMPARE(help.exitCode, 0);
    QVERIFY(help.standardOutput.contains(
        "import --promotion NUMBER FILE.xlsx|.ods|.csv [--sheet NAME] [--mapping NAME] [--map FIELD=TITLE]...\n"
        "         [--save-mapping NAME] [--update-decided] [--dry-run]"));

    // FAST_COMMITTEE_DB chooses the database when --db is not given; no display is needed.
    const QString path = m_dir->filePath(QStringLiteral("from-environment.sqlite"));
    const TestSupport::ProcessResult added = TestSupport::runCommittee(
        {QStringLiteral("promotion"), QStringLiteral("add"), QStringLiteral("13"), QStringLiteral("--year"),
         QStringLiteral("2023"), QStringLiteral("--envelope"), QStringLiteral("2 550 000")},
        {QStringLiteral("FAST_COMMITTEE_DB=") + path, QStringLiteral("QT_QPA_PLATFORM=none-such")});
    QCOMPARE(added.standardError, QByteArray());
    QCOMPARE(added.exitCode, 0);
    QVERIFY(QFile::exists(path));

    const TestSupport::ProcessResult refused = TestSupport::runCommittee(
        {QStringLiteral("--db"), path, QStringLiteral("promotion"), QStringLiteral("add"), QStringLiteral("13"),
         QStringLiteral("--year"), QStringLiteral("2023"), QStringLiteral("--envelope"), QStringLiteral("1")});
    QCOMPARE(refused.exitCode, 1);
    QVERIFY(!refused.standardError.isEmpty());
}

void TestCommandLine::notADatabaseIsLeftUntouched()
{
    const QString path = TestSupport::writeFile(*m_dir, QStringLiteral("notes.sqlite"),
                                                QByteArrayLiteral("Ceci n'est pas une base de données.\n"));
    const QByteArray before = TestSupport::readFile(path);
    const TestSupport::ProcessResult result =
        TestSupport::runCommittee({QStringLiteral("--db"), path, QStringLiteral("summary")});
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.standardError.contains("not"), result.standardError.constData());
    QCOMPARE(TestSupport::readFile(path), before);
}

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
