#include "reports/DemoCommittee.h"
#include "storage/CommitteeStore.h"
#include "storage/Database.h"
#include "storage/ScoringStore.h"

#include <QMap>
#include <QTemporaryDir>
#include <QtTest>

// The demonstration committee: FAST13's ten public laureates granting exactly its 2 550 000 € envelope
// within the rule and scored before closing, earlier promotions closed, FAST14 open and undecided with a
// scoring that shows every state of the grid (incomplete, recusal, spread, ex aequo, waitlist then laureate).
class TestDemoCommittee : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void promotions_data();
    void promotions();
    void fast13Laureates();
    void everyLaureateWithinTheRule();
    void fast14Undecided();
    void committees_data();
    void committees();
    void fast14Sheet();
    void fast14Ranking();
    void fast14Proposal();
    void fast13RankingMatchesItsDecisions();
    void years();
    void refusesNonEmptyDatabase();

private:
    qint64 candidateId(int promotionNumber, const QString &name) const;

    QTemporaryDir *m_dir = nullptr;
    Database *m_database = nullptr;
    CommitteeStore *m_store = nullptr;
};

void TestDemoCommittee::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestDemoCommittee::init()
{
    m_dir = new QTemporaryDir;
    m_database = new Database;
    const Outcome opened = m_database->open(m_dir->filePath(QStringLiteral("demo.sqlite")));
    QVERIFY2(opened.ok(), qPrintable(opened.error()));
    m_store = new CommitteeStore(*m_database);
    m_store->setOperatorName(QStringLiteral("test"));
    const Outcome populated = DemoCommittee::populate(*m_store);
    QVERIFY2(populated.ok(), qPrintable(populated.error()));
}

void TestDemoCommittee::cleanup()
{
    delete m_store;
    delete m_database;
    delete m_dir;
}

void TestDemoCommittee::promotions_data()
{
    QTest::addColumn<int>("number");
    QTest::addColumn<int>("year");
    QTest::addColumn<qint64>("envelopeEuros");
    QTest::addColumn<bool>("closed");
    QTest::addColumn<int>("candidates");
    QTest::addColumn<int>("laureates");
    QTest::addColumn<qint64>("consumedEuros");
    QTest::newRow("FAST11") << 11 << 2022 << qint64(900000) << true << 4 << 3 << qint64(700000);
    QTest::newRow("FAST12") << 12 << 2023 << qint64(1500000) << true << 5 << 3 << qint64(850000);
    QTest::newRow("FAST13") << 13 << 2023 << qint64(2550000) << true << 13 << 10 << qint64(2550000);
    QTest::newRow("FAST14") << 14 << 2024 << qint64(2400000) << false << 12 << 0 << qint64(0);
}

void TestDemoCommittee::promotions()
{
    QFETCH(int, number);
    QFETCH(int, year);
    QFETCH(qint64, envelopeEuros);
    QFETCH(bool, closed);
    QFETCH(int, candidates);
    QFETCH(int, laureates);
    QFETCH(qint64, consumedEuros);
    QCOMPARE(m_store->promotions().value().size(), 4);
    const std::optional<Promotion> promotion = m_store->promotion(number).value();
    QVERIFY(promotion);
    QCOMPARE(promotion->year, year);
    QCOMPARE(promotion->envelope, Money::fromEuros(envelopeEuros));
    QCOMPARE(promotion->isClosed(), closed);
    QCOMPARE(promotion->rule, CofinancingRule());
    const QList<Candidate> list = m_store->candidates(number).value();
    QCOMPARE(list.size(), candidates);
    int laureateCount = 0;
    for (const Candidate &candidate : list)
        laureateCount += candidate.decision == Decision::Laureate ? 1 : 0;
    QCOMPARE(laureateCount, laureates);
    QCOMPARE(Promotion::consumed(list), Money::fromEuros(consumedEuros));
    QVERIFY(Promotion::consumed(list) <= promotion->envelope);
}

void TestDemoCommittee::fast13Laureates()
{
    QStringList names;
    const QList<Candidate> list = m_store->candidates(13).value();
    for (const Candidate &candidate : list) {
        if (candidate.decision == Decision::Laureate)
            names.append(candidate.name);
    }
    names.sort();
    QCOMPARE(names,
             QStringList({QStringLiteral("A-Just"), QStringLiteral("Annuaire des collectivités"),
                          QStringLiteral("DataSubvention"), QStringLiteral("Docurba"), QStringLiteral("DossierFacile"),
                          QStringLiteral("Envergo"), QStringLiteral("Ma Cantine"), QStringLiteral("Mano"),
                          QStringLiteral("Mobilic"), QStringLiteral("Réfugiés.info")}));
    // Exactly the public 2.55 M€.
    QCOMPARE(Promotion::consumed(list).cents(), Q_INT64_C(255000000));
    // The non-selected ones are marked as invented.
    for (const Candidate &candidate : list) {
        if (candidate.decision != Decision::Laureate)
            QVERIFY2(candidate.name.endsWith(QLatin1String("(fictif)")), qPrintable(candidate.name));
    }
}

void TestDemoCommittee::everyLaureateWithinTheRule()
{
    for (const Promotion &promotion : m_store->promotions().value()) {
        for (const Candidate &candidate : m_store->candidates(promotion.number).value()) {
            QCOMPARE(candidate.validate(promotion.rule), QList<FieldError>());
            if (candidate.decision != Decision::Laureate)
                continue;
            QVERIFY(candidate.granted <= Money::fromEuros(300000));
            QVERIFY(candidate.granted.cents() * 2 <= candidate.annualBudget.cents());
            QCOMPARE(candidate.granted, candidate.eligibility(promotion.rule).eligible);
        }
    }
}

void TestDemoCommittee::fast14Undecided()
{
    const QList<Candidate> list = m_store->candidates(14).value();
    for (const Candidate &candidate : list)
        QCOMPARE(candidate.decision, Decision::None);
    QVERIFY(!m_store->promotion(14).value()->checkCanClose(list).ok());
}

qint64 TestDemoCommittee::candidateId(int promotionNumber, const QString &name) const
{
    for (const Candidate &candidate : m_store->candidates(promotionNumber).value()) {
        if (candidate.name == name)
            return candidate.id;
    }
    return 0;
}

void TestDemoCommittee::committees_data()
{
    QTest::addColumn<int>("number");
    QTest::addColumn<QStringList>("members");
    QTest::addColumn<int>("notes");
    QTest::newRow("FAST11") << 11 << QStringList() << 0;
    QTest::newRow("FAST12") << 12 << QStringList() << 0;
    QTest::newRow("FAST13") << 13
                            << QStringList{QStringLiteral("Paul Girard (fictif)"),
                                           QStringLiteral("Nadia Benali (fictive)"),
                                           QStringLiteral("Hélène Roux (fictive)"),
                                           QStringLiteral("Marc Petit (fictif)")}
                            << 13 * 4 * 5;
    // 12 candidates × 5 members × 5 criteria, less one recusal (5) and seven notes not given yet.
    QTest::newRow("FAST14") << 14
                            << QStringList{QStringLiteral("Claire Morel (fictive)"),
                                           QStringLiteral("Julien Bernard (fictif)"),
                                           QStringLiteral("Sophie Laurent (fictive)"),
                                           QStringLiteral("Karim Haddad (fictif)"),
                                           QStringLiteral("Anne Lefèvre (fictive)")}
                            << 12 * 5 * 5 - 5 - 7;
}

void TestDemoCommittee::committees()
{
    QFETCH(int, number);
    QFETCH(QStringList, members);
    QFETCH(int, notes);
    ScoringStore scoring(*m_store);
    QStringList names;
    for (const CommitteeMember &member : scoring.members(number).value())
        names.append(member.name);
    QCOMPARE(names, members);
    const Result<ScoreSheet> sheet = scoring.scoreSheet(number);
    QVERIFY(sheet.ok());
    QCOMPARE(sheet.value().noteCount(), notes);
    // The fund's default criteria (stored with ids, hence compared by name and weight).
    QStringList criteria;
    for (const Criterion &criterion : sheet.value().criteria().criteria())
        criteria.append(QStringLiteral("%1 %2").arg(criterion.name).arg(criterion.weight));
    QCOMPARE(criteria,
             (QStringList{QStringLiteral("Impact potentiel 30"), QStringLiteral("Problème public et usagers 20"),
                          QStringLiteral("Équipe et portage 20"), QStringLiteral("Trajectoire d'accélération 15"),
                          QStringLiteral("Utilisation du cofinancement 15")}));
}

void TestDemoCommittee::fast14Sheet()
{
    ScoringStore scoring(*m_store);
    const Result<ScoreSheet> loaded = scoring.scoreSheet(14);
    QVERIFY(loaded.ok());
    const ScoreSheet &sheet = loaded.value();
    int fullyScored = 0;
    for (const qint64 id : sheet.candidateIds())
        fullyScored += sheet.isFullyScored(id) ? 1 : 0;
    QCOMPARE(fullyScored, 10);
    QCOMPARE(sheet.missingNoteCount(candidateId(14, QStringLiteral("Observatoire Forêts (fictif)"))), 2);
    QCOMPARE(sheet.missingNoteCount(candidateId(14, QStringLiteral("Cadastre Solaire (fictif)"))), 5);

    // One recusal: Claire Morel on Rendez-vous Préfecture, who is still fully scored by the four others.
    const QList<CommitteeMember> members = sheet.members();
    const qint64 recusedOn = candidateId(14, QStringLiteral("Rendez-vous Préfecture (fictif)"));
    int recusals = 0;
    for (const qint64 id : sheet.candidateIds())
        recusals += int(sheet.recusedMemberIds(id).size());
    QCOMPARE(recusals, 1);
    QCOMPARE(sheet.recusedMemberIds(recusedOn), QList<qint64>{members.at(0).id});
    QCOMPARE(sheet.scoringMemberCount(recusedOn), 4);
    QVERIFY(sheet.isFullyScored(recusedOn));

    // Incubateur Ouest: member scores from 54 to 100, the one spread of 40 points or more.
    const qint64 spread = candidateId(14, QStringLiteral("Incubateur Ouest (fictif)"));
    QList<Score> scores;
    for (const CommitteeMember &member : members)
        scores.append(sheet.memberScore(spread, member.id).value_or(Score(-1, 1)));
    QCOMPARE(scores, (QList<Score>{Score(100, 1), Score(54, 1), Score(77, 1), Score(77, 1), Score(67, 1)}));
    for (const qint64 id : sheet.candidateIds()) {
        if (id == spread)
            continue;
        std::optional<Score> low;
        std::optional<Score> high;
        for (const CommitteeMember &member : members) {
            const std::optional<Score> score = sheet.memberScore(id, member.id);
            if (!score)
                continue;
            low = low ? std::min(*low, *score) : *score;
            high = high ? std::max(*high, *score) : *score;
        }
        QVERIFY(high && low);
        QVERIFY(high->compare(Score(low->numerator() + 40 * low->denominator(), low->denominator())) < 0);
    }
}

void TestDemoCommittee::fast14Ranking()
{
    ScoringStore scoring(*m_store);
    const Result<QList<RankedCandidate>> ranking = scoring.ranking(14);
    QVERIFY(ranking.ok());
    QStringList rows;
    for (const RankedCandidate &row : ranking.value()) {
        rows.append(row.rank ? QStringLiteral("%1%2 %3 %4")
                                   .arg(*row.rank)
                                   .arg(row.exAequo ? QStringLiteral("=") : QString())
                                   .arg(row.name, row.score->toDisplayString())
                             : QStringLiteral("- %1 (%2 missing)").arg(row.name).arg(row.missingNotes));
    }
    QCOMPARE(rows, (QStringList{
                       QStringLiteral("1 Aide Aidants (fictif) 90,0"),
                       QStringLiteral("2 Trajets Santé (fictif) 84,0"),
                       QStringLiteral("3 Signal Logement (fictif) 75,2"),
                       // Exactly 75 both; the first criterion's mean (3.8 against 3.75) orders them.
                       QStringLiteral("4= Incubateur Ouest (fictif) 75,0"),
                       QStringLiteral("4= Rendez-vous Préfecture (fictif) 75,0"),
                       QStringLiteral("6 Carnet Nature (fictif) 68,8"),
                       QStringLiteral("7 Permis Bateau (fictif) 65,2"),
                       QStringLiteral("8 Inclusion Emploi (fictif) 56,8"),
                       QStringLiteral("9 Mon Espace Élu (fictif) 52,0"),
                       QStringLiteral("10 Portail Archives (fictif) 48,0"),
                       QStringLiteral("- Cadastre Solaire (fictif) (5 missing)"),
                       QStringLiteral("- Observatoire Forêts (fictif) (2 missing)"),
                   }));
}

void TestDemoCommittee::fast14Proposal()
{
    ScoringStore scoring(*m_store);
    const Result<Proposal> proposal = scoring.proposal(14);
    QVERIFY(proposal.ok());
    QStringList rows;
    for (const ProposedDecision &decision : proposal.value().decisions())
        rows.append(QStringLiteral("%1: %2 %3 (remaining %4)")
                        .arg(decision.name, decision.decision == Decision::Laureate   ? QStringLiteral("laureate")
                                            : decision.decision == Decision::Waitlist ? QStringLiteral("waitlist")
                                                                                      : QStringLiteral("other"))
                        .arg(decision.granted.toString(), decision.remainingAfter.toString()));
    // Mon Espace Élu (220 000 €) no longer fits the 190 000 € left; Portail Archives (120 000 €), ranked after
    // it, does.
    QCOMPARE(rows.at(7), QStringLiteral("Inclusion Emploi (fictif): laureate 180\u00a0000\u00a0€ (remaining "
                                        "190\u00a0000\u00a0€)"));
    QCOMPARE(rows.at(8), QStringLiteral("Mon Espace Élu (fictif): waitlist 0\u00a0€ (remaining 190\u00a0000\u00a0€)"));
    QCOMPARE(rows.at(9), QStringLiteral("Portail Archives (fictif): laureate 120\u00a0000\u00a0€ (remaining "
                                        "70\u00a0000\u00a0€)"));
    QCOMPARE(rows.size(), 10);
    QCOMPARE(proposal.value().laureateCount(), 9);
    QCOMPARE(proposal.value().consumed(), Money::fromEuros(2330000));
    QCOMPARE(proposal.value().remaining(), Money::fromEuros(70000));
}

void TestDemoCommittee::fast13RankingMatchesItsDecisions()
{
    // Scored before it closed: every candidate ranked, the ten laureates first, then the waitlisted one.
    ScoringStore scoring(*m_store);
    const Result<QList<RankedCandidate>> ranking = scoring.ranking(13);
    QVERIFY(ranking.ok());
    QCOMPARE(ranking.value().size(), 13);
    QHash<qint64, Decision> decisions;
    for (const Candidate &candidate : m_store->candidates(13).value())
        decisions.insert(candidate.id, candidate.decision);
    QStringList names;
    for (int index = 0; index < ranking.value().size(); ++index) {
        const RankedCandidate &row = ranking.value().at(index);
        QVERIFY2(row.isRanked(), qPrintable(row.name));
        QCOMPARE(decisions.value(row.candidateId) == Decision::Laureate, index < 10);
        names.append(row.name + QLatin1Char(' ') + row.score->toDisplayString());
    }
    // Both 93 and both 5 on the first criterion: the smaller eligible amount (280 000 € against 300 000 €) first.
    QCOMPARE(names.mid(0, 2), (QStringList{QStringLiteral("Envergo 93,0"), QStringLiteral("A-Just 93,0")}));
    QVERIFY(ranking.value().at(1).exAequo);
    QCOMPARE(names.mid(10), (QStringList{QStringLiteral("Tableau des Aides (fictif) 67,0"),
                                         QStringLiteral("Signalement Voirie (fictif) 56,5"),
                                         QStringLiteral("Incubateur Santé Sud (fictif) 53,0")}));
}

void TestDemoCommittee::years()
{
    QMap<int, FundYear> byYear;
    for (const FundYear &year : m_store->years().value())
        byYear.insert(year.year, year);
    QVERIFY(byYear.contains(2022) && byYear.contains(2023) && byYear.contains(2024));
    QCOMPARE(byYear.value(2022).annualBudget, std::optional<Money>(Money::fromEuros(2000000)));
    QCOMPARE(byYear.value(2023).annualBudget, std::optional<Money>(Money::fromEuros(4500000)));
    QCOMPARE(byYear.value(2024).annualBudget, std::optional<Money>(Money::fromEuros(5000000)));
    QCOMPARE(byYear.value(2023).productTarget, std::optional<int>(12));
    QCOMPARE(byYear.value(2024).productTarget, std::optional<int>(15));
    // Each year's envelopes fit in its annual budget.
    Money envelopes2023;
    for (const Promotion &promotion : m_store->promotions().value()) {
        if (promotion.year == 2023)
            envelopes2023 += promotion.envelope;
    }
    QCOMPARE(envelopes2023, Money::fromEuros(4050000));
    const auto year2023 = byYear.constFind(2023);
    QVERIFY(year2023 != byYear.cend() && year2023->annualBudget.has_value());
    QVERIFY(envelopes2023 <= *year2023->annualBudget);
}

void TestDemoCommittee::refusesNonEmptyDatabase()
{
    const Outcome again = DemoCommittee::populate(*m_store);
    QVERIFY(!again.ok());
    QCOMPARE(again.error(), QStringLiteral("The demonstration needs an empty database: FAST11 already exists."));
    QCOMPARE(m_store->promotions().value().size(), 4);
}

QTEST_GUILESS_MAIN(TestDemoCommittee)
#include "tst_democommittee.moc"
