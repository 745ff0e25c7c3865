#include "StatementFaults.h"
#include "TestDatabaseLocation.h"
#include "domain/AuditAction.h"
#include "storage/CommitteeStore.h"
#include "storage/Database.h"
#include "storage/ScenarioStore.h"

#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace {

// Amounts as Money::toString() writes them: the spaces that group digits or come before "€" become
// no-break spaces, the other spaces of the sentence stay.
QString euros(const char *text)
{
    static const QRegularExpression amountSpace(QStringLiteral("(?<=\\d) (?=\\d{3}\\b|€)"));
    return QString::fromUtf8(text).replace(amountSpace, QString(QChar(0x00A0)));
}

Candidate makeCandidate(const QString &name, qint64 budgetEuros, qint64 requestedEuros)
{
    Candidate candidate;
    candidate.name = name;
    candidate.carrier = QStringLiteral("DGALN");
    candidate.annualBudget = Money::fromEuros(budgetEuros);
    candidate.requested = Money::fromEuros(requestedEuros);
    return candidate;
}

// "action | subject | old | new" of each audit row, newest first.
QStringList rows(const QList<AuditEntry> &entries)
{
    QStringList all;
    for (const AuditEntry &entry : entries)
        all.append(
            QStringList{entry.action, entry.subject, entry.oldValue, entry.newValue}.join(QStringLiteral(" | ")));
    return all;
}

// "name envelope-cents excluded-names" of each scenario.
QStringList describe(const QList<Scenario> &scenarios, const QHash<qint64, QString> &names)
{
    QStringList all;
    for (const Scenario &scenario : scenarios) {
        QStringList excluded;
        for (const qint64 id : scenario.excludedCandidateIds)
            excluded.append(names.value(id, QString::number(id)));
        excluded.sort();
        all.append(QStringLiteral("%1 %2 [%3]")
                       .arg(scenario.name)
                       .arg(scenario.envelope.cents())
                       .arg(excluded.join(QLatin1Char(','))));
    }
    return all;
}

} // namespace

// The saved what-if scenarios on a database file: saving inserts or replaces by folded name, removing, each
// with its audit row and one signal after the commit; bad names, unknown and closed promotions refused with
// their exact message and nothing written; a removed candidate never breaks loading.
class TestScenarioStore : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void saveListsAndAudits();
    void saveReplacesByFoldedName();
    void listedByFoldedName();
    void removeScenario();
    void refusals_data();
    void refusals();
    void closedPromotionRefusesWrites();
    void removedCandidateDoesNotBreakLoading();
    void foreignCandidateIdsAreDropped();
    void survivesReopening();
    void failedReadsSayWhyInsteadOfListingNothing();

private:
    Scenario scenario(const QString &name, qint64 envelopeEuros, const QStringList &excluded) const;
    int auditCount() const { return int(m_committee->auditEntries().value().size()); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<TestDatabaseLocation> m_location;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<CommitteeStore> m_committee;
    std::unique_ptr<ScenarioStore> m_scenarios;
    QHash<QString, qint64> m_ids;
    QHash<qint64, QString> m_names;
};

void TestScenarioStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_location = TestDatabaseLocation::underTest();
    if (m_location->address().isEmpty())
        QSKIP(qPrintable(m_location->error()));
    m_database = std::make_unique<Database>();
    const Outcome opened = m_database->open(m_location->address());
    QVERIFY2(opened.ok(), qPrintable(opened.error()));
    m_committee = std::make_unique<CommitteeStore>(*m_database);
    m_committee->setOperatorName(QStringLiteral("Secrétariat"));
    m_scenarios = std::make_unique<ScenarioStore>(*m_committee);

    for (const int number : {14, 15}) {
        Promotion promotion;
        promotion.number = number;
        promotion.year = 2025;
        promotion.envelope = Money::fromEuros(2550000);
        QVERIFY(m_committee->addPromotion(promotion).ok());
    }
    m_ids.clear();
    m_names.clear();
    for (const QString &name : {QStringLiteral("Alpha"), QStringLiteral("Béta"), QStringLiteral("Gamma")}) {
        const Result<Candidate> added = m_committee->addCandidate(14, makeCandidate(name, 400000, 100000));
        QVERIFY2(added.ok(), qPrintable(added.error()));
        m_ids.insert(name, added.value().id);
        m_names.insert(added.value().id, name);
    }
}

void TestScenarioStore::cleanup()
{
    m_scenarios.reset();
    m_committee.reset();
    m_database.reset();
    m_dir.reset();
    m_location.reset();
}

Scenario TestScenarioStore::scenario(const QString &name, qint64 envelopeEuros, const QStringList &excluded) const
{
    Scenario made;
    made.name = name;
    made.promotionNumber = 14;
    made.envelope = Money::fromEuros(envelopeEuros);
    for (const QString &candidate : excluded)
        made.excludedCandidateIds.insert(m_ids.value(candidate));
    return made;
}

void TestScenarioStore::saveListsAndAudits()
{
    QSignalSpy changed(m_scenarios.get(), &ScenarioStore::scenariosChanged);
    const Result<std::optional<Scenario>> saved = m_scenarios->saveScenario(
        scenario(QStringLiteral("  Enveloppe +300 k€ "), 2850000, {QStringLiteral("Gamma"), QStringLiteral("Béta")}));
    QVERIFY2(saved.ok(), qPrintable(saved.error()));
    QVERIFY(!saved.value().has_value());
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.at(0).at(0).toInt(), 14);

    QCOMPARE(describe(m_scenarios->scenarios(14).value(), m_names),
             QStringList{QStringLiteral("Enveloppe +300 k€ 285000000 [Béta,Gamma]")});
    QVERIFY(m_scenarios->scenarios(15).value().isEmpty());
    QVERIFY(m_scenarios->scenarios(99).value().isEmpty());
    const std::optional<Scenario> found = m_scenarios->scenario(14, QStringLiteral("ENVELOPPE +300 K€")).value();
    QVERIFY(found);
    QCOMPARE(found->name, QStringLiteral("Enveloppe +300 k€"));
    QCOMPARE(found->promotionNumber, 14);

    const QList<AuditEntry> audit = m_committee->auditEntries(14).value();
    QCOMPARE(rows(audit).first(), QStringLiteral("scenario.save | FAST14 / Enveloppe +300 k€ |  | ") +
                                      euros("envelope 2 850 000 €; excluded: Béta, Gamma"));
    QCOMPARE(audit.first().operatorName, QStringLiteral("Secrétariat"));
    QCOMPARE(audit.first().action, QString(AuditAction::scenarioSave));
}

void TestScenarioStore::saveReplacesByFoldedName()
{
    QVERIFY(m_scenarios->saveScenario(scenario(QStringLiteral("Sans Béta"), 2550000, {QStringLiteral("Béta")})).ok());
    const int before = auditCount();
    Scenario again = scenario(QStringLiteral("SANS BETA"), 2600000, {QStringLiteral("Alpha")});
    again.note = QStringLiteral("second try");
    const Result<std::optional<Scenario>> saved = m_scenarios->saveScenario(again);
    QVERIFY2(saved.ok(), qPrintable(saved.error()));
    QVERIFY(saved.value().has_value());
    QCOMPARE(describe({*saved.value()}, m_names), QStringList{QStringLiteral("Sans Béta 255000000 [Béta]")});

    QCOMPARE(describe(m_scenarios->scenarios(14).value(), m_names),
             QStringList{QStringLiteral("SANS BETA 260000000 [Alpha]")});
    QCOMPARE(m_scenarios->scenarios(14).value().first().note, QStringLiteral("second try"));
    QCOMPARE(auditCount(), before + 1);
    QCOMPARE(rows(m_committee->auditEntries(14).value()).first(),
             QStringLiteral("scenario.save | FAST14 / SANS BETA | ") + euros("envelope 2 550 000 €; excluded: Béta") +
                 QStringLiteral(" | ") + euros("envelope 2 600 000 €; excluded: Alpha; note: second try"));
}

void TestScenarioStore::listedByFoldedName()
{
    for (const QString &name : {QStringLiteral("b"), QStringLiteral("Été"), QStringLiteral("A")})
        QVERIFY(m_scenarios->saveScenario(scenario(name, 1, {})).ok());
    QCOMPARE(describe(m_scenarios->scenarios(14).value(), m_names),
             QStringList({QStringLiteral("A 100 []"), QStringLiteral("b 100 []"), QStringLiteral("Été 100 []")}));
}

void TestScenarioStore::removeScenario()
{
    QVERIFY(m_scenarios->saveScenario(scenario(QStringLiteral("Plus"), 2850000, {QStringLiteral("Alpha")})).ok());
    QVERIFY(m_scenarios->saveScenario(scenario(QStringLiteral("Moins"), 2000000, {})).ok());
    QSignalSpy changed(m_scenarios.get(), &ScenarioStore::scenariosChanged);

    const Outcome removed = m_scenarios->removeScenario(14, QStringLiteral(" plus "));
    QVERIFY2(removed.ok(), qPrintable(removed.error()));
    QCOMPARE(changed.size(), 1);
    QCOMPARE(describe(m_scenarios->scenarios(14).value(), m_names), QStringList{QStringLiteral("Moins 200000000 []")});
    QCOMPARE(rows(m_committee->auditEntries(14).value()).first(), QStringLiteral("scenario.remove | FAST14 / Plus | ") +
                                                                      euros("envelope 2 850 000 €; excluded: Alpha") +
                                                                      QStringLiteral(" | "));

    const int before = auditCount();
    const Outcome again = m_scenarios->removeScenario(14, QStringLiteral("Plus"));
    QCOMPARE(again.error(), QStringLiteral("FAST14 has no scenario called \"Plus\"."));
    QCOMPARE(auditCount(), before);
    QCOMPARE(changed.size(), 1);
}

void TestScenarioStore::refusals_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("promotion");
    QTest::addColumn<qint64>("envelopeCents");
    QTest::addColumn<QString>("error");
    QTest::addColumn<QString>("note");

    QTest::newRow("empty name") << QString() << 14 << qint64(100) << QStringLiteral("Give the scenario a name.")
                                << QString();
    QTest::newRow("blank name") << QStringLiteral("  ") << 14 << qint64(100)
                                << QStringLiteral("Give the scenario a name.") << QString();
    QTest::newRow("long name") << QString(81, QLatin1Char('n')) << 14 << qint64(100)
                               << QStringLiteral("The scenario's name is 81 characters long; at most 80 are allowed.")
                               << QString();
    QTest::newRow("two lines") << QStringLiteral("a\nb") << 14 << qint64(100)
                               << QStringLiteral("Scenario name: character 2 is U+000A (line feed), which is not "
                                                 "allowed in a name.")
                               << QString();
    QTest::newRow("hidden note") << QStringLiteral("x") << 14 << qint64(100)
                                 << QStringLiteral("Scenario note: character 5 is U+202E (right-to-left override), "
                                                   "which is not allowed in this text.")
                                 << QStringLiteral("Voir\u202Efdp.exe");
    QTest::newRow("negative envelope") << QStringLiteral("x") << 14 << qint64(-1)
                                       << QStringLiteral("The scenario's envelope cannot be negative.") << QString();
    QTest::newRow("unknown promotion") << QStringLiteral("x") << 99 << qint64(100)
                                       << QStringLiteral("There is no promotion FAST99.") << QString();
}

void TestScenarioStore::refusals()
{
    QFETCH(QString, name);
    QFETCH(int, promotion);
    QFETCH(qint64, envelopeCents);
    QFETCH(QString, error);
    QFETCH(QString, note);

    QSignalSpy changed(m_scenarios.get(), &ScenarioStore::scenariosChanged);
    const int before = auditCount();
    Scenario refused;
    refused.name = name;
    refused.promotionNumber = promotion;
    refused.envelope = Money::fromCents(envelopeCents);
    refused.note = note;
    const Result<std::optional<Scenario>> saved = m_scenarios->saveScenario(refused);
    QVERIFY(!saved.ok());
    QCOMPARE(saved.error(), error);
    QCOMPARE(auditCount(), before);
    QCOMPARE(changed.size(), 0);
    QVERIFY(m_scenarios->scenarios(14).value().isEmpty());
}

void TestScenarioStore::closedPromotionRefusesWrites()
{
    Scenario kept;
    kept.name = QStringLiteral("Kept");
    kept.promotionNumber = 15;
    kept.envelope = Money::fromEuros(3000000);
    QVERIFY(m_scenarios->saveScenario(kept).ok());
    QVERIFY(m_committee->closePromotion(15, QDate(2026, 11, 14)).ok());
    QSignalSpy changed(m_scenarios.get(), &ScenarioStore::scenariosChanged);
    const int before = auditCount();

    const QString closed = QStringLiteral("FAST15 is closed: reopen it before changing it.");
    Scenario other = kept;
    other.name = QStringLiteral("Other");
    QCOMPARE(m_scenarios->saveScenario(other).error(), closed);
    QCOMPARE(m_scenarios->saveScenario(kept).error(), closed);
    QCOMPARE(m_scenarios->removeScenario(15, QStringLiteral("Kept")).error(), closed);
    QCOMPARE(auditCount(), before);
    QCOMPARE(changed.size(), 0);
    // Still readable: a closed promotion's what-ifs can be looked at and compared.
    QCOMPARE(describe(m_scenarios->scenarios(15).value(), m_names), QStringList{QStringLiteral("Kept 300000000 []")});
}

void TestScenarioStore::removedCandidateDoesNotBreakLoading()
{
    QVERIFY(m_scenarios
                ->saveScenario(scenario(QStringLiteral("S"), 1000, {QStringLiteral("Alpha"), QStringLiteral("Gamma")}))
                .ok());
    QVERIFY(m_committee->removeCandidate(m_ids.value(QStringLiteral("Alpha"))).ok());
    QCOMPARE(describe(m_scenarios->scenarios(14).value(), m_names), QStringList{QStringLiteral("S 100000 [Gamma]")});
    QVERIFY(m_scenarios->removeScenario(14, QStringLiteral("S")).ok());
}

void TestScenarioStore::foreignCandidateIdsAreDropped()
{
    Scenario withStrays = scenario(QStringLiteral("S"), 1000, {QStringLiteral("Béta")});
    withStrays.excludedCandidateIds.insert(987654);
    QVERIFY(m_committee->addCandidate(15, makeCandidate(QStringLiteral("Elsewhere"), 1000, 100)).ok());
    withStrays.excludedCandidateIds.insert(m_committee->candidates(15).value().first().id);
    QVERIFY(m_scenarios->saveScenario(withStrays).ok());
    QCOMPARE(describe(m_scenarios->scenarios(14).value(), m_names), QStringList{QStringLiteral("S 100000 [Béta]")});
}

void TestScenarioStore::survivesReopening()
{
    QVERIFY(m_scenarios->saveScenario(scenario(QStringLiteral("S"), 1234, {QStringLiteral("Gamma")})).ok());
    m_scenarios.reset();
    m_committee.reset();
    m_database.reset();

    Database database;
    QVERIFY(database.open(m_location->address()).ok());
    CommitteeStore committee(database);
    ScenarioStore scenarios(committee);
    QCOMPARE(describe(scenarios.scenarios(14).value(), m_names), QStringList{QStringLiteral("S 123400 [Gamma]")});
}

void TestScenarioStore::failedReadsSayWhyInsteadOfListingNothing()
{
    FAST_SQLITE_ONLY("the statements are failed through SQLite's own hooks");
    QVERIFY(m_scenarios->saveScenario(scenario(QStringLiteral("Sans Béta"), 2550000, {QStringLiteral("Béta")})).ok());
    StatementFaults faults(m_database->connection(), StatementFaults::Counted::Reads);
    QVERIFY(faults.isInstalled());
    const QString interrupted = QStringLiteral(" from the database: interrupted Unable to fetch row");
    faults.arm(1);
    QCOMPARE(m_scenarios->scenarios(14).error(), QStringLiteral("Cannot read the promotion FAST14") + interrupted);
    faults.arm(2);
    QCOMPARE(m_scenarios->scenarios(14).error(), QStringLiteral("Cannot read the scenarios") + interrupted);
    faults.arm(2);
    QCOMPARE(m_scenarios->scenario(14, QStringLiteral("sans béta")).error(),
             QStringLiteral("Cannot read the scenario") + interrupted);
    QVERIFY(faults.failed());
    faults.disarm();
    QCOMPARE(m_scenarios->scenarios(14).value().size(), 1);
    QCOMPARE(m_scenarios->scenario(14, QStringLiteral("sans béta")).value()->name, QStringLiteral("Sans Béta"));
}

QTEST_GUILESS_MAIN(TestScenarioStore)
#include "tst_scenariostore.moc"
