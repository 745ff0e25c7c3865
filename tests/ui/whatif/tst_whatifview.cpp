#include "commands/StoreCommand.h"
#include "storage/CommitteeStore.h"
#include "storage/Database.h"
#include "storage/DecisionStore.h"
#include "storage/PromotionSnapshots.h"
#include "storage/ScenarioStore.h"
#include "storage/ScoringStore.h"
#include "whatif/WhatIfView.h"
#include "widgets/AmountField.h"
#include "widgets/EnvelopeGaugeBar.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QTableView>
#include <QUndoStack>
#include <QtTest>

#include <memory>

#define QVERIFY_OUTCOME(expression)                                                                                    \
    do {                                                                                                               \
        const auto outcome_ = (expression);                                                                            \
        QVERIFY2(outcome_.ok(), qPrintable(outcome_.error()));                                                         \
    } while (false)

namespace {

// Amounts as Money::toString() writes them: the spaces that group digits or come before "€" become
// no-break spaces, the other spaces of the sentence stay.
QString euros(const char *text)
{
    static const QRegularExpression amountSpace(QStringLiteral("(?<=\\d) (?=\\d{3}\\b|€)"));
    return QString::fromUtf8(text).replace(amountSpace, QString(QChar(0x00A0)));
}

} // namespace

// The what-if tab on a real database file: FAST14 (envelope 500 000 €) ranks A (100), B (80), C (60), D (40)
// and E (20), eligible 300 000 €, 250 000 €, 150 000 €, 60 000 € and 49 999,99 €. Typing an envelope and
// unticking a candidate change the live proposal and gauge to the cent without writing anything; saving is an
// undoable command; two saved scenarios compare row by row; a closed promotion refuses saving with the reason
// shown.
class TestWhatIfView : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void startsFromThePromotion();
    void typingAnEnvelopeUpdatesLive();
    void resetEnvelope();
    void untickingALaureateLetsTheNextOneIn();
    void saveIsUndoable();
    void loadAndDelete();
    void compareTwoScenarios();
    void badNameIsRefusedWithMessage();
    void closedPromotionCannotSave();
    void scoresChangeRecomputes();

private:
    template <typename T> T *child(const QString &name) const
    {
        T *found = m_view->findChild<T *>(name);
        if (!found)
            qWarning("no child %s", qPrintable(name));
        return found;
    }
    // "name | decision | cumulative" of each proposal row.
    QStringList proposalRows() const;
    QStringList comparisonRows() const;
    QStringList savedNames() const;
    void typeEnvelope(const QString &text);
    void setIncluded(const QString &name, bool included);
    void saveAs(const QString &name);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<CommitteeStore> m_store;
    std::unique_ptr<ScoringStore> m_scoring;
    std::unique_ptr<DecisionStore> m_decisions;
    std::unique_ptr<PromotionSnapshots> m_snapshots;
    std::unique_ptr<QUndoStack> m_undo;
    std::unique_ptr<WhatIfView> m_view;
    QString m_lastRefusal;
    qint64 m_aliceId = 0;
};

void TestWhatIfView::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_database = std::make_unique<Database>();
    QVERIFY_OUTCOME(m_database->open(m_dir->filePath(QStringLiteral("whatif.sqlite"))));
    m_store = std::make_unique<CommitteeStore>(*m_database);
    m_scoring = std::make_unique<ScoringStore>(*m_store);
    m_decisions = std::make_unique<DecisionStore>(*m_store, *m_scoring);
    m_snapshots = std::make_unique<PromotionSnapshots>(*m_store, *m_scoring, *m_decisions);
    m_undo = std::make_unique<QUndoStack>();

    Promotion promotion;
    promotion.number = 14;
    promotion.year = 2024;
    promotion.envelope = Money::fromEuros(500000);
    QVERIFY(m_store->addPromotion(promotion).ok());
    promotion.number = 13;
    QVERIFY(m_store->addPromotion(promotion).ok());

    const struct
    {
        const char *name;
        qint64 requestedCents;
        int note;
    } rows[] = {{"A", 30000000, 5}, {"B", 25000000, 4}, {"C", 15000000, 3}, {"D", 6000000, 2}, {"E", 4999999, 1}};
    const Result<QList<CommitteeMember>> members = m_scoring->addMembers(14, {QStringLiteral("Alice")});
    QVERIFY_OUTCOME(members);
    m_aliceId = members.value().first().id;
    for (const auto &row : rows) {
        Candidate candidate;
        candidate.name = QString::fromUtf8(row.name);
        candidate.carrier = QStringLiteral("DINUM");
        candidate.annualBudget = Money::fromEuros(1000000);
        candidate.requested = Money::fromCents(row.requestedCents);
        const Result<Candidate> added = m_store->addCandidate(14, candidate);
        QVERIFY_OUTCOME(added);
        for (int criterion = 0; criterion < 5; ++criterion)
            QVERIFY_OUTCOME(m_scoring->setNote(14, added.value().id, m_aliceId, criterion, row.note));
    }

    m_lastRefusal.clear();
    const PromotionPage::Services services{
        *m_store, *m_scoring, *m_decisions, [this](StoreCommand *command) {
            QString refusal;
            command->setRefusalHandler([&refusal](const QString &message) { refusal = message; });
            m_undo->push(command);
            command->setRefusalHandler([this](const QString &message) { m_lastRefusal = message; });
            return refusal.isEmpty() ? Outcome::success() : Outcome::failure(refusal);
        },
        *m_snapshots};
    m_view = std::make_unique<WhatIfView>(services);
    m_view->resize(1400, 800);
    m_view->show();
    m_view->setPromotion(14);
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));

    for (const char *name : {"scenarioCandidatesTableView", "scenarioProposalTableView", "savedScenariosTableView",
                             "scenarioComparisonTableView"})
        new QAbstractItemModelTester(child<QTableView>(QString::fromUtf8(name))->model(),
                                     QAbstractItemModelTester::FailureReportingMode::QtTest, m_view.get());
}

void TestWhatIfView::cleanup()
{
    m_view.reset();
    m_undo.reset();
    m_snapshots.reset();
    m_decisions.reset();
    m_scoring.reset();
    m_store.reset();
    m_database.reset();
    m_dir.reset();
}

QStringList TestWhatIfView::proposalRows() const
{
    const QAbstractItemModel *model = child<QTableView>(QStringLiteral("scenarioProposalTableView"))->model();
    QStringList rows;
    for (int row = 0; row < model->rowCount(); ++row)
        rows.append(QStringLiteral("%1 | %2 | %3")
                        .arg(model->index(row, 1).data().toString(), model->index(row, 4).data().toString(),
                             model->index(row, 5).data().toString()));
    return rows;
}

QStringList TestWhatIfView::comparisonRows() const
{
    const QAbstractItemModel *model = child<QTableView>(QStringLiteral("scenarioComparisonTableView"))->model();
    QStringList rows;
    for (int row = 0; row < model->rowCount(); ++row) {
        QStringList cells;
        for (int column = 0; column < model->columnCount(); ++column)
            cells.append(model->index(row, column).data().toString());
        rows.append(cells.join(QStringLiteral(" | ")));
    }
    return rows;
}

QStringList TestWhatIfView::savedNames() const
{
    const QAbstractItemModel *model = child<QTableView>(QStringLiteral("savedScenariosTableView"))->model();
    QStringList names;
    for (int row = 0; row < model->rowCount(); ++row)
        names.append(model->index(row, 0).data().toString() + QStringLiteral(" | ") +
                     model->index(row, 1).data().toString() + QStringLiteral(" | ") +
                     model->index(row, 2).data().toString());
    return names;
}

void TestWhatIfView::typeEnvelope(const QString &text)
{
    QLineEdit *edit = child<QLineEdit>(QStringLiteral("scenarioEnvelopeEdit"));
    QVERIFY(edit);
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    QTest::keyClicks(edit, text);
}

void TestWhatIfView::setIncluded(const QString &name, bool included)
{
    QTableView *view = child<QTableView>(QStringLiteral("scenarioCandidatesTableView"));
    const QAbstractItemModel *model = view->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex index = model->index(row, 0);
        if (index.data().toString() != name)
            continue;
        const bool checked = index.data(Qt::CheckStateRole).toInt() == Qt::Checked;
        if (checked != included) {
            view->setFocus();
            view->setCurrentIndex(index);
            QTest::keyClick(view, Qt::Key_Space);
        }
        QCOMPARE(index.data(Qt::CheckStateRole).toInt() == Qt::Checked, included);
        return;
    }
    QFAIL(qPrintable(QStringLiteral("no candidate %1").arg(name)));
}

void TestWhatIfView::saveAs(const QString &name)
{
    QLineEdit *edit = child<QLineEdit>(QStringLiteral("scenarioNameEdit"));
    // Set rather than typed: QTest::keyClicks only types Latin-1 keys, and names carry "€" and accents.
    edit->setText(name);
    QTest::mouseClick(child<QPushButton>(QStringLiteral("saveScenarioButton")), Qt::LeftButton);
}

void TestWhatIfView::startsFromThePromotion()
{
    QCOMPARE(child<QLineEdit>(QStringLiteral("scenarioEnvelopeEdit"))->text(), euros("500 000"));
    const QString laureate = decisionDisplayName(Decision::Laureate);
    const QString waitlist = decisionDisplayName(Decision::Waitlist);
    QCOMPARE(proposalRows(), QStringList({QStringLiteral("A | ") + laureate + euros(" | 300 000 €"),
                                          QStringLiteral("B | ") + waitlist + euros(" | 300 000 €"),
                                          QStringLiteral("C | ") + laureate + euros(" | 450 000 €"),
                                          QStringLiteral("D | ") + waitlist + euros(" | 450 000 €"),
                                          QStringLiteral("E | ") + laureate + euros(" | 499 999,99 €")}));
    const EnvelopeGauge gauge = child<EnvelopeGaugeBar>(QStringLiteral("scenarioGaugeBar"))->gauge();
    QCOMPARE(gauge.envelope(), Money::fromEuros(500000));
    QCOMPARE(gauge.consumed(), Money());
    QCOMPARE(gauge.proposed(), Money::fromCents(49999999));
    QCOMPARE(gauge.remaining(), Money::fromCents(1));
    QCOMPARE(child<QLabel>(QStringLiteral("scenarioTotalsLabel"))->text(),
             euros("3 laureate(s) for 499 999,99 € out of 500 000 €; 0,01 € remaining; 2 waitlisted; 0 left out."));
    const QAbstractItemModel *candidates = child<QTableView>(QStringLiteral("scenarioCandidatesTableView"))->model();
    QCOMPARE(candidates->rowCount(), 5);
    QCOMPARE(candidates->index(0, 0).data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
    QCOMPARE(candidates->index(4, 3).data().toString(), euros("49 999,99 €"));
}

void TestWhatIfView::typingAnEnvelopeUpdatesLive()
{
    typeEnvelope(QStringLiteral("550 000"));
    const QString laureate = decisionDisplayName(Decision::Laureate);
    const QString waitlist = decisionDisplayName(Decision::Waitlist);
    QCOMPARE(proposalRows(), QStringList({QStringLiteral("A | ") + laureate + euros(" | 300 000 €"),
                                          QStringLiteral("B | ") + laureate + euros(" | 550 000 €"),
                                          QStringLiteral("C | ") + waitlist + euros(" | 550 000 €"),
                                          QStringLiteral("D | ") + waitlist + euros(" | 550 000 €"),
                                          QStringLiteral("E | ") + waitlist + euros(" | 550 000 €")}));
    const EnvelopeGauge gauge = child<EnvelopeGaugeBar>(QStringLiteral("scenarioGaugeBar"))->gauge();
    QCOMPARE(gauge.envelope(), Money::fromEuros(550000));
    QCOMPARE(gauge.proposed(), Money::fromEuros(550000));
    QCOMPARE(gauge.remaining(), Money());

    // A refused amount keeps the last good one; nothing was written.
    QTest::keyClicks(child<QLineEdit>(QStringLiteral("scenarioEnvelopeEdit")), QStringLiteral("x"));
    QVERIFY(!child<AmountField>(QStringLiteral("scenarioEnvelopeAmountField"))->error().isEmpty());
    QCOMPARE(child<EnvelopeGaugeBar>(QStringLiteral("scenarioGaugeBar"))->gauge().envelope(), Money::fromEuros(550000));
    QCOMPARE(m_store->promotion(14).value()->envelope, Money::fromEuros(500000));
    QCOMPARE(m_undo->count(), 0);
}

void TestWhatIfView::resetEnvelope()
{
    typeEnvelope(QStringLiteral("1 000"));
    QCOMPARE(child<EnvelopeGaugeBar>(QStringLiteral("scenarioGaugeBar"))->gauge().proposed(), Money());
    QTest::mouseClick(child<QPushButton>(QStringLiteral("resetEnvelopeButton")), Qt::LeftButton);
    QCOMPARE(child<QLineEdit>(QStringLiteral("scenarioEnvelopeEdit"))->text(), euros("500 000"));
    QCOMPARE(child<EnvelopeGaugeBar>(QStringLiteral("scenarioGaugeBar"))->gauge().proposed(),
             Money::fromCents(49999999));
}

void TestWhatIfView::untickingALaureateLetsTheNextOneIn()
{
    setIncluded(QStringLiteral("A"), false);
    const QString laureate = decisionDisplayName(Decision::Laureate);
    const QString waitlist = decisionDisplayName(Decision::Waitlist);
    QCOMPARE(proposalRows(), QStringList({QStringLiteral("B | ") + laureate + euros(" | 250 000 €"),
                                          QStringLiteral("C | ") + laureate + euros(" | 400 000 €"),
                                          QStringLiteral("D | ") + laureate + euros(" | 460 000 €"),
                                          QStringLiteral("E | ") + waitlist + euros(" | 460 000 €")}));
    QCOMPARE(child<EnvelopeGaugeBar>(QStringLiteral("scenarioGaugeBar"))->gauge().remaining(), Money::fromEuros(40000));
    QCOMPARE(child<QLabel>(QStringLiteral("scenarioTotalsLabel"))->text(),
             euros("3 laureate(s) for 460 000 € out of 500 000 €; 40 000 € remaining; 1 waitlisted; 1 left out."));

    setIncluded(QStringLiteral("A"), true);
    QCOMPARE(proposalRows().size(), 5);
    QCOMPARE(m_undo->count(), 0);
}

void TestWhatIfView::saveIsUndoable()
{
    typeEnvelope(QStringLiteral("800 000"));
    setIncluded(QStringLiteral("C"), false);
    saveAs(QStringLiteral("Enveloppe +300 k€"));
    QCOMPARE(savedNames(), QStringList{QStringLiteral("Enveloppe +300 k€ | ") + euros("800 000 € | 1")});
    QCOMPARE(child<QLabel>(QStringLiteral("scenarioMessageLabel"))->text(),
             QStringLiteral("Scenario \"Enveloppe +300 k€\" saved."));
    QCOMPARE(m_undo->count(), 1);
    QCOMPARE(m_view->scenarioStore().scenarios(14).value().size(), 1);

    m_undo->undo();
    QVERIFY(savedNames().isEmpty());
    QVERIFY(m_view->scenarioStore().scenarios(14).value().isEmpty());
    m_undo->redo();
    QCOMPARE(savedNames(), QStringList{QStringLiteral("Enveloppe +300 k€ | ") + euros("800 000 € | 1")});

    // The same name again replaces it; undo gives the first one back.
    typeEnvelope(QStringLiteral("600 000"));
    saveAs(QStringLiteral("enveloppe +300 K€"));
    QCOMPARE(savedNames(), QStringList{QStringLiteral("enveloppe +300 K€ | ") + euros("600 000 € | 1")});
    QCOMPARE(child<QLabel>(QStringLiteral("scenarioMessageLabel"))->text(),
             QStringLiteral("Scenario \"enveloppe +300 K€\" replaced."));
    m_undo->undo();
    QCOMPARE(savedNames(), QStringList{QStringLiteral("Enveloppe +300 k€ | ") + euros("800 000 € | 1")});
    QVERIFY(m_lastRefusal.isEmpty());
}

void TestWhatIfView::loadAndDelete()
{
    typeEnvelope(QStringLiteral("550 000"));
    setIncluded(QStringLiteral("B"), false);
    saveAs(QStringLiteral("Sans B"));
    QTest::mouseClick(child<QPushButton>(QStringLiteral("includeAllButton")), Qt::LeftButton);
    QTest::mouseClick(child<QPushButton>(QStringLiteral("resetEnvelopeButton")), Qt::LeftButton);
    QCOMPARE(proposalRows().size(), 5);

    QTableView *saved = child<QTableView>(QStringLiteral("savedScenariosTableView"));
    saved->selectRow(0);
    QTest::mouseClick(child<QPushButton>(QStringLiteral("loadScenarioButton")), Qt::LeftButton);
    QCOMPARE(child<QLineEdit>(QStringLiteral("scenarioEnvelopeEdit"))->text(), euros("550 000"));
    QCOMPARE(proposalRows().size(), 4);
    QCOMPARE(proposalRows().first(),
             QStringLiteral("A | ") + decisionDisplayName(Decision::Laureate) + euros(" | 300 000 €"));
    QCOMPARE(child<EnvelopeGaugeBar>(QStringLiteral("scenarioGaugeBar"))->gauge().proposed(), Money::fromEuros(510000));

    saved->selectRow(0);
    QTest::mouseClick(child<QPushButton>(QStringLiteral("removeScenarioButton")), Qt::LeftButton);
    QVERIFY(savedNames().isEmpty());
    QCOMPARE(m_undo->count(), 2);
    m_undo->undo();
    QCOMPARE(savedNames(), QStringList{QStringLiteral("Sans B | ") + euros("550 000 € | 1")});
}

void TestWhatIfView::compareTwoScenarios()
{
    typeEnvelope(QStringLiteral("550 000"));
    saveAs(QStringLiteral("Plus"));
    QTest::mouseClick(child<QPushButton>(QStringLiteral("resetEnvelopeButton")), Qt::LeftButton);
    setIncluded(QStringLiteral("A"), false);
    saveAs(QStringLiteral("Sans A"));

    QComboBox *comboA = child<QComboBox>(QStringLiteral("scenarioAComboBox"));
    QComboBox *comboB = child<QComboBox>(QStringLiteral("scenarioBComboBox"));
    QCOMPARE(comboA->count(), 3);
    comboA->setCurrentIndex(comboA->findText(QStringLiteral("Plus")));
    comboB->setCurrentIndex(comboB->findText(QStringLiteral("Sans A")));

    const QString laureate = decisionDisplayName(Decision::Laureate);
    const QString waitlist = decisionDisplayName(Decision::Waitlist);
    const QString dash = QStringLiteral(" — ");
    QCOMPARE(
        comparisonRows(),
        QStringList(
            {QStringLiteral("A | ") + laureate + dash + euros("300 000 € | Excluded | ≠"),
             QStringLiteral("B | ") + laureate + dash + euros("250 000 € | ") + laureate + dash + euros("250 000 € | "),
             QStringLiteral("C | ") + waitlist + QStringLiteral(" | ") + laureate + dash + euros("150 000 € | ≠"),
             QStringLiteral("D | ") + waitlist + QStringLiteral(" | ") + laureate + dash + euros("60 000 € | ≠"),
             QStringLiteral("E | ") + waitlist + QStringLiteral(" | ") + waitlist + QStringLiteral(" | ")}));
    const QAbstractItemModel *model = child<QTableView>(QStringLiteral("scenarioComparisonTableView"))->model();
    QCOMPARE(model->headerData(1, Qt::Horizontal).toString(), QStringLiteral("A: Plus"));
    QCOMPARE(model->headerData(2, Qt::Horizontal).toString(), QStringLiteral("B: Sans A"));
    QVERIFY(model->index(0, 0).data(Qt::FontRole).value<QFont>().bold());
    QVERIFY(!model->index(1, 0).data(Qt::FontRole).value<QFont>().bold());

    const QString totals = child<QLabel>(QStringLiteral("comparisonTotalsLabel"))->text();
    QVERIFY2(totals.contains(euros("<td align=\"right\">550 000 €</td><td align=\"right\">500 000 €</td>")),
             qPrintable(totals));
    QVERIFY2(totals.contains(euros("<td align=\"right\">550 000 €</td><td align=\"right\">460 000 €</td>")),
             qPrintable(totals));
    QVERIFY2(totals.contains(QStringLiteral("<td>Laureates</td><td align=\"right\">2</td><td align=\"right\">3</td>")),
             qPrintable(totals));
    QVERIFY2(totals.endsWith(QStringLiteral("3 candidate(s) with a different proposal.")), qPrintable(totals));

    // The panel against a saved scenario follows the panel live.
    comboA->setCurrentIndex(0);
    QTest::mouseClick(child<QPushButton>(QStringLiteral("includeAllButton")), Qt::LeftButton);
    QCOMPARE(model->headerData(1, Qt::Horizontal).toString(), QStringLiteral("A: Current panel"));
    QCOMPARE(comparisonRows().first(), QStringLiteral("A | ") + laureate + dash + euros("300 000 € | Excluded | ≠"));
    QCOMPARE(comparisonRows().at(1),
             QStringLiteral("B | ") + waitlist + QStringLiteral(" | ") + laureate + dash + euros("250 000 € | ≠"));
}

void TestWhatIfView::badNameIsRefusedWithMessage()
{
    QLineEdit *edit = child<QLineEdit>(QStringLiteral("scenarioNameEdit"));
    QTest::keyClicks(edit, QStringLiteral("   "));
    QVERIFY(!child<QPushButton>(QStringLiteral("saveScenarioButton"))->isEnabled());
    QTest::keyClick(edit, Qt::Key_Return);
    QCOMPARE(child<QLabel>(QStringLiteral("scenarioMessageLabel"))->text(),
             QStringLiteral("Give the scenario a name."));
    QCOMPARE(m_undo->count(), 0);
}

void TestWhatIfView::closedPromotionCannotSave()
{
    QVERIFY_OUTCOME(m_store->closePromotion(13, QDate(2026, 11, 14)));
    m_view->setPromotion(13);
    QVERIFY(!child<QPushButton>(QStringLiteral("saveScenarioButton"))->isEnabled());
    QVERIFY(!child<QLineEdit>(QStringLiteral("scenarioNameEdit"))->isEnabled());
    QCOMPARE(child<QLabel>(QStringLiteral("scenarioMessageLabel"))->text(),
             QStringLiteral("FAST13 is closed: reopen it before saving or deleting a scenario."));
    // Still explorable.
    typeEnvelope(QStringLiteral("10"));
    QCOMPARE(child<EnvelopeGaugeBar>(QStringLiteral("scenarioGaugeBar"))->gauge().envelope(), Money::fromEuros(10));

    // Reopened: saving is offered again and the reason goes away; the panel keeps what was typed.
    QVERIFY_OUTCOME(m_store->reopenPromotion(13, QStringLiteral("Erreur de saisie")));
    QVERIFY(child<QLineEdit>(QStringLiteral("scenarioNameEdit"))->isEnabled());
    QCOMPARE(child<QLabel>(QStringLiteral("scenarioMessageLabel"))->text(), QString());
    QCOMPARE(child<EnvelopeGaugeBar>(QStringLiteral("scenarioGaugeBar"))->gauge().envelope(), Money::fromEuros(10));

    m_view->setPromotion(14);
    QVERIFY(child<QLineEdit>(QStringLiteral("scenarioNameEdit"))->isEnabled());
    QCOMPARE(child<QLineEdit>(QStringLiteral("scenarioEnvelopeEdit"))->text(), euros("500 000"));
}

void TestWhatIfView::scoresChangeRecomputes()
{
    // One of A's notes is cleared: A is no longer fully scored, so it leaves the ranking and the panel follows
    // the store's signal without a reload by hand.
    const qint64 idOfA = m_store->candidates(14).value().first().id;
    QVERIFY_OUTCOME(m_scoring->setNote(14, idOfA, m_aliceId, 0, std::nullopt));
    QCOMPARE(child<QTableView>(QStringLiteral("scenarioCandidatesTableView"))->model()->rowCount(), 4);
    QCOMPARE(proposalRows().first(),
             QStringLiteral("B | ") + decisionDisplayName(Decision::Laureate) + euros(" | 250 000 €"));
}

QTEST_MAIN(TestWhatIfView)
#include "tst_whatifview.moc"
