#include "ranking/RankingTableModel.h"

#include "domain/Proposal.h"

#include <QAbstractItemModelTester>
#include <QBrush>
#include <QSignalSpy>
#include <QtTest>

namespace {

RankedCandidate ranked(qint64 id, const char *name, qint64 eligibleCents, int rank, bool exAequo, Score score)
{
    RankedCandidate row;
    row.candidateId = id;
    row.name = QString::fromUtf8(name);
    row.eligible = Money::fromCents(eligibleCents);
    row.rank = rank;
    row.exAequo = exAequo;
    row.score = score;
    row.firstCriterionMean = Score(3, 1);
    return row;
}

Candidate candidate(qint64 id, const char *name, qint64 eligibleCents, Decision decision, qint64 grantedCents = 0)
{
    Candidate result;
    result.id = id;
    result.name = QString::fromUtf8(name);
    result.requested = Money::fromCents(eligibleCents);
    result.annualBudget = Money::fromCents(2 * eligibleCents);
    result.decision = decision;
    result.granted = Money::fromCents(grantedCents);
    return result;
}

// Alpha first, Bravo and Charlie ex aequo, Écho not fully scored (one note missing), Foxtrot withdrawn;
// envelope 200 000 €: Alpha and Charlie proposed laureates, Bravo waitlisted.
RankingTable fixtureTable()
{
    RankedCandidate echo;
    echo.candidateId = 5;
    echo.name = QStringLiteral("Écho");
    echo.eligible = Money::fromEuros(30000);
    echo.missingNotes = 1;
    const QList<RankedCandidate> ranking{ranked(1, "Alpha", 10000050, 1, false, Score(2405, 30)),
                                         ranked(2, "Bravo", 15000000, 2, true, Score(70, 1)),
                                         ranked(3, "Charlie", 6000000, 2, true, Score(70, 1)), echo};
    const QList<Candidate> candidates{
        candidate(1, "Alpha", 10000050, Decision::Laureate, 9000000), candidate(2, "Bravo", 15000000, Decision::None),
        candidate(3, "Charlie", 6000000, Decision::Rejected), candidate(5, "Écho", 3000000, Decision::None),
        candidate(6, "Foxtrot", 4000000, Decision::Withdrawn)};
    Promotion promotion;
    promotion.envelope = Money::fromEuros(200000);
    return RankingTable::build(ranking, Proposal::propose(ranking, promotion), candidates, promotion);
}

QString euros(const char *text)
{
    return QString::fromUtf8(text).replace(QLatin1Char('_'), QChar(0x00A0));
}

} // namespace

// The ranking table model shows the core's rows as they are: every cell's text exactly, amounts
// right-aligned, rows out of the ranking greyed, and the model contract checked by
// QAbstractItemModelTester.
class TestRankingTableModel : public QObject
{
    Q_OBJECT

private slots:
    void cells_data();
    void cells();
    void headers();
    void greyedRowsAndAlignment();
    void proposalTooltipSaysWhy();
    void resetOnNewTable();
};

void TestRankingTableModel::cells_data()
{
    QTest::addColumn<int>("row");
    QTest::addColumn<QStringList>("cells");

    QTest::newRow("Alpha") << 0
                           << QStringList{QStringLiteral("1"),
                                          QStringLiteral("Alpha"),
                                          QStringLiteral("80,2"),
                                          euros("100_000,50_€"),
                                          euros("Laureate (100_000,50_€)"),
                                          QStringLiteral("Laureate"),
                                          euros("90_000_€"),
                                          euros("90_000_€")};
    QTest::newRow("Bravo") << 1
                           << QStringList{QStringLiteral("2 ex aequo"),
                                          QStringLiteral("Bravo"),
                                          QStringLiteral("70,0"),
                                          euros("150_000_€"),
                                          QStringLiteral("Waitlist"),
                                          QString(),
                                          QString(),
                                          euros("90_000_€")};
    QTest::newRow("Charlie") << 2
                             << QStringList{QStringLiteral("2 ex aequo"),
                                            QStringLiteral("Charlie"),
                                            QStringLiteral("70,0"),
                                            euros("60_000_€"),
                                            euros("Laureate (60_000_€)"),
                                            QStringLiteral("Not selected"),
                                            QString(),
                                            euros("90_000_€")};
    QTest::newRow("Écho") << 3
                          << QStringList{QString(),
                                         QStringLiteral("Écho"),
                                         QString(),
                                         euros("30_000_€"),
                                         QStringLiteral("incomplete scoring (1 note(s) missing)"),
                                         QString(),
                                         QString(),
                                         euros("90_000_€")};
    QTest::newRow("Foxtrot") << 4 << QStringList{QString(), QStringLiteral("Foxtrot"),   QString(), euros("40_000_€"),
                                                 QString(), QStringLiteral("Withdrawn"), QString(), euros("90_000_€")};
}

void TestRankingTableModel::cells()
{
    QFETCH(int, row);
    QFETCH(QStringList, cells);

    RankingTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setTable(fixtureTable());
    QCOMPARE(model.rowCount(), 5);
    QCOMPARE(model.columnCount(), 8);
    QStringList actual;
    for (int column = 0; column < model.columnCount(); ++column)
        actual.append(model.index(row, column).data().toString());
    QCOMPARE(actual, cells);
    QCOMPARE(model.index(row, 0).data(RankingTableModel::CandidateIdRole).toLongLong(), model.rowAt(row).candidateId);
}

void TestRankingTableModel::headers()
{
    RankingTableModel model;
    QStringList headers;
    for (int column = 0; column < model.columnCount(); ++column)
        headers.append(model.headerData(column, Qt::Horizontal).toString());
    QCOMPARE(headers,
             QStringList({QStringLiteral("Rank"), QStringLiteral("Project"), QStringLiteral("Score"),
                          QStringLiteral("Eligible"), QStringLiteral("Proposed decision"), QStringLiteral("Decision"),
                          QStringLiteral("Granted"), QStringLiteral("Cumulative")}));
}

void TestRankingTableModel::greyedRowsAndAlignment()
{
    RankingTableModel model;
    model.setTable(fixtureTable());
    const int name = RankingTableModel::column(RankingTableModel::Column::Name);
    const int cumulative = RankingTableModel::column(RankingTableModel::Column::Cumulative);
    QVERIFY(!model.index(1, name).data(Qt::ForegroundRole).isValid());
    for (int row : {3, 4}) {
        const QBrush brush = model.index(row, name).data(Qt::ForegroundRole).value<QBrush>();
        QCOMPARE(brush.color(), QColor(0x70, 0x70, 0x70));
    }
    QCOMPARE(model.index(0, cumulative).data(Qt::TextAlignmentRole).value<Qt::Alignment>(),
             Qt::AlignRight | Qt::AlignVCenter);
    QCOMPARE(model.index(0, name).data(Qt::TextAlignmentRole).value<Qt::Alignment>(), Qt::AlignLeft | Qt::AlignVCenter);
    QCOMPARE(model.rowOfId(3), 2);
    QCOMPARE(model.rowOfId(6), 4);
    QCOMPARE(model.rowOfId(42), -1);
}

void TestRankingTableModel::proposalTooltipSaysWhy()
{
    RankingTableModel model;
    model.setTable(fixtureTable());
    const int proposed = RankingTableModel::column(RankingTableModel::Column::Proposed);
    const auto tip = [&](int row) {
        return model.index(row, proposed).data(Qt::ToolTipRole).toString();
    };
    QCOMPARE(tip(0), euros("Proposed: within the envelope (remaining after: 99_999,50_€)."));
    QCOMPARE(tip(1),
             euros("Proposed: does not fit the remaining 99_999,50_€.\nThe proposal differs from the decision."));
    QCOMPARE(tip(2), euros("Proposed: within the envelope (remaining after: 39_999,50_€).\nThe proposal differs from "
                           "the decision."));
    QCOMPARE(tip(3), QString()); // not fully scored: no proposal
}

void TestRankingTableModel::resetOnNewTable()
{
    RankingTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    model.setTable(fixtureTable());
    QCOMPARE(resets.size(), 1);
    model.setTable(RankingTable());
    QCOMPARE(resets.size(), 2);
    QCOMPARE(model.rowCount(), 0);
}

QTEST_MAIN(TestRankingTableModel)
#include "tst_rankingtablemodel.moc"
