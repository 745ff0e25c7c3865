#include "TestSupport.h"
#include "dashboard/BreakdownChart.h"
#include "dashboard/BreakdownDonutChart.h"
#include "dashboard/DashboardView.h"
#include "dashboard/EnvelopeChart.h"
#include "dashboard/FigureGrid.h"
#include "dashboard/IndicatorChart.h"
#include "dashboard/IndicatorTargetEditor.h"
#include "dashboard/YearConsumptionChart.h"
#include "history/PromotionComparisonChart.h"
#include "reports/DemoCommittee.h"
#include "storage/CommitteeStore.h"
#include "storage/Database.h"
#include "storage/DecisionStore.h"
#include "storage/FollowUpStore.h"
#include "storage/PromotionSnapshots.h"
#include "storage/ScoringStore.h"

#include <QAbstractBarSeries>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QLabel>
#include <QLineSeries>
#include <QPieSeries>
#include <QPieSlice>
#include <QSettings>
#include <QSpinBox>
#include <QToolTip>
#include <QtTest>

#include <memory>
#include <sys/stat.h>

#define QVERIFY_OUTCOME(expression)                                                                                    \
    do {                                                                                                               \
        const auto outcome_ = (expression);                                                                            \
        QVERIFY2(outcome_.ok(), qPrintable(outcome_.error()));                                                         \
    } while (false)

// The dashboard over a real database file holding the demonstration committee: the series carry the
// exact euros of the reports, a change through the store redraws the charts, the targets editor saves
// through the store, and each chart saves as a real PNG and PDF.
class TestDashboardView : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void envelopeOfTheChosenPromotion();
    void promotionsSideBySide();
    void storeChangeRedraws();
    void overspendIsDrawnAndWritten();
    void yearConsumptionAndBudget();
    void breakdownByCarrierTopEightThenOthers();
    void breakdownForTheYear();
    void indicatorAgainstTargets();
    void targetEditorSavesThroughTheStore();
    void hoverShowsExactAmount();
    void promotionChosenInTheList();
    void savesPngAndPdf_data();
    void savesPngAndPdf();

private:
    static QList<qreal> values(const QBarSet *set);
    static QList<QBarSet *> barSets(const DashboardChart *chart);
    static QBarSet *barSet(const DashboardChart *chart, const QString &labelStart);
    static QLineSeries *lineSeries(const DashboardChart *chart, const QString &nameStart);
    static QStringList categories(const DashboardChart *chart);
    static QList<QPieSlice *> pieSlices(const DashboardChart *chart);
    // The year's figures as "name | amount", " !" after a warning.
    static QStringList figures(const YearConsumptionChart *chart);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<CommitteeStore> m_store;
    std::unique_ptr<ScoringStore> m_scoring;
    std::unique_ptr<DecisionStore> m_decisions;
    std::unique_ptr<PromotionSnapshots> m_snapshots;
    std::unique_ptr<FollowUpStore> m_followUp;
    std::unique_ptr<DashboardView> m_view;
};

QList<qreal> TestDashboardView::values(const QBarSet *set)
{
    QList<qreal> result;
    for (int i = 0; i < set->count(); ++i)
        result.append(set->at(i));
    return result;
}

QList<QBarSet *> TestDashboardView::barSets(const DashboardChart *chart)
{
    QList<QBarSet *> sets;
    const QList<QAbstractSeries *> series = chart->chart()->series();
    for (QAbstractSeries *one : series) {
        if (auto *bars = qobject_cast<QAbstractBarSeries *>(one))
            sets += bars->barSets();
    }
    return sets;
}

QBarSet *TestDashboardView::barSet(const DashboardChart *chart, const QString &labelStart)
{
    const QList<QBarSet *> sets = barSets(chart);
    for (QBarSet *set : sets) {
        if (set->label().startsWith(labelStart))
            return set;
    }
    return nullptr;
}

QLineSeries *TestDashboardView::lineSeries(const DashboardChart *chart, const QString &nameStart)
{
    const QList<QAbstractSeries *> series = chart->chart()->series();
    for (QAbstractSeries *one : series) {
        auto *line = qobject_cast<QLineSeries *>(one);
        if (line && line->name().startsWith(nameStart))
            return line;
    }
    return nullptr;
}

QStringList TestDashboardView::categories(const DashboardChart *chart)
{
    const QList<QAbstractAxis *> axes = chart->chart()->axes();
    for (QAbstractAxis *axis : axes) {
        if (auto *categoryAxis = qobject_cast<QBarCategoryAxis *>(axis))
            return categoryAxis->categories();
    }
    return {};
}

QList<QPieSlice *> TestDashboardView::pieSlices(const DashboardChart *chart)
{
    const QList<QAbstractSeries *> series = chart->chart()->series();
    for (QAbstractSeries *one : series) {
        if (auto *pie = qobject_cast<QPieSeries *>(one))
            return pie->slices();
    }
    return {};
}

QStringList TestDashboardView::figures(const YearConsumptionChart *chart)
{
    QStringList rows;
    for (const FigureGrid::Row &row : chart->figures()->rows())
        rows.append(row.name + QStringLiteral(" | ") + row.amount + (row.warning ? QStringLiteral(" !") : QString()));
    return rows;
}

void TestDashboardView::initTestCase()
{
    // The indicator's basis is a remembered view choice: this suite's own settings, the default basis.
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("DINUM-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_dashboardview"));
}

void TestDashboardView::init()
{
    QSettings().clear();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_database = std::make_unique<Database>();
    QVERIFY_OUTCOME(m_database->open(m_dir->filePath(QStringLiteral("dashboard.sqlite"))));
    m_store = std::make_unique<CommitteeStore>(*m_database);
    m_scoring = std::make_unique<ScoringStore>(*m_store);
    m_decisions = std::make_unique<DecisionStore>(*m_store, *m_scoring);
    m_snapshots = std::make_unique<PromotionSnapshots>(*m_store, *m_scoring, *m_decisions);
    m_followUp = std::make_unique<FollowUpStore>(*m_store);
    m_store->setOperatorName(QStringLiteral("Test"));
    QVERIFY_OUTCOME(DemoCommittee::populate(*m_store));
    m_view = std::make_unique<DashboardView>(*m_store, *m_snapshots, *m_followUp);
    m_view->resize(1400, 1000);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
}

void TestDashboardView::cleanup()
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

void TestDashboardView::envelopeOfTheChosenPromotion()
{
    // The newest promotion is shown first: FAST14, open, nothing decided.
    QCOMPARE(m_view->promotionNumber(), 14);
    EnvelopeChart *chart = m_view->envelopeChart();
    QCOMPARE(chart->title(), QStringLiteral("FAST14 envelope: 2\u00A0400\u00A0000\u00A0€"));
    QCOMPARE(barSets(chart).size(), 2);
    QCOMPARE(values(barSet(chart, QStringLiteral("Consumed"))), QList<qreal>{0});
    QCOMPARE(barSet(chart, QStringLiteral("Remaining"))->label(),
             QStringLiteral("Remaining: 2\u00A0400\u00A0000\u00A0€"));
    QCOMPARE(values(barSet(chart, QStringLiteral("Remaining"))), QList<qreal>{2400000});

    m_view->setPromotion(13);
    QCOMPARE(m_view->promotionNumber(), 13);
    QCOMPARE(chart->title(), QStringLiteral("FAST13 envelope: 2\u00A0550\u00A0000\u00A0€"));
    QCOMPARE(barSets(chart).size(), 1);
    QCOMPARE(barSet(chart, QStringLiteral("Consumed"))->label(),
             QStringLiteral("Consumed: 2\u00A0550\u00A0000\u00A0€"));
    QCOMPARE(values(barSet(chart, QStringLiteral("Consumed"))), QList<qreal>{2550000});
    QVERIFY(chart->noteLabel()->isHidden());

    m_view->setProposedAmount(Money::fromEuros(400000));
    // No room left in the envelope: the proposal keeps its legend entry and its amount is overspent.
    QCOMPARE(barSet(chart, QStringLiteral("Proposed"))->label(), QStringLiteral("Proposed: 400\u00A0000\u00A0€"));
    QCOMPARE(values(barSet(chart, QStringLiteral("Proposed"))), QList<qreal>{0});
    QCOMPARE(values(barSet(chart, QStringLiteral("Overspend"))), QList<qreal>{400000});

    // An unknown number changes nothing.
    m_view->setPromotion(99);
    QCOMPARE(m_view->promotionNumber(), 13);
}

void TestDashboardView::promotionsSideBySide()
{
    PromotionComparisonChart *chart = m_view->promotionComparisonChart();
    // Closed promotions carry their status on a second line of the axis (rich text).
    QCOMPARE(categories(chart), (QStringList{QStringLiteral("FAST11<br>(closed)"), QStringLiteral("FAST12<br>(closed)"),
                                             QStringLiteral("FAST13<br>(closed)"), QStringLiteral("FAST14")}));
    QCOMPARE(values(barSet(chart, QStringLiteral("Envelope"))), (QList<qreal>{900000, 1500000, 2550000, 2400000}));
    // FAST11: 300 000 (cap) + 250 000 (rate) + 150 000 (requested); FAST12: 300 000 + 300 000 + 250 000.
    QCOMPARE(values(barSet(chart, QStringLiteral("Granted"))), (QList<qreal>{700000, 850000, 2550000, 0}));
    QVERIFY(chart->noteLabel()->isHidden());
}

void TestDashboardView::storeChangeRedraws()
{
    std::optional<Promotion> fast14 = m_store->promotion(14).value();
    QVERIFY(fast14);
    fast14->envelope = Money::fromCents(200000050);
    QVERIFY_OUTCOME(m_store->updatePromotion(*fast14));

    QCOMPARE(values(barSet(m_view->promotionComparisonChart(), QStringLiteral("Envelope"))).at(3), 2000000.5);
    QCOMPARE(m_view->envelopeChart()->title(), QStringLiteral("FAST14 envelope: 2\u00A0000\u00A0000,50\u00A0€"));
    QCOMPARE(values(barSet(m_view->yearConsumptionChart(), QStringLiteral("Envelope"))), QList<qreal>{2000000.5});
}

void TestDashboardView::overspendIsDrawnAndWritten()
{
    std::optional<Promotion> fast14 = m_store->promotion(14).value();
    fast14->envelope = Money::fromEuros(100000);
    QVERIFY_OUTCOME(m_store->updatePromotion(*fast14));
    // Carnet Nature: 500 000 € budget, 250 000 € requested: eligible 250 000 €.
    const QList<Candidate> candidates = m_store->candidates(14).value();
    const auto carnet = std::find_if(candidates.cbegin(), candidates.cend(), [](const Candidate &candidate) {
        return candidate.name.startsWith(QStringLiteral("Carnet Nature"));
    });
    QVERIFY(carnet != candidates.cend());
    Candidate laureate = *carnet;
    laureate.decision = Decision::Laureate;
    laureate.granted = Money::fromEuros(250000);
    QVERIFY_OUTCOME(m_store->updateCandidate(laureate));

    EnvelopeChart *chart = m_view->envelopeChart();
    QCOMPARE(values(barSet(chart, QStringLiteral("Consumed"))), QList<qreal>{100000});
    QCOMPARE(barSet(chart, QStringLiteral("Remaining")), nullptr);
    QBarSet *overspend = barSet(chart, QStringLiteral("Overspend"));
    QVERIFY(overspend);
    QCOMPARE(overspend->label(), QStringLiteral("Overspend: 150\u00A0000\u00A0€"));
    QCOMPARE(values(overspend), QList<qreal>{150000});
    QCOMPARE(overspend->color(), QColor(0xD5, 0x5E, 0x00));
    QVERIFY(chart->noteLabel()->isVisible());
    QCOMPARE(chart->noteLabel()->text(), QStringLiteral("Overspend: 150\u00A0000\u00A0€"));

    PromotionComparisonChart *comparison = m_view->promotionComparisonChart();
    QCOMPARE(values(barSet(comparison, QStringLiteral("Granted"))).at(3), 250000.0);
    QVERIFY(barSet(comparison, QStringLiteral("Granted"))->isBarSelected(3));
    QVERIFY(!barSet(comparison, QStringLiteral("Granted"))->isBarSelected(2));
    QCOMPARE(comparison->noteLabel()->text(), QStringLiteral("FAST14 overspent by 150\u00A0000\u00A0€"));
}

void TestDashboardView::yearConsumptionAndBudget()
{
    // The demo gives 2023 a budget; start from a year without one.
    QVERIFY_OUTCOME(m_store->setYearAnnualBudget(2023, std::nullopt));
    m_view->setPromotion(13);
    YearConsumptionChart *chart = m_view->yearConsumptionChart();
    QCOMPARE(chart->title(), QStringLiteral("Consumption over 2023"));
    QCOMPARE(categories(chart), (QStringList{QStringLiteral("FAST12"), QStringLiteral("FAST13")}));
    QCOMPARE(values(barSet(chart, QStringLiteral("Envelope"))), (QList<qreal>{1500000, 2550000}));
    QCOMPARE(values(barSet(chart, QStringLiteral("Granted"))), (QList<qreal>{850000, 2550000}));
    QLineSeries *cumulative = lineSeries(chart, QStringLiteral("Cumulative"));
    QVERIFY(cumulative);
    QCOMPARE(cumulative->points(), (QList<QPointF>{{0, 850000}, {1, 3400000}}));
    QCOMPARE(lineSeries(chart, QStringLiteral("Annual budget")), nullptr);
    // The year's figures are a grid of names and amounts under the chart.
    QCOMPARE(figures(chart), (QStringList{QStringLiteral("Envelopes | 4\u00A0050\u00A0000\u00A0€"),
                                          QStringLiteral("Granted | 3\u00A0400\u00A0000\u00A0€"),
                                          QStringLiteral("Annual budget | not set")}));
    QVERIFY(chart->noteLabel()->isHidden());

    QVERIFY_OUTCOME(m_store->setYearAnnualBudget(2023, Money::fromEuros(4000000)));
    QLineSeries *budget = lineSeries(chart, QStringLiteral("Annual budget"));
    QVERIFY(budget);
    QCOMPARE(budget->name(), QStringLiteral("Annual budget"));
    QCOMPARE(budget->points(), (QList<QPointF>{{-0.5, 4000000}, {1.5, 4000000}}));
    QCOMPARE(figures(chart), (QStringList{QStringLiteral("Envelopes | 4\u00A0050\u00A0000\u00A0€"),
                                          QStringLiteral("Granted | 3\u00A0400\u00A0000\u00A0€"),
                                          QStringLiteral("Annual budget | 4\u00A0000\u00A0000\u00A0€"),
                                          QStringLiteral("Envelopes over the budget | 50\u00A0000\u00A0€ !")}));
    const QList<QLabel *> amounts = chart->figures()->findChildren<QLabel *>(QStringLiteral("figureAmountLabel"));
    QCOMPARE(amounts.size(), 4);
    QVERIFY(amounts.at(3)->styleSheet().contains(QStringLiteral("#d55e00")));
    QVERIFY(!amounts.at(2)->styleSheet().contains(QStringLiteral("#d55e00")));

    QVERIFY_OUTCOME(m_store->setYearAnnualBudget(2023, Money::fromEuros(5000000)));
    QCOMPARE(figures(chart), (QStringList{QStringLiteral("Envelopes | 4\u00A0050\u00A0000\u00A0€"),
                                          QStringLiteral("Granted | 3\u00A0400\u00A0000\u00A0€"),
                                          QStringLiteral("Annual budget | 5\u00A0000\u00A0000\u00A0€"),
                                          QStringLiteral("Not allocated | 950\u00A0000\u00A0€")}));
    for (const QLabel *amount : chart->figures()->findChildren<QLabel *>(QStringLiteral("figureAmountLabel")))
        QVERIFY(amount->styleSheet().isEmpty());
}

void TestDashboardView::breakdownByCarrierTopEightThenOthers()
{
    m_view->setPromotion(13);
    BreakdownChart *chart = m_view->carrierChart();
    QCOMPARE(chart->title(), QStringLiteral("Granted by carrier, FAST13"));
    // Nine carriers: the two ministries at 180 000 € tie for the eighth place, settled by name, so the
    // Solidarités' one goes into "Others". Drawn bottom-up: the largest is last.
    const QStringList shown = categories(chart);
    QCOMPARE(shown.size(), 9);
    QCOMPARE(shown.first(), QStringLiteral("Others (1)"));
    QCOMPARE(shown.at(1), QStringLiteral("Ministère chargé des Transports (1)"));
    QCOMPARE(shown.last(), QStringLiteral("Ministère de la Transition écologique (2)"));
    QCOMPARE(values(barSets(chart).first()),
             (QList<qreal>{180000, 180000, 220000, 250000, 300000, 300000, 300000, 300000, 520000}));
    QVERIFY(barSets(chart).first()->isBarSelected(0));
    QCOMPARE(chart->noteLabel()->text(), QStringLiteral("Total granted: 2\u00A0550\u00A0000\u00A0€"));
    // The long name of the refugees' delegation is shortened on the axis.
    QVERIFY(shown.contains(QStringLiteral("Délégation interministérielle à l'accue\u2026 (1)")));

    const QList<QPieSlice *> kinds = pieSlices(m_view->kindChart());
    QCOMPARE(kinds.size(), 1);
    QCOMPARE(kinds.at(0)->label(), QStringLiteral("Product (10): 2\u00A0550\u00A0000\u00A0€"));
    QCOMPARE(kinds.at(0)->value(), 2550000.0);
}

void TestDashboardView::breakdownForTheYear()
{
    m_view->setPromotion(13);
    m_view->setBreakdownScope(DashboardView::BreakdownScope::Year);
    QCOMPARE(m_view->findChild<QComboBox *>(QStringLiteral("breakdownScopeCombo"))->currentIndex(), 1);
    QCOMPARE(m_view->carrierChart()->title(), QStringLiteral("Granted by carrier, 2023"));
    QCOMPARE(m_view->carrierChart()->noteLabel()->text(), QStringLiteral("Total granted: 3\u00A0400\u00A0000\u00A0€"));
    QCOMPARE(m_view->kindChart()->title(), QStringLiteral("Granted by kind, 2023"));
    const QList<QPieSlice *> kinds = pieSlices(m_view->kindChart());
    QCOMPARE(kinds.size(), 2);
    QCOMPARE(kinds.at(0)->label(), QStringLiteral("Product (12): 3\u00A0150\u00A0000\u00A0€"));
    QCOMPARE(kinds.at(0)->value(), 3150000.0);
    QCOMPARE(kinds.at(0)->color(), QColor(0x00, 0x72, 0xB2));
    QCOMPARE(kinds.at(1)->label(), QStringLiteral("Incubator (1): 250\u00A0000\u00A0€"));
    QCOMPARE(kinds.at(1)->value(), 250000.0);
    QCOMPARE(kinds.at(1)->color(), QColor(0xE6, 0x9F, 0x00));
}

void TestDashboardView::indicatorAgainstTargets()
{
    IndicatorChart *chart = m_view->indicatorChart();
    QCOMPARE(chart->title(), QStringLiteral("Indicator 1.2: Number of products supported by FAST, by decision year"));
    // 2022: FAST11's three products; 2023: FAST12's two products (its incubator is not counted) and
    // FAST13's ten; 2024: nothing decided yet; 2025 and 2026: targets only, no data.
    QCOMPARE(categories(chart), (QStringList{QStringLiteral("2022"), QStringLiteral("2023"), QStringLiteral("2024"),
                                             QStringLiteral("2025"), QStringLiteral("2026")}));
    QCOMPARE(values(barSet(chart, QStringLiteral("Realised"))), (QList<qreal>{3, 12, 0, 0, 0}));
    QCOMPARE(lineSeries(chart, QStringLiteral("Target"))->points(),
             (QList<QPointF>{{1, 12}, {2, 15}, {3, 15}, {4, 15}}));
    // Year by year in the grid under the chart, a column per year: realised, target, share of the target.
    QVERIFY(chart->noteLabel()->isHidden());
    const IndicatorTargetEditor *grid = m_view->targetEditor();
    QStringList realised;
    QStringList shares;
    for (int year = 2022; year <= 2026; ++year) {
        realised.append(grid->figureText(year, 1));
        shares.append(grid->figureText(year, 3));
    }
    QCOMPARE(realised, (QStringList{QStringLiteral("3"), QStringLiteral("12"), QStringLiteral("0"), QStringLiteral("—"),
                                    QStringLiteral("—")}));
    QCOMPARE(shares, (QStringList{QStringLiteral("—"), QStringLiteral("100 %"), QStringLiteral("0 %"),
                                  QStringLiteral("—"), QStringLiteral("—")}));
    QCOMPARE(grid->spinBoxForYear(2024)->value(), 15);
}

void TestDashboardView::targetEditorSavesThroughTheStore()
{
    IndicatorTargetEditor *editor = m_view->targetEditor();
    QSpinBox *box2025 = editor->findChild<QSpinBox *>(QStringLiteral("targetSpinBox2025"));
    QVERIFY(box2025);
    QCOMPARE(box2025, editor->spinBoxForYear(2025));
    QCOMPARE(box2025->value(), 15);
    QVERIFY(editor->spinBoxForYear(2022));
    QCOMPARE(editor->spinBoxForYear(2022)->value(), 0);
    QCOMPARE(editor->spinBoxForYear(2022)->text(), QStringLiteral("No target"));
    const qsizetype auditBefore = m_store->auditEntries().value().size();

    box2025->setValue(20);
    std::optional<int> stored;
    const QList<FundYear> years = m_store->years().value();
    for (const FundYear &year : years) {
        if (year.year == 2025)
            stored = year.productTarget;
    }
    QCOMPARE(stored, std::optional<int>(20));
    QCOMPARE(m_store->auditEntries().value().size(), auditBefore + 1);
    QCOMPARE(lineSeries(m_view->indicatorChart(), QStringLiteral("Target"))->points().at(2), QPointF(3, 20));

    // Zero clears the target: 2026 leaves the line.
    editor->spinBoxForYear(2026)->setValue(0);
    QCOMPARE(lineSeries(m_view->indicatorChart(), QStringLiteral("Target"))->points(),
             (QList<QPointF>{{1, 12}, {2, 15}, {3, 20}}));
    QCOMPARE(editor->lastRefusal(), QString());
}

void TestDashboardView::hoverShowsExactAmount()
{
    m_view->setPromotion(12);
    QBarSet *granted = barSet(m_view->promotionComparisonChart(), QStringLiteral("Granted"));
    emit granted->hovered(true, 1);
    QCOMPARE(QToolTip::text(), QStringLiteral("FAST12 (closed) — Granted: 850\u00A0000\u00A0€"));
    emit granted->hovered(false, 1);
    QTRY_VERIFY(!QToolTip::isVisible());
}

void TestDashboardView::promotionChosenInTheList()
{
    auto *combo = m_view->findChild<QComboBox *>(QStringLiteral("promotionCombo"));
    QVERIFY(combo);
    QCOMPARE(combo->count(), 4);
    QCOMPARE(combo->itemText(0), QStringLiteral("FAST14 (2024)"));
    QCOMPARE(combo->itemText(3), QStringLiteral("FAST11 (2022, closed)"));
    QSignalSpy chosen(m_view.get(), &DashboardView::promotionChosen);
    combo->setCurrentIndex(3);
    emit combo->activated(3);
    QCOMPARE(chosen.count(), 1);
    QCOMPARE(chosen.at(0).at(0).toInt(), 11);
    QCOMPARE(m_view->promotionNumber(), 11);
    QCOMPARE(m_view->envelopeChart()->title(), QStringLiteral("FAST11 envelope: 900\u00A0000\u00A0€"));
}

void TestDashboardView::savesPngAndPdf_data()
{
    QTest::addColumn<QString>("chartName");
    QTest::newRow("envelope") << QStringLiteral("envelopeChart");
    QTest::newRow("promotions") << QStringLiteral("promotionComparisonChart");
    QTest::newRow("year") << QStringLiteral("yearConsumptionChart");
    QTest::newRow("schedule") << QStringLiteral("paymentScheduleChart");
    QTest::newRow("carriers") << QStringLiteral("carrierChart");
    QTest::newRow("kinds") << QStringLiteral("kindChart");
    QTest::newRow("indicator") << QStringLiteral("indicatorChart");
}

void TestDashboardView::savesPngAndPdf()
{
    QFETCH(QString, chartName);
    auto *chart = m_view->findChild<DashboardChart *>(chartName);
    QVERIFY(chart);
    const QString png = m_dir->filePath(chartName + QStringLiteral(".png"));
    const QString pdf = m_dir->filePath(chartName + QStringLiteral(".pdf"));
    QVERIFY_OUTCOME(chart->savePng(png));
    QVERIFY_OUTCOME(chart->savePdf(pdf));
    const QByteArray pngBytes = TestSupport::readFile(png);
    const QByteArray pdfBytes = TestSupport::readFile(pdf);
    QVERIFY(pngBytes.startsWith(QByteArray("\x89PNG\r\n\x1a\n", 8)));
    QVERIFY(pdfBytes.startsWith("%PDF-"));
    QVERIFY(pdfBytes.trimmed().endsWith("%%EOF"));
    QVERIFY2(pngBytes.size() > 5000, qPrintable(QString::number(pngBytes.size())));
    // The whole card (title, chart, legend, notes), rendered at twice its size, for projectors.
    const QImage image = QImage::fromData(pngBytes, "PNG");
    QCOMPARE(image.size(), chart->size() * 2);

    // A directory that does not exist is refused with a message, not a crash.
    const Outcome refused = chart->savePng(m_dir->filePath(QStringLiteral("missing/chart.png")));
    QVERIFY(!refused.ok());
    QVERIFY(refused.error().contains(QStringLiteral("chart.png")));

    // Neither image is ever written over the open database or a named pipe.
    const QString database = m_database->path();
    const QByteArray databaseBytes = TestSupport::readFile(database);
    const QString inUse =
        QStringLiteral("Cannot write %1: it is the database in use; choose another file.").arg(database);
    QCOMPARE(chart->savePng(database).error(), inUse);
    QCOMPARE(chart->savePdf(database).error(), inUse);
    QCOMPARE(TestSupport::readFile(database), databaseBytes);
    const QString pipe = m_dir->filePath(chartName + QStringLiteral("-pipe.png"));
    QCOMPARE(::mkfifo(QFile::encodeName(pipe).constData(), 0600), 0);
    const QString notRegular = QStringLiteral("Cannot write %1: it is a named pipe, not a regular file.").arg(pipe);
    QCOMPARE(chart->savePng(pipe).error(), notRegular);
    QCOMPARE(chart->savePdf(pipe).error(), notRegular);
}

QTEST_MAIN(TestDashboardView)
#include "tst_dashboardview.moc"
