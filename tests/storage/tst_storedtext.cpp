#include "domain/CriteriaSet.h"
#include "domain/Scenario.h"
#include "storage/CommitteeStore.h"
#include "storage/Database.h"
#include "storage/ScenarioStore.h"
#include "storage/ScoringStore.h"

#include "TestDatabaseLocation.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

// What the stores write of the names and texts people type (rules.md, "Names and free text"): NFC and
// trimmed on every path (candidate added, edited, imported; members; criteria; scenarios), and a database
// written before names were checked keeps its rows: only what changes is checked.
class TestStoredText : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void addedCandidateIsStoredNormalised();
    void importedCandidatesAreStoredNormalised();
    void editedCandidateIsChecked();
    void legacyNameKeepsItsRowEditable();
    void membersCriteriaAndScenariosAreStoredNormalised();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<TestDatabaseLocation> m_location;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<CommitteeStore> m_store;
};

namespace {

Candidate makeCandidate(const QString &name)
{
    Candidate candidate;
    candidate.name = name;
    candidate.carrier = QStringLiteral("DGALN");
    candidate.annualBudget = Money::fromEuros(600000);
    candidate.requested = Money::fromEuros(300000);
    return candidate;
}

} // namespace

void TestStoredText::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_location = TestDatabaseLocation::underTest();
    if (m_location->address().isEmpty())
        QSKIP(qPrintable(m_location->error()));
    m_database = std::make_unique<Database>();
    const Outcome opened = m_database->open(m_location->address());
    QVERIFY2(opened.ok(), qPrintable(opened.error()));
    m_store = std::make_unique<CommitteeStore>(*m_database);
    m_store->setOperatorName(QStringLiteral("Secrétariat"));
    Promotion promotion;
    promotion.number = 13;
    promotion.year = 2023;
    promotion.envelope = Money::fromEuros(2550000);
    QVERIFY(m_store->addPromotion(promotion).ok());
}

void TestStoredText::cleanup()
{
    m_store.reset();
    m_database.reset();
    m_dir.reset();
    m_location.reset();
}

void TestStoredText::addedCandidateIsStoredNormalised()
{
    Candidate candidate = makeCandidate(QStringLiteral("\u00A0Re\u0301fugie\u0301s.info "));
    candidate.carrier = QStringLiteral(" Ministe\u0300re de l'Inte\u0301rieur\u202F");
    candidate.incubator = QStringLiteral("  Fabrique nume\u0301rique");
    candidate.description = QStringLiteral("  Premie\u0300re ligne\r\nSeconde ligne\n");
    const Result<Candidate> added = m_store->addCandidate(13, candidate);
    QVERIFY2(added.ok(), qPrintable(added.error()));
    const std::optional<Candidate> stored = m_store->candidate(added.value().id).value();
    QVERIFY(stored);
    QCOMPARE(stored->name, QStringLiteral("Réfugiés.info"));
    QCOMPARE(stored->carrier, QStringLiteral("Ministère de l'Intérieur"));
    QCOMPARE(stored->incubator, QStringLiteral("Fabrique numérique"));
    QCOMPARE(stored->description, QStringLiteral("Première ligne\nSeconde ligne"));
    QCOMPARE(m_store->auditEntries(13).value().first().subject, QStringLiteral("FAST13 / Réfugiés.info"));

    Candidate hidden = makeCandidate(QStringLiteral("Mano"));
    hidden.description = QStringLiteral("Voir\u202Efdp.exe");
    const Result<Candidate> refused = m_store->addCandidate(13, hidden);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error(), QStringLiteral("Description: character 5 is U+202E (right-to-left override), which is "
                                             "not allowed in this text."));
    QCOMPARE(m_store->candidates(13).value().size(), 1);
}

void TestStoredText::importedCandidatesAreStoredNormalised()
{
    const Result<QList<qint64>> imported = m_store->importCandidates(
        13, {makeCandidate(QStringLiteral(" E\u0301lan ")), makeCandidate(QStringLiteral("Mano"))});
    QVERIFY2(imported.ok(), qPrintable(imported.error()));
    QCOMPARE(m_store->candidates(13).value().first().name, QStringLiteral("\u00C9lan"));

    const Result<QList<qint64>> refused = m_store->importCandidates(
        13, {makeCandidate(QStringLiteral("Mobilic")), makeCandidate(QStringLiteral("Al\u200Bpha"))});
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error(), QStringLiteral("\"Al\u200Bpha\" (projet): Project name: character 3 is U+200B "
                                             "(zero-width space), which is not allowed in a name."));
    QCOMPARE(m_store->candidates(13).value().size(), 2);
}

void TestStoredText::editedCandidateIsChecked()
{
    const Result<Candidate> added = m_store->addCandidate(13, makeCandidate(QStringLiteral("Alpha")));
    QVERIFY(added.ok());
    Candidate changed = added.value();
    changed.name = QStringLiteral("Alpha\n2026-01-01 Paul decided");
    const Outcome refused = m_store->updateCandidate(changed);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error(),
             QStringLiteral("Project name: character 6 is U+000A (line feed), which is not allowed in a name."));
    changed.name = QStringLiteral(" Alpha\u00A0");
    changed.carrier = QStringLiteral("DINUM ");
    QVERIFY(m_store->updateCandidate(changed).ok());
    QCOMPARE(m_store->candidate(changed.id).value()->name, QStringLiteral("Alpha"));
    QCOMPARE(m_store->candidate(changed.id).value()->carrier, QStringLiteral("DINUM"));
}

void TestStoredText::legacyNameKeepsItsRowEditable()
{
    // A row written before names were checked: only what is written now is checked.
    const Result<Candidate> added = m_store->addCandidate(13, makeCandidate(QStringLiteral("Legacy")));
    QVERIFY(added.ok());
    QSqlQuery query(m_database->connection());
    QVERIFY(query.prepare(QStringLiteral("UPDATE candidates SET name = ? WHERE id = ?")));
    query.addBindValue(QStringLiteral("Leg\u200Bacy"));
    query.addBindValue(added.value().id);
    QVERIFY(query.exec());

    Candidate changed = *m_store->candidate(added.value().id).value();
    QCOMPARE(changed.name, QStringLiteral("Leg\u200Bacy"));
    changed.requested = Money::fromEuros(250000);
    const Outcome updated = m_store->updateCandidate(changed);
    QVERIFY2(updated.ok(), qPrintable(updated.error()));
    QCOMPARE(m_store->candidate(changed.id).value()->requested, Money::fromEuros(250000));
    QCOMPARE(m_store->candidate(changed.id).value()->name, QStringLiteral("Leg\u200Bacy"));

    // Renamed, it is checked like any new name.
    changed.name = QStringLiteral("Leg\u200Bacy 2");
    const Outcome renamed = m_store->updateCandidate(changed);
    QVERIFY(!renamed.ok());
    QCOMPARE(renamed.error(),
             QStringLiteral("Project name: character 4 is U+200B (zero-width space), which is not allowed in a name."));
}

void TestStoredText::membersCriteriaAndScenariosAreStoredNormalised()
{
    ScoringStore scoring(*m_store);
    scoring.setOperatorName(QStringLiteral("Secrétariat"));
    const Result<QList<CommitteeMember>> members =
        scoring.addMembers(13, {QStringLiteral(" Chloe\u0301\u00A0"), QStringLiteral("David")});
    QVERIFY2(members.ok(), qPrintable(members.error()));
    QCOMPARE(scoring.members(13).value().first().name, QStringLiteral("Chloé"));

    CriteriaSet criteria({{0, QStringLiteral(" Impact potentiel "), 50}, {0, QStringLiteral("E\u0301quipe"), 50}});
    QVERIFY(scoring.setCriteria(13, criteria).ok());
    QCOMPARE(scoring.criteria(13).value().at(0).name, QStringLiteral("Impact potentiel"));
    QCOMPARE(scoring.criteria(13).value().at(1).name, QStringLiteral("Équipe"));
    const Outcome refused = scoring.setCriteria(
        13, CriteriaSet({{0, QStringLiteral("Impact"), 50}, {0, QStringLiteral("\u2067Equipe\u2069"), 50}}));
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error(), QStringLiteral("The name of criterion 2: character 1 is U+2067 (right-to-left "
                                             "isolate), which is not allowed in a name."));

    ScenarioStore scenarios(*m_store);
    Scenario scenario;
    scenario.name = QStringLiteral("  Sans E\u0301lan ");
    scenario.promotionNumber = 13;
    scenario.envelope = Money::fromEuros(1000000);
    scenario.note = QStringLiteral("Ligne 1\r\nLigne 2 ");
    QVERIFY(scenarios.saveScenario(scenario).ok());
    QCOMPARE(scenarios.scenarios(13).value().first().name, QStringLiteral("Sans Élan"));
    QCOMPARE(scenarios.scenarios(13).value().first().note, QStringLiteral("Ligne 1\nLigne 2"));
}

QTEST_GUILESS_MAIN(TestStoredText)
#include "tst_storedtext.moc"
