#include "reports/PromotionArchive.h"

#include "storage/CommitteeStore.h"
#include "storage/Database.h"
#include "storage/DecisionStore.h"
#include "storage/ScoringStore.h"

#include <QTemporaryDir>
#include <QTest>

// The archive read from a database file: every promotion in chronological order with its candidates, and
// the ranking's score of each fully scored candidate only.
class TestPromotionArchive : public QObject
{
    Q_OBJECT

private slots:
    void loadsPromotionsCandidatesAndScores();
    void emptyDatabase();
    void withdrawnCandidateKeepsItsScore();
};

namespace {

Candidate makeCandidate(const QString &name)
{
    Candidate candidate;
    candidate.name = name;
    candidate.carrier = QStringLiteral("DGALN");
    candidate.annualBudget = Money::fromEuros(400000);
    candidate.requested = Money::fromEuros(100000);
    return candidate;
}

Promotion makePromotion(int number, int year)
{
    Promotion promotion;
    promotion.number = number;
    promotion.year = year;
    promotion.envelope = Money::fromEuros(300000);
    return promotion;
}

} // namespace

void TestPromotionArchive::loadsPromotionsCandidatesAndScores()
{
    QTemporaryDir dir;
    Database database;
    QVERIFY(database.open(dir.filePath(QStringLiteral("archive.sqlite"))).ok());
    CommitteeStore store(database);
    ScoringStore scoring(store);
    // Created newest first: the archive still reads them in time order.
    QVERIFY(store.addPromotion(makePromotion(14, 2024)).ok());
    QVERIFY(store.addPromotion(makePromotion(12, 2023)).ok());
    const Result<Candidate> alpha = store.addCandidate(14, makeCandidate(QStringLiteral("Alpha")));
    const Result<Candidate> beta = store.addCandidate(14, makeCandidate(QStringLiteral("Beta")));
    QVERIFY(alpha.ok() && beta.ok());
    QVERIFY(store.addCandidate(12, makeCandidate(QStringLiteral("Alpha"))).ok());
    const Result<QList<CommitteeMember>> members = scoring.addMembers(14, {QStringLiteral("Alice")});
    QVERIFY(members.ok());
    const qint64 alice = members.value().constFirst().id;
    // Alpha fully scored (4 on every criterion: 80), Beta only on the first criterion.
    for (int criterion = 0; criterion < 5; ++criterion)
        QVERIFY(scoring.setNote(14, alpha.value().id, alice, criterion, 4).ok());
    QVERIFY(scoring.setNote(14, beta.value().id, alice, 0, 5).ok());

    const Result<PromotionArchive> loaded = PromotionArchive::load(store, scoring);
    QVERIFY2(loaded.ok(), qPrintable(loaded.error()));
    const PromotionArchive &archive = loaded.value();
    QCOMPARE(archive.entries().size(), 2);
    QCOMPARE(archive.entries().at(0).promotion.number, 12);
    QCOMPARE(archive.entries().at(1).promotion.number, 14);
    QCOMPARE(archive.entries().at(0).candidates.size(), 1);
    QVERIFY(archive.entries().at(0).scores.isEmpty());
    const PromotionArchive::Entry *fast14 = archive.entry(14);
    QVERIFY(fast14);
    QCOMPARE(fast14->candidates.size(), 2);
    QCOMPARE(fast14->scores.size(), 1);
    QCOMPARE(fast14->scores.value(alpha.value().id), Score(80, 1));
    QVERIFY(!fast14->scores.contains(beta.value().id));
    QVERIFY(!archive.entry(13));
}

void TestPromotionArchive::emptyDatabase()
{
    QTemporaryDir dir;
    Database database;
    QVERIFY(database.open(dir.filePath(QStringLiteral("empty.sqlite"))).ok());
    CommitteeStore store(database);
    ScoringStore scoring(store);
    const Result<PromotionArchive> loaded = PromotionArchive::load(store, scoring);
    QVERIFY(loaded.ok());
    QVERIFY(loaded.value().entries().isEmpty());
}

void TestPromotionArchive::withdrawnCandidateKeepsItsScore()
{
    // Issue 14: a candidate scored, then withdrawn, showed "not scored" in the searches.
    QTemporaryDir dir;
    Database database;
    QVERIFY(database.open(dir.filePath(QStringLiteral("withdrawn.sqlite"))).ok());
    CommitteeStore store(database);
    ScoringStore scoring(store);
    DecisionStore decisions(store, scoring);
    QVERIFY(store.addPromotion(makePromotion(14, 2024)).ok());
    const Result<Candidate> alpha = store.addCandidate(14, makeCandidate(QStringLiteral("Alpha")));
    const Result<Candidate> beta = store.addCandidate(14, makeCandidate(QStringLiteral("Beta")));
    QVERIFY(alpha.ok() && beta.ok());
    const Result<QList<CommitteeMember>> members = scoring.addMembers(14, {QStringLiteral("Alice")});
    QVERIFY(members.ok());
    for (int criterion = 0; criterion < 5; ++criterion) {
        QVERIFY(scoring.setNote(14, alpha.value().id, members.value().constFirst().id, criterion, 4).ok());
        QVERIFY(scoring.setNote(14, beta.value().id, members.value().constFirst().id, criterion, 3).ok());
    }
    QVERIFY(decisions.setDecision(alpha.value().id, Decision::Withdrawn).ok());

    const Result<PromotionArchive> loaded = PromotionArchive::load(store, scoring);
    QVERIFY2(loaded.ok(), qPrintable(loaded.error()));
    const PromotionArchive::Entry *fast14 = loaded.value().entry(14);
    QVERIFY(fast14);
    QCOMPARE(fast14->scores.size(), 2);
    QCOMPARE(fast14->scores.value(alpha.value().id), Score(80, 1));
    QCOMPARE(fast14->scores.value(beta.value().id), Score(60, 1));
}

QTEST_GUILESS_MAIN(TestPromotionArchive)
#include "tst_promotionarchive.moc"
