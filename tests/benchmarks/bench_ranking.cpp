#include "domain/Ranking.h"
#include "domain/ScoreSheet.h"

#include <QTest>

#include <algorithm>

// Re-ranking after one note, the committee's live use: a member changes one note and the ranking
// shown must follow. The issue asks for under 1 ms with 200 candidates × 9 members × 5 criteria and
// under 50 ms with 10 000 candidates. A benchmark, not a timed test: run build/bench_ranking to see
// the figures (QBENCHMARK prints the time per change).
class BenchRanking : public QObject
{
    Q_OBJECT

private slots:
    void changeOneNoteThenRerank_data();
    void changeOneNoteThenRerank();
    void rankFromScratch_data();
    void rankFromScratch();
    void baselineSort_data();
    void baselineSort();
};

namespace {
constexpr int memberCount = 9;

struct ScoredPromotion
{
    ScoreSheet sheet;
    QList<RankingCandidate> candidates;
};

// Every candidate fully scored by every member, with notes spread so that scores differ and tie.
void fill(ScoredPromotion &promotion, int candidateCount)
{
    for (qint64 member = 1; member <= memberCount; ++member)
        QVERIFY(promotion.sheet.addMember({member, QStringLiteral("Membre %1").arg(member)}).ok());
    promotion.candidates.reserve(candidateCount);
    for (qint64 id = 1; id <= candidateCount; ++id) {
        QVERIFY(promotion.sheet.addCandidate(id).ok());
        promotion.candidates.append({id, QStringLiteral("Service numérique n° %1").arg(id),
                                     Money::fromEuros(50000 + (id * 104729) % 250000), id % 50 == 0});
        for (qint64 member = 1; member <= memberCount; ++member) {
            for (int c = 0; c < 5; ++c)
                QVERIFY(promotion.sheet.setNote(id, member, c, int((id * 31 + member * 7 + c * 3) % 6)).ok());
        }
    }
}
} // namespace

void BenchRanking::changeOneNoteThenRerank_data()
{
    QTest::addColumn<int>("candidateCount");
    QTest::newRow("200 candidates x 9 members x 5 criteria") << 200;
    QTest::newRow("10 000 candidates x 9 members x 5 criteria") << 10000;
}

void BenchRanking::changeOneNoteThenRerank()
{
    QFETCH(int, candidateCount);
    ScoredPromotion promotion;
    fill(promotion, candidateCount);
    Ranking ranking;
    ranking.reset(promotion.sheet, promotion.candidates);
    QCOMPARE(ranking.rows().size(), candidateCount - candidateCount / 50);

    int change = 0;
    QBENCHMARK
    {
        // A different cell each time, moving its candidate up or down the ranking.
        const qint64 id = qint64(change * 7919 % candidateCount) + 1;
        const qint64 member = change % memberCount + 1;
        const int criterion = change % 5;
        const int note = (change * 5 + 1) % 6;
        ++change;
        QVERIFY(promotion.sheet.setNote(id, member, criterion, note).ok());
        ranking.update(promotion.sheet, id);
        const QList<RankedCandidate> rows = ranking.rows();
        QVERIFY(!rows.isEmpty());
    }
    // The kept order is the order a full re-sort gives.
    const QList<RankedCandidate> kept = ranking.rows();
    const QList<RankedCandidate> fresh = Ranking::rank(promotion.sheet, promotion.candidates);
    QCOMPARE(kept.size(), fresh.size());
    for (int i = 0; i < kept.size(); ++i)
        QCOMPARE(kept.at(i).candidateId, fresh.at(i).candidateId);
}

void BenchRanking::rankFromScratch_data()
{
    changeOneNoteThenRerank_data();
}

// For comparison: a full ranking as on loading a promotion (names folded, everything sorted).
void BenchRanking::rankFromScratch()
{
    QFETCH(int, candidateCount);
    ScoredPromotion promotion;
    fill(promotion, candidateCount);
    QBENCHMARK
    {
        const QList<RankedCandidate> rows = Ranking::rank(promotion.sheet, promotion.candidates);
        QVERIFY(!rows.isEmpty());
    }
}

void BenchRanking::baselineSort_data()
{
    changeOneNoteThenRerank_data();
}

// The least the same work takes: sort N precomputed scores, best first, ties by id.
void BenchRanking::baselineSort()
{
    QFETCH(int, candidateCount);
    QList<std::pair<double, qint64>> scores;
    for (qint64 id = 1; id <= candidateCount; ++id)
        scores.append({double((id * 31) % 5000) / 1000.0, id});
    QBENCHMARK
    {
        QList<std::pair<double, qint64>> sorted = scores;
        std::sort(sorted.begin(), sorted.end(), [](const auto &a, const auto &b) {
            return a.first != b.first ? a.first > b.first : a.second < b.second;
        });
        QVERIFY(!sorted.isEmpty());
    }
}

QTEST_GUILESS_MAIN(BenchRanking)
#include "bench_ranking.moc"
