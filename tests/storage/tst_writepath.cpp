#include "StatementFaults.h"
#include "TestSupport.h"
#include "storage/CommitteeStore.h"
#include "storage/Database.h"
#include "storage/DecisionStore.h"
#include "storage/ScenarioStore.h"
#include "storage/ScoringStore.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

// The stores' one write path (StoreWrite) holds when a write fails half-way: every multi-row write of the
// stores is run again and again with its n-th row-changing SQL statement (INSERT, UPDATE, DELETE) made to
// fail (n = 1, 2, … up to its last one, counted on a first run that fails nothing). Each failing run must return the
// error in words, leave every table byte-identical (TestSupport::dumpTables) and emit no change signal of any store;
// the run that fails nothing must succeed and emit its signal once. The same for each read (SELECT) of every
// write, the writes of one row too: refused with the read's message, the database left as it was.
class TestWritePath : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void everyStatementOfAWriteFails_data();
    void everyStatementOfAWriteFails();
    void everyReadOfAWriteFails_data();
    void everyReadOfAWriteFails();
    void aYearThatCannotBeReadKeepsItsBudget();

private:
    // The stores of one database, with every change signal counted.
    struct Stores
    {
        explicit Stores(Database &database);
        int signalCount() const;

        CommitteeStore committee;
        ScoringStore scoring;
        DecisionStore decisions;
        ScenarioStore scenarios;
        int changeSignals = 0;
    };
    // A write, prepared (its arguments read from the stores before any fault is armed) and then run.
    using Action = std::function<Outcome()>;
    using Write = std::function<Action(Stores &stores)>;
    // Every multi-row write of the stores, by name.
    static QList<QPair<const char *, Write>> writes();
    // The writes of one row (or none when nothing changes), each reading before it writes.
    static QList<QPair<const char *, Write>> singleRowWrites();

    // Promotion 1 (envelope 300 000 €): Alpha, Beta, Gamma, Delta, noted by Alice, Bruno and Chloé, none
    // decided, a scenario "Prudent". Promotion 2: 60 imported candidates.
    void seed(const QString &path);
    static qint64 candidateId(const CommitteeStore &committee, int promotion, const QString &name);

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_seedPath;
};

namespace {

Candidate makeCandidate(const QString &name, qint64 budgetEuros, qint64 requestedEuros)
{
    Candidate candidate;
    candidate.name = name;
    candidate.carrier = QStringLiteral("DGALN");
    candidate.annualBudget = Money::fromEuros(budgetEuros);
    candidate.requested = Money::fromEuros(requestedEuros);
    return candidate;
}

bool copyFresh(const QString &from, const QString &to)
{
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(to + suffix);
    return QFile::copy(from, to);
}

template <typename T> Outcome outcomeOf(const Result<T> &result)
{
    return result ? Outcome::success() : Outcome::failure(result.error());
}

} // namespace

TestWritePath::Stores::Stores(Database &database)
    : committee(database), scoring(committee), decisions(committee, scoring), scenarios(committee)
{
    committee.setOperatorName(QStringLiteral("Secrétariat"));
    const auto count = [this] {
        ++changeSignals;
    };
    QObject::connect(&committee, &CommitteeStore::promotionsChanged, count);
    QObject::connect(&committee, &CommitteeStore::candidatesChanged, count);
    QObject::connect(&committee, &CommitteeStore::yearsChanged, count);
    QObject::connect(&scoring, &ScoringStore::membersChanged, count);
    QObject::connect(&scoring, &ScoringStore::criteriaChanged, count);
    QObject::connect(&scoring, &ScoringStore::scoresChanged, count);
    QObject::connect(&decisions, &DecisionStore::decisionsChanged, count);
    QObject::connect(&scenarios, &ScenarioStore::scenariosChanged, count);
}

int TestWritePath::Stores::signalCount() const
{
    return changeSignals;
}

void TestWritePath::initTestCase()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_seedPath = m_dir->filePath(QStringLiteral("seed.sqlite"));
    seed(m_seedPath);
}

void TestWritePath::cleanupTestCase()
{
    m_dir.reset();
}

void TestWritePath::seed(const QString &path)
{
    Database database;
    const Outcome opened = database.open(path);
    QVERIFY2(opened.ok(), qPrintable(opened.error()));
    Stores stores(database);
    CommitteeStore &committee = stores.committee;

    Promotion first;
    first.number = 1;
    first.year = 2025;
    first.envelope = Money::fromEuros(300000);
    QVERIFY(committee.addPromotion(first).ok());
    for (const Candidate &candidate :
         {makeCandidate(QStringLiteral("Alpha"), 400000, 100000), makeCandidate(QStringLiteral("Beta"), 300000, 200000),
          makeCandidate(QStringLiteral("Gamma"), 1000000, 400000),
          makeCandidate(QStringLiteral("Delta"), 200000, 50000)})
        QVERIFY(committee.addCandidate(1, candidate).ok());
    const Result<QList<CommitteeMember>> members =
        stores.scoring.addMembers(1, {QStringLiteral("Alice"), QStringLiteral("Bruno"), QStringLiteral("Chloé")});
    QVERIFY2(members.ok(), qPrintable(members.error()));
    QList<ScoreNote> notes;
    int note = 0;
    for (const Candidate &candidate : committee.candidates(1).value()) {
        for (const CommitteeMember &member : members.value()) {
            for (int criterion = 0; criterion < 5; ++criterion)
                notes.append(ScoreNote{candidate.id, member.id, criterion, 1 + (note++ % 5)});
        }
    }
    const Outcome noted = stores.scoring.importScores(1, notes, {});
    QVERIFY2(noted.ok(), qPrintable(noted.error()));
    Scenario prudent;
    prudent.name = QStringLiteral("Prudent");
    prudent.promotionNumber = 1;
    prudent.envelope = Money::fromEuros(250000);
    QVERIFY(stores.scenarios.saveScenario(prudent).ok());

    Promotion second;
    second.number = 2;
    second.year = 2026;
    second.envelope = Money::fromEuros(100000);
    QVERIFY(committee.addPromotion(second).ok());
    QList<Candidate> imported;
    for (int i = 1; i <= 60; ++i)
        imported.append(makeCandidate(QStringLiteral("Projet %1").arg(i, 2, 10, QLatin1Char('0')), 100000 + i, 20000));
    QVERIFY(committee.importCandidates(2, imported).ok());

    // The year 2025 with its budget and target, which a failed read must never wipe.
    QVERIFY(committee.setYearAnnualBudget(2025, Money::fromEuros(1500000)).ok());
    QVERIFY(committee.setYearProductTarget(2025, 12).ok());
    // FAST4: Zeta, decided, with Hélène recused on it and Inès, who has not scored; FAST5 empty; FAST6 closed.
    for (const int number : {4, 5, 6}) {
        Promotion promotion;
        promotion.number = number;
        promotion.year = 2025;
        promotion.envelope = Money::fromEuros(200000);
        QVERIFY(committee.addPromotion(promotion).ok());
    }
    const Result<Candidate> zeta = committee.addCandidate(4, makeCandidate(QStringLiteral("Zeta"), 100000, 40000));
    QVERIFY(zeta.ok());
    const Result<QList<CommitteeMember>> fourth =
        stores.scoring.addMembers(4, {QStringLiteral("Hélène"), QStringLiteral("Inès")});
    QVERIFY(fourth.ok());
    QVERIFY(stores.scoring.recordRecusal(4, zeta.value().id, fourth.value().at(0).id).ok());
    QVERIFY(stores.decisions.setDecision(zeta.value().id, Decision::Rejected).ok());
    QVERIFY(committee.closePromotion(6, QDate(2026, 11, 14)).ok());
}

qint64 TestWritePath::candidateId(const CommitteeStore &committee, int promotion, const QString &name)
{
    for (const Candidate &candidate : committee.candidates(promotion).value()) {
        if (candidate.name == name)
            return candidate.id;
    }
    return 0;
}

QList<QPair<const char *, TestWritePath::Write>> TestWritePath::writes()
{
    QList<QPair<const char *, Write>> all;

    all.append({"add a promotion (row, criteria, year, audit)", [](Stores &stores) -> Action {
                    Promotion third;
                    third.number = 3;
                    third.year = 2027;
                    third.envelope = Money::fromEuros(500000);
                    return [&stores, third] {
                        return outcomeOf(stores.committee.addPromotion(third));
                    };
                }});
    all.append({"update a promotion (fields, new year, audit rows)", [](Stores &stores) -> Action {
                    Promotion changed = *stores.committee.promotion(1).value();
                    changed.year = 2028;
                    changed.envelope = Money::fromEuros(350000);
                    changed.minimumScore = 40;
                    return [&stores, changed] {
                        return stores.committee.updatePromotion(changed);
                    };
                }});
    all.append({"update a candidate (audit rows per field)", [](Stores &stores) -> Action {
                    Candidate changed =
                        *stores.committee.candidate(candidateId(stores.committee, 1, QStringLiteral("Beta"))).value();
                    changed.description = QStringLiteral("Un service public numérique, décrit à nouveau.");
                    changed.requested = Money::fromEuros(150000);
                    changed.incubator = QStringLiteral("beta.gouv.fr");
                    return [&stores, changed] {
                        return stores.committee.updateCandidate(changed);
                    };
                }});
    all.append({"import 120 candidates", [](Stores &stores) -> Action {
                    QList<Candidate> imported;
                    for (int i = 1; i <= 120; ++i)
                        imported.append(
                            makeCandidate(QStringLiteral("Projet importé %1").arg(i, 3, 10, QLatin1Char('0')),
                                          200000 + i, 50000 + i));
                    return [&stores, imported] {
                        return outcomeOf(stores.committee.importCandidates(1, imported));
                    };
                }});
    all.append({"remove 60 candidates (undo of an import)", [](Stores &stores) -> Action {
                    QList<qint64> ids;
                    for (const Candidate &candidate : stores.committee.candidates(2).value())
                        ids.append(candidate.id);
                    return [&stores, ids] {
                        return stores.committee.removeCandidates(ids);
                    };
                }});
    all.append(
        {"add members", [](Stores &stores) -> Action {
             return [&stores] {
                 return outcomeOf(stores.scoring.addMembers(1, {QStringLiteral("David"), QStringLiteral("Émilie")}));
             };
         }});
    all.append({"record a recusal (notes removed)", [](Stores &stores) -> Action {
                    const qint64 alpha = candidateId(stores.committee, 1, QStringLiteral("Alpha"));
                    const qint64 bruno = stores.scoring.members(1).value().at(1).id;
                    return [&stores, alpha, bruno] {
                        return outcomeOf(stores.scoring.recordRecusal(1, alpha, bruno));
                    };
                }});
    all.append({"import scores and a recusal", [](Stores &stores) -> Action {
                    const qint64 beta = candidateId(stores.committee, 1, QStringLiteral("Beta"));
                    const qint64 delta = candidateId(stores.committee, 1, QStringLiteral("Delta"));
                    const QList<CommitteeMember> members = stores.scoring.members(1).value();
                    QList<ScoreNote> notes;
                    for (const CommitteeMember &member : members.mid(0, 2)) {
                        for (int criterion = 0; criterion < 5; ++criterion)
                            notes.append(ScoreNote{beta, member.id, criterion, 5 - criterion % 3});
                    }
                    const ScoringStore::Recusal recusal(delta, members.at(2).id);
                    return [&stores, notes, recusal] {
                        return stores.scoring.importScores(1, notes, {recusal});
                    };
                }});
    all.append({"apply the proposal", [](Stores &stores) -> Action {
                    return [&stores] {
                        return outcomeOf(stores.decisions.applyProposal(1));
                    };
                }});
    all.append({"restore decisions (undo of a proposal)", [](Stores &stores) -> Action {
                    QList<CandidateDecision> decisions;
                    for (const Candidate &candidate : stores.committee.candidates(1).value())
                        decisions.append({candidate.id, Decision::Rejected, Money()});
                    return [&stores, decisions] {
                        return stores.decisions.restoreDecisions(1, decisions);
                    };
                }});
    all.append({"replace a scenario", [](Stores &stores) -> Action {
                    Scenario bolder = *stores.scenarios.scenario(1, QStringLiteral("Prudent")).value();
                    bolder.envelope = Money::fromEuros(400000);
                    bolder.excludedCandidateIds = {candidateId(stores.committee, 1, QStringLiteral("Gamma"))};
                    return [&stores, bolder] {
                        return outcomeOf(stores.scenarios.saveScenario(bolder));
                    };
                }});
    return all;
}

QList<QPair<const char *, TestWritePath::Write>> TestWritePath::singleRowWrites()
{
    QList<QPair<const char *, Write>> all;
    all.append({"set a year's product target (the year's budget kept)", [](Stores &stores) -> Action {
                    return [&stores] {
                        return stores.committee.setYearProductTarget(2025, 15);
                    };
                }});
    all.append({"set a year's annual budget (the year's target kept)", [](Stores &stores) -> Action {
                    return [&stores] {
                        return stores.committee.setYearAnnualBudget(2025, Money::fromEuros(2000000));
                    };
                }});
    all.append({"remove an empty promotion", [](Stores &stores) -> Action {
                    return [&stores] {
                        return stores.committee.removePromotion(5);
                    };
                }});
    all.append({"close a promotion", [](Stores &stores) -> Action {
                    return [&stores] {
                        return stores.committee.closePromotion(4, QDate(2026, 11, 14));
                    };
                }});
    all.append({"reopen a promotion", [](Stores &stores) -> Action {
                    return [&stores] {
                        return stores.committee.reopenPromotion(6, QStringLiteral("Recours"));
                    };
                }});
    all.append({"change a promotion's rule (laureates checked)", [](Stores &stores) -> Action {
                    Promotion changed = *stores.committee.promotion(1).value();
                    changed.rule = CofinancingRule(40, Money::fromEuros(250000));
                    return [&stores, changed] {
                        return stores.committee.updatePromotion(changed);
                    };
                }});
    all.append({"add a candidate (its name checked)", [](Stores &stores) -> Action {
                    return [&stores] {
                        return outcomeOf(
                            stores.committee.addCandidate(1, makeCandidate(QStringLiteral("Epsilon"), 300000, 100000)));
                    };
                }});
    all.append({"remove a candidate", [](Stores &stores) -> Action {
                    const qint64 delta = candidateId(stores.committee, 1, QStringLiteral("Delta"));
                    return [&stores, delta] {
                        return stores.committee.removeCandidate(delta);
                    };
                }});
    all.append({"set one note", [](Stores &stores) -> Action {
                    const qint64 gamma = candidateId(stores.committee, 1, QStringLiteral("Gamma"));
                    const qint64 alice = stores.scoring.members(1).value().at(0).id;
                    return [&stores, gamma, alice] {
                        return stores.scoring.setNote(1, gamma, alice, 2, 0);
                    };
                }});
    all.append({"lift a recusal", [](Stores &stores) -> Action {
                    const qint64 alpha = candidateId(stores.committee, 4, QStringLiteral("Zeta"));
                    const qint64 helene = stores.scoring.members(4).value().at(0).id;
                    return [&stores, alpha, helene] {
                        return stores.scoring.liftRecusal(4, alpha, helene);
                    };
                }});
    all.append({"set the criteria (none scored yet)", [](Stores &stores) -> Action {
                    const CriteriaSet criteria(
                        QList<Criterion>{{0, QStringLiteral("Impact"), 60}, {0, QStringLiteral("Équipe"), 40}});
                    return [&stores, criteria] {
                        return stores.scoring.setCriteria(4, criteria);
                    };
                }});
    all.append({"remove a member who has not scored", [](Stores &stores) -> Action {
                    const qint64 ines = stores.scoring.members(4).value().at(1).id;
                    return [&stores, ines] {
                        return stores.scoring.removeMember(4, ines);
                    };
                }});
    all.append({"set a decision", [](Stores &stores) -> Action {
                    const qint64 alpha = candidateId(stores.committee, 1, QStringLiteral("Alpha"));
                    return [&stores, alpha] {
                        return stores.decisions.setDecision(alpha, Decision::Laureate);
                    };
                }});
    all.append({"remove a scenario", [](Stores &stores) -> Action {
                    return [&stores] {
                        return stores.scenarios.removeScenario(1, QStringLiteral("Prudent"));
                    };
                }});
    return all;
}

void TestWritePath::everyStatementOfAWriteFails_data()
{
    QTest::addColumn<int>("writeIndex");
    const QList<QPair<const char *, Write>> all = writes();
    for (int index = 0; index < all.size(); ++index)
        QTest::newRow(all.at(index).first) << index;
}

void TestWritePath::everyStatementOfAWriteFails()
{
    QFETCH(int, writeIndex);
    const Write write = writes().at(writeIndex).second;
    const QString path = m_dir->filePath(QStringLiteral("write.sqlite"));

    // The statements of the write, counted on a run that fails none: it succeeds and says so once.
    int statements = 0;
    {
        QVERIFY(copyFresh(m_seedPath, path));
        Database database;
        QVERIFY(database.open(path).ok());
        Stores stores(database);
        StatementFaults faults(database.connection());
        QVERIFY(faults.isInstalled());
        const QString before = TestSupport::dumpTables(database.connection());
        const Action act = write(stores);
        faults.arm(0);
        const Outcome outcome = act();
        faults.disarm();
        QVERIFY2(outcome.ok(), qPrintable(outcome.error()));
        QVERIFY(!faults.failed());
        QCOMPARE(stores.signalCount() > 0, true);
        QVERIFY(TestSupport::dumpTables(database.connection()) != before);
        statements = faults.statementCount();
    }
    QVERIFY2(statements >= 2, qPrintable(QString::number(statements)));
    qInfo("%d row-changing statements", statements);

    for (int n = 1; n <= statements; ++n) {
        QVERIFY(copyFresh(m_seedPath, path));
        Database database;
        QVERIFY(database.open(path).ok());
        Stores stores(database);
        StatementFaults faults(database.connection());
        const QString before = TestSupport::dumpTables(database.connection());

        const Action act = write(stores);
        faults.arm(n);
        const Outcome outcome = act();
        faults.disarm();

        const QString where =
            QStringLiteral("statement %1 of %2: %3").arg(n).arg(statements).arg(faults.failedStatement());
        QVERIFY2(faults.failed(), qPrintable(where));
        QVERIFY2(!outcome.ok(), qPrintable(where));
        QVERIFY2(!outcome.error().trimmed().isEmpty(), qPrintable(where));
        QVERIFY2(TestSupport::dumpTables(database.connection()) == before, qPrintable(where));
        QVERIFY2(stores.signalCount() == 0, qPrintable(where));
    }
}

void TestWritePath::everyReadOfAWriteFails_data()
{
    QTest::addColumn<int>("writeIndex");
    const QList<QPair<const char *, Write>> all = writes() + singleRowWrites();
    for (int index = 0; index < all.size(); ++index)
        QTest::newRow(all.at(index).first) << index;
}

// Each read statement a write issues (SELECT), made to fail in turn: the write is refused with the read's
// message, not carried on as if the read had found nothing, and the database is what it was.
void TestWritePath::everyReadOfAWriteFails()
{
    QFETCH(int, writeIndex);
    const Write write = (writes() + singleRowWrites()).at(writeIndex).second;
    const QString path = m_dir->filePath(QStringLiteral("read.sqlite"));

    int reads = 0;
    {
        QVERIFY(copyFresh(m_seedPath, path));
        Database database;
        QVERIFY(database.open(path).ok());
        Stores stores(database);
        StatementFaults faults(database.connection(), StatementFaults::Counted::Reads);
        QVERIFY(faults.isInstalled());
        const QString before = TestSupport::dumpTables(database.connection());
        const Action act = write(stores);
        faults.arm(0);
        const Outcome outcome = act();
        faults.disarm();
        QVERIFY2(outcome.ok(), qPrintable(outcome.error()));
        QCOMPARE(stores.signalCount() > 0, true);
        QVERIFY(TestSupport::dumpTables(database.connection()) != before);
        reads = faults.statementCount();
    }
    QVERIFY2(reads >= 1, qPrintable(QString::number(reads)));
    qInfo("%d reads", reads);

    for (int n = 1; n <= reads; ++n) {
        QVERIFY(copyFresh(m_seedPath, path));
        Database database;
        QVERIFY(database.open(path).ok());
        Stores stores(database);
        StatementFaults faults(database.connection(), StatementFaults::Counted::Reads);
        const QString before = TestSupport::dumpTables(database.connection());
        const qsizetype auditRows = stores.committee.auditEntries().value().size();

        const Action act = write(stores);
        faults.arm(n);
        const Outcome outcome = act();
        faults.disarm();

        const QString where =
            QStringLiteral("read %1 of %2: %3 -> %4").arg(n).arg(reads).arg(faults.failedStatement(), outcome.error());
        QVERIFY2(faults.failed(), qPrintable(where));
        QVERIFY2(!outcome.ok(), qPrintable(where));
        QVERIFY2(outcome.error().startsWith(QLatin1String("Cannot read ")), qPrintable(where));
        QVERIFY2(outcome.error().contains(QLatin1String(" from the database: interrupted")), qPrintable(where));
        QVERIFY2(TestSupport::dumpTables(database.connection()) == before, qPrintable(where));
        QVERIFY2(stores.committee.auditEntries().value().size() == auditRows, qPrintable(where));
        QVERIFY2(stores.signalCount() == 0, qPrintable(where));
    }
}

// The case that wiped a year's budget: setYearProductTarget read the year, took a failed read for a year
// without a row, and wrote a fresh one over it.
void TestWritePath::aYearThatCannotBeReadKeepsItsBudget()
{
    const QString path = m_dir->filePath(QStringLiteral("year.sqlite"));
    QVERIFY(copyFresh(m_seedPath, path));
    Database database;
    QVERIFY(database.open(path).ok());
    Stores stores(database);
    StatementFaults faults(database.connection(), StatementFaults::Counted::Reads);

    faults.arm(1);
    const Outcome outcome = stores.committee.setYearProductTarget(2025, 15);
    faults.disarm();

    QCOMPARE(faults.failedStatement(),
             QStringLiteral("SELECT year, annual_budget_cents, product_target FROM years WHERE year = :0"));
    QVERIFY(!outcome.ok());
    QVERIFY2(outcome.error().startsWith(QLatin1String("Cannot read the year 2025 from the database: interrupted")),
             qPrintable(outcome.error()));
    std::optional<FundYear> year2025;
    for (const FundYear &year : stores.committee.years().value()) {
        if (year.year == 2025)
            year2025 = year;
    }
    QVERIFY(year2025.has_value());
    QCOMPARE(year2025->annualBudget, std::optional<Money>(Money::fromEuros(1500000)));
    QCOMPARE(year2025->productTarget, std::optional<int>(12));
    QCOMPARE(stores.signalCount(), 0);
}

QTEST_GUILESS_MAIN(TestWritePath)
#include "tst_writepath.moc"
