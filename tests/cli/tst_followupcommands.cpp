#include "FrenchAmounts.h"
#include "TestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QTemporaryDir>
#include <QTest>

// The follow-up's command line, run as users run it (the real executable): agreement sign, amend and withdraw,
// payment add, mark-paid and import, follow-up, schedule and opening-key, each with its exact output, its exit
// code and, when refused, a database left as it was; a closed promotion's follow-up still written while its
// decisions are not.
class TestFollowUpCommands : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void signPayWithdrawAndFollowUp();
    void paymentImportIsAllOrNothing();
    void importProblemsAreLocated();
    void scheduleAcrossPromotions();
    void openingKey();
    void refusals_data();
    void refusals();
    void closedPromotionFollowUp();
    void help();

private:
    TestSupport::ProcessResult run(const QStringList &arguments) const;
    // Runs and checks that it succeeded.
    QString ok(const QStringList &arguments) const;
    QString write(const QString &name, const QByteArray &bytes) const;
    QString dump() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_db;
};

namespace {

QString euros(const char *text)
{
    return FrenchAmounts::text(text);
}

} // namespace

TestSupport::ProcessResult TestFollowUpCommands::run(const QStringList &arguments) const
{
    return TestSupport::runCommittee(
        QStringList{QStringLiteral("--db"), m_db, QStringLiteral("--operator"), QStringLiteral("Secrétariat")} +
        arguments);
}

QString TestFollowUpCommands::ok(const QStringList &arguments) const
{
    const TestSupport::ProcessResult result = run(arguments);
    if (result.exitCode != 0)
        qWarning("%s: %s", qPrintable(arguments.join(QLatin1Char(' '))), result.standardError.constData());
    return result.exitCode == 0 ? QString::fromUtf8(result.standardOutput) : QStringLiteral("<failed>");
}

QString TestFollowUpCommands::write(const QString &name, const QByteArray &bytes) const
{
    return TestSupport::writeFile(*m_dir, name, bytes);
}

QString TestFollowUpCommands::dump() const
{
    QString text;
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("dump"));
        raw.setDatabaseName(m_db);
        if (raw.open())
            text = TestSupport::dumpTables(raw);
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("dump"));
    return text;
}

void TestFollowUpCommands::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_db = m_dir->filePath(QStringLiteral("committee.sqlite"));
    QVERIFY(ok({QStringLiteral("promotion"), QStringLiteral("add"), QStringLiteral("13"), QStringLiteral("--year"),
                QStringLiteral("2025"), QStringLiteral("--envelope"), QStringLiteral("300 000")}) !=
            QStringLiteral("<failed>"));
    const QString file = write(QStringLiteral("candidates.csv"),
                               "projet;administration;incubateur;type;phase;budget_annuel;montant_demande\n"
                               "Alpha;DGALN;Fabrique;produit;construction;400000;100000\n"
                               "Beta;DGALN;Fabrique;produit;construction;300000;200000\n"
                               "Gamma;DINUM;Fabrique;incubateur;construction;100000;20000\n");
    QVERIFY(ok({QStringLiteral("import"), QStringLiteral("--promotion"), QStringLiteral("13"), file}) !=
            QStringLiteral("<failed>"));
    for (const auto &[name, decision] :
         QList<QPair<QString, QString>>{{QStringLiteral("Alpha"), QStringLiteral("laureate")},
                                        {QStringLiteral("Beta"), QStringLiteral("laureate")},
                                        {QStringLiteral("Gamma"), QStringLiteral("rejected")}})
        QVERIFY(ok({QStringLiteral("decide"), QStringLiteral("--promotion"), QStringLiteral("13"),
                    QStringLiteral("--candidate"), name, QStringLiteral("--decision"), decision}) !=
                QStringLiteral("<failed>"));
}

void TestFollowUpCommands::cleanup()
{
    m_dir.reset();
}

void TestFollowUpCommands::signPayWithdrawAndFollowUp()
{
    QCOMPARE(ok({QStringLiteral("agreement"), QStringLiteral("sign"), QStringLiteral("--promotion"),
                 QStringLiteral("13"), QStringLiteral("--candidate"), QStringLiteral("alpha"), QStringLiteral("--date"),
                 QStringLiteral("2025-07-01"), QStringLiteral("--reference"), QStringLiteral("CONV-1")}),
             euros("FAST13 / Alpha: agreement signed on 01/07/2025, committed 100 000 €.\n"
                   "  tranche 1: 78 930 € planned on 01/07/2025\n"
                   "  tranche 2: 21 070 € planned on 01/10/2025\n"));
    QCOMPARE(ok({QStringLiteral("agreement"), QStringLiteral("sign"), QStringLiteral("--promotion"),
                 QStringLiteral("13"), QStringLiteral("--candidate"), QStringLiteral("Beta"), QStringLiteral("--date"),
                 QStringLiteral("01/08/2025"), QStringLiteral("--amount"), QStringLiteral("140 000"),
                 QStringLiteral("--reason"), QStringLiteral("budget revu")}),
             euros("FAST13 / Beta: agreement signed on 01/08/2025, committed 140 000 €.\n"
                   "  tranche 1: 110 502 € planned on 01/08/2025\n"
                   "  tranche 2: 29 498 € planned on 01/11/2025\n"));
    QCOMPARE(ok({QStringLiteral("payment"), QStringLiteral("mark-paid"), QStringLiteral("--promotion"),
                 QStringLiteral("13"), QStringLiteral("--candidate"), QStringLiteral("Alpha"),
                 QStringLiteral("--tranche"), QStringLiteral("1"), QStringLiteral("--date"),
                 QStringLiteral("2025-07-05"), QStringLiteral("--reference"), QStringLiteral("VIR-1")}),
             euros("FAST13 / Alpha: tranche 1 paid; paid 78 930 €, left to pay 21 070 €.\n"));
    QCOMPARE(ok({QStringLiteral("payment"), QStringLiteral("mark-paid"), QStringLiteral("--promotion"),
                 QStringLiteral("13"), QStringLiteral("--candidate"), QStringLiteral("Beta"),
                 QStringLiteral("--tranche"), QStringLiteral("1"), QStringLiteral("--date"),
                 QStringLiteral("2025-08-10"), QStringLiteral("--amount"), QStringLiteral("100 000")}),
             euros("FAST13 / Beta: tranche 1 paid; paid 100 000 €, left to pay 40 000 €.\n"));
    QCOMPARE(ok({QStringLiteral("agreement"), QStringLiteral("withdraw"), QStringLiteral("--promotion"),
                 QStringLiteral("13"), QStringLiteral("--candidate"), QStringLiteral("Beta"), QStringLiteral("--date"),
                 QStringLiteral("2025-09-01"), QStringLiteral("--reason"), QStringLiteral("abandon")}),
             euros("FAST13 / Beta withdrew on 01/09/2025: it keeps the 100 000 € paid; 50 000 € go back to FAST13's "
                   "envelope.\n"));
    // The envelope counts what Beta kept, not what it was granted.
    QVERIFY(ok({QStringLiteral("candidates"), QStringLiteral("--promotion"), QStringLiteral("13")})
                .endsWith(euros("envelope 300 000 €, consumed 200 000 €, remaining 100 000 €.\n")));

    // Every date is in the past: the milestones not marked done are late, whenever the test runs.
    QCOMPARE(ok({QStringLiteral("follow-up"), QStringLiteral("--promotion"), QStringLiteral("13")}),
             euros("FAST13: 2 laureate(s); committed 200 000 €, paid 178 930 €, left to pay 21 070 €.\n"
                   "Withdrawals gave 50 000 € back to the envelope.\n"
                   "Alpha: paying; granted 100 000 €, committed 100 000 €, paid 78 930 €, left to pay 21 070 €; next: "
                   "tranche 2, 21 070 € on 01/10/2025.\n"
                   "  agreement CONV-1 signed on 01/07/2025\n"
                   "  tranche 1: 78 930 € planned on 01/07/2025, paid 78 930 € on 05/07/2025 (VIR-1)\n"
                   "  tranche 2: 21 070 € planned on 01/10/2025\n"
                   "  Kick-off: planned on 01/07/2025\n"
                   "  Mid-term review: planned on 01/10/2025\n"
                   "  End of accompaniment: planned on 01/01/2026\n"
                   "  LATE: tranche 2 due on 01/10/2025\n"
                   "  LATE: Kick-off planned on 01/07/2025\n"
                   "  LATE: Mid-term review planned on 01/10/2025\n"
                   "  LATE: End of accompaniment planned on 01/01/2026\n"
                   "Beta: withdrawn on 01/09/2025; granted 150 000 €, committed 100 000 €, paid 100 000 €, left to "
                   "pay 0 €.\n"
                   "  agreement signed on 01/08/2025\n"
                   "  amendment: 140 000 € instead of 150 000 € (budget revu)\n"
                   "  withdrawn on 01/09/2025: 50 000 € back to the envelope (abandon)\n"
                   "  tranche 1: 110 502 € planned on 01/08/2025, paid 100 000 € on 10/08/2025\n"
                   "  Kick-off: planned on 01/08/2025\n"
                   "  Mid-term review: planned on 01/11/2025\n"
                   "  End of accompaniment: planned on 01/02/2026\n"));

    const QJsonArray json = QJsonDocument::fromJson(ok({QStringLiteral("follow-up"), QStringLiteral("--promotion"),
                                                        QStringLiteral("13"), QStringLiteral("--json")})
                                                        .toUtf8())
                                .array();
    QCOMPARE(json.size(), 2);
    const QJsonObject beta = json.at(1).toObject();
    QCOMPARE(beta.value(QStringLiteral("status")).toString(), QStringLiteral("withdrawn"));
    QCOMPARE(beta.value(QStringLiteral("released_cents")).toInteger(), 5000000);
    QCOMPARE(beta.value(QStringLiteral("agreement")).toObject().value(QStringLiteral("amended_cents")).toInteger(),
             14000000);
    const QJsonObject alphaTranche = json.at(0).toObject().value(QStringLiteral("tranches")).toArray().at(0).toObject();
    QCOMPARE(alphaTranche.value(QStringLiteral("paid_on")).toString(), QStringLiteral("2025-07-05"));
    QCOMPARE(alphaTranche.value(QStringLiteral("planned_cents")).toInteger(), 7893000);
    QCOMPARE(json.at(0).toObject().value(QStringLiteral("late")).toArray().size(), 4);

    QCOMPARE(ok({QStringLiteral("milestone"), QStringLiteral("set"), QStringLiteral("--promotion"),
                 QStringLiteral("13"), QStringLiteral("--candidate"), QStringLiteral("Alpha"),
                 QStringLiteral("--milestone"), QStringLiteral("kickoff"), QStringLiteral("--done"),
                 QStringLiteral("2025-07-02"), QStringLiteral("--note"), QStringLiteral("lancement avec l’équipe")}),
             QStringLiteral("FAST13 / Alpha: Kick-off: planned on 01/07/2025, done on 02/07/2025, lancement avec "
                            "l’équipe.\n"));
    QVERIFY(!ok({QStringLiteral("follow-up"), QStringLiteral("--promotion"), QStringLiteral("13")})
                 .contains(QStringLiteral("LATE: Kick-off")));

    // Every change is in the audit log.
    const QString audit = ok({QStringLiteral("audit"), QStringLiteral("--promotion"), QStringLiteral("13")});
    QVERIFY(audit.contains(QStringLiteral("FAST13 / Beta / withdrawal")));
    QVERIFY(audit.contains(QStringLiteral("FAST13 / Alpha / tranche 1")));
}

void TestFollowUpCommands::paymentImportIsAllOrNothing()
{
    for (const QString &name : {QStringLiteral("Alpha"), QStringLiteral("Beta")})
        QVERIFY(ok({QStringLiteral("agreement"), QStringLiteral("sign"), QStringLiteral("--promotion"),
                    QStringLiteral("13"), QStringLiteral("--candidate"), name, QStringLiteral("--date"),
                    QStringLiteral("2025-07-01")}) != QStringLiteral("<failed>"));
    const QString before = dump();
    // The third payment passes Alpha's commitment: nothing of the file is recorded.
    const QString tooMuch = write(QStringLiteral("bank.csv"), "laureat;reference;date;montant\n"
                                                              "Alpha;VIR-1;2025-07-05;78 930\n"
                                                              "beta;VIR-2;05/07/2025;118 395\n"
                                                              "Alpha;VIR-3;2025-10-02;21 071\n");
    const TestSupport::ProcessResult refused = run({QStringLiteral("payment"), QStringLiteral("import"), tooMuch});
    QCOMPARE(refused.exitCode, 1);
    QCOMPARE(QString::fromUtf8(refused.standardError),
             euros(qPrintable(tooMuch + QStringLiteral(":4: FAST13 / Alpha, tranche 2 of 21 071 € brings the tranches "
                                                       "to 100 001 €, 1 € more than the commitment of 100 000 €.\n"
                                                       "No payment was recorded.\n"))));
    QCOMPARE(refused.standardOutput, QByteArray());
    QCOMPARE(dump(), before);

    const QString bank = write(QStringLiteral("bank-ok.csv"), "laureat;reference;date;montant\n"
                                                              "Alpha;VIR-1;2025-07-05;78 930\n"
                                                              "beta;VIR-2;05/07/2025;118 395\n"
                                                              "Alpha;VIR-3;2025-10-02;21 070\n");
    QCOMPARE(
        ok({QStringLiteral("payment"), QStringLiteral("import"), bank}),
        euros(qPrintable(bank + QStringLiteral(": 3 payment(s) recorded for 2 laureate(s), 218 395 € in all.\n"))));
    const QString after = dump();
    // The same file again pays nothing twice.
    const TestSupport::ProcessResult again = run({QStringLiteral("payment"), QStringLiteral("import"), bank});
    QCOMPARE(again.exitCode, 1);
    QCOMPARE(QString::fromUtf8(again.standardError),
             bank + QStringLiteral(":2: FAST13 / Alpha: the payment VIR-1 is already recorded on tranche 1.\n"
                                   "No payment was recorded.\n"));
    QCOMPARE(dump(), after);
}

void TestFollowUpCommands::importProblemsAreLocated()
{
    QVERIFY(ok({QStringLiteral("agreement"), QStringLiteral("sign"), QStringLiteral("--promotion"),
                QStringLiteral("13"), QStringLiteral("--candidate"), QStringLiteral("Alpha"), QStringLiteral("--date"),
                QStringLiteral("2025-07-01")}) != QStringLiteral("<failed>"));
    const QString before = dump();
    const QString file = write(QStringLiteral("bad.csv"), "laureat;reference;date;montant\n"
                                                          "Alpha;VIR-1;2025-13-05;78 930\n"
                                                          "Zeta;VIR-2;2025-07-05;1 000\n"
                                                          "Alpha;VIR-1;2025-07-06;300,000\n"
                                                          "Alpha;;2025-07-06;-5\n");
    const TestSupport::ProcessResult refused = run({QStringLiteral("payment"), QStringLiteral("import"), file});
    QCOMPARE(refused.exitCode, 1);
    const QStringList lines = QString::fromUtf8(refused.standardError).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 7);
    QCOMPARE(lines.at(0),
             file + QStringLiteral(":2: date: \"2025-13-05\" is not a date: write 2025-07-14 or 14/07/2025"));
    QCOMPARE(lines.at(1), file + QStringLiteral(":3: laureat: no laureate called \"Zeta\""));
    QCOMPARE(lines.at(2), file + QStringLiteral(":4: reference: the reference \"VIR-1\" is already given on line 2"));
    QVERIFY2(lines.at(3).startsWith(file + QStringLiteral(":4: montant: ")), qPrintable(lines.at(3)));
    QCOMPARE(lines.at(4), file + QStringLiteral(":5: reference: the payment's reference is missing"));
    QVERIFY2(lines.at(5).startsWith(file + QStringLiteral(":5: montant: ")), qPrintable(lines.at(5)));
    QCOMPARE(lines.at(6), QStringLiteral("6 problem(s): no payment was recorded."));
    QCOMPARE(dump(), before);
}

void TestFollowUpCommands::scheduleAcrossPromotions()
{
    // A second promotion, of 2024, whose commitment is partly paid in 2025.
    QVERIFY(ok({QStringLiteral("promotion"), QStringLiteral("add"), QStringLiteral("11"), QStringLiteral("--year"),
                QStringLiteral("2024"), QStringLiteral("--envelope"), QStringLiteral("500 000")}) !=
            QStringLiteral("<failed>"));
    const QString file = write(QStringLiteral("eleven.csv"),
                               "projet;administration;incubateur;type;phase;budget_annuel;montant_demande\n"
                               "Delta;DGFIP;Fabrique;produit;construction;600000;300000\n");
    QVERIFY(ok({QStringLiteral("import"), QStringLiteral("--promotion"), QStringLiteral("11"), file}) !=
            QStringLiteral("<failed>"));
    QVERIFY(ok({QStringLiteral("decide"), QStringLiteral("--promotion"), QStringLiteral("11"),
                QStringLiteral("--candidate"), QStringLiteral("Delta"), QStringLiteral("--decision"),
                QStringLiteral("laureate")}) != QStringLiteral("<failed>"));
    const auto sign = [this](const char *promotion, const char *name, const char *date) {
        return ok({QStringLiteral("agreement"), QStringLiteral("sign"), QStringLiteral("--promotion"),
                   QString::fromLatin1(promotion), QStringLiteral("--candidate"), QString::fromLatin1(name),
                   QStringLiteral("--date"), QString::fromLatin1(date)});
    };
    const auto pay = [this](const char *promotion, const char *name, const char *tranche, const char *date) {
        return ok({QStringLiteral("payment"), QStringLiteral("mark-paid"), QStringLiteral("--promotion"),
                   QString::fromLatin1(promotion), QStringLiteral("--candidate"), QString::fromLatin1(name),
                   QStringLiteral("--tranche"), QString::fromLatin1(tranche), QStringLiteral("--date"),
                   QString::fromLatin1(date)});
    };
    QVERIFY(sign("11", "Delta", "2024-11-15") != QStringLiteral("<failed>")); // 236 790 + 63 210
    QVERIFY(pay("11", "Delta", "1", "2024-12-01") != QStringLiteral("<failed>"));
    QVERIFY(pay("11", "Delta", "2", "2025-02-15") != QStringLiteral("<failed>"));
    QVERIFY(sign("13", "Alpha", "2025-07-01") != QStringLiteral("<failed>")); // 78 930 + 21 070
    QVERIFY(pay("13", "Alpha", "1", "2025-07-05") != QStringLiteral("<failed>"));
    QVERIFY(sign("13", "Beta", "2025-12-20") != QStringLiteral("<failed>")); // 118 395 (2025) + 31 605 (2026)
    QVERIFY(ok({QStringLiteral("agreement"), QStringLiteral("withdraw"), QStringLiteral("--promotion"),
                QStringLiteral("13"), QStringLiteral("--candidate"), QStringLiteral("Gamma"), QStringLiteral("--date"),
                QStringLiteral("2025-12-01")}) == QStringLiteral("<failed>")); // not a laureate

    // RAP 31/12/2024: 63 210; AE 2025: 100 000 + 150 000; CP paid 2025: 63 210 + 78 930;
    // still to pay in 2025: Alpha's 21 070 + Beta's 118 395; RAP 31/12/2025: 63 210 + 250 000 − 142 140.
    QCOMPARE(ok({QStringLiteral("schedule"), QStringLiteral("--year"), QStringLiteral("2025")}),
             euros("Payment schedule 2025 (AE / CP), every promotion\n"
                   "Remaining to pay at 31/12/2024: 63 210 €\n"
                   "AE 2025: 250 000 € committed by 2 agreement(s) signed; 0 € cancelled by withdrawals\n"
                   "CP 2025: 142 140 € paid; 139 465 € still to pay on the year's schedule\n"
                   "Remaining to pay at 31/12/2025: 171 070 €\n"
                   "\n"
                   "CP to open (€)                                     AE  CP 2025  CP 2026  CP 2027  CP beyond 2027  "
                   "Not scheduled  Cancelled\n"
                   "Commitments before 2025 unpaid at 31/12/2024   63 210   63 210        0        0               0  "
                   "            0          0\n"
                   "New commitments in 2025                       250 000  218 395   31 605        0               0  "
                   "            0          0\n"
                   "Totals                                        313 210  281 605   31 605        0               0  "
                   "            0          0\n"));
    const QJsonObject json = QJsonDocument::fromJson(ok({QStringLiteral("schedule"), QStringLiteral("--year"),
                                                         QStringLiteral("2025"), QStringLiteral("--json")})
                                                         .toUtf8())
                                 .object();
    QCOMPARE(json.value(QStringLiteral("remaining_at_end_cents")).toInteger(), 17107000);
    QCOMPARE(json.value(QStringLiteral("new_commitments"))
                 .toObject()
                 .value(QStringLiteral("cp_next_year_cents"))
                 .toInteger(),
             3160500);
    QCOMPARE(json.value(QStringLiteral("product_agreements_signed")).toInt(), 2);
}

void TestFollowUpCommands::openingKey()
{
    QCOMPARE(ok({QStringLiteral("opening-key"), QStringLiteral("--year"), QStringLiteral("2025")}),
             QStringLiteral("Opening key 2025: 78,93 % at signature, 21,07 % at the mid-term review.\n"));
    QCOMPARE(ok({QStringLiteral("opening-key"), QStringLiteral("--year"), QStringLiteral("2025"),
                 QStringLiteral("--first"), QStringLiteral("60,5")}),
             QStringLiteral("Opening key 2025: 60,50 % at signature, 39,50 % at the mid-term review.\n"));
    QVERIFY(ok({QStringLiteral("agreement"), QStringLiteral("sign"), QStringLiteral("--promotion"),
                QStringLiteral("13"), QStringLiteral("--candidate"), QStringLiteral("Alpha"), QStringLiteral("--date"),
                QStringLiteral("2025-07-01")})
                .contains(euros("tranche 1: 60 500 € planned on 01/07/2025")));
    const TestSupport::ProcessResult bad =
        run({QStringLiteral("opening-key"), QStringLiteral("--year"), QStringLiteral("2025"), QStringLiteral("--first"),
             QStringLiteral("101")});
    QCOMPARE(bad.exitCode, 2);
    QCOMPARE(QString::fromUtf8(bad.standardError), QStringLiteral("--first: 101 is more than 100 %.\n"));
}

void TestFollowUpCommands::refusals_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("error");

    const QStringList sign{QStringLiteral("agreement"), QStringLiteral("sign"), QStringLiteral("--promotion"),
                           QStringLiteral("13")};
    QTest::newRow("not a laureate") << (sign + QStringList{QStringLiteral("--candidate"), QStringLiteral("Gamma"),
                                                           QStringLiteral("--date"), QStringLiteral("2025-07-01")})
                                    << 1
                                    << QStringLiteral("FAST13 / Gamma is not a laureate: only a laureate has a "
                                                      "follow-up.\n");
    QTest::newRow("unknown candidate") << (sign + QStringList{QStringLiteral("--candidate"), QStringLiteral("Zeta"),
                                                              QStringLiteral("--date"), QStringLiteral("2025-07-01")})
                                       << 1 << QStringLiteral("FAST13 has no candidate called \"Zeta\".\n");
    QTest::newRow("bad date") << (sign + QStringList{QStringLiteral("--candidate"), QStringLiteral("Alpha"),
                                                     QStringLiteral("--date"), QStringLiteral("31/02/2025")})
                              << 2
                              << QStringLiteral("--date: \"31/02/2025\" is not a date: write 2025-07-14 or "
                                                "14/07/2025.\n");
    QTest::newRow("amount without reason")
        << (sign + QStringList{QStringLiteral("--candidate"), QStringLiteral("Alpha"), QStringLiteral("--date"),
                               QStringLiteral("2025-07-01"), QStringLiteral("--amount"), QStringLiteral("90 000")})
        << 2
        << QStringLiteral("Give --promotion, --candidate and --date, and --amount only with its --reason. Usage: "
                          "fast-committee agreement sign --promotion NUMBER --candidate NAME --date DATE [--reference "
                          "REFERENCE] [--amount AMOUNT --reason TEXT]\n");
    QTest::newRow("no tranche yet") << QStringList{QStringLiteral("payment"),     QStringLiteral("mark-paid"),
                                                   QStringLiteral("--promotion"), QStringLiteral("13"),
                                                   QStringLiteral("--candidate"), QStringLiteral("Alpha"),
                                                   QStringLiteral("--tranche"),   QStringLiteral("1"),
                                                   QStringLiteral("--date"),      QStringLiteral("2025-07-01")}
                                    << 1 << QStringLiteral("FAST13 / Alpha has no tranche 1 (it has 0 tranche(s)).\n");
    QTest::newRow("tranche beyond the granted amount")
        << QStringList{QStringLiteral("payment"),   QStringLiteral("add"),         QStringLiteral("--promotion"),
                       QStringLiteral("13"),        QStringLiteral("--candidate"), QStringLiteral("Alpha"),
                       QStringLiteral("--date"),    QStringLiteral("2025-07-01"),  QStringLiteral("--amount"),
                       QStringLiteral("100 000,01")}
        << 1
        << euros("FAST13 / Alpha, tranche 1 of 100 000,01 € brings the tranches to 100 000,01 €, 0,01 € more than "
                 "the commitment of 100 000 €.\n");
    QTest::newRow("unknown action") << QStringList{QStringLiteral("payment"), QStringLiteral("refund")} << 2
                                    << QStringLiteral("Usage: fast-committee payment add|mark-paid|import ... "
                                                      "(\"refund\" is not one of them).\n");
    QTest::newRow("schedule without a year") << QStringList{QStringLiteral("schedule")} << 2
                                             << QStringLiteral("Give --year YYYY. Usage: fast-committee schedule "
                                                               "--year YYYY [--json]\n");
}

void TestFollowUpCommands::refusals()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, error);
    const QString before = dump();
    const TestSupport::ProcessResult result = run(arguments);
    QCOMPARE(QString::fromUtf8(result.standardError), error);
    QCOMPARE(result.exitCode, exitCode);
    QCOMPARE(result.standardOutput, QByteArray());
    QCOMPARE(dump(), before);
}

void TestFollowUpCommands::closedPromotionFollowUp()
{
    QVERIFY(ok({QStringLiteral("promotion"), QStringLiteral("close"), QStringLiteral("13"),
                QStringLiteral("--committee-date"), QStringLiteral("2025-06-20")}) != QStringLiteral("<failed>"));
    QVERIFY(ok({QStringLiteral("agreement"), QStringLiteral("sign"), QStringLiteral("--promotion"),
                QStringLiteral("13"), QStringLiteral("--candidate"), QStringLiteral("Alpha"), QStringLiteral("--date"),
                QStringLiteral("2025-07-01")}) != QStringLiteral("<failed>"));
    QCOMPARE(ok({QStringLiteral("agreement"), QStringLiteral("withdraw"), QStringLiteral("--promotion"),
                 QStringLiteral("13"), QStringLiteral("--candidate"), QStringLiteral("Alpha"), QStringLiteral("--date"),
                 QStringLiteral("2025-07-10")}),
             euros("FAST13 / Alpha withdrew on 10/07/2025 before any payment: its 100 000 € go back to FAST13's "
                   "envelope.\n"));
    const TestSupport::ProcessResult decided = run(
        {QStringLiteral("decide"), QStringLiteral("--promotion"), QStringLiteral("13"), QStringLiteral("--candidate"),
         QStringLiteral("Alpha"), QStringLiteral("--decision"), QStringLiteral("rejected")});
    QCOMPARE(decided.exitCode, 1);
    QCOMPARE(QString::fromUtf8(decided.standardError),
             QStringLiteral("FAST13 is closed: reopen it before changing it.\n"));
}

void TestFollowUpCommands::help()
{
    const QString help = ok({QStringLiteral("agreement"), QStringLiteral("sign"), QStringLiteral("--help")});
    QVERIFY2(help.startsWith(QStringLiteral("Usage: fast-committee agreement sign --promotion NUMBER --candidate NAME "
                                            "--date DATE [--reference REFERENCE] [--amount AMOUNT --reason TEXT]\n")),
             qPrintable(help));
    QVERIFY(help.contains(QStringLiteral("--reason <TEXT>")));
    const QString general = ok({QStringLiteral("--help")});
    QVERIFY(general.contains(QStringLiteral("  payment import [--promotion NUMBER] FILE.csv  (laureat;reference;date;"
                                            "montant, all or nothing)\n")));
    QVERIFY(general.contains(QStringLiteral("  schedule --year YYYY [--json]")));
}

QTEST_GUILESS_MAIN(TestFollowUpCommands)
#include "tst_followupcommands.moc"
