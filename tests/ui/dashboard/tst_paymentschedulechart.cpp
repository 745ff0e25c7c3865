#include "FrenchAmounts.h"
#include "dashboard/ChartLegend.h"
#include "dashboard/DashboardView.h"
#include "dashboard/PaymentScheduleChart.h"
#include "storage/CommitteeStore.h"
#include "storage/Database.h"
#include "storage/DecisionStore.h"
#include "storage/FollowUpStore.h"
#include "storage/PromotionSnapshots.h"
#include "storage/ScoringStore.h"
#include "widgets/EmptyState.h"

#include <QAbstractBarSeries>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QLabel>
#include <QSqlQuery>
#include <QToolTip>
#include <QtTest>

#include <memory>

#define QVERIFY_OUTCOME(expression)                                                                                    \
    do {                                                                                                               \
        const auto outcome_ = (expression);                                                                            \
        QVERIFY2(outcome_.ok(), qPrintable(outcome_.error()));                                                         \
    } while (false)

// The dashboard's card of the year's AE and CP, on a real database file with two promotions and their
// laureates' agreements: FAST20 (2024) with Alpha (100 000 €) and Beta (300 000 €), FAST21 (2025) with Gamma
// (granted 200 000 €, amended to 150 000 € at signature), Delta (100 000 €, withdrawn before any payment),
// Epsilon (250 000 €, four tranches set by hand, 20 000 € in none) and Zeta (50 000 €, signed by a test).
// Each expected amount is worked out below from the tranches, not by PaymentSchedule.
class TestPaymentScheduleChart : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void yearFiguresAndCpToOpen();
    void earlierYearAndItsLaterWithdrawal();
    void hoverGivesEachPart();
    void signingRedrawsTheShownChart();
    void hiddenDashboardWaitsUntilShown();
    void emptyYearSaysWhatItWaitsFor();
    void failedReadShowsNoFigure();

private:
    qint64 addLaureate(int promotion, const QString &name, qint64 budgetEuros, qint64 requestedEuros);
    // The bars top to bottom as the annex reads: "label | figures | earlier | new", in euros.
    QStringList bars() const;
    PaymentScheduleChart *chart() const { return m_view->paymentScheduleChart(); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<CommitteeStore> m_store;
    std::unique_ptr<ScoringStore> m_scoring;
    std::unique_ptr<DecisionStore> m_decisions;
    std::unique_ptr<PromotionSnapshots> m_snapshots;
    std::unique_ptr<FollowUpStore> m_followUp;
    std::unique_ptr<DashboardView> m_view;
    qint64 m_alpha = 0;
    qint64 m_beta = 0;
    qint64 m_delta = 0;
    qint64 m_zeta = 0;
};

namespace {

QString amounts(const char *plain)
{
    return FrenchAmounts::text(plain);
}

QStringList amounts(const QList<const char *> &plain)
{
    QStringList texts;
    for (const char *text : plain)
        texts.append(FrenchAmounts::text(text));
    return texts;
}

} // namespace

qint64 TestPaymentScheduleChart::addLaureate(int promotion, const QString &name, qint64 budgetEuros,
                                             qint64 requestedEuros)
{
    Candidate candidate;
    candidate.name = name;
    candidate.carrier = QStringLiteral("DINUM");
    candidate.annualBudget = Money::fromEuros(budgetEuros);
    candidate.requested = Money::fromEuros(requestedEuros);
    const Result<Candidate> added = m_store->addCandidate(promotion, candidate);
    if (!added || !m_decisions->setDecision(added.value().id, Decision::Laureate))
        return 0;
    return added.value().id;
}

void TestPaymentScheduleChart::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_database = std::make_unique<Database>();
    QVERIFY_OUTCOME(m_database->open(m_dir->filePath(QStringLiteral("schedule.sqlite"))));
    m_store = std::make_unique<CommitteeStore>(*m_database);
    m_store->setOperatorName(QStringLiteral("Test"));
    m_scoring = std::make_unique<ScoringStore>(*m_store);
    m_decisions = std::make_unique<DecisionStore>(*m_store, *m_scoring);
    m_snapshots = std::make_unique<PromotionSnapshots>(*m_store, *m_scoring, *m_decisions);
    m_followUp = std::make_unique<FollowUpStore>(*m_store);
    for (const auto &[number, year] : {std::pair{20, 2024}, std::pair{21, 2025}}) {
        Promotion promotion;
        promotion.number = number;
        promotion.year = year;
        promotion.envelope = Money::fromEuros(1000000);
        QVERIFY_OUTCOME(m_store->addPromotion(promotion));
    }
    // Each eligible amount is the request (under 50 % of the budget and the cap).
    m_alpha = addLaureate(20, QStringLiteral("Alpha"), 400000, 100000);
    m_beta = addLaureate(20, QStringLiteral("Beta"), 600000, 300000);
    const qint64 gamma = addLaureate(21, QStringLiteral("Gamma"), 400000, 200000);
    m_delta = addLaureate(21, QStringLiteral("Delta"), 200000, 100000);
    const qint64 epsilon = addLaureate(21, QStringLiteral("Epsilon"), 500000, 250000);
    m_zeta = addLaureate(21, QStringLiteral("Zeta"), 100000, 50000);
    QVERIFY(m_alpha && m_beta && gamma && m_delta && epsilon && m_zeta);

    // The opening key's 78,93 % at signature, the rest three months later.
    // Alpha: 78 930 € on 01/10/2024, paid 15/10/2024; 21 070 € on 01/01/2025, paid 20/01/2025.
    QVERIFY_OUTCOME(m_followUp->sign(m_alpha, QDate(2024, 10, 1), QStringLiteral("CONV-20-01")));
    QVERIFY_OUTCOME(m_followUp->markPaid(m_alpha, 1, QDate(2024, 10, 15)));
    QVERIFY_OUTCOME(m_followUp->markPaid(m_alpha, 2, QDate(2025, 1, 20)));
    // Beta: 236 790 € on 01/12/2024, paid 01/02/2025; 63 210 € on 01/03/2025, unpaid.
    QVERIFY_OUTCOME(m_followUp->sign(m_beta, QDate(2024, 12, 1), QStringLiteral("CONV-20-02")));
    QVERIFY_OUTCOME(m_followUp->markPaid(m_beta, 1, QDate(2025, 2, 1)));
    // Gamma, amended to 150 000 €: 118 395 € on 01/03/2025, paid 10/03/2025; 31 605 € on 01/06/2025, unpaid.
    QVERIFY_OUTCOME(m_followUp->sign(gamma, QDate(2025, 3, 1), QStringLiteral("CONV-21-01"), Money::fromEuros(150000),
                                     QStringLiteral("budget revu")));
    QVERIFY_OUTCOME(m_followUp->markPaid(gamma, 1, QDate(2025, 3, 10)));
    // Delta: signed 01/04/2025, withdrawn 01/05/2025 before any payment: its 100 000 € are cancelled.
    QVERIFY_OUTCOME(m_followUp->sign(m_delta, QDate(2025, 4, 1), QStringLiteral("CONV-21-02")));
    QVERIFY_OUTCOME(m_followUp->withdraw(m_delta, QDate(2025, 5, 1), QStringLiteral("abandon")));
    // Epsilon: 150 000 € in 2025, 50 000 € in 2026, 20 000 € in 2027, 10 000 € in 2028, 20 000 € in no tranche.
    QVERIFY_OUTCOME(m_followUp->sign(epsilon, QDate(2025, 11, 15), QStringLiteral("CONV-21-03")));
    LaureateFollowUp wanted = m_followUp->laureate(epsilon).value();
    wanted.tranches.clear();
    const QList<std::pair<QDate, qint64>> planned{{QDate(2025, 11, 15), 150000},
                                                  {QDate(2026, 2, 15), 50000},
                                                  {QDate(2027, 6, 1), 20000},
                                                  {QDate(2028, 1, 15), 10000}};
    for (const auto &[date, euros] : planned) {
        PaymentTranche tranche;
        tranche.position = int(wanted.tranches.size()) + 1;
        tranche.plannedOn = date;
        tranche.planned = Money::fromEuros(euros);
        wanted.tranches.append(tranche);
    }
    QVERIFY_OUTCOME(m_followUp->save(wanted));

    m_view = std::make_unique<DashboardView>(*m_store, *m_snapshots, *m_followUp);
    m_view->resize(1400, 1000);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
}

void TestPaymentScheduleChart::cleanup()
{
    m_view.reset();
    m_followUp.reset();
    m_snapshots.reset();
    m_decisions.reset();
    m_scoring.reset();
    m_store.reset();
    m_database.reset();
    m_dir.reset();
}

QStringList TestPaymentScheduleChart::bars() const
{
    QStringList categories;
    const QList<QAbstractAxis *> axes = chart()->chart()->axes();
    for (QAbstractAxis *axis : axes) {
        if (auto *categoryAxis = qobject_cast<QBarCategoryAxis *>(axis))
            categories = categoryAxis->categories();
    }
    QList<QBarSet *> sets;
    const QList<QAbstractSeries *> series = chart()->chart()->series();
    for (QAbstractSeries *one : series) {
        if (auto *barSeries = qobject_cast<QAbstractBarSeries *>(one))
            sets += barSeries->barSets();
    }
    QStringList rows;
    if (sets.size() != 3)
        return {QStringLiteral("%1 bar sets").arg(sets.size())};
    // Drawn bottom-up: the last category is the top bar.
    for (qsizetype index = categories.size() - 1; index >= 0; --index) {
        QStringList row{categories.at(index)};
        for (const QBarSet *set : std::as_const(sets))
            row.append(QString::number(set->at(int(index)), 'f', 2));
        rows.append(row.join(QStringLiteral(" | ")));
    }
    return rows;
}

void TestPaymentScheduleChart::yearFiguresAndCpToOpen()
{
    // The newest promotion, FAST21, gives the year: 2025.
    QCOMPARE(m_view->promotionNumber(), 21);
    QCOMPARE(chart()->title(), QStringLiteral("AE and CP of 2025, every promotion"));
    QCOMPARE(chart()->legend()->texts(),
             (QStringList{QStringLiteral("The year's figures"), QStringLiteral("Commitments before 2025"),
                          QStringLiteral("Commitments of 2025")}));
    // At 31/12/2024 Alpha owed 21 070 € and Beta 300 000 €. In 2025: AE 150 000 € (Gamma) + 100 000 € (Delta,
    // then cancelled) + 250 000 € (Epsilon); CP paid 21 070 € (Alpha) + 236 790 € (Beta) + 118 395 € (Gamma);
    // still planned 63 210 € (Beta) + 31 605 € (Gamma) + 150 000 € (Epsilon); at 31/12/2025 the same 244 815 €
    // plus Epsilon's 100 000 € planned later: 321 070 + 500 000 − 100 000 − 376 255 = 344 815 €.
    // CP to open in 2025: earlier 21 070 + 236 790 + 63 210; the year's 118 395 + 31 605 + 150 000.
    const QStringList expected = amounts({
        "Restes à payer at 31/12/2024: 321 070 € | 321070.00 | 0.00 | 0.00",
        "AE committed in 2025: 500 000 € | 500000.00 | 0.00 | 0.00",
        "CP paid in 2025: 376 255 € | 376255.00 | 0.00 | 0.00",
        "CP still planned in 2025: 244 815 € | 244815.00 | 0.00 | 0.00",
        "Restes à payer at 31/12/2025: 344 815 € | 344815.00 | 0.00 | 0.00",
        "CP to open in 2025: 621 070 € | 0.00 | 321070.00 | 300000.00",
        "CP to open in 2026: 50 000 € | 0.00 | 0.00 | 50000.00",
        "CP to open in 2027: 20 000 € | 0.00 | 0.00 | 20000.00",
        "CP to open after 2027: 10 000 € | 0.00 | 0.00 | 10000.00",
        "Not in any tranche yet: 20 000 € | 0.00 | 0.00 | 20000.00",
    });
    QCOMPARE(bars(), expected);
    QCOMPARE(chart()->noteLabel()->text(), amounts("Withdrawals in 2025 cancelled 100 000 € of AE: nothing is left "
                                                   "to pay on it, and the CP to open leave it out."));
    QVERIFY(chart()->noteLabel()->isVisible());
    QVERIFY(!chart()->emptyState()->isVisible());
    // The money axis in steps of 200 000 € up to the largest bar, 621 070 €.
    const QList<QAbstractAxis *> axes = chart()->chart()->axes(Qt::Horizontal);
    QCOMPARE(axes.size(), 1);
    QCOMPARE(qobject_cast<QCategoryAxis *>(axes.first())->categoriesLabels(),
             amounts({"200 000 €", "400 000 €", "600 000 €", "800 000 €"}));
}

void TestPaymentScheduleChart::earlierYearAndItsLaterWithdrawal()
{
    // 2024, FAST20's year, seen once everything above happened. AE: Alpha 100 000 € and Beta 300 000 €; paid
    // 78 930 € (Alpha); nothing still planned in 2024 (Alpha's second tranche is for 2025, Beta's first was
    // paid in 2025). CP to open in 2024: Alpha's 78 930 €; in 2025: 21 070 + 236 790 + 63 210 €.
    m_view->setPromotion(20);
    QCOMPARE(chart()->title(), QStringLiteral("AE and CP of 2024, every promotion"));
    QStringList expected = amounts({
        "Restes à payer at 31/12/2023: 0 € | 0.00 | 0.00 | 0.00",
        "AE committed in 2024: 400 000 € | 400000.00 | 0.00 | 0.00",
        "CP paid in 2024: 78 930 € | 78930.00 | 0.00 | 0.00",
        "CP still planned in 2024: 0 € | 0.00 | 0.00 | 0.00",
        "Restes à payer at 31/12/2024: 321 070 € | 321070.00 | 0.00 | 0.00",
        "CP to open in 2024: 78 930 € | 0.00 | 0.00 | 78930.00",
        "CP to open in 2025: 321 070 € | 0.00 | 0.00 | 321070.00",
        "CP to open in 2026: 0 € | 0.00 | 0.00 | 0.00",
        "CP to open after 2026: 0 € | 0.00 | 0.00 | 0.00",
        "Not in any tranche yet: 0 € | 0.00 | 0.00 | 0.00",
    });
    QCOMPARE(bars(), expected);
    QVERIFY(chart()->noteLabel()->isHidden());
    QCOMPARE(chart()->legend()->texts(),
             (QStringList{QStringLiteral("The year's figures"), QStringLiteral("Commitments before 2024"),
                          QStringLiteral("Commitments of 2024")}));

    // Beta withdraws on 01/03/2025 after its first payment: its unpaid 63 210 € of 2024's commitments are
    // cancelled in 2025, which 2024's CP to open leave out (21 070 + 236 790 € left in 2025), and 2024's own
    // figures stay as they were.
    QVERIFY_OUTCOME(m_followUp->withdraw(m_beta, QDate(2025, 3, 1), QStringLiteral("fin du projet")));
    expected[6] = amounts("CP to open in 2025: 257 860 € | 0.00 | 0.00 | 257860.00");
    QCOMPARE(bars(), expected);
    QCOMPARE(chart()->noteLabel()->text(), amounts("Withdrawals after 2024 cancelled part of these commitments: in "
                                                   "all, the CP to open leave out 63 210 €."));
}

void TestPaymentScheduleChart::hoverGivesEachPart()
{
    QBarSet *earlier = nullptr;
    QBarSet *fresh = nullptr;
    for (QAbstractSeries *one : chart()->chart()->series()) {
        const QList<QBarSet *> sets = qobject_cast<QAbstractBarSeries *>(one)->barSets();
        earlier = sets.at(1);
        fresh = sets.at(2);
    }
    QVERIFY(earlier && fresh);
    // Index 4 from the bottom: CP to open in 2025.
    emit earlier->hovered(true, 4);
    QCOMPARE(QToolTip::text(), amounts("CP to open in 2025 — Commitments before 2025: 321 070 €"));
    emit fresh->hovered(true, 4);
    QCOMPARE(QToolTip::text(), amounts("CP to open in 2025 — Commitments of 2025: 300 000 €"));
    emit fresh->hovered(false, 4);
    QTRY_VERIFY(!QToolTip::isVisible());
}

void TestPaymentScheduleChart::signingRedrawsTheShownChart()
{
    // Zeta signs 50 000 € on 01/09/2025 while the dashboard is shown: 39 465 € then, 10 535 € on 01/12/2025,
    // both planned in 2025.
    QVERIFY(m_view->isVisible());
    QCOMPARE(bars().at(1), amounts("AE committed in 2025: 500 000 € | 500000.00 | 0.00 | 0.00"));
    QVERIFY_OUTCOME(m_followUp->sign(m_zeta, QDate(2025, 9, 1), QStringLiteral("CONV-21-04")));
    QTRY_COMPARE(bars().at(1), amounts("AE committed in 2025: 550 000 € | 550000.00 | 0.00 | 0.00"));
    QCOMPARE(bars().at(3), amounts("CP still planned in 2025: 294 815 € | 294815.00 | 0.00 | 0.00"));
    QCOMPARE(bars().at(4), amounts("Restes à payer at 31/12/2025: 394 815 € | 394815.00 | 0.00 | 0.00"));
    QCOMPARE(bars().at(5), amounts("CP to open in 2025: 671 070 € | 0.00 | 321070.00 | 350000.00"));
}

void TestPaymentScheduleChart::hiddenDashboardWaitsUntilShown()
{
    m_view->hide();
    QVERIFY_OUTCOME(m_followUp->sign(m_zeta, QDate(2025, 9, 1), QStringLiteral("CONV-21-04")));
    // Hidden, the dashboard does not read the fund again: its chart says what it said.
    QCOMPARE(bars().at(1), amounts("AE committed in 2025: 500 000 € | 500000.00 | 0.00 | 0.00"));
    m_view->show();
    QTRY_COMPARE(bars().at(1), amounts("AE committed in 2025: 550 000 € | 550000.00 | 0.00 | 0.00"));
}

void TestPaymentScheduleChart::emptyYearSaysWhatItWaitsFor()
{
    // FAST22 in 2030: what was never paid is still owed at 31/12/2029, however long ago it was planned:
    // Beta's 63 210 €, Gamma's 31 605 € and Epsilon's 250 000 €.
    Promotion later;
    later.number = 22;
    later.year = 2030;
    later.envelope = Money::fromEuros(500000);
    QVERIFY_OUTCOME(m_store->addPromotion(later));
    m_view->setPromotion(22);
    QCOMPARE(bars().at(0), amounts("Restes à payer at 31/12/2029: 344 815 € | 344815.00 | 0.00 | 0.00"));
    QVERIFY(!chart()->emptyState()->isVisible());

    // FAST19 in 2023, before any agreement: nothing to draw, the sentence says what the card waits for.
    Promotion earlier;
    earlier.number = 19;
    earlier.year = 2023;
    earlier.envelope = Money::fromEuros(500000);
    QVERIFY_OUTCOME(m_store->addPromotion(earlier));
    m_view->setPromotion(19);
    QCOMPARE(chart()->title(), QStringLiteral("AE and CP of 2023, every promotion"));
    QVERIFY(!chart()->hasFigures());
    QVERIFY(chart()->emptyState()->isVisible());
    QCOMPARE(chart()->emptyState()->message(),
             QStringLiteral("Nothing committed, paid or left to pay in 2023: the year's AE and CP appear once an "
                            "agreement is signed."));
    QVERIFY(chart()->legend()->isHidden());
    QVERIFY(chart()->noteLabel()->isHidden());
    // A short card for a sentence, not ten bands' height.
    QVERIFY2(chart()->chartView()->height() <= 150, qPrintable(QString::number(chart()->chartView()->height())));
}

void TestPaymentScheduleChart::failedReadShowsNoFigure()
{
    QSignalSpy failed(m_view.get(), &DashboardView::readFailed);
    QSqlQuery drop(m_database->connection());
    QVERIFY(drop.exec(QStringLiteral("DROP TABLE milestones")));
    m_view->refresh();
    QCOMPARE(failed.count(), 1);
    // The follow-up's read is the one that failed, in the database's words.
    const Result<QList<LaureateFollowUp>> laureates = m_followUp->allLaureates();
    QVERIFY(!laureates);
    QCOMPARE(failed.at(0).at(0).toString(), laureates.error());
    // No figure rather than a year short of its payments.
    QVERIFY(!chart()->hasFigures());
    QVERIFY(chart()->emptyState()->isVisible());
    QCOMPARE(chart()->title(), QStringLiteral("AE and CP of the year"));
}

QTEST_MAIN(TestPaymentScheduleChart)
#include "tst_paymentschedulechart.moc"
