#include "QueryCounter.h"
#include "StatementFaults.h"
#include "TestDatabaseLocation.h"
#include "storage/CommitteeStore.h"
#include "storage/Database.h"
#include "storage/DecisionStore.h"
#include "storage/PromotionSnapshots.h"
#include "storage/ScoringStore.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

#define QVERIFY_OUTCOME(expression)                                                                                    \
    do {                                                                                                               \
        const Outcome outcome_ = (expression);                                                                         \
        QVERIFY2(outcome_.ok(), qPrintable(outcome_.error()));                                                         \
    } while (false)

// The shared snapshot of a promotion: read once, kept until a store says the promotion changed, and
// the same ranking, proposal and proposed amount as ScoringStore computes.
// FAST15, envelope 300 000 €, members Alice and Bruno. Alpha (eligible 150 000 €) scores 80.0, Beta
// (eligible 200 000 €) 60.0, Gamma is noted by Alice only (incomplete); FAST16 is another promotion.
class TestPromotionSnapshots : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void readsOnceUntilAChange();
    void sameFiguresAsTheStore();
    void everyStoreSignalMakesItStale_data();
    void everyStoreSignalMakesItStale();
    void unknownPromotionIsEmpty();
    void aFailedReadIsAnErrorNotAnEmptyPromotion_data();
    void aFailedReadIsAnErrorNotAnEmptyPromotion();

private:
    qint64 candidateId(const QString &name) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<TestDatabaseLocation> m_location;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<CommitteeStore> m_store;
    std::unique_ptr<ScoringStore> m_scoring;
    std::unique_ptr<DecisionStore> m_decisions;
    std::unique_ptr<PromotionSnapshots> m_snapshots;
    QList<CommitteeMember> m_members;
};

void TestPromotionSnapshots::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_location = TestDatabaseLocation::underTest();
    if (m_location->address().isEmpty())
        QSKIP(qPrintable(m_location->error()));
    m_database = std::make_unique<Database>();
    QVERIFY_OUTCOME(m_database->open(m_location->address()));
    m_store = std::make_unique<CommitteeStore>(*m_database);
    m_store->setOperatorName(QStringLiteral("Test"));
    m_scoring = std::make_unique<ScoringStore>(*m_store);
    m_decisions = std::make_unique<DecisionStore>(*m_store, *m_scoring);
    m_snapshots = std::make_unique<PromotionSnapshots>(*m_store, *m_scoring, *m_decisions);
    for (int number : {15, 16}) {
        Promotion promotion;
        promotion.number = number;
        promotion.year = 2025;
        promotion.envelope = Money::fromEuros(300000);
        QVERIFY(m_store->addPromotion(promotion).ok());
    }
    const struct
    {
        const char *name;
        qint64 requestedEuros;
    } rows[] = {{"Alpha", 150000}, {"Beta", 200000}, {"Gamma", 100000}};
    for (const auto &row : rows) {
        Candidate candidate;
        candidate.name = QString::fromLatin1(row.name);
        candidate.carrier = QStringLiteral("DGALN");
        candidate.annualBudget = Money::fromEuros(400000);
        candidate.requested = Money::fromEuros(row.requestedEuros);
        QVERIFY(m_store->addCandidate(15, candidate).ok());
    }
    const Result<QList<CommitteeMember>> members =
        m_scoring->addMembers(15, {QStringLiteral("Alice"), QStringLiteral("Bruno")});
    QVERIFY2(members.ok(), qPrintable(members.error()));
    m_members = members.value();
    for (int criterion = 0; criterion < 5; ++criterion) {
        for (const CommitteeMember &member : std::as_const(m_members)) {
            QVERIFY_OUTCOME(m_scoring->setNote(15, candidateId(QStringLiteral("Alpha")), member.id, criterion, 4));
            QVERIFY_OUTCOME(m_scoring->setNote(15, candidateId(QStringLiteral("Beta")), member.id, criterion, 3));
        }
        QVERIFY_OUTCOME(
            m_scoring->setNote(15, candidateId(QStringLiteral("Gamma")), m_members.first().id, criterion, 5));
    }
}

void TestPromotionSnapshots::cleanup()
{
    m_snapshots.reset();
    m_decisions.reset();
    m_scoring.reset();
    m_store.reset();
    m_database.reset();
    m_dir.reset();
    m_location.reset();
}

qint64 TestPromotionSnapshots::candidateId(const QString &name) const
{
    for (const Candidate &candidate : m_store->candidates(15).value()) {
        if (candidate.name == name)
            return candidate.id;
    }
    return 0;
}

void TestPromotionSnapshots::readsOnceUntilAChange()
{
    FAST_SQLITE_ONLY("the statements are counted through SQLite's trace hook");
    QueryCounter counter(m_database->connection());
    QVERIFY(counter.isTracing());
    const std::shared_ptr<const PromotionSnapshot> first = m_snapshots->of(15);
    QCOMPARE(counter.count(QStringLiteral("FROM notes n")), 1);
    QVERIFY2(counter.count(QStringLiteral("FROM candidates WHERE promotion_id = :0 ORDER BY")) == 1,
             qPrintable(counter.statements().join(QLatin1Char('\n'))));
    const int statements = int(counter.statements().size());
    // Asked again by every page: the same snapshot, nothing read.
    QCOMPARE(m_snapshots->of(15).get(), first.get());
    QCOMPARE(m_snapshots->of(15).get(), first.get());
    QCOMPARE(counter.statements().size(), statements);

    QSignalSpy changed(m_snapshots.get(), &PromotionSnapshots::changed);
    QVERIFY_OUTCOME(m_scoring->setNote(15, candidateId(QStringLiteral("Alpha")), m_members.first().id, 0, 0));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.first().first().toInt(), 15);
    counter.reset();
    const std::shared_ptr<const PromotionSnapshot> second = m_snapshots->of(15);
    QVERIFY(second.get() != first.get());
    QCOMPARE(counter.count(QStringLiteral("FROM notes n")), 1);
    QCOMPARE(second->sheet.note(candidateId(QStringLiteral("Alpha")), m_members.first().id, 0), std::optional<int>(0));
    // The snapshot a page kept does not change under it.
    QCOMPARE(first->sheet.note(candidateId(QStringLiteral("Alpha")), m_members.first().id, 0), std::optional<int>(4));
}

void TestPromotionSnapshots::sameFiguresAsTheStore()
{
    const std::shared_ptr<const PromotionSnapshot> snapshot = m_snapshots->of(15);
    QVERIFY(snapshot->isScored());
    QCOMPARE(snapshot->number, 15);
    QCOMPARE(snapshot->promotion->number, 15);
    QCOMPARE(snapshot->candidates.size(), 3);
    QStringList names;
    for (const Candidate &candidate : snapshot->candidates)
        names.append(candidate.name);
    QCOMPARE(names, (QStringList{QStringLiteral("Alpha"), QStringLiteral("Beta"), QStringLiteral("Gamma")}));
    QCOMPARE(snapshot->sheet.members(), m_members);

    const QList<RankedCandidate> ranking = m_scoring->ranking(15).value();
    QCOMPARE(snapshot->ranking.size(), 3);
    QCOMPARE(snapshot->ranking.size(), ranking.size());
    QList<qint64> ids;
    for (int row = 0; row < ranking.size(); ++row) {
        QCOMPARE(snapshot->ranking.at(row).candidateId, ranking.at(row).candidateId);
        QCOMPARE(snapshot->ranking.at(row).rank, ranking.at(row).rank);
        QCOMPARE(snapshot->ranking.at(row).missingNotes, ranking.at(row).missingNotes);
        ids.append(snapshot->ranking.at(row).candidateId);
    }
    QCOMPARE(ids, (QList<qint64>{candidateId(QStringLiteral("Alpha")), candidateId(QStringLiteral("Beta")),
                                 candidateId(QStringLiteral("Gamma"))}));
    QCOMPARE(snapshot->ranking.at(2).missingNotes, 5);

    const Proposal proposal = m_scoring->proposal(15).value();
    QCOMPARE(snapshot->proposal.decisions().size(), 2);
    for (int row = 0; row < proposal.decisions().size(); ++row) {
        QCOMPARE(snapshot->proposal.decisions().at(row).candidateId, proposal.decisions().at(row).candidateId);
        QCOMPARE(snapshot->proposal.decisions().at(row).decision, proposal.decisions().at(row).decision);
        QCOMPARE(snapshot->proposal.decisions().at(row).granted, proposal.decisions().at(row).granted);
        QCOMPARE(snapshot->proposal.decisions().at(row).explanation, proposal.decisions().at(row).explanation);
    }
    QCOMPARE(snapshot->proposal.decisions().at(0).decision, Decision::Laureate);
    QCOMPARE(snapshot->proposal.decisions().at(1).decision, Decision::Waitlist);
    QCOMPARE(snapshot->proposedUndecided, Money::fromEuros(150000));
    QCOMPARE(snapshot->proposedUndecided, m_scoring->proposedUndecided(15).value());

    // A decided laureate leaves the proposed part.
    QVERIFY_OUTCOME(m_decisions->setDecision(candidateId(QStringLiteral("Alpha")), Decision::Laureate));
    QCOMPARE(m_snapshots->of(15)->proposedUndecided, Money());
    QCOMPARE(m_scoring->proposedUndecided(15).value(), Money());
    // Names are found whatever their case and accents, as the commands look them up.
    QCOMPARE(m_snapshots->of(15)->candidateNamed(QStringLiteral("BÉTA"))->name, QStringLiteral("Beta"));
    QCOMPARE(m_snapshots->of(15)->memberNamed(QStringLiteral("bruno"))->id, m_members.at(1).id);
    QVERIFY(!m_snapshots->of(15)->candidateNamed(QStringLiteral("Delta")));
}

void TestPromotionSnapshots::everyStoreSignalMakesItStale_data()
{
    QTest::addColumn<QString>("change");
    QTest::addColumn<int>("expected");
    QTest::newRow("note") << QStringLiteral("note") << 15;
    QTest::newRow("recusal") << QStringLiteral("recusal") << 15;
    QTest::newRow("member") << QStringLiteral("member") << 15;
    QTest::newRow("criteria") << QStringLiteral("criteria") << 16;
    QTest::newRow("decision") << QStringLiteral("decision") << 15;
    QTest::newRow("candidate") << QStringLiteral("candidate") << 15;
    QTest::newRow("promotion") << QStringLiteral("promotion") << int(PromotionSnapshots::everyPromotion);
}

void TestPromotionSnapshots::everyStoreSignalMakesItStale()
{
    QFETCH(QString, change);
    QFETCH(int, expected);
    const std::shared_ptr<const PromotionSnapshot> fifteen = m_snapshots->of(15);
    const std::shared_ptr<const PromotionSnapshot> sixteen = m_snapshots->of(16);
    QSignalSpy changed(m_snapshots.get(), &PromotionSnapshots::changed);
    const qint64 gamma = candidateId(QStringLiteral("Gamma"));
    if (change == QLatin1String("note")) {
        QVERIFY_OUTCOME(m_scoring->setNote(15, gamma, m_members.at(1).id, 0, 1));
    } else if (change == QLatin1String("recusal")) {
        QVERIFY(m_scoring->recordRecusal(15, gamma, m_members.at(1).id).ok());
    } else if (change == QLatin1String("member")) {
        QVERIFY(m_scoring->addMembers(15, {QStringLiteral("Chloé")}).ok());
    } else if (change == QLatin1String("criteria")) {
        // FAST16 has no note yet: its criteria may change.
        Criterion impact;
        impact.name = QStringLiteral("Impact");
        impact.weight = 100;
        QVERIFY_OUTCOME(m_scoring->setCriteria(16, CriteriaSet({impact})));
    } else if (change == QLatin1String("decision")) {
        QVERIFY_OUTCOME(m_decisions->setDecision(gamma, Decision::Withdrawn));
    } else if (change == QLatin1String("candidate")) {
        Candidate candidate;
        candidate.name = QStringLiteral("Delta");
        candidate.carrier = QStringLiteral("DGALN");
        candidate.annualBudget = Money::fromEuros(100000);
        candidate.requested = Money::fromEuros(10000);
        QVERIFY(m_store->addCandidate(15, candidate).ok());
    } else {
        Promotion promotion;
        promotion.number = 17;
        promotion.year = 2026;
        promotion.envelope = Money::fromEuros(100000);
        QVERIFY(m_store->addPromotion(promotion).ok());
    }
    QVERIFY(!changed.isEmpty());
    for (const QList<QVariant> &arguments : std::as_const(changed))
        QCOMPARE(arguments.first().toInt(), expected);
    // The promotion changed is read again; the other one is kept unless every promotion may have changed.
    const bool fifteenStale = expected == 15 || expected == PromotionSnapshots::everyPromotion;
    const bool sixteenStale = expected == 16 || expected == PromotionSnapshots::everyPromotion;
    QCOMPARE(m_snapshots->of(15).get() != fifteen.get(), fifteenStale);
    QCOMPARE(m_snapshots->of(16).get() != sixteen.get(), sixteenStale);
}

void TestPromotionSnapshots::unknownPromotionIsEmpty()
{
    for (int number : {0, 99}) {
        const std::shared_ptr<const PromotionSnapshot> snapshot = m_snapshots->of(number);
        QCOMPARE(snapshot->number, number);
        QVERIFY(!snapshot->promotion);
        QVERIFY(!snapshot->isScored());
        QVERIFY(snapshot->candidates.isEmpty());
        QVERIFY(snapshot->ranking.isEmpty());
        QCOMPARE(snapshot->proposedUndecided, Money());
    }
}

void TestPromotionSnapshots::aFailedReadIsAnErrorNotAnEmptyPromotion_data()
{
    QTest::addColumn<int>("read");
    QTest::addColumn<QString>("failedTable");
    QTest::addColumn<bool>("promotionShown");
    // The reads of a snapshot, in order: without its candidates the promotion is not shown at all (its
    // envelope would read as unspent); without its sheet it is shown, unranked, with the message.
    QTest::newRow("promotion") << 1 << QStringLiteral("promotions") << false;
    QTest::newRow("candidates") << 2 << QStringLiteral("candidates") << false;
    QTest::newRow("notes") << 3 << QStringLiteral("notes") << true;
    QTest::newRow("criteria") << 4 << QStringLiteral("criteria") << true;
    QTest::newRow("members") << 5 << QStringLiteral("members") << true;
    QTest::newRow("recusals") << 6 << QStringLiteral("recusals") << true;
}

void TestPromotionSnapshots::aFailedReadIsAnErrorNotAnEmptyPromotion()
{
    FAST_SQLITE_ONLY("the statements are failed through SQLite's own hooks");
    QFETCH(int, read);
    QFETCH(QString, failedTable);
    QFETCH(bool, promotionShown);
    StatementFaults faults(m_database->connection(), StatementFaults::Counted::Reads);
    QVERIFY(faults.isInstalled());

    QSignalSpy readFailed(m_snapshots.get(), &PromotionSnapshots::readFailed);
    faults.arm(read);
    const std::shared_ptr<const PromotionSnapshot> failed = m_snapshots->of(15);
    faults.disarm();
    QCOMPARE(readFailed.count(), 1);
    QCOMPARE(readFailed.at(0).at(0).toInt(), 15);
    QCOMPARE(readFailed.at(0).at(1).toString(), failed->error);

    QVERIFY(faults.failed());
    QVERIFY2(faults.failedStatement().contains(QStringLiteral("FROM ") + failedTable),
             qPrintable(faults.failedStatement()));
    QVERIFY2(failed->error.startsWith(QLatin1String("Cannot read the ")), qPrintable(failed->error));
    QVERIFY2(failed->error.endsWith(QLatin1String(" from the database: interrupted Unable to fetch row")),
             qPrintable(failed->error));
    QVERIFY(!failed->isScored());
    QCOMPARE(failed->promotion.has_value(), promotionShown);
    QCOMPARE(failed->candidates.size(), promotionShown ? 3 : 0);
    QVERIFY(failed->ranking.isEmpty());
    QVERIFY(failed->proposal.decisions().isEmpty());
    QCOMPARE(failed->proposedUndecided, Money());
    // The store's readers say the same instead of an empty ranking.
    faults.arm(read);
    const Result<QList<RankedCandidate>> ranking = m_scoring->ranking(15);
    faults.disarm();
    QVERIFY(!ranking.ok());
    QCOMPARE(ranking.error(), failed->error);

    // Not kept: the next page to ask reads it again, whole.
    const std::shared_ptr<const PromotionSnapshot> again = m_snapshots->of(15);
    QVERIFY(again != failed);
    QVERIFY(again->isScored());
    QCOMPARE(again->candidates.size(), 3);
    QCOMPARE(again->ranking.size(), 3);
    QCOMPARE(readFailed.count(), 1);
}

QTEST_GUILESS_MAIN(TestPromotionSnapshots)
#include "tst_promotionsnapshots.moc"
