#include "ScoringFixture.h"
#include "commands/StoreCommand.h"
#include "followup/FollowUpTableModel.h"
#include "followup/FollowUpView.h"
#include "followup/PaymentImport.h"
#include "storage/FollowUpStore.h"
#include "storage/PromotionSnapshots.h"

#include <QMessageBox>
#include <QPushButton>
#include <QUndoStack>
#include <QtTest>

#include <memory>

namespace {

// Money::toString() writes no-break spaces; the expectations read better with plain ones.
QString plain(QString text)
{
    return text.replace(QChar(0x00A0), QLatin1Char(' ')).replace(QChar(0x202F), QLatin1Char(' '));
}

} // namespace

// The bank's file of payments imported from the Follow-up tab (issue #18): FAST13 (2025) with Alpha (100 000 €)
// and Beta (150 000 €) laureates, both signed on 01/07/2025 with the 2021 opening key. A file with problems
// lists each with its line and records nothing; a good one is shown, recorded once confirmed as one undo step,
// undone and redone; one the rules refuse (a tranche past the commitment) names its line and changes nothing.
class TestPaymentImport : public QObject, protected ScoringFixture
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void problemsAreListedWithTheirLines();
    void confirmedFileIsOneUndoStep();
    void refusedByTheRulesChangesNothing();
    void cancelRecordsNothing();

private:
    QString write(const QString &name, const QByteArray &content) const;
    QString paidColumn() const;
    Outcome push(StoreCommand *command);

    std::unique_ptr<FollowUpStore> m_followUp;
    std::unique_ptr<PromotionSnapshots> m_snapshots;
    std::unique_ptr<QUndoStack> m_undo;
    std::unique_ptr<FollowUpView> m_view;
    QString m_lastRefusal;
};

void TestPaymentImport::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("DINUM-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_paymentimport"));
}

void TestPaymentImport::init()
{
    openStores(QStringLiteral("paymentimport.sqlite"));
    QVERIFY(m_committee);
    m_followUp = std::make_unique<FollowUpStore>(*m_committee);
    m_snapshots = std::make_unique<PromotionSnapshots>(*m_committee, *m_scoring, *m_decisions);
    m_undo = std::make_unique<QUndoStack>();
    addCommittee();
    for (const QString &name : {QStringLiteral("Alpha"), QStringLiteral("Beta")}) {
        QVERIFY(m_decisions->setDecision(candidateId(name), Decision::Laureate).ok());
        QVERIFY(m_followUp->sign(candidateId(name), QDate(2025, 7, 1), QString()).ok());
    }
    const PromotionPage::Services services{*m_committee, *m_scoring, *m_decisions,
                                           [this](StoreCommand *command) { return push(command); }, *m_snapshots};
    m_view = std::make_unique<FollowUpView>(services, *m_followUp);
    m_view->setPromotion(13);
    m_view->show();
}

void TestPaymentImport::cleanup()
{
    m_view.reset();
    m_undo.reset();
    m_snapshots.reset();
    m_followUp.reset();
    closeStores();
    m_lastRefusal.clear();
}

Outcome TestPaymentImport::push(StoreCommand *command)
{
    // As the window does: the stack deletes a refused command inside push(), so it is not touched after.
    auto refusal = std::make_shared<QString>();
    command->setRefusalHandler([refusal](const QString &message) { *refusal = message; });
    m_undo->push(command);
    m_lastRefusal = *refusal;
    return refusal->isEmpty() ? Outcome::success() : Outcome::failure(*refusal);
}

QString TestPaymentImport::write(const QString &name, const QByteArray &content) const
{
    QFile file(m_dir->filePath(name));
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
        return QString();
    return file.fileName();
}

// "Alpha paid | Beta paid", from the tab's rows (sorted by name).
QString TestPaymentImport::paidColumn() const
{
    const QAbstractItemModel *model = m_view->table()->model();
    QStringList paid;
    for (int row = 0; row < model->rowCount(); ++row)
        paid << model->index(row, FollowUpTableModel::Paid).data().toString();
    return plain(paid.join(QStringLiteral(" | ")));
}

void TestPaymentImport::problemsAreListedWithTheirLines()
{
    const QString file = write(QStringLiteral("bad.csv"), "laureat;reference;date;montant\n"
                                                          "Alpha;VIR-1;2025-13-05;78 930\n"
                                                          "Zeta;VIR-2;2025-07-05;1 000\n"
                                                          "Alpha;;2025-07-06;5\n");
    QMessageBox *box = m_view->paymentImport()->importFile(file);
    QVERIFY(box);
    QCOMPARE(box->icon(), QMessageBox::Warning);
    QCOMPARE(box->text(), QStringLiteral("bad.csv cannot be imported: 3 problem(s). No payment was recorded."));
    QCOMPARE(box->informativeText(),
             file + QStringLiteral(":2: date: \"2025-13-05\" is not a date: write 2025-07-14 or 14/07/2025\n") + file +
                 QStringLiteral(":3: laureat: no laureate called \"Zeta\"\n") + file +
                 QStringLiteral(":4: reference: the payment's reference is missing"));
    QVERIFY(!box->findChild<QPushButton *>(QStringLiteral("recordPaymentsButton")));
    box->close();
    QCOMPARE(m_undo->count(), 0);
    QCOMPARE(paidColumn(), QStringLiteral("0 € | 0 €"));
}

void TestPaymentImport::confirmedFileIsOneUndoStep()
{
    const QString file = write(QStringLiteral("bank.csv"), "laureat;reference;date;montant\n"
                                                           "Alpha;VIR-1;2025-07-05;78 930\n"
                                                           "beta;VIR-2;05/07/2025;118 395\n"
                                                           "Alpha;VIR-3;2025-10-02;21 070\n");
    QMessageBox *box = m_view->paymentImport()->importFile(file);
    QVERIFY(box);
    QCOMPARE(box->icon(), QMessageBox::Question);
    QCOMPARE(plain(box->text()),
             QStringLiteral("Record 3 payment(s) for 2 laureate(s) from bank.csv, 218 395 € in all?"));
    QCOMPARE(plain(box->informativeText()), QStringLiteral("FAST13 / Alpha: 78 930 € on 05/07/2025 (VIR-1)\n"
                                                           "FAST13 / Beta: 118 395 € on 05/07/2025 (VIR-2)\n"
                                                           "FAST13 / Alpha: 21 070 € on 02/10/2025 (VIR-3)"));
    auto *record = box->findChild<QPushButton *>(QStringLiteral("recordPaymentsButton"));
    QVERIFY(record);
    QCOMPARE(box->defaultButton(), record);
    QTest::mouseClick(record, Qt::LeftButton);
    QCOMPARE(m_lastRefusal, QString());
    QCOMPARE(m_undo->count(), 1);
    QCOMPARE(m_undo->undoText(), QStringLiteral("Import 3 payment(s) from bank.csv"));
    QTRY_COMPARE(paidColumn(), QStringLiteral("100 000 € | 118 395 €"));
    m_undo->undo();
    QTRY_COMPARE(paidColumn(), QStringLiteral("0 € | 0 €"));
    QCOMPARE(m_followUp->laureate(candidateId(QStringLiteral("Alpha"))).value().tranches.size(), 2);
    m_undo->redo();
    QTRY_COMPARE(paidColumn(), QStringLiteral("100 000 € | 118 395 €"));
    const LaureateFollowUp alpha = m_followUp->laureate(candidateId(QStringLiteral("Alpha"))).value();
    QCOMPARE(alpha.tranches.at(1).reference, QStringLiteral("VIR-3"));
    QCOMPARE(alpha.tranches.at(1).paidOn, QDate(2025, 10, 2));
}

void TestPaymentImport::refusedByTheRulesChangesNothing()
{
    const QString file = write(QStringLiteral("much.csv"), "laureat;reference;date;montant\n"
                                                           "Alpha;VIR-1;2025-07-05;78 930\n"
                                                           "Alpha;VIR-3;2025-10-02;21 071\n");
    QMessageBox *box = m_view->paymentImport()->importFile(file);
    QVERIFY(box);
    QTest::mouseClick(box->findChild<QPushButton *>(QStringLiteral("recordPaymentsButton")), Qt::LeftButton);
    QCOMPARE(m_undo->count(), 0);
    QMessageBox *refusal = nullptr;
    QTRY_VERIFY((refusal = m_view->window()->findChild<QMessageBox *>(QStringLiteral("paymentImportBox"))) != nullptr &&
                refusal->icon() == QMessageBox::Warning);
    QCOMPARE(refusal->text(), QStringLiteral("No payment of much.csv was recorded."));
    QCOMPARE(plain(refusal->informativeText()),
             file + QStringLiteral(":3: FAST13 / Alpha, tranche 2 of 21 071 € brings the tranches to 100 001 €, 1 € "
                                   "more than the commitment of 100 000 €."));
    QCOMPARE(paidColumn(), QStringLiteral("0 € | 0 €"));
}

void TestPaymentImport::cancelRecordsNothing()
{
    const QString file = write(QStringLiteral("bank.csv"), "laureat;reference;date;montant\n"
                                                           "Alpha;VIR-1;2025-07-05;78 930\n");
    QMessageBox *box = m_view->paymentImport()->importFile(file);
    QVERIFY(box);
    QTest::mouseClick(box->button(QMessageBox::Cancel), Qt::LeftButton);
    QCOMPARE(m_undo->count(), 0);
    QCOMPARE(paidColumn(), QStringLiteral("0 € | 0 €"));
}

QTEST_MAIN(TestPaymentImport)
#include "tst_paymentimport.moc"
