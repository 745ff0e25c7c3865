#include "ScoringFixture.h"
#include "TestSupport.h"
#include "commands/StoreCommand.h"
#include "followup/AgreementPanel.h"
#include "followup/FollowUpDialog.h"
#include "followup/FollowUpTableModel.h"
#include "followup/FollowUpView.h"
#include "followup/MilestonesPanel.h"
#include "followup/PaymentScheduleDialog.h"
#include "followup/TranchesPanel.h"
#include "shell/DatabaseSession.h"
#include "shell/MainWindow.h"
#include "storage/FollowUpStore.h"
#include "storage/PromotionSnapshots.h"
#include "widgets/AmountField.h"
#include "widgets/Palette.h"

#include <QAction>
#include <QCheckBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QUndoStack>
#include <QtTest>

#include <memory>

// The Follow-up tab on a real database file: FAST13 (2025) with Alpha (100 000 €) and Beta (150 000 €)
// laureates. The rows' exact texts, the totals to the cent and the late items said with the word "late" in
// the warning colour; the laureate's dialog opened by Enter, its edits (sign, pay, add a tranche, split by the
// opening key, a milestone, withdraw) each one undoable command, undone and redone, and the store's refusal
// beside the section; a closed promotion's follow-up still editable; the year's schedule figures.
class TestFollowUpView : public QObject, protected ScoringFixture
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void rowsTotalsAndLateWord();
    void dialogEditsUndoAndRedo();
    void refusalShownBesideTheSection();
    void splitByTheOpeningKeyAndMilestone();
    void closedPromotionStaysEditable();
    void withdrawalSaysWhatGoesBack();
    void scheduleFigures();
    void fromTheWindow();

private:
    QStringList rowTexts(int proxyRow) const;
    int proxyRowOf(const QString &name) const;
    FollowUpDialog *openByEnter(const QString &name);
    Outcome push(StoreCommand *command);

    std::unique_ptr<FollowUpStore> m_followUp;
    std::unique_ptr<PromotionSnapshots> m_snapshots;
    std::unique_ptr<QUndoStack> m_undo;
    std::unique_ptr<FollowUpView> m_view;
    qint64 m_alpha = 0;
    qint64 m_beta = 0;
};

void TestFollowUpView::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("DINUM-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_followupview"));
}

void TestFollowUpView::init()
{
    openStores(QStringLiteral("followupview.sqlite"));
    QVERIFY(m_committee);
    m_followUp = std::make_unique<FollowUpStore>(*m_committee);
    m_snapshots = std::make_unique<PromotionSnapshots>(*m_committee, *m_scoring, *m_decisions);
    m_undo = std::make_unique<QUndoStack>();
    addCommittee();
    m_alpha = candidateId(QStringLiteral("Alpha"));
    m_beta = candidateId(QStringLiteral("Beta"));
    QVERIFY(m_decisions->setDecision(m_alpha, Decision::Laureate).ok());
    QVERIFY(m_decisions->setDecision(m_beta, Decision::Laureate).ok());
    QVERIFY(m_decisions->setDecision(candidateId(QStringLiteral("Gamma")), Decision::Waitlist).ok());
    QVERIFY(m_decisions->setDecision(candidateId(QStringLiteral("Delta")), Decision::Rejected).ok());
    const PromotionPage::Services services{*m_committee, *m_scoring, *m_decisions,
                                           [this](StoreCommand *command) { return push(command); }, *m_snapshots};
    m_view = std::make_unique<FollowUpView>(services, *m_followUp);
    m_view->model()->setToday(QDate(2026, 1, 15));
    m_view->setPromotion(13);
    m_view->resize(1200, 500);
    m_view->show();
}

void TestFollowUpView::cleanup()
{
    m_view.reset();
    m_undo.reset();
    m_snapshots.reset();
    m_followUp.reset();
    closeStores();
}

Outcome TestFollowUpView::push(StoreCommand *command)
{
    // As the window does: the first redo runs inside push(); a refusal comes back in words.
    // The stack deletes a refused command inside push(), so the command is not touched after it, and the
    // handler a kept command still holds writes into a string that outlives this call.
    auto refusal = std::make_shared<QString>();
    command->setRefusalHandler([refusal](const QString &message) { *refusal = message; });
    m_undo->push(command);
    return refusal->isEmpty() ? Outcome::success() : Outcome::failure(*refusal);
}

QStringList TestFollowUpView::rowTexts(int proxyRow) const
{
    QStringList texts;
    const QAbstractItemModel *model = m_view->table()->model();
    for (int column = 0; column < model->columnCount(); ++column)
        texts << model->index(proxyRow, column).data().toString();
    return texts;
}

int TestFollowUpView::proxyRowOf(const QString &name) const
{
    const QAbstractItemModel *model = m_view->table()->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, 0).data().toString() == name)
            return row;
    }
    return -1;
}

FollowUpDialog *TestFollowUpView::openByEnter(const QString &name)
{
    QTableView *table = m_view->table();
    table->setFocus();
    table->selectRow(proxyRowOf(name));
    table->setCurrentIndex(table->model()->index(proxyRowOf(name), 0));
    QTest::keyClick(table, Qt::Key_Return);
    auto *dialog = m_view->findChild<FollowUpDialog *>();
    return dialog;
}

void TestFollowUpView::rowsTotalsAndLateWord()
{
    QCOMPARE(m_view->table()->model()->rowCount(), 2);
    QCOMPARE(rowTexts(0), (QStringList{QStringLiteral("Alpha"), QStringLiteral("to sign"), euros("0 €"), euros("0 €"),
                                       euros("0 €"), QString(), QString()}));
    // Alpha signs on 1 July 2025 (78 930 € then 21 070 € at the mid-term review) and is paid its first tranche.
    QVERIFY(m_followUp->sign(m_alpha, QDate(2025, 7, 1), QStringLiteral("CONV-13-01")).ok());
    QVERIFY(m_followUp->markPaid(m_alpha, 1, QDate(2025, 7, 5)).ok());
    const int alpha = proxyRowOf(QStringLiteral("Alpha"));
    QCOMPARE(rowTexts(alpha), (QStringList{QStringLiteral("Alpha"), QStringLiteral("paying"), euros("100 000 €"),
                                           euros("78 930 €"), euros("21 070 €"), euros("21 070 € on 01/10/2025"),
                                           QStringLiteral("late: tranche 2 due on 01/10/2025 and 3 more")}));
    const QModelIndex late = m_view->table()->model()->index(alpha, FollowUpTableModel::Late);
    QCOMPARE(late.data(Qt::ForegroundRole).value<QBrush>().color(), Palette::warningText());
    // The whole list in the cell's tooltip.
    QCOMPARE(late.data(Qt::ToolTipRole).toString(),
             QStringLiteral("tranche 2 due on 01/10/2025\nKick-off planned on 01/07/2025\nMid-term review planned on "
                            "01/10/2025\nEnd of accompaniment planned on 01/01/2026"));
    // One item late on 2 July 2025, the kick-off: said alone.
    m_view->model()->setToday(QDate(2025, 7, 2));
    QCOMPARE(late.data().toString(), QStringLiteral("late: Kick-off planned on 01/07/2025"));
    QCOMPARE(m_view->table()->model()->index(alpha, FollowUpTableModel::Committed).data(Qt::TextAlignmentRole).toInt(),
             int(Qt::AlignRight | Qt::AlignVCenter));
    // Not late the day before the kick-off: no word, no colour.
    m_view->model()->setToday(QDate(2025, 6, 30));
    QCOMPARE(late.data().toString(), QString());
    QVERIFY(!late.data(Qt::ForegroundRole).isValid());
    QCOMPARE(m_view->findChild<QLabel *>(QStringLiteral("followUpTotalsLabel"))->text(),
             euros("2 laureate(s) · committed 100 000 € · paid 78 930 € · left to pay 21 070 €"));
}

void TestFollowUpView::dialogEditsUndoAndRedo()
{
    // Beta selected, the table scrolled: a change keeps both.
    FollowUpDialog *dialog = openByEnter(QStringLiteral("Beta"));
    QVERIFY(dialog);
    QCOMPARE(dialog->windowTitle(), QStringLiteral("Follow-up of FAST13 / Beta"));
    dialog->findChild<QLineEdit *>(QStringLiteral("agreementReferenceEdit"))->setText(QStringLiteral("CONV-13-02"));
    dialog->findChild<QDateEdit *>(QStringLiteral("signedOnEdit"))->setDate(QDate(2025, 7, 10));
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("signButton")), Qt::LeftButton);
    QCOMPARE(m_undo->count(), 1);
    QCOMPARE(m_undo->text(0), QStringLiteral("Sign the agreement of Beta"));
    QCOMPARE(rowTexts(proxyRowOf(QStringLiteral("Beta"))).mid(1, 5),
             (QStringList{QStringLiteral("signed"), euros("150 000 €"), euros("0 €"), euros("150 000 €"),
                          euros("118 395 € on 10/07/2025")}));
    QCOMPARE(m_view->table()->selectionModel()->selectedRows().constFirst().row(), proxyRowOf(QStringLiteral("Beta")));
    auto *tranches = dialog->findChild<QTableWidget *>(QStringLiteral("tranchesTable"));
    QCOMPARE(tranches->rowCount(), 2);
    QCOMPARE(tranches->item(0, 2)->text(), euros("118 395 €"));
    QCOMPARE(tranches->item(1, 2)->text(), euros("31 605 €"));
    QCOMPARE(tranches->item(1, 1)->text(), QStringLiteral("10/10/2025"));

    // The first tranche paid on 15 July, at the planned amount.
    tranches->selectRow(0);
    dialog->findChild<QDateEdit *>(QStringLiteral("paidOnEdit"))->setDate(QDate(2025, 7, 15));
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("markPaidButton")), Qt::LeftButton);
    QCOMPARE(m_undo->count(), 2);
    QCOMPARE(m_undo->text(1), QStringLiteral("Mark tranche 1 of Beta paid"));
    QCOMPARE(tranches->item(0, 3)->text(), QStringLiteral("15/07/2025"));
    QCOMPARE(tranches->item(0, 4)->text(), euros("118 395 €"));
    QCOMPARE(rowTexts(proxyRowOf(QStringLiteral("Beta"))).mid(1, 4),
             (QStringList{QStringLiteral("paying"), euros("150 000 €"), euros("118 395 €"), euros("31 605 €")}));

    m_undo->undo();
    QCOMPARE(tranches->item(0, 3)->text(), QString());
    QCOMPARE(rowTexts(proxyRowOf(QStringLiteral("Beta"))).at(1), QStringLiteral("signed"));
    m_undo->undo();
    QCOMPARE(rowTexts(proxyRowOf(QStringLiteral("Beta"))).mid(1, 2),
             (QStringList{QStringLiteral("to sign"), euros("0 €")}));
    QCOMPARE(tranches->rowCount(), 0);
    QCOMPARE(m_followUp->laureate(m_beta).value().agreement.reference, QString());
    m_undo->redo();
    m_undo->redo();
    QCOMPARE(rowTexts(proxyRowOf(QStringLiteral("Beta"))).mid(1, 4),
             (QStringList{QStringLiteral("paying"), euros("150 000 €"), euros("118 395 €"), euros("31 605 €")}));
    QCOMPARE(m_followUp->laureate(m_beta).value().agreement.reference, QStringLiteral("CONV-13-02"));
    QCOMPARE(dialog->findChild<QLabel *>(QStringLiteral("followUpSummaryLabel"))->text(),
             euros("FAST13 / Beta · paying · granted 150 000 € · committed 150 000 € · paid 118 395 € · left to pay "
                   "31 605 €"));
}

void TestFollowUpView::refusalShownBesideTheSection()
{
    QVERIFY(m_followUp->sign(m_alpha, QDate(2025, 7, 1), QString()).ok());
    FollowUpDialog *dialog = openByEnter(QStringLiteral("Alpha"));
    QVERIFY(dialog);
    // The schedule already covers the 100 000 €: one euro more is refused in the store's words, nothing pushed.
    dialog->findChild<QLineEdit *>(QStringLiteral("trancheAmountEdit"))->setText(QStringLiteral("1"));
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("addTrancheButton")), Qt::LeftButton);
    auto *error = dialog->findChild<QLabel *>(QStringLiteral("tranchesErrorLabel"));
    QVERIFY(error->isVisible());
    QCOMPARE(error->text(), m_followUp->addTranche(m_alpha, QDate(2025, 12, 1), Money::fromEuros(1)).error());
    QVERIFY(error->text().contains(euros("100 000 €")));
    QCOMPARE(m_undo->count(), 0);
    QCOMPARE(m_followUp->laureate(m_alpha).value().tranches.size(), 2);
    // A paid tranche is not removed.
    QVERIFY(m_followUp->markPaid(m_alpha, 1, QDate(2025, 7, 2)).ok());
    auto *tranches = dialog->findChild<QTableWidget *>(QStringLiteral("tranchesTable"));
    tranches->selectRow(0);
    QVERIFY(!dialog->findChild<QPushButton *>(QStringLiteral("removeTrancheButton"))->isEnabled());
    // An amendment without its reason: refused beside the agreement.
    dialog->findChild<QLineEdit *>(QStringLiteral("committedEdit"))->setText(QStringLiteral("90 000"));
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("signButton")), Qt::LeftButton);
    auto *agreementError = dialog->findChild<QLabel *>(QStringLiteral("agreementErrorLabel"));
    QVERIFY(agreementError->isVisible());
    QVERIFY2(agreementError->text().contains(QStringLiteral("reason")), qPrintable(agreementError->text()));
    QCOMPARE(m_undo->count(), 0);
}

void TestFollowUpView::splitByTheOpeningKeyAndMilestone()
{
    // Signed, its tranches removed and added again by hand: the split puts back the key's two.
    QVERIFY(m_followUp->sign(m_alpha, QDate(2025, 7, 1), QString()).ok());
    FollowUpDialog *dialog = openByEnter(QStringLiteral("Alpha"));
    QVERIFY(dialog);
    auto *tranches = dialog->findChild<QTableWidget *>(QStringLiteral("tranchesTable"));
    tranches->selectRow(1);
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("removeTrancheButton")), Qt::LeftButton);
    tranches->selectRow(0);
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("removeTrancheButton")), Qt::LeftButton);
    QCOMPARE(tranches->rowCount(), 0);
    QCOMPARE(m_undo->text(1), QStringLiteral("Remove tranche 1 of Alpha"));
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("splitButton")), Qt::LeftButton);
    QCOMPARE(m_undo->count(), 3);
    QCOMPARE(m_undo->text(2), euros("Split the tranches of Alpha by the opening key (78,93 %)"));
    QCOMPARE(tranches->rowCount(), 2);
    QCOMPARE(tranches->item(0, 2)->text(), euros("78 930 €"));
    QCOMPARE(tranches->item(1, 2)->text(), euros("21 070 €"));
    QCOMPARE(tranches->item(0, 1)->text(), QStringLiteral("01/07/2025"));
    QCOMPARE(tranches->item(1, 1)->text(), QStringLiteral("01/10/2025"));
    // The mid-term review done on 3 October with a note.
    auto *milestones = dialog->findChild<QTableWidget *>(QStringLiteral("milestonesTable"));
    milestones->selectRow(1);
    dialog->findChild<QCheckBox *>(QStringLiteral("milestoneDoneCheck"))->setChecked(true);
    dialog->findChild<QDateEdit *>(QStringLiteral("milestoneDoneOnEdit"))->setDate(QDate(2025, 10, 3));
    dialog->findChild<QLineEdit *>(QStringLiteral("milestoneNoteEdit"))->setText(QStringLiteral("Jalons tenus"));
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("saveMilestoneButton")), Qt::LeftButton);
    QCOMPARE(m_undo->count(), 4);
    QCOMPARE(m_undo->text(3), QStringLiteral("Set the mid-term review of Alpha"));
    QCOMPARE(milestones->item(1, 2)->text(), QStringLiteral("03/10/2025"));
    QCOMPARE(milestones->item(1, 3)->text(), QStringLiteral("Jalons tenus"));
    m_undo->undo();
    QCOMPARE(milestones->item(1, 2)->text(), QString());
    m_undo->undo();
    QCOMPARE(tranches->rowCount(), 0);
    m_undo->redo();
    QCOMPARE(tranches->rowCount(), 2);
}

void TestFollowUpView::closedPromotionStaysEditable()
{
    QVERIFY(m_committee->closePromotion(13, QDate(2025, 6, 20)).ok());
    FollowUpDialog *dialog = openByEnter(QStringLiteral("Alpha"));
    QVERIFY(dialog);
    dialog->findChild<QDateEdit *>(QStringLiteral("signedOnEdit"))->setDate(QDate(2025, 7, 1));
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("signButton")), Qt::LeftButton);
    QCOMPARE(dialog->findChild<QLabel *>(QStringLiteral("agreementErrorLabel"))->text(), QString());
    QCOMPARE(m_undo->count(), 1);
    QCOMPARE(rowTexts(proxyRowOf(QStringLiteral("Alpha"))).at(1), QStringLiteral("signed"));
    m_undo->undo();
    QCOMPARE(rowTexts(proxyRowOf(QStringLiteral("Alpha"))).at(1), QStringLiteral("to sign"));
    // The decisions stay closed.
    QCOMPARE(m_decisions->setDecision(m_alpha, Decision::Rejected).error(),
             QStringLiteral("FAST13 is closed: reopen it before changing it."));
}

void TestFollowUpView::withdrawalSaysWhatGoesBack()
{
    QVERIFY(m_followUp->sign(m_beta, QDate(2025, 7, 10), QString()).ok());
    FollowUpDialog *dialog = openByEnter(QStringLiteral("Beta"));
    QVERIFY(dialog);
    dialog->findChild<QDateEdit *>(QStringLiteral("withdrawnOnEdit"))->setDate(QDate(2025, 8, 1));
    dialog->findChild<QLineEdit *>(QStringLiteral("withdrawalReasonEdit"))->setText(QStringLiteral("abandon"));
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("withdrawButton")), Qt::LeftButton);
    QCOMPARE(m_undo->text(0), QStringLiteral("Withdraw Beta"));
    QCOMPARE(dialog->findChild<QLabel *>(QStringLiteral("withdrawalLabel"))->text(),
             euros("Withdrawn on 01/08/2025 before any payment: 150 000 € back to the promotion's envelope."));
    QCOMPARE(rowTexts(proxyRowOf(QStringLiteral("Beta"))).mid(1, 4),
             (QStringList{QStringLiteral("withdrawn"), euros("0 €"), euros("0 €"), euros("0 €")}));
    QCOMPARE(m_view->findChild<QLabel *>(QStringLiteral("followUpReleasedLabel"))->text(),
             euros("Withdrawals before any payment gave 150 000 € back to the promotion's envelope."));
    m_undo->undo();
    QCOMPARE(rowTexts(proxyRowOf(QStringLiteral("Beta"))).at(1), QStringLiteral("signed"));
    QVERIFY(m_view->findChild<QLabel *>(QStringLiteral("followUpReleasedLabel"))->isHidden());
}

void TestFollowUpView::scheduleFigures()
{
    // 2025: Alpha signs 100 000 € and is paid 78 930 €; Beta signs 150 000 € and withdraws before any payment.
    QVERIFY(m_followUp->sign(m_alpha, QDate(2025, 7, 1), QString()).ok());
    QVERIFY(m_followUp->markPaid(m_alpha, 1, QDate(2025, 7, 5)).ok());
    QVERIFY(m_followUp->sign(m_beta, QDate(2025, 7, 10), QString()).ok());
    QVERIFY(m_followUp->withdraw(m_beta, QDate(2025, 8, 1), QString()).ok());
    PaymentScheduleDialog dialog(*m_committee, *m_followUp, 2025);
    const auto column = [](QTableWidget *table, int index) {
        QStringList texts;
        for (int row = 0; row < table->rowCount(); ++row)
            texts << table->verticalHeaderItem(row)->text() + QStringLiteral(": ") + table->item(row, index)->text();
        return texts;
    };
    QCOMPARE(column(dialog.figuresTable(), 0),
             (QStringList{euros("Restes à payer at 31 December 2024: 0 €"), euros("AE committed in 2025: 250 000 €"),
                          euros("AE cancelled in 2025 (withdrawals): 150 000 €"), euros("CP paid in 2025: 78 930 €"),
                          euros("CP still planned in 2025: 21 070 €"),
                          euros("Restes à payer at 31 December 2025: 21 070 €")}));
    QTableWidget *schedule = dialog.scheduleTable();
    QStringList totals;
    for (int c = 0; c < schedule->columnCount(); ++c)
        totals << schedule->horizontalHeaderItem(c)->text() + QStringLiteral("|") + schedule->item(2, c)->text();
    QCOMPARE(totals,
             (QStringList{euros("AE|250 000 €"), euros("CP 2025|100 000 €"), euros("CP 2026|0 €"), euros("CP 2027|0 €"),
                          euros("CP beyond|0 €"), euros("Not scheduled yet|0 €"), euros("Cancelled|150 000 €")}));
    // Alpha's second tranche paid in 2026: the 2026 figures follow while the dialog is open.
    dialog.setYear(2026);
    QVERIFY(m_followUp->markPaid(m_alpha, 2, QDate(2026, 1, 20)).ok());
    QCOMPARE(column(dialog.figuresTable(), 0).at(3), euros("CP paid in 2026: 21 070 €"));
    QCOMPARE(column(dialog.figuresTable(), 0).at(5), euros("Restes à payer at 31 December 2026: 0 €"));
    QVERIFY(dialog.copyText().startsWith(QStringLiteral("Restes à payer at 31 December 2025\t")));
}

void TestFollowUpView::fromTheWindow()
{
    // The demo's FAST13 (closed) in the window: the Follow-up tab lists its ten laureates, Enter opens the first
    // one's dialog, Sign is one step of the window's undo stack, and Ctrl+Z in the dialog undoes it.
    MainWindow window;
    QVERIFY(window.openDemo().ok());
    window.resize(1400, 820);
    window.show();
    QVERIFY(window.selectPromotion(13));
    auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("mainTabWidget"));
    tabs->setCurrentWidget(window.findChild<QWidget *>(QStringLiteral("followUpTab")));
    QCOMPARE(tabs->tabText(tabs->currentIndex()), QStringLiteral("F&ollow-up"));
    auto *view = window.findChild<FollowUpView *>();
    QVERIFY(view);
    QCOMPARE(view->table()->model()->rowCount(), 10);
    QTableView *table = view->table();
    table->setFocus();
    table->setCurrentIndex(table->model()->index(0, 0));
    table->selectRow(0);
    const QString name = table->model()->index(0, 0).data().toString();
    QTest::keyClick(table, Qt::Key_Return);
    QPointer<FollowUpDialog> dialog = window.findChild<FollowUpDialog *>();
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("signButton")), Qt::LeftButton);
    auto *undo = window.findChild<QAction *>(QStringLiteral("undoAction"));
    QCOMPARE(undo->text(), QStringLiteral("&Undo Sign the agreement of %1").arg(name));
    QCOMPARE(table->model()->index(0, FollowUpTableModel::Status).data().toString(), QStringLiteral("signed"));
    QVERIFY(dialog->actions().contains(undo));
    dialog->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(dialog));
    QTest::keySequence(dialog, QKeySequence::Undo);
    QCOMPARE(table->model()->index(0, FollowUpTableModel::Status).data().toString(), QStringLiteral("to sign"));
    QCOMPARE(window.session()->followUp()->laureate(dialog->candidateId()).value().agreement.isSigned(), false);
    dialog->close();
}

QTEST_MAIN(TestFollowUpView)
#include "tst_followupview.moc"
