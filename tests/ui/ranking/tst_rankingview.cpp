#include "TestClock.h"
#include "commands/SetDecisionCommand.h"
#include "commands/StoreCommand.h"
#include "history/ClosePromotionDialog.h"
#include "ranking/RankingTableModel.h"
#include "ranking/RankingView.h"
#include "widgets/AmountField.h"
#include "widgets/EnvelopeGaugeBar.h"

#include "storage/CommitteeStore.h"
#include "storage/Database.h"
#include "storage/DecisionStore.h"
#include "storage/FollowUpStore.h"
#include "storage/PromotionSnapshots.h"
#include "storage/ScoringStore.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QScrollBar>
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

QString euros(const char *text)
{
    return QString::fromUtf8(text).replace(QLatin1Char('_'), QChar(0x00A0));
}

} // namespace

// The ranking tab on a real database file: FAST14 (envelope 300 000 €) with five projects scored by two
// members through ScoringStore. The rows come in ranking order with the ex aequo marks; "Propose
// laureates…" lists the exact changes and applies them as one undoable step; a granted amount above
// the eligible one is refused with the rule's words; closing is refused naming what blocks; the gauge
// gives the exact figures, an overspend included; a closed promotion is read-only.
class TestRankingView : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void decisionChangedByAnotherProcessIsNotOverwritten();
    void rowsInRankingOrder();
    void proposeListsChangesAppliesAndUndoes();
    void nothingToPropose();
    void grantedAboveEligibleIsRefused();
    void decisionByEnterAndUndo();
    void closeRefusedNamesWhatBlocks();
    void overspendOnTheGauge();
    void closedPromotionIsReadOnly();
    void gaugeAndTableAgreeAfterEveryDecisionKind();
    void decisionColumnsOnceDecided();
    void narrowViewWrapsWithoutScrolling();
    void withdrawalAfterTheDecisionFreesTheGauge();

private:
    // The gauge's consumed and proposed figures against the table's sums and an independent count from
    // the store, to the cent; returns "consumed/proposed" in euros for the exact figures of each step.
    QString checkGaugeAgreesWithTable();
    void decide(const char *name, Decision decision, std::optional<Money> granted = std::nullopt);
    qint64 candidateId(const QString &name) const;
    void noteAll(qint64 candidate, qint64 member, int note);
    QStringList rankAndNameColumns() const;
    QString gaugeLegend(const char *name) const;
    template <typename T> T *child(const char *name) const { return m_view->findChild<T *>(QLatin1String(name)); }
    // Opens the decision dialog on the named project through its row and the Decision… button.
    QPointer<QDialog> openDecisionDialog(const QString &name);
    void proposeAndApply();
    void closeMessage(const char *name, QString *text);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<CommitteeStore> m_store;
    std::unique_ptr<ScoringStore> m_scoring;
    std::unique_ptr<DecisionStore> m_decisions;
    std::unique_ptr<PromotionSnapshots> m_snapshots;
    std::unique_ptr<QUndoStack> m_undo;
    std::unique_ptr<RankingView> m_view;
};

void TestRankingView::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_database = std::make_unique<Database>();
    QVERIFY_OUTCOME(m_database->open(m_dir->filePath(QStringLiteral("ranking.sqlite"))));
    m_store = std::make_unique<CommitteeStore>(*m_database);
    m_scoring = std::make_unique<ScoringStore>(*m_store);
    m_decisions = std::make_unique<DecisionStore>(*m_store, *m_scoring);
    m_snapshots = std::make_unique<PromotionSnapshots>(*m_store, *m_scoring, *m_decisions);
    m_undo = std::make_unique<QUndoStack>();

    Promotion promotion;
    promotion.number = 14;
    promotion.year = 2024;
    promotion.envelope = Money::fromEuros(300000);
    QVERIFY_OUTCOME(m_store->addPromotion(promotion));
    struct Fixture
    {
        const char *name;
        qint64 budget;
        qint64 requested;
    };
    // Eligible: Alpha 100 000, Bravo 150 000 (rate), Charlie 100 000, Delta 50 000, Echo 30 000.
    const Fixture fixtures[] = {{"Alpha", 400000, 100000},
                                {"Bravo", 300000, 200000},
                                {"Charlie", 240000, 100000},
                                {"Delta", 200000, 50000},
                                {"Echo", 100000, 30000}};
    for (const Fixture &fixture : fixtures) {
        Candidate candidate;
        candidate.name = QString::fromUtf8(fixture.name);
        candidate.carrier = QStringLiteral("DINUM");
        candidate.annualBudget = Money::fromEuros(fixture.budget);
        candidate.requested = Money::fromEuros(fixture.requested);
        QVERIFY_OUTCOME(m_store->addCandidate(14, candidate));
    }
    const Result<QList<CommitteeMember>> members =
        m_scoring->addMembers(14, {QStringLiteral("Alice"), QStringLiteral("Bruno")});
    QVERIFY_OUTCOME(members);
    for (const CommitteeMember &member : members.value()) {
        noteAll(candidateId(QStringLiteral("Alpha")), member.id, 4);
        noteAll(candidateId(QStringLiteral("Bravo")), member.id, 3);
        noteAll(candidateId(QStringLiteral("Charlie")), member.id, 3);
        noteAll(candidateId(QStringLiteral("Delta")), member.id, 2);
    }
    // Echo is noted by Alice only: "notation incomplète", five notes missing.
    noteAll(candidateId(QStringLiteral("Echo")), members.value().first().id, 5);

    const PromotionPage::Services services{*m_store, *m_scoring, *m_decisions,
                                           [this](StoreCommand *command) {
                                               QString refusal;
                                               command->setRefusalHandler(
                                                   [&refusal](const QString &message) { refusal = message; });
                                               m_undo->push(command);
                                               if (!refusal.isEmpty())
                                                   return Outcome::failure(refusal);
                                               command->setRefusalHandler({});
                                               return Outcome::success();
                                           },
                                           *m_snapshots};
    m_view = std::make_unique<RankingView>(services);
    m_view->resize(1100, 700);
    m_view->setPromotion(14);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
}

void TestRankingView::cleanup()
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

qint64 TestRankingView::candidateId(const QString &name) const
{
    for (const Candidate &candidate : m_store->candidates(14).value()) {
        if (candidate.name == name)
            return candidate.id;
    }
    return 0;
}

void TestRankingView::noteAll(qint64 candidate, qint64 member, int note)
{
    for (int criterion = 0; criterion < 5; ++criterion)
        QVERIFY_OUTCOME(m_scoring->setNote(14, candidate, member, criterion, note));
}

QStringList TestRankingView::rankAndNameColumns() const
{
    const RankingTableModel *model = m_view->model();
    QStringList rows;
    for (int row = 0; row < model->rowCount(); ++row) {
        QStringList cells;
        for (int column = 0; column < model->columnCount(); ++column)
            cells.append(model->index(row, column).data().toString());
        rows.append(cells.join(QStringLiteral(" | ")));
    }
    return rows;
}

QString TestRankingView::gaugeLegend(const char *name) const
{
    const auto *label = m_view->gaugeBar()->findChild<QLabel *>(QLatin1String(name));
    return label ? label->text() : QString();
}

QPointer<QDialog> TestRankingView::openDecisionDialog(const QString &name)
{
    m_view->tableView()->selectRow(m_view->model()->rowOfId(candidateId(name)));
    auto *button = child<QPushButton>("decisionButton");
    if (!button->isEnabled())
        return nullptr;
    QTest::mouseClick(button, Qt::LeftButton);
    return m_view->findChild<QDialog *>(QStringLiteral("decisionDialog"));
}

void TestRankingView::proposeAndApply()
{
    QTest::mouseClick(child<QPushButton>("proposeButton"), Qt::LeftButton);
    QPointer<QDialog> dialog = m_view->findChild<QDialog *>(QStringLiteral("proposalConfirmationDialog"));
    QVERIFY(dialog);
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("applyButton")), Qt::LeftButton);
    QTRY_VERIFY(dialog.isNull());
}

void TestRankingView::closeMessage(const char *name, QString *text)
{
    QPointer<QMessageBox> box = m_view->findChild<QMessageBox *>(QLatin1String(name));
    QVERIFY2(box, name);
    *text = box->text();
    QTest::mouseClick(box->button(box->buttons().size() > 1 ? QMessageBox::Yes : QMessageBox::Ok), Qt::LeftButton);
    QTRY_VERIFY(box.isNull());
}

void TestRankingView::decisionChangedByAnotherProcessIsNotOverwritten()
{
    // The decision dialog is open on Delta (undecided) when another process on the same file decides it.
    QPointer<QDialog> dialog = openDecisionDialog(QStringLiteral("Delta"));
    QVERIFY(dialog);
    TestClock clock;
    clock.set(QDateTime(QDate(2026, 12, 3), QTime(10, 42, 7), Qt::UTC));
    {
        Database other;
        other.setClock(clock);
        QVERIFY_OUTCOME(other.open(m_dir->filePath(QStringLiteral("ranking.sqlite"))));
        CommitteeStore otherStore(other);
        otherStore.setOperatorName(QStringLiteral("Claire Martin"));
        ScoringStore otherScoring(otherStore);
        DecisionStore otherDecisions(otherStore, otherScoring);
        QVERIFY_OUTCOME(otherDecisions.setDecision(candidateId(QStringLiteral("Delta")), Decision::Rejected));
    }
    // This window's operator, who had not seen it, confirms Laureate: refused, saying who decided what.
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("okButton")), Qt::LeftButton);
    QString text;
    closeMessage("refusalMessageBox", &text);
    QCOMPARE(text, QStringLiteral("Delta was changed by Claire Martin at %1 while you were deciding: it is now "
                                  "\"Not selected\". Nothing was written; decide again to replace it.")
                       .arg(QDateTime(QDate(2026, 12, 3), QTime(10, 42, 7), Qt::UTC)
                                .toLocalTime()
                                .toString(QStringLiteral("HH:mm:ss"))));
    QCOMPARE(m_store->candidate(candidateId(QStringLiteral("Delta"))).value()->decision, Decision::Rejected);
    QCOMPARE(m_undo->count(), 0);
}

void TestRankingView::rowsInRankingOrder()
{
    // Bravo and Charlie tie at 60: ex aequo, Charlie first for its lower eligible amount.
    QCOMPARE(rankAndNameColumns(),
             QStringList({euros("1 | Alpha | 80,0 | 100_000_€ | Laureate |  |  | 100_000_€ | within the "
                                "envelope (remaining after: 200_000_€)"),
                          euros("2 ex aequo | Charlie | 60,0 | 100_000_€ | Laureate |  |  | 200_000_€ | "
                                "within the envelope (remaining after: 100_000_€)"),
                          euros("2 ex aequo | Bravo | 60,0 | 150_000_€ | Waitlist |  |  | 200_000_€ | does not fit "
                                "the remaining 100_000_€: passed over for Delta"),
                          euros("4 | Delta | 40,0 | 50_000_€ | Laureate |  |  | 250_000_€ | within the "
                                "envelope (remaining after: 50_000_€)"),
                          euros(" | Echo |  | 30_000_€ |  |  |  | 250_000_€ | incomplete scoring (5 note(s) missing): "
                                "left out of the proposal")}));
    // Before any decision the cumulative runs over the proposal, and the envelope runs out on Bravo.
    QCOMPARE(m_view->model()->table().exhaustedRow(), 2);
    QCOMPARE(child<QLabel>("titleLabel")->text(), QStringLiteral("FAST14 ranking"));
    QCOMPARE(child<QLabel>("statusLabel")->text(),
             QStringLiteral("4 ranked, 1 with incomplete scoring. Minimum score: 0."));
    // The gauge: nothing decided yet, the proposal's three laureates proposed.
    QCOMPARE(gaugeLegend("gaugeConsumedLabel"), euros("Consumed: 0_€"));
    QCOMPARE(gaugeLegend("gaugeProposedLabel"), euros("Proposed: 250_000_€"));
    QCOMPARE(gaugeLegend("gaugeRemainingLabel"), euros("Remaining: 50_000_€"));
    QCOMPARE(gaugeLegend("gaugeEnvelopeLabel"), euros("Envelope: 300_000_€"));
    QVERIFY(!m_view->gaugeBar()->gauge().isOverspent());
}

void TestRankingView::proposeListsChangesAppliesAndUndoes()
{
    QVERIFY_OUTCOME(m_decisions->setDecision(candidateId(QStringLiteral("Bravo")), Decision::Rejected));
    QTest::mouseClick(child<QPushButton>("proposeButton"), Qt::LeftButton);
    QPointer<QDialog> dialog = m_view->findChild<QDialog *>(QStringLiteral("proposalConfirmationDialog"));
    QVERIFY(dialog);
    QStringList lines;
    const auto *list = dialog->findChild<QListWidget *>(QStringLiteral("changesListWidget"));
    for (int row = 0; row < list->count(); ++row)
        lines.append(list->item(row)->text());
    QCOMPARE(lines, QStringList({euros("Alpha: No decision → Laureate, 100_000_€ — within the envelope (remaining "
                                       "after: 200_000_€)"),
                                 euros("Charlie: No decision → Laureate, 100_000_€ — within the envelope (remaining "
                                       "after: 100_000_€)"),
                                 euros("Bravo: Not selected → Waitlist — does not fit the remaining 100_000_€: passed "
                                       "over for Delta"),
                                 euros("Delta: No decision → Laureate, 50_000_€ — within the envelope (remaining "
                                       "after: 50_000_€)")}));
    // The partly scored candidate is named, with why the proposal leaves it out.
    QCOMPARE(dialog->findChild<QLabel *>(QStringLiteral("leftOutLabel"))->text(),
             QStringLiteral("Left out of the proposal (1 candidate(s)): applying it changes nothing for them."));
    const auto *leftOut = dialog->findChild<QListWidget *>(QStringLiteral("leftOutListWidget"));
    QVERIFY(leftOut->isVisible());
    QCOMPARE(leftOut->count(), 1);
    QCOMPARE(leftOut->item(0)->text(),
             QStringLiteral("Echo: incomplete scoring (5 note(s) missing): left out of the proposal"));
    QCOMPARE(dialog->findChild<QLabel *>(QStringLiteral("summaryLabel"))->text(),
             QStringLiteral("Applying the proposal changes 4 decision(s) of FAST14. You can undo it afterwards."));
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("applyButton")), Qt::LeftButton);
    QTRY_VERIFY(dialog.isNull());

    QCOMPARE(m_undo->count(), 1);
    QCOMPARE(m_store->candidate(candidateId(QStringLiteral("Alpha"))).value()->granted, Money::fromEuros(100000));
    QCOMPARE(m_store->candidate(candidateId(QStringLiteral("Bravo"))).value()->decision, Decision::Waitlist);
    QCOMPARE(m_store->candidate(candidateId(QStringLiteral("Delta"))).value()->decision, Decision::Laureate);
    QCOMPARE(m_store->candidate(candidateId(QStringLiteral("Echo"))).value()->decision, Decision::None);
    QCOMPARE(rankAndNameColumns().at(3),
             euros("4 | Delta | 40,0 | 50_000_€ | Laureate | Laureate | 50_000_€ | 250_000_€ | within the "
                   "envelope (remaining after: 50_000_€)"));
    QCOMPARE(gaugeLegend("gaugeConsumedLabel"), euros("Consumed: 250_000_€"));
    QCOMPARE(gaugeLegend("gaugeProposedLabel"), euros("Proposed: 0_€"));
    QCOMPARE(gaugeLegend("gaugeRemainingLabel"), euros("Remaining: 50_000_€"));

    // Undo: every decision as it was, Bravo rejected again, in one step.
    m_undo->undo();
    QCOMPARE(m_store->candidate(candidateId(QStringLiteral("Alpha"))).value()->decision, Decision::None);
    QCOMPARE(m_store->candidate(candidateId(QStringLiteral("Alpha"))).value()->granted, Money());
    QCOMPARE(m_store->candidate(candidateId(QStringLiteral("Bravo"))).value()->decision, Decision::Rejected);
    QCOMPARE(m_store->candidate(candidateId(QStringLiteral("Charlie"))).value()->decision, Decision::None);
    QCOMPARE(m_store->candidate(candidateId(QStringLiteral("Delta"))).value()->decision, Decision::None);
    QCOMPARE(gaugeLegend("gaugeConsumedLabel"), euros("Consumed: 0_€"));
    QCOMPARE(gaugeLegend("gaugeProposedLabel"), euros("Proposed: 250_000_€"));
    QCOMPARE(rankAndNameColumns().at(2),
             euros("2 ex aequo | Bravo | 60,0 | 150_000_€ | Waitlist | Not selected |  | 200_000_€ | does not fit the "
                   "remaining 100_000_€: passed over for Delta"));
    m_undo->redo();
    QCOMPARE(m_store->candidate(candidateId(QStringLiteral("Bravo"))).value()->decision, Decision::Waitlist);
    QCOMPARE(gaugeLegend("gaugeConsumedLabel"), euros("Consumed: 250_000_€"));
}

void TestRankingView::nothingToPropose()
{
    QVERIFY_OUTCOME(m_decisions->applyProposal(14));
    QTest::mouseClick(child<QPushButton>("proposeButton"), Qt::LeftButton);
    QPointer<QDialog> dialog = m_view->findChild<QDialog *>(QStringLiteral("proposalConfirmationDialog"));
    QVERIFY(dialog);
    QCOMPARE(dialog->findChild<QLabel *>(QStringLiteral("summaryLabel"))->text(),
             QStringLiteral("Nothing to change: every decision of FAST14 already follows the proposal."));
    QVERIFY(!dialog->findChild<QPushButton *>(QStringLiteral("applyButton")));
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("closeButton")), Qt::LeftButton);
    QTRY_VERIFY(dialog.isNull());
    QCOMPARE(m_undo->count(), 0);
}

void TestRankingView::grantedAboveEligibleIsRefused()
{
    QPointer<QDialog> dialog = openDecisionDialog(QStringLiteral("Delta"));
    QVERIFY(dialog);
    auto *combo = dialog->findChild<QComboBox *>(QStringLiteral("decisionCombo"));
    QCOMPARE(combo->currentText(), QStringLiteral("Laureate")); // the proposal's decision
    auto *edit = dialog->findChild<QLineEdit *>(QStringLiteral("grantedEdit"));
    QCOMPARE(edit->text(), euros("50_000")); // the eligible amount by default
    auto *ok = dialog->findChild<QPushButton *>(QStringLiteral("okButton"));
    QVERIFY(ok->isEnabled());

    edit->selectAll();
    QTest::keyClicks(edit, QStringLiteral("60000"));
    const QString message =
        euros("The granted amount 60_000_€ is more than the eligible amount 50_000_€: the fund pays at most 50 % of "
              "the annual budget (100_000_€ of 200_000_€) and at most 300_000_€, and never more than the "
              "requested 50_000_€.");
    auto *rule = dialog->findChild<QLabel *>(QStringLiteral("grantedRuleLabel"));
    QVERIFY(rule->isVisible());
    QCOMPARE(rule->text(), message);
    QVERIFY(!ok->isEnabled());
    QCOMPARE(ok->toolTip(), message);

    // Back within the rule: accepted, with the typed amount.
    edit->selectAll();
    QTest::keyClicks(edit, QStringLiteral("45 000,50"));
    QVERIFY(!rule->isVisible());
    QVERIFY(ok->isEnabled());
    QTest::mouseClick(ok, Qt::LeftButton);
    QTRY_VERIFY(dialog.isNull());
    QCOMPARE(m_store->candidate(candidateId(QStringLiteral("Delta"))).value()->decision, Decision::Laureate);
    QCOMPARE(m_store->candidate(candidateId(QStringLiteral("Delta"))).value()->granted, Money::fromCents(4500050));
    QCOMPARE(gaugeLegend("gaugeConsumedLabel"), euros("Consumed: 45_000,50_€"));
    // Alpha and Charlie are still proposed and undecided.
    QCOMPARE(gaugeLegend("gaugeProposedLabel"), euros("Proposed: 200_000_€"));
}

void TestRankingView::decisionByEnterAndUndo()
{
    QTableView *table = m_view->tableView();
    table->setFocus();
    table->setCurrentIndex(m_view->model()->index(m_view->model()->rowOfId(candidateId(QStringLiteral("Echo"))), 1));
    QTest::keyClick(table, Qt::Key_Return);
    QPointer<QDialog> dialog = m_view->findChild<QDialog *>(QStringLiteral("decisionDialog"));
    QVERIFY(dialog);
    auto *combo = dialog->findChild<QComboBox *>(QStringLiteral("decisionCombo"));
    combo->setCurrentIndex(combo->findText(QStringLiteral("Not selected")));
    QVERIFY(!dialog->findChild<QLineEdit *>(QStringLiteral("grantedEdit"))->isEnabled());
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("okButton")), Qt::LeftButton);
    QTRY_VERIFY(dialog.isNull());
    QCOMPARE(m_store->candidate(candidateId(QStringLiteral("Echo"))).value()->decision, Decision::Rejected);
    QCOMPARE(m_undo->undoText(), QStringLiteral("Decide Echo: Not selected"));
    m_undo->undo();
    QCOMPARE(m_store->candidate(candidateId(QStringLiteral("Echo"))).value()->decision, Decision::None);
}

void TestRankingView::closeRefusedNamesWhatBlocks()
{
    QTest::mouseClick(child<QPushButton>("closeButton"), Qt::LeftButton);
    QString text;
    closeMessage("closeRefusalMessageBox", &text);
    QCOMPARE(text, QStringLiteral("FAST14 cannot be closed: 5 candidate(s) without a decision: Alpha, Bravo, "
                                  "Charlie, Delta, Echo."));

    proposeAndApply();
    QTest::mouseClick(child<QPushButton>("closeButton"), Qt::LeftButton);
    closeMessage("closeRefusalMessageBox", &text);
    QCOMPARE(text, QStringLiteral("FAST14 cannot be closed: 1 candidate(s) without a decision: Echo."));
    QVERIFY(!m_store->promotion(14).value()->isClosed());
}

void TestRankingView::overspendOnTheGauge()
{
    proposeAndApply();
    QVERIFY_OUTCOME(m_decisions->setDecision(candidateId(QStringLiteral("Echo")), Decision::Rejected));
    // Bravo, waitlisted, made laureate by the committee: 400 000 € for an envelope of 300 000 €.
    QPointer<QDialog> dialog = openDecisionDialog(QStringLiteral("Bravo"));
    QVERIFY(dialog);
    auto *combo = dialog->findChild<QComboBox *>(QStringLiteral("decisionCombo"));
    combo->setCurrentIndex(combo->findText(QStringLiteral("Laureate")));
    QCOMPARE(dialog->findChild<QLineEdit *>(QStringLiteral("grantedEdit"))->text(), euros("150_000"));
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("okButton")), Qt::LeftButton);
    QTRY_VERIFY(dialog.isNull());

    const EnvelopeGaugeBar *gauge = m_view->gaugeBar();
    QCOMPARE(gaugeLegend("gaugeConsumedLabel"), euros("Consumed: 400_000_€"));
    QCOMPARE(gaugeLegend("gaugeRemainingLabel"), euros("Remaining: 0_€"));
    QCOMPARE(gaugeLegend("gaugeOverspendLabel"), euros("Overspend: 100_000_€"));
    QCOMPARE(gauge->scale(), Money::fromEuros(400000));
    QCOMPARE(m_view->model()->table().consumed(), Money::fromEuros(400000));

    // Closing is refused for the overspend, with the figures.
    QTest::mouseClick(child<QPushButton>("closeButton"), Qt::LeftButton);
    QString text;
    closeMessage("closeRefusalMessageBox", &text);
    QCOMPARE(text, euros("FAST14 cannot be closed: The laureates consume 400_000_€, 100_000_€ more than the "
                         "envelope of 300_000_€."));
}

void TestRankingView::closedPromotionIsReadOnly()
{
    proposeAndApply();
    QVERIFY_OUTCOME(m_decisions->setDecision(candidateId(QStringLiteral("Echo")), Decision::Rejected));
    // The confirmation asks for the committee's date, today by the database's clock (2026-12-03).
    // Static: the database keeps the clock until the fixture's cleanup.
    static TestClock clock;
    m_database->setClock(clock);
    QTest::mouseClick(child<QPushButton>("closeButton"), Qt::LeftButton);
    QPointer<ClosePromotionDialog> dialog =
        m_view->findChild<ClosePromotionDialog *>(QStringLiteral("closePromotionDialog"));
    QVERIFY(dialog);
    QCOMPARE(dialog->findChild<QLabel *>(QStringLiteral("closeQuestionLabel"))->text(),
             QStringLiteral("Close FAST14? Its candidates and decisions become read-only; reopening needs a written "
                            "reason. The official list will say it was adopted by the committee of the date below."));
    QCOMPARE(dialog->findChild<QLineEdit *>(QStringLiteral("committeeDateLineEdit"))->text(),
             QStringLiteral("03/12/2026"));
    QTest::mouseClick(
        dialog->findChild<QDialogButtonBox *>(QStringLiteral("closeButtonBox"))->button(QDialogButtonBox::Ok),
        Qt::LeftButton);
    QTRY_VERIFY(dialog.isNull());
    QVERIFY(m_store->promotion(14).value()->isClosed());
    QCOMPARE(m_store->promotion(14).value()->committeeDate, QDate(2026, 12, 3));
    const QString reason = QStringLiteral("FAST14 is closed: reopen it to change its decisions.");
    for (const char *name : {"proposeButton", "decisionButton", "closeButton"}) {
        QVERIFY2(!child<QPushButton>(name)->isEnabled(), name);
        QCOMPARE(child<QPushButton>(name)->toolTip(), reason);
    }
    QVERIFY(child<QLabel>("statusLabel")->text().endsWith(reason));
    // Enter on a row opens nothing.
    m_view->tableView()->setCurrentIndex(m_view->model()->index(0, 1));
    QTest::keyClick(m_view->tableView(), Qt::Key_Return);
    QVERIFY(!m_view->findChild<QDialog *>(QStringLiteral("decisionDialog")));
    // Undo reopens it and the buttons come back.
    m_undo->undo();
    QVERIFY(!m_store->promotion(14).value()->isClosed());
    // The date recorded with the closing goes with its undo.
    QCOMPARE(m_store->promotion(14).value()->committeeDate, QDate());
    QVERIFY(child<QPushButton>("proposeButton")->isEnabled());
}

QString TestRankingView::checkGaugeAgreesWithTable()
{
    const EnvelopeGauge gauge = m_view->gaugeBar()->gauge();
    const RankingTable &table = m_view->model()->table();
    Money decidedLaureates;
    Money proposedUndecided;
    for (const RankingTableRow &row : table.rows()) {
        // A laureate's withdrawal after the decision gives back what it released (issue #18).
        if (row.decision == Decision::Laureate)
            decidedLaureates += row.granted - row.released;
        if (row.decision == Decision::None && row.proposed == Decision::Laureate)
            proposedUndecided += row.proposedGranted;
    }
    const auto failed = [](const char *what) {
        return QStringLiteral("disagree: %1").arg(QLatin1String(what));
    };
    if (gauge.consumed() != decidedLaureates)
        return failed("consumed against the table's decided laureates");
    if (gauge.proposed() != proposedUndecided)
        return failed("proposed against the table's undecided proposed laureates");
    if (table.rows().isEmpty() || gauge.consumed() + gauge.proposed() != table.rows().last().cumulative)
        return failed("consumed + proposed against the last cumulative");
    // Counted again without the table: the store's decisions and the snapshot's own proposed amount.
    if (gauge.consumed() != Promotion::consumed(m_store->candidates(14).value()))
        return failed("consumed against the store");
    if (gauge.proposed() != m_snapshots->of(14)->proposedUndecided)
        return failed("proposed against the snapshot");
    if (gauge.envelope() != Money::fromEuros(300000))
        return failed("envelope");
    return QStringLiteral("%1/%2").arg(gauge.consumed().toPlainString(), gauge.proposed().toPlainString());
}

void TestRankingView::decide(const char *name, Decision decision, std::optional<Money> granted)
{
    m_undo->push(
        new SetDecisionCommand(*m_store, *m_decisions, 14, candidateId(QString::fromUtf8(name)), decision, granted));
}

void TestRankingView::gaugeAndTableAgreeAfterEveryDecisionKind()
{
    // None: the proposal's Alpha, Charlie and Delta are proposed, nothing consumed.
    QCOMPARE(checkGaugeAgreesWithTable(), QStringLiteral("0/250000"));
    decide("Alpha", Decision::Laureate, Money::fromEuros(90000));
    QCOMPARE(checkGaugeAgreesWithTable(), QStringLiteral("90000/150000"));
    decide("Charlie", Decision::Waitlist);
    QCOMPARE(checkGaugeAgreesWithTable(), QStringLiteral("90000/50000"));
    decide("Delta", Decision::Rejected);
    QCOMPARE(checkGaugeAgreesWithTable(), QStringLiteral("90000/0"));
    // Bravo withdraws: out of the ranking, its row says why, and the proposal no longer counts it.
    decide("Bravo", Decision::Withdrawn);
    QCOMPARE(checkGaugeAgreesWithTable(), QStringLiteral("90000/0"));
    const std::optional<RankingTableRow> bravo = m_view->model()->table().rowFor(candidateId(QStringLiteral("Bravo")));
    QCOMPARE(bravo->kind, RankingTableRow::Kind::Withdrawn);
    QCOMPARE(bravo->proposalExplanation, QStringLiteral("withdrawn"));
    // Undo, step by step, back to no decision at all.
    for (const char *expected : {"90000/0", "90000/50000", "90000/150000", "0/250000"}) {
        m_undo->undo();
        QCOMPARE(checkGaugeAgreesWithTable(), QString::fromLatin1(expected));
    }

    // The case: the proposal applied, then a laureate withdraws. Bravo now fits in the proposal
    // while the committee has it waitlisted: the gauge proposes nothing more, the table's cumulative
    // counts Bravo's decision, and Bravo's row says the decision differs, with the proposal's reason.
    proposeAndApply();
    QCOMPARE(checkGaugeAgreesWithTable(), QStringLiteral("250000/0"));
    decide("Alpha", Decision::Withdrawn);
    QCOMPARE(checkGaugeAgreesWithTable(), QStringLiteral("150000/0"));
    const RankingTableModel *model = m_view->model();
    const int bravoRow = model->rowOfId(candidateId(QStringLiteral("Bravo")));
    QCOMPARE(model->index(bravoRow, RankingTableModel::column(RankingTableModel::Column::Cumulative)).data().toString(),
             euros("100_000_€"));
    QCOMPARE(
        model->index(bravoRow, 0).data(Qt::ToolTipRole).toString(),
        euros("Proposed: Laureate (within the envelope (remaining after: 50_000_€)).\nDecided otherwise: Waitlist."));
    m_undo->undo();
    QCOMPARE(checkGaugeAgreesWithTable(), QStringLiteral("250000/0"));
    m_undo->undo();
    QCOMPARE(checkGaugeAgreesWithTable(), QStringLiteral("0/250000"));
}

void TestRankingView::decisionColumnsOnceDecided()
{
    // While nothing is decided the two empty columns make room for the reasons.
    const QTableView *view = m_view->tableView();
    const int decision = RankingTableModel::column(RankingTableModel::Column::Decision);
    const int granted = RankingTableModel::column(RankingTableModel::Column::Granted);
    QVERIFY(view->isColumnHidden(decision));
    QVERIFY(view->isColumnHidden(granted));
    decide("Bravo", Decision::Waitlist);
    QTRY_VERIFY(!view->isColumnHidden(decision));
    QVERIFY(!view->isColumnHidden(granted));
    m_undo->undo();
    QTRY_VERIFY(view->isColumnHidden(decision));
    QVERIFY(view->isColumnHidden(granted));
}

void TestRankingView::narrowViewWrapsWithoutScrolling()
{
    // Narrow: the reasons, then the rank and the proposal, wrap on two lines; nothing scrolls sideways.
    decide("Bravo", Decision::Waitlist);
    const QTableView *view = m_view->tableView();
    for (const int width : {1100, 820}) {
        m_view->resize(width, 700);
        QTRY_VERIFY2(view->horizontalScrollBar()->maximum() == 0, qPrintable(QString::number(width)));
        const QHeaderView *header = view->horizontalHeader();
        QTRY_COMPARE(header->length(), view->viewport()->width());
        for (int column = 0; column < header->count(); ++column) {
            if (view->isColumnHidden(column))
                continue;
            QVERIFY2(header->sectionViewportPosition(column) + header->sectionSize(column) <= view->viewport()->width(),
                     qPrintable(QString::number(column)));
            for (int row = 0; row < view->model()->rowCount(); ++row) {
                const QModelIndex index = view->model()->index(row, column);
                QFont font = view->font();
                if (const QVariant cellFont = index.data(Qt::FontRole); cellFont.isValid())
                    font = cellFont.value<QFont>().resolve(view->font());
                const QFontMetricsF metrics(font);
                const QRectF wrapped = metrics.boundingRect(QRectF(0, 0, header->sectionSize(column) - 7, 10000),
                                                            Qt::TextWordWrap, index.data().toString());
                QVERIFY2(wrapped.width() <= header->sectionSize(column) - 7 &&
                             wrapped.height() < 3 * metrics.lineSpacing(),
                         qPrintable(QStringLiteral("%1 px: %2").arg(width).arg(index.data().toString())));
            }
        }
    }
    // At 820 pixels the longest reason takes two lines.
    const int why = RankingTableModel::column(RankingTableModel::Column::Why);
    const QModelIndex bravo = view->model()->index(2, why);
    QCOMPARE(bravo.data().toString(), euros("does not fit the remaining 100_000_€: passed over for Delta"));
    QVERIFY(QFontMetricsF(view->font()).horizontalAdvance(bravo.data().toString()) > view->columnWidth(why));
}

void TestRankingView::withdrawalAfterTheDecisionFreesTheGauge()
{
    // Issue #18: Alpha, Charlie and Delta laureates (250 000 €), the promotion closed; Alpha withdraws after its
    // first tranche (it keeps 78 930 €), Delta before any payment. The gauge reads what they give back.
    proposeAndApply();
    decide("Echo", Decision::Rejected);
    QVERIFY_OUTCOME(m_store->closePromotion(14, QDate(2024, 6, 20)));
    QCOMPARE(gaugeLegend("gaugeConsumedLabel"), euros("Consumed: 250_000_€"));
    FollowUpStore followUp(*m_store);
    const qint64 alpha = candidateId(QStringLiteral("Alpha"));
    const qint64 delta = candidateId(QStringLiteral("Delta"));
    QVERIFY(followUp.sign(alpha, QDate(2024, 7, 1), QString()).ok());
    QVERIFY(followUp.markPaid(alpha, 1, QDate(2024, 7, 5)).ok());
    QVERIFY(followUp.withdraw(alpha, QDate(2024, 9, 1), QString()).ok());
    QTRY_COMPARE(gaugeLegend("gaugeConsumedLabel"), euros("Consumed: 228_930_€"));
    QVERIFY(followUp.sign(delta, QDate(2024, 7, 1), QString()).ok());
    QVERIFY(followUp.withdraw(delta, QDate(2024, 7, 2), QString()).ok());
    QTRY_COMPARE(gaugeLegend("gaugeConsumedLabel"), euros("Consumed: 178_930_€"));
    QCOMPARE(gaugeLegend("gaugeRemainingLabel"), euros("Remaining: 121_070_€"));
    QCOMPARE(checkGaugeAgreesWithTable(), QStringLiteral("178930/0"));
    if (const QByteArray shot = qgetenv("FAST_FOLLOWUP_SHOT"); !shot.isEmpty()) {
        QTest::qWait(100);
        m_view->grab().save(QString::fromLocal8Bit(shot));
    }
}

QTEST_MAIN(TestRankingView)
#include "tst_rankingview.moc"
