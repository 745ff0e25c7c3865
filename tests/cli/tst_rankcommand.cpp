#include "TestDatabaseLocation.h"
#include "TestSupport.h"
#include "reports/DemoCommittee.h"
#include "storage/CommitteeStore.h"
#include "storage/Database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

// The reasons of the proposal on the command line, on the demonstration's FAST14: `rank` prints each
// row's reason, `rank --json` gives it as a stable key ("reason") and in words ("explanation"), and
// `propose` prints the reason per row and the candidates it leaves out, so that a waitlisted candidate
// ranked above a laureate is explained wherever the secretariat looks.
class TestRankCommand : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void rankText();
    void rankJson();
    void proposeText();
    void withdrawnCandidateIsExplained();

private:
    using Run = TestSupport::CommandLineRun;
    // As the Secrétariat, the output without the terminal's padding (plain()).
    Run run(const QStringList &arguments) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<TestDatabaseLocation> m_location;
    QString m_database;
};

namespace {

// Money::toString() writes no-break spaces; the expectations are easier to read with plain ones.
QString plain(QString text)
{
    return text.replace(QChar(0x00A0), QLatin1Char(' '));
}

} // namespace

void TestRankCommand::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_location = TestDatabaseLocation::underTest();
    if (m_location->address().isEmpty())
        QSKIP(qPrintable(m_location->error()));
    m_database = m_location->address();
    Database database;
    const Outcome opened = database.open(m_database);
    QVERIFY2(opened.ok(), qPrintable(opened.error()));
    CommitteeStore store(database);
    store.setOperatorName(QStringLiteral("test"));
    const Outcome populated = DemoCommittee::populate(store);
    QVERIFY2(populated.ok(), qPrintable(populated.error()));
}

TestRankCommand::Run TestRankCommand::run(const QStringList &arguments) const
{
    Run ran = TestSupport::runCommandLine(m_database, arguments, QStringLiteral("Secrétariat"));
    ran.out = plain(ran.out);
    return ran;
}

void TestRankCommand::rankText()
{
    const Run ranked = run({QStringLiteral("rank"), QStringLiteral("--promotion"), QStringLiteral("14")});
    QCOMPARE(ranked.err, QString());
    QCOMPARE(ranked.exitCode, 0);
    QCOMPARE(
        ranked.out.split(QLatin1Char('\n')),
        QStringList({
            QStringLiteral("Rank          Candidate                      Score        Eligible  Proposed"),
            QStringLiteral("1             Aide Aidants (fictif)           90,0       300 000 €  Laureate (within "
                           "the envelope (remaining after: 2 100 000 €))"),
            QStringLiteral("2             Trajets Santé (fictif)          84,0       300 000 €  Laureate (within "
                           "the envelope (remaining after: 1 800 000 €))"),
            QStringLiteral("3             Signal Logement (fictif)        75,2       300 000 €  Laureate (within "
                           "the envelope (remaining after: 1 500 000 €))"),
            QStringLiteral("4 ex aequo    Incubateur Ouest (fictif)       75,0       300 000 €  Laureate (within "
                           "the envelope (remaining after: 1 200 000 €))"),
            QStringLiteral("4 ex aequo    Rendez-vous Préfecture (fictif)    75,0       280 000 €  Laureate "
                           "(within the envelope (remaining after: 920 000 €))"),
            QStringLiteral("6             Carnet Nature (fictif)          68,8       250 000 €  Laureate (within "
                           "the envelope (remaining after: 670 000 €))"),
            QStringLiteral("7             Permis Bateau (fictif)          65,2       300 000 €  Laureate (within "
                           "the envelope (remaining after: 370 000 €))"),
            QStringLiteral("8             Inclusion Emploi (fictif)       56,8       180 000 €  Laureate (within "
                           "the envelope (remaining after: 190 000 €))"),
            QStringLiteral("9             Mon Espace Élu (fictif)         52,0       220 000 €  Waitlist (does not "
                           "fit the remaining 190 000 €: passed over for Portail Archives (fictif))"),
            QStringLiteral("10            Portail Archives (fictif)       48,0       120 000 €  Laureate (within "
                           "the envelope (remaining after: 70 000 €))"),
            QStringLiteral("-             Cadastre Solaire (fictif)     incomplete scoring (5 note(s) missing): "
                           "left out of the proposal"),
            QStringLiteral("-             Observatoire Forêts (fictif)  incomplete scoring (2 note(s) missing): "
                           "left out of the proposal"),
            QString(),
        }));
}

void TestRankCommand::rankJson()
{
    const Run ranked =
        run({QStringLiteral("rank"), QStringLiteral("--promotion"), QStringLiteral("14"), QStringLiteral("--json")});
    QCOMPARE(ranked.exitCode, 0);
    QStringList rows;
    for (const QJsonValue &value : QJsonDocument::fromJson(ranked.out.toUtf8()).array()) {
        const QJsonObject row = value.toObject();
        const QJsonValue rank = row.value(QStringLiteral("rank"));
        const QJsonValue proposed = row.value(QStringLiteral("proposed"));
        rows.append(QStringLiteral("%1 | %2 | %3 | %4 | %5")
                        .arg(rank.isNull() ? QStringLiteral("-") : QString::number(rank.toInt()),
                             row.value(QStringLiteral("name")).toString(),
                             proposed.isNull() ? QStringLiteral("-") : proposed.toString(),
                             row.value(QStringLiteral("reason")).toString(),
                             row.value(QStringLiteral("explanation")).toString()));
    }
    QCOMPARE(rows.size(), 12);
    // The ninth does not fit the 190 000 € left after the eighth; the tenth does, and takes it.
    QCOMPARE(rows.at(7), QStringLiteral("8 | Inclusion Emploi (fictif) | laureate | within_envelope | within the "
                                        "envelope (remaining after: 190 000 €)"));
    QCOMPARE(rows.at(8), QStringLiteral("9 | Mon Espace Élu (fictif) | waitlist | does_not_fit | does not fit the "
                                        "remaining 190 000 €: passed over for Portail Archives (fictif)"));
    QCOMPARE(rows.at(9), QStringLiteral("10 | Portail Archives (fictif) | laureate | within_envelope | within the "
                                        "envelope (remaining after: 70 000 €)"));
    QCOMPARE(rows.at(10), QStringLiteral("- | Cadastre Solaire (fictif) | - | incomplete_scoring | incomplete scoring "
                                         "(5 note(s) missing): left out of the proposal"));
    QCOMPARE(rows.at(11), QStringLiteral("- | Observatoire Forêts (fictif) | - | incomplete_scoring | incomplete "
                                         "scoring (2 note(s) missing): left out of the proposal"));
}

void TestRankCommand::proposeText()
{
    const Run proposed = run({QStringLiteral("propose"), QStringLiteral("--promotion"), QStringLiteral("14")});
    QCOMPARE(proposed.err, QString());
    QCOMPARE(proposed.exitCode, 0);
    const QStringList lines = proposed.out.split(QLatin1Char('\n'));
    QCOMPARE(lines.size(), 14);
    QCOMPARE(lines.at(8),
             QStringLiteral("  9  Mon Espace Élu (fictif)         52,0  eligible 220 000 €  Waitlist  granted "
                            "0 €  consumed 2 210 000 €  (does not fit the remaining 190 000 €: passed "
                            "over for Portail Archives (fictif))"));
    QCOMPARE(lines.at(9),
             QStringLiteral(" 10  Portail Archives (fictif)       48,0  eligible 120 000 €  Laureate  granted "
                            "120 000 €  consumed 2 330 000 €  (within the envelope (remaining after: "
                            "70 000 €))"));
    // The candidates it leaves out, each with its reason.
    QCOMPARE(lines.at(10), QStringLiteral("  -  Cadastre Solaire (fictif)     (incomplete scoring (5 note(s) missing): "
                                          "left out of the proposal)"));
    QCOMPARE(lines.at(11), QStringLiteral("  -  Observatoire Forêts (fictif)  (incomplete scoring (2 note(s) missing): "
                                          "left out of the proposal)"));
    QCOMPARE(lines.at(12), QStringLiteral("Envelope 2 400 000 €; consumed 2 330 000 €; remaining 70 000 €."));
}

void TestRankCommand::withdrawnCandidateIsExplained()
{
    const Run decided = run({QStringLiteral("decide"), QStringLiteral("--promotion"), QStringLiteral("14"),
                             QStringLiteral("--candidate"), QStringLiteral("Trajets Santé (fictif)"),
                             QStringLiteral("--decision"), QStringLiteral("withdrawn")});
    QCOMPARE(decided.err, QString());
    // Out of the ranking, so Mon Espace Élu now fits; the withdrawn candidate follows with its reason.
    const Run ranked = run({QStringLiteral("rank"), QStringLiteral("--promotion"), QStringLiteral("14")});
    const QStringList lines = ranked.out.split(QLatin1Char('\n'));
    QCOMPARE(lines.at(8), QStringLiteral("8             Mon Espace Élu (fictif)         52,0       220 000 €  Laureate "
                                         "(within the envelope (remaining after: 270 000 €))"));
    QCOMPARE(lines.at(12), QStringLiteral("-             Trajets Santé (fictif)        withdrawn"));
    const Run json =
        run({QStringLiteral("rank"), QStringLiteral("--promotion"), QStringLiteral("14"), QStringLiteral("--json")});
    const QJsonArray array = QJsonDocument::fromJson(json.out.toUtf8()).array();
    QCOMPARE(array.size(), 12);
    QCOMPARE(QJsonDocument(array.last().toObject()).toJson(QJsonDocument::Compact),
             QByteArray(R"j({"eligible_cents":null,"ex_aequo":false,"explanation":"withdrawn","missing_notes":0,)j"
                        R"j("name":"Trajets Santé (fictif)","proposed":null,"rank":null,"reason":"withdrawn",)j"
                        R"j("score":null})j"));
}

QTEST_GUILESS_MAIN(TestRankCommand)
#include "tst_rankcommand.moc"
