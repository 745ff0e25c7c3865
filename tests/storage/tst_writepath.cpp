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
// the run that fails nothing must succeed and emit its signal once.
class TestWritePath : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void everyStatementOfAWriteFails_data();
    void everyStatementOfAWriteFails();

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
    using Write = std::function<Outcome(Stores &stores)>;
    // Every multi-row write of the stores, by name.
    static QList<QPair<const char *, Write>> writes();

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
    for (const Candidate &candidate : committee.candidates(1)) {
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
}

qint64 TestWritePath::candidateId(const CommitteeStore &committee, int promotion, const QString &name)
{
    for (const Candidate &candidate : committee.candidates(promotion)) {
        if (candidate.name == name)
            return candidate.id;
    }
    return 0;
}

QList<QPair<const char *, TestWritePath::Write>> TestWritePath::writes()
{
    QList<QPair<const char *, Write>> all;

    all.append({"add a promotion (row, criteria, year, audit)", [](Stores &stores) {
                    Promotion third;
                    third.number = 3;
                    third.year = 2027;
                    third.envelope = Money::fromEuros(500000);
                    return outcomeOf(stores.committee.addPromotion(third));
                }});
    all.append({"update a promotion (fields, new year, audit rows)", [](Stores &stores) {
                    Promotion changed = *stores.committee.promotion(1);
                    changed.year = 2028;
                    changed.envelope = Money::fromEuros(350000);
                    changed.minimumScore = 40;
                    return stores.committee.updatePromotion(changed);
                }});
    all.append({"update a candidate (audit rows per field)", [](Stores &stores) {
                    Candidate changed =
                        *stores.committee.candidate(candidateId(stores.committee, 1, QStringLiteral("Beta")));
                    changed.description = QStringLiteral("Un service public numérique, décrit à nouveau.");
                    changed.requested = Money::fromEuros(150000);
                    changed.incubator = QStringLiteral("beta.gouv.fr");
                    return stores.committee.updateCandidate(changed);
                }});
    all.append({"import 120 candidates", [](Stores &stores) {
                    QList<Candidate> imported;
                    for (int i = 1; i <= 120; ++i)
                        imported.append(
                            makeCandidate(QStringLiteral("Projet importé %1").arg(i, 3, 10, QLatin1Char('0')),
                                          200000 + i, 50000 + i));
                    return outcomeOf(stores.committee.importCandidates(1, imported));
                }});
    all.append({"remove 60 candidates (undo of an import)", [](Stores &stores) {
                    QList<qint64> ids;
                    for (const Candidate &candidate : stores.committee.candidates(2))
                        ids.append(candidate.id);
                    return stores.committee.removeCandidates(ids);
                }});
    all.append({"add members", [](Stores &stores) {
                    return outcomeOf(stores.scoring.addMembers(1, {QStringLiteral("David"), QStringLiteral("Émilie")}));
                }});
    all.append({"record a recusal (notes removed)", [](Stores &stores) {
                    const qint64 alpha = candidateId(stores.committee, 1, QStringLiteral("Alpha"));
                    return outcomeOf(stores.scoring.recordRecusal(1, alpha, stores.scoring.members(1).at(1).id));
                }});
    all.append({"import scores and a recusal", [](Stores &stores) {
                    const qint64 beta = candidateId(stores.committee, 1, QStringLiteral("Beta"));
                    const qint64 delta = candidateId(stores.committee, 1, QStringLiteral("Delta"));
                    const QList<CommitteeMember> members = stores.scoring.members(1);
                    QList<ScoreNote> notes;
                    for (const CommitteeMember &member : members.mid(0, 2)) {
                        for (int criterion = 0; criterion < 5; ++criterion)
                            notes.append(ScoreNote{beta, member.id, criterion, 5 - criterion % 3});
                    }
                    return stores.scoring.importScores(1, notes, {ScoringStore::Recusal(delta, members.at(2).id)});
                }});
    all.append({"apply the proposal", [](Stores &stores) {
                    return outcomeOf(stores.decisions.applyProposal(1));
                }});
    all.append({"restore decisions (undo of a proposal)", [](Stores &stores) {
                    QList<CandidateDecision> decisions;
                    for (const Candidate &candidate : stores.committee.candidates(1))
                        decisions.append({candidate.id, Decision::Rejected, Money()});
                    return stores.decisions.restoreDecisions(1, decisions);
                }});
    all.append({"replace a scenario", [](Stores &stores) {
                    Scenario bolder = *stores.scenarios.scenario(1, QStringLiteral("Prudent"));
                    bolder.envelope = Money::fromEuros(400000);
                    bolder.excludedCandidateIds = {candidateId(stores.committee, 1, QStringLiteral("Gamma"))};
                    return outcomeOf(stores.scenarios.saveScenario(bolder));
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
        faults.arm(0);
        const Outcome outcome = write(stores);
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

        faults.arm(n);
        const Outcome outcome = write(stores);
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

QTEST_GUILESS_MAIN(TestWritePath)
#include "tst_writepath.moc"
