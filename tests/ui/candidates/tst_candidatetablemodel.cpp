#include "candidates/CandidateTableModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QtTest>

// The candidates table shows what the core computes, exactly: amounts in French form, the eligible
// amount and its reason under the promotion's rule, sort keys in cents.
class TestCandidateTableModel : public QObject
{
    Q_OBJECT

private slots:
    void modelTester();
    void cells_data();
    void cells();
    void amountsAreRightAligned();
    void sortKeysAreCents();
    void totals();
    void headers();
    void resetSignals();

private:
    static Candidate make(const QString &name, qint64 budget, qint64 requested, Decision decision = Decision::None,
                          qint64 granted = 0);
    static QList<Candidate> sample();
    using Column = CandidateTableModel::Column;
    static int col(Column c) { return CandidateTableModel::column(c); }
};

Candidate TestCandidateTableModel::make(const QString &name, qint64 budget, qint64 requested, Decision decision,
                                        qint64 granted)
{
    static qint64 nextId = 1;
    Candidate candidate;
    candidate.id = nextId++;
    candidate.promotionId = 1;
    candidate.name = name;
    candidate.carrier = QStringLiteral("Ministère de la Justice");
    candidate.incubator = QStringLiteral("Fabrique");
    candidate.phase = Phase::Acceleration;
    candidate.annualBudget = Money::fromEuros(budget);
    candidate.requested = Money::fromEuros(requested);
    candidate.decision = decision;
    candidate.granted = Money::fromEuros(granted);
    return candidate;
}

QList<Candidate> TestCandidateTableModel::sample()
{
    return {make(QStringLiteral("A-Just"), 900000, 350000, Decision::Laureate, 300000),
            make(QStringLiteral("Envergo"), 560000, 300000, Decision::Laureate, 280000),
            make(QStringLiteral("Mobilic"), 400000, 180000, Decision::Waitlist),
            make(QStringLiteral("Mano"), 360000, 200000)};
}

void TestCandidateTableModel::modelTester()
{
    CandidateTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setCandidates(sample(), CofinancingRule());
    model.setCandidates({}, CofinancingRule());
    model.setCandidates(sample(), CofinancingRule(40, Money::fromEuros(250000)));
    model.clear();
    QCOMPARE(model.rowCount(), 0);
}

void TestCandidateTableModel::cells_data()
{
    QTest::addColumn<int>("row");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("text");
    const int name = col(Column::Name), eligible = col(Column::Eligible), reason = col(Column::Reason);
    const int decision = col(Column::Decision), granted = col(Column::Granted), budget = col(Column::AnnualBudget);
    QTest::newRow("name") << 0 << name << QStringLiteral("A-Just");
    QTest::newRow("carrier") << 0 << col(Column::Carrier) << QStringLiteral("Ministère de la Justice");
    QTest::newRow("kind") << 0 << col(Column::Kind) << QStringLiteral("Product");
    QTest::newRow("phase") << 0 << col(Column::Phase) << QStringLiteral("Acceleration");
    QTest::newRow("budget") << 0 << budget << QStringLiteral("900\u00a0000\u00a0€");
    QTest::newRow("requested") << 0 << col(Column::Requested) << QStringLiteral("350\u00a0000\u00a0€");
    QTest::newRow("eligible cap") << 0 << eligible << QStringLiteral("300\u00a0000\u00a0€");
    QTest::newRow("reason cap") << 0 << reason << QStringLiteral("capped at 300\u00a0000\u00a0€");
    QTest::newRow("eligible rate") << 1 << eligible << QStringLiteral("280\u00a0000\u00a0€");
    QTest::newRow("reason rate") << 1 << reason << QStringLiteral("capped at 50 %");
    QTest::newRow("eligible requested") << 2 << eligible << QStringLiteral("180\u00a0000\u00a0€");
    QTest::newRow("reason requested") << 2 << reason << QStringLiteral("requested amount");
    QTest::newRow("laureate") << 0 << decision << QStringLiteral("Laureate");
    QTest::newRow("granted") << 0 << granted << QStringLiteral("300\u00a0000\u00a0€");
    QTest::newRow("waitlist") << 2 << decision << QStringLiteral("Waitlist");
    QTest::newRow("no granted when not laureate") << 2 << granted << QString();
    QTest::newRow("no decision") << 3 << decision << QString();
}

void TestCandidateTableModel::cells()
{
    QFETCH(int, row);
    QFETCH(int, column);
    QFETCH(QString, text);
    CandidateTableModel model;
    model.setCandidates(sample(), CofinancingRule());
    QCOMPARE(model.index(row, column).data().toString(), text);
}

void TestCandidateTableModel::amountsAreRightAligned()
{
    CandidateTableModel model;
    model.setCandidates(sample(), CofinancingRule());
    for (Column c : {Column::AnnualBudget, Column::Requested, Column::Eligible, Column::Granted}) {
        const auto alignment = model.index(0, col(c)).data(Qt::TextAlignmentRole).value<Qt::Alignment>();
        QVERIFY2(alignment & Qt::AlignRight, qPrintable(QString::number(col(c))));
    }
    const auto nameAlignment = model.index(0, col(Column::Name)).data(Qt::TextAlignmentRole).value<Qt::Alignment>();
    QVERIFY(nameAlignment & Qt::AlignLeft);
}

void TestCandidateTableModel::sortKeysAreCents()
{
    CandidateTableModel model;
    model.setCandidates(sample(), CofinancingRule());
    QCOMPARE(model.index(0, col(Column::Eligible)).data(CandidateTableModel::SortRole).toLongLong(),
             Q_INT64_C(30000000));
    QCOMPARE(model.index(3, col(Column::Requested)).data(CandidateTableModel::SortRole).toLongLong(),
             Q_INT64_C(20000000));
    QCOMPARE(model.index(1, col(Column::Name)).data(CandidateTableModel::SortRole).toString(),
             QStringLiteral("envergo"));
    QCOMPARE(model.index(0, 0).data(CandidateTableModel::SearchTextRole).toString(),
             QStringLiteral("a-just\nministere de la justice\nfabrique"));
    QCOMPARE(model.rowOfId(model.candidateAt(2).id), 2);
    QCOMPARE(model.rowOfId(-5), -1);
}

void TestCandidateTableModel::totals()
{
    CandidateTableModel model;
    model.setCandidates(sample(), CofinancingRule());
    QCOMPARE(model.totalRequested(), Money::fromEuros(350000 + 300000 + 180000 + 200000));
    QCOMPARE(model.totalEligible(), Money::fromEuros(300000 + 280000 + 180000 + 180000));
    // Another rule, other eligible amounts: the model never keeps a stale computation.
    model.setCandidates(sample(), CofinancingRule(40, Money::fromEuros(250000)));
    QCOMPARE(model.totalEligible(), Money::fromEuros(250000 + 224000 + 160000 + 144000));
    QCOMPARE(model.index(0, col(Column::Reason)).data().toString(), QStringLiteral("capped at 250\u00a0000\u00a0€"));
}

void TestCandidateTableModel::headers()
{
    CandidateTableModel model;
    QStringList titles;
    for (int c = 0; c < model.columnCount(); ++c)
        titles.append(model.headerData(c, Qt::Horizontal).toString());
    QCOMPARE(titles, QStringList({QStringLiteral("Project"), QStringLiteral("Carrying administration"),
                                  QStringLiteral("Kind"), QStringLiteral("Phase"), QStringLiteral("Annual budget"),
                                  QStringLiteral("Requested"), QStringLiteral("Eligible"), QStringLiteral("Why"),
                                  QStringLiteral("Decision"), QStringLiteral("Granted")}));
}

void TestCandidateTableModel::resetSignals()
{
    CandidateTableModel model;
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.setCandidates(sample(), CofinancingRule());
    QCOMPARE(reset.count(), 1);
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(model.columnCount(), 10);
    QCOMPARE(model.rowCount(model.index(0, 0)), 0);
}

QTEST_MAIN(TestCandidateTableModel)
#include "tst_candidatetablemodel.moc"
