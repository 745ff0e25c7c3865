#include "reports/DemoCommittee.h"
#include "storage/CommitteeStore.h"
#include "storage/Database.h"

#include <QMap>
#include <QTemporaryDir>
#include <QtTest>

// The demonstration committee: FAST13's ten public laureates granting exactly its 2 550 000 € envelope
// within the rule, earlier promotions closed, FAST14 open and undecided.
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
    void years();
    void refusesNonEmptyDatabase();

private:
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
    QTest::newRow("FAST14") << 14 << 2024 << qint64(2400000) << false << 5 << 0 << qint64(0);
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
    QCOMPARE(m_store->promotions().size(), 4);
    const std::optional<Promotion> promotion = m_store->promotion(number);
    QVERIFY(promotion);
    QCOMPARE(promotion->year, year);
    QCOMPARE(promotion->envelope, Money::fromEuros(envelopeEuros));
    QCOMPARE(promotion->isClosed(), closed);
    QCOMPARE(promotion->rule, CofinancingRule());
    const QList<Candidate> list = m_store->candidates(number);
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
    const QList<Candidate> list = m_store->candidates(13);
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
    for (const Promotion &promotion : m_store->promotions()) {
        for (const Candidate &candidate : m_store->candidates(promotion.number)) {
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
    const QList<Candidate> list = m_store->candidates(14);
    for (const Candidate &candidate : list)
        QCOMPARE(candidate.decision, Decision::None);
    QVERIFY(!m_store->promotion(14)->checkCanClose(list).ok());
}

void TestDemoCommittee::years()
{
    QMap<int, FundYear> byYear;
    for (const FundYear &year : m_store->years())
        byYear.insert(year.year, year);
    QVERIFY(byYear.contains(2022) && byYear.contains(2023) && byYear.contains(2024));
    QCOMPARE(byYear.value(2022).annualBudget, std::optional<Money>(Money::fromEuros(2000000)));
    QCOMPARE(byYear.value(2023).annualBudget, std::optional<Money>(Money::fromEuros(4500000)));
    QCOMPARE(byYear.value(2024).annualBudget, std::optional<Money>(Money::fromEuros(5000000)));
    QCOMPARE(byYear.value(2023).productTarget, std::optional<int>(12));
    QCOMPARE(byYear.value(2024).productTarget, std::optional<int>(15));
    // Each year's envelopes fit in its annual budget.
    Money envelopes2023;
    for (const Promotion &promotion : m_store->promotions()) {
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
    QCOMPARE(m_store->promotions().size(), 4);
}

QTEST_GUILESS_MAIN(TestDemoCommittee)
#include "tst_democommittee.moc"
