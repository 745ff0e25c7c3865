#include "dashboard/DashboardView.h"
#include "dashboard/IndicatorChart.h"
#include "dashboard/IndicatorTargetEditor.h"
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
#include <QComboBox>
#include <QLabel>
#include <QLineSeries>
#include <QSettings>
#include <QSpinBox>
#include <QtTest>

#include <memory>

#define QVERIFY_OUTCOME(expression)                                                                                    \
    do {                                                                                                               \
        const auto outcome_ = (expression);                                                                            \
        QVERIFY2(outcome_.ok(), qPrintable(outcome_.error()));                                                         \
    } while (false)

// Indicator 1.2's counting basis, chosen on its card of the dashboard, on the demonstration committee with
// agreements signed in other years than the decisions: FAST11 (decided 2022) signs two products in 2022 and
// one in 2023; FAST12 (2023) its two products and its incubator in 2023; FAST13 (2023) one product in 2023,
// four in 2024 (one of them withdrawn before any payment) and one in 2025. By decision year 2022 counts 3
// products, 2023 12 and 2024 none; by agreement year 2022 counts 2, 2023 4 (the incubator is not a
// product), 2024 3 (the withdrawn one never was supported) and 2025 1.
class TestIndicatorChart : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void basisChosenRecountsAndTitles();
    void choiceSurvivesANewDashboard();
    void targetEditorWorksUnderEitherBasis();
    void agreementSignedMovesTheCount();
    void mnemonicReachesTheChoice();

private:
    void showNewView();
    // FAST<promotion>'s laureate products, by name.
    QList<qint64> products(int promotion) const;
    QList<qreal> realised() const;
    QStringList realisedUnderTheChart() const;
    IndicatorChart *chart() const { return m_view->indicatorChart(); }
    QComboBox *combo() const { return chart()->basisCombo(); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<CommitteeStore> m_store;
    std::unique_ptr<ScoringStore> m_scoring;
    std::unique_ptr<DecisionStore> m_decisions;
    std::unique_ptr<PromotionSnapshots> m_snapshots;
    std::unique_ptr<FollowUpStore> m_followUp;
    std::unique_ptr<DashboardView> m_view;
};

namespace {

const QString byDecision = QStringLiteral("Indicator 1.2: Number of products supported by FAST, by decision year");
const QString byAgreement = QStringLiteral("Indicator 1.2: Number of products supported by FAST, by agreement year");

} // namespace

void TestIndicatorChart::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("DINUM-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_indicatorchart"));
}

void TestIndicatorChart::init()
{
    QSettings().clear();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_database = std::make_unique<Database>();
    QVERIFY_OUTCOME(m_database->open(m_dir->filePath(QStringLiteral("indicator.sqlite"))));
    m_store = std::make_unique<CommitteeStore>(*m_database);
    m_store->setOperatorName(QStringLiteral("Test"));
    m_scoring = std::make_unique<ScoringStore>(*m_store);
    m_decisions = std::make_unique<DecisionStore>(*m_store, *m_scoring);
    m_snapshots = std::make_unique<PromotionSnapshots>(*m_store, *m_scoring, *m_decisions);
    m_followUp = std::make_unique<FollowUpStore>(*m_store);
    QVERIFY_OUTCOME(DemoCommittee::populate(*m_store));

    const QList<qint64> fast11 = products(11);
    const QList<qint64> fast12 = products(12);
    const QList<qint64> fast13 = products(13);
    QCOMPARE(fast11.size(), 3);
    QCOMPARE(fast12.size(), 2);
    QCOMPARE(fast13.size(), 10);
    const auto sign = [this](qint64 id, const QDate &date) {
        return m_followUp->sign(id, date, QString());
    };
    QVERIFY_OUTCOME(sign(fast11.at(0), QDate(2022, 6, 1)));
    QVERIFY_OUTCOME(sign(fast11.at(1), QDate(2022, 6, 1)));
    QVERIFY_OUTCOME(sign(fast11.at(2), QDate(2023, 2, 1)));
    for (qint64 id : fast12)
        QVERIFY_OUTCOME(sign(id, QDate(2023, 5, 1)));
    const QList<Candidate> fast12All = m_store->candidates(12).value();
    const auto incubator = std::find_if(fast12All.cbegin(), fast12All.cend(), [](const Candidate &candidate) {
        return candidate.decision == Decision::Laureate && candidate.kind == CandidateKind::Incubator;
    });
    QVERIFY(incubator != fast12All.cend());
    QVERIFY_OUTCOME(sign(incubator->id, QDate(2023, 5, 1)));
    QVERIFY_OUTCOME(sign(fast13.at(0), QDate(2023, 11, 1)));
    for (int index = 1; index <= 4; ++index)
        QVERIFY_OUTCOME(sign(fast13.at(index), QDate(2024, 3, 1)));
    QVERIFY_OUTCOME(m_followUp->withdraw(fast13.at(4), QDate(2024, 4, 1), QStringLiteral("abandon")));
    QVERIFY_OUTCOME(sign(fast13.at(5), QDate(2025, 1, 15)));
    showNewView();
}

void TestIndicatorChart::cleanup()
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

void TestIndicatorChart::showNewView()
{
    m_view.reset();
    m_view = std::make_unique<DashboardView>(*m_store, *m_snapshots, *m_followUp);
    m_view->resize(1400, 1000);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
}

QList<qint64> TestIndicatorChart::products(int promotion) const
{
    QList<Candidate> laureates;
    for (const Candidate &candidate : m_store->candidates(promotion).value()) {
        if (candidate.decision == Decision::Laureate && candidate.kind == CandidateKind::Product)
            laureates.append(candidate);
    }
    std::sort(laureates.begin(), laureates.end(),
              [](const Candidate &left, const Candidate &right) { return left.name < right.name; });
    QList<qint64> ids;
    for (const Candidate &candidate : std::as_const(laureates))
        ids.append(candidate.id);
    return ids;
}

QList<qreal> TestIndicatorChart::realised() const
{
    for (QAbstractSeries *series : chart()->chart()->series()) {
        if (auto *bars = qobject_cast<QAbstractBarSeries *>(series)) {
            const QBarSet *set = bars->barSets().value(0);
            QList<qreal> values;
            for (int index = 0; set && index < set->count(); ++index)
                values.append(set->at(index));
            return values;
        }
    }
    return {};
}

QStringList TestIndicatorChart::realisedUnderTheChart() const
{
    QStringList texts;
    for (int year = 2022; year <= 2026; ++year)
        texts.append(m_view->targetEditor()->figureText(year, 1));
    return texts;
}

void TestIndicatorChart::basisChosenRecountsAndTitles()
{
    QCOMPARE(combo()->count(), 2);
    QCOMPARE(combo()->itemText(0), QStringLiteral("decision year"));
    QCOMPARE(combo()->itemText(1), QStringLiteral("agreement year"));
    QCOMPARE(combo()->currentIndex(), 0);
    QCOMPARE(chart()->basis(), IndicatorSeries::Basis::DecisionYear);
    QCOMPARE(chart()->title(), byDecision);
    QCOMPARE(chart()->titleLabel()->text(), byDecision);
    QCOMPARE(realised(), (QList<qreal>{3, 12, 0, 0, 0}));
    QCOMPARE(realisedUnderTheChart(), (QStringList{QStringLiteral("3"), QStringLiteral("12"), QStringLiteral("0"),
                                                   QStringLiteral("—"), QStringLiteral("—")}));

    // Chosen from the keyboard, as on a combo box in the window.
    combo()->setFocus();
    QTest::keyClick(combo(), Qt::Key_Down);
    QCOMPARE(combo()->currentIndex(), 1);
    QCOMPARE(chart()->title(), byAgreement);
    QCOMPARE(chart()->titleLabel()->text(), byAgreement);
    QStringList years;
    for (QAbstractAxis *axis : chart()->chart()->axes(Qt::Horizontal))
        years = qobject_cast<QBarCategoryAxis *>(axis)->categories();
    QCOMPARE(years, (QStringList{QStringLiteral("2022"), QStringLiteral("2023"), QStringLiteral("2024"),
                                 QStringLiteral("2025"), QStringLiteral("2026")}));
    QCOMPARE(realised(), (QList<qreal>{2, 4, 3, 1, 0}));
    QCOMPARE(realisedUnderTheChart(), (QStringList{QStringLiteral("2"), QStringLiteral("4"), QStringLiteral("3"),
                                                   QStringLiteral("1"), QStringLiteral("—")}));
    QCOMPARE(QSettings().value(QLatin1String(IndicatorChart::basisSettingsKey)).toString(),
             QStringLiteral("agreement"));

    QTest::keyClick(combo(), Qt::Key_Up);
    QCOMPARE(chart()->title(), byDecision);
    QCOMPARE(realised(), (QList<qreal>{3, 12, 0, 0, 0}));
    QCOMPARE(QSettings().value(QLatin1String(IndicatorChart::basisSettingsKey)).toString(), QStringLiteral("decision"));
}

void TestIndicatorChart::choiceSurvivesANewDashboard()
{
    combo()->setFocus();
    QTest::keyClick(combo(), Qt::Key_Down);
    QCOMPARE(chart()->title(), byAgreement);

    // A new dashboard (the window's next database, the next start) counts as last chosen.
    showNewView();
    QCOMPARE(combo()->currentIndex(), 1);
    QCOMPARE(chart()->basis(), IndicatorSeries::Basis::AgreementYear);
    QCOMPARE(chart()->title(), byAgreement);
    QCOMPARE(realised(), (QList<qreal>{2, 4, 3, 1, 0}));

    // Forgotten settings: the decision year, as the fund has always counted.
    QSettings().clear();
    showNewView();
    QCOMPARE(combo()->currentIndex(), 0);
    QCOMPARE(chart()->title(), byDecision);
    QCOMPARE(realised(), (QList<qreal>{3, 12, 0, 0, 0}));
}

void TestIndicatorChart::targetEditorWorksUnderEitherBasis()
{
    combo()->setFocus();
    QTest::keyClick(combo(), Qt::Key_Down);
    IndicatorTargetEditor *editor = m_view->targetEditor();
    QCOMPARE(editor->figureText(2023, 3), QStringLiteral("33 %"));
    QCOMPARE(editor->figureText(2024, 3), QStringLiteral("20 %"));
    QCOMPARE(editor->figureText(2025, 3), QStringLiteral("6 %"));

    // 2025's target down to 4: saved through the store, the line and the share follow, the basis stays.
    QSpinBox *box2025 = editor->spinBoxForYear(2025);
    QVERIFY(box2025);
    box2025->setValue(4);
    std::optional<int> stored;
    for (const FundYear &year : m_store->years().value()) {
        if (year.year == 2025)
            stored = year.productTarget;
    }
    QCOMPARE(stored, std::optional<int>(4));
    QCOMPARE(editor->figureText(2025, 3), QStringLiteral("25 %"));
    QLineSeries *targets = nullptr;
    for (QAbstractSeries *series : chart()->chart()->series()) {
        if (auto *line = qobject_cast<QLineSeries *>(series))
            targets = line;
    }
    QVERIFY(targets);
    QCOMPARE(targets->points(), (QList<QPointF>{{1, 12}, {2, 15}, {3, 4}, {4, 15}}));
    QCOMPARE(chart()->title(), byAgreement);
    QCOMPARE(realised(), (QList<qreal>{2, 4, 3, 1, 0}));
    QCOMPARE(editor->lastRefusal(), QString());
}

void TestIndicatorChart::agreementSignedMovesTheCount()
{
    combo()->setFocus();
    QTest::keyClick(combo(), Qt::Key_Down);
    // FAST13's seventh product signs in 2025 while the dashboard is shown: 2025 counts 2.
    QVERIFY_OUTCOME(m_followUp->sign(products(13).at(6), QDate(2025, 6, 1), QString()));
    QTRY_COMPARE(realised(), (QList<qreal>{2, 4, 3, 2, 0}));
    QCOMPARE(m_view->targetEditor()->figureText(2025, 1), QStringLiteral("2"));
}

void TestIndicatorChart::mnemonicReachesTheChoice()
{
    auto *label = chart()->findChild<QLabel *>(QStringLiteral("indicatorBasisLabel"));
    QVERIFY(label);
    QCOMPARE(label->text(), QStringLiteral("Co&unt products by:"));
    QCOMPARE(label->buddy(), combo());
    m_view->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_view.get()));
    QTest::keyClick(m_view.get(), Qt::Key_U, Qt::AltModifier);
    QTRY_COMPARE(QApplication::focusWidget(), combo());
}

QTEST_MAIN(TestIndicatorChart)
#include "tst_indicatorchart.moc"
