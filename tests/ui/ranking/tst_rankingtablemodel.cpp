#include "ranking/RankingTableModel.h"

#include "domain/Proposal.h"
#include "reports/DemoCommittee.h"
#include "storage/CommitteeStore.h"
#include "storage/Database.h"
#include "storage/ScoringStore.h"

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
// right-aligned, rows out of the ranking greyed, every row's reason in the "Why" column and its tooltip,
// the row where the envelope runs out marked, and the model contract checked by QAbstractItemModelTester.
class TestRankingTableModel : public QObject
{
    Q_OBJECT

private slots:
    void cells_data();
    void cells();
    void headers();
    void greyedRowsAndAlignment();
    void proposalTooltipSaysWhy();
    void envelopeLineOnTheRowWhereItRunsOut();
    void resetOnNewTable();
    void demoFourteen();
};

void TestRankingTableModel::cells_data()
{
    QTest::addColumn<int>("row");
    QTest::addColumn<QStringList>("cells");

    QTest::newRow("Alpha") << 0 << QStringList{QStringLiteral("1"),
                                               QStringLiteral("Alpha"),
                                               QStringLiteral("80,2"),
                                               euros("100_000,50_€"),
                                               QStringLiteral("Laureate"),
                                               QStringLiteral("Laureate"),
                                               euros("90_000_€"),
                                               euros("90_000_€"),
                                               euros("within the envelope (remaining after: 99_999,50_€)")};
    QTest::newRow("Bravo") << 1
                           << QStringList{QStringLiteral("2 ex aequo"),
                                          QStringLiteral("Bravo"),
                                          QStringLiteral("70,0"),
                                          euros("150_000_€"),
                                          QStringLiteral("Waitlist"),
                                          QString(),
                                          QString(),
                                          euros("90_000_€"),
                                          euros("does not fit the remaining 99_999,50_€: passed over for Charlie")};
    QTest::newRow("Charlie") << 2
                             << QStringList{QStringLiteral("2 ex aequo"),
                                            QStringLiteral("Charlie"),
                                            QStringLiteral("70,0"),
                                            euros("60_000_€"),
                                            QStringLiteral("Laureate"),
                                            QStringLiteral("Not selected"),
                                            QString(),
                                            euros("90_000_€"),
                                            euros("within the envelope (remaining after: 39_999,50_€)")};
    QTest::newRow("Écho") << 3
                          << QStringList{QString(),
                                         QStringLiteral("Écho"),
                                         QString(),
                                         euros("30_000_€"),
                                         QString(),
                                         QString(),
                                         QString(),
                                         euros("90_000_€"),
                                         QStringLiteral("incomplete scoring (1 note(s) missing): left out of the "
                                                        "proposal")};
    QTest::newRow("Foxtrot") << 4
                             << QStringList{QString(),
                                            QStringLiteral("Foxtrot"),
                                            QString(),
                                            euros("40_000_€"),
                                            QString(),
                                            QStringLiteral("Withdrawn"),
                                            QString(),
                                            euros("90_000_€"),
                                            QStringLiteral("withdrawn")};
}

void TestRankingTableModel::cells()
{
    QFETCH(int, row);
    QFETCH(QStringList, cells);

    RankingTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setTable(fixtureTable());
    QCOMPARE(model.rowCount(), 5);
    QCOMPARE(model.columnCount(), 9);
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
    QCOMPARE(headers, QStringList({QStringLiteral("Rank"), QStringLiteral("Project"), QStringLiteral("Score"),
                                   QStringLiteral("Eligible"), QStringLiteral("Proposal"), QStringLiteral("Decision"),
                                   QStringLiteral("Granted"), QStringLiteral("Cumulative"), QStringLiteral("Why")}));
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
    const auto tip = [&](int row, RankingTableModel::Column column) {
        return model.index(row, RankingTableModel::column(column)).data(Qt::ToolTipRole).toString();
    };
    const QStringList expected{
        euros("Proposed: Laureate (within the envelope (remaining after: 99_999,50_€))."),
        euros("Proposed: Waitlist (does not fit the remaining 99_999,50_€: passed over for Charlie).\n"
              "The envelope runs out here: 110_000_€ left above this row."),
        euros("Proposed: Laureate (within the envelope (remaining after: 39_999,50_€)).\n"
              "Decided otherwise: Not selected."),
        QStringLiteral("Not proposed: incomplete scoring (1 note(s) missing): left out of the proposal."),
        QStringLiteral("Not proposed: withdrawn."),
    };
    // The same words on every cell of the row, wherever the pointer rests.
    for (int row = 0; row < expected.size(); ++row) {
        QCOMPARE(tip(row, RankingTableModel::Column::Proposed), expected.at(row));
        QCOMPARE(tip(row, RankingTableModel::Column::Name), expected.at(row));
        QCOMPARE(tip(row, RankingTableModel::Column::Why), expected.at(row));
    }
}

void TestRankingTableModel::envelopeLineOnTheRowWhereItRunsOut()
{
    // Alpha's 90 000 € leave 110 000 €; Bravo asks 150 000 €: the envelope runs out on Bravo's row.
    RankingTableModel model;
    model.setTable(fixtureTable());
    QList<int> marked;
    for (int row = 0; row < model.rowCount(); ++row) {
        for (int column = 0; column < model.columnCount(); ++column) {
            if (model.index(row, column).data(RankingTableModel::ExhaustsEnvelopeRole).toBool() && column == 0)
                marked.append(row);
        }
    }
    QCOMPARE(marked, QList<int>{1});
    const int cumulative = RankingTableModel::column(RankingTableModel::Column::Cumulative);
    QCOMPARE(model.index(1, cumulative).data(Qt::ForegroundRole).value<QBrush>().color(), QColor(0xa3, 0x3c, 0x00));
    QVERIFY(model.index(1, cumulative).data(Qt::FontRole).value<QFont>().bold());
    QVERIFY(!model.index(0, cumulative).data(Qt::ForegroundRole).isValid());
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

void TestRankingTableModel::demoFourteen()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    Database database;
    const Outcome opened = database.open(dir.filePath(QStringLiteral("demo.sqlite")));
    QVERIFY2(opened.ok(), qPrintable(opened.error()));
    CommitteeStore store(database);
    store.setOperatorName(QStringLiteral("test"));
    const Outcome populated = DemoCommittee::populate(store);
    QVERIFY2(populated.ok(), qPrintable(populated.error()));
    const ScoringStore scoring(store);
    const QList<RankedCandidate> ranking = scoring.ranking(14).value();
    const Promotion promotion = *store.promotion(14).value();
    const QList<Candidate> candidates = store.candidates(14).value();

    RankingTableModel model;
    model.setTable(
        RankingTable::build(ranking, Proposal::propose(ranking, promotion, candidates), candidates, promotion));
    QCOMPARE(model.rowCount(), 12);
    const auto cell = [&](int row, RankingTableModel::Column column, int role = Qt::DisplayRole) {
        return model.index(row, RankingTableModel::column(column)).data(role).toString();
    };
    // Rank 9 (220 000 €) no longer fits the 190 000 € left; rank 10 (120 000 €) does and takes it.
    QCOMPARE(cell(8, RankingTableModel::Column::Name), QStringLiteral("Mon Espace Élu (fictif)"));
    QCOMPARE(cell(8, RankingTableModel::Column::Proposed), QStringLiteral("Waitlist"));
    QCOMPARE(cell(8, RankingTableModel::Column::Why),
             euros("does not fit the remaining 190_000_€: passed over for Portail Archives (fictif)"));
    QCOMPARE(cell(8, RankingTableModel::Column::Name, Qt::ToolTipRole),
             euros("Proposed: Waitlist (does not fit the remaining 190_000_€: passed over for Portail Archives "
                   "(fictif)).\nThe envelope runs out here: 190_000_€ left above this row."));
    QCOMPARE(cell(9, RankingTableModel::Column::Why), euros("within the envelope (remaining after: 70_000_€)"));
    QCOMPARE(cell(10, RankingTableModel::Column::Why),
             QStringLiteral("incomplete scoring (5 note(s) missing): left out of the proposal"));
    QCOMPARE(cell(10, RankingTableModel::Column::Name, Qt::ToolTipRole),
             QStringLiteral("Not proposed: incomplete scoring (5 note(s) missing): left out of the proposal."));
    // No decision yet: the cumulative runs over the proposal, and the envelope line sits on rank 9.
    QCOMPARE(cell(7, RankingTableModel::Column::Cumulative), euros("2_210_000_€"));
    QCOMPARE(cell(8, RankingTableModel::Column::Cumulative), euros("2_210_000_€"));
    QCOMPARE(cell(11, RankingTableModel::Column::Cumulative), euros("2_330_000_€"));
    QCOMPARE(model.table().exhaustedRow(), 8);
}

QTEST_MAIN(TestRankingTableModel)
#include "tst_rankingtablemodel.moc"
