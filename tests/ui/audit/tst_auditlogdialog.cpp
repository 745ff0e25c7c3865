#include "AuditEntriesFixture.h"
#include "TestSupport.h"
#include "WiringWindowFixture.h"
#include "audit/AuditLogDialog.h"
#include "audit/AuditLogFilterProxyModel.h"
#include "audit/AuditLogModel.h"
#include "reports/AuditCsvExport.h"

#include <QAction>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

// The audit-log view: its filters driven through their widgets with the exact rows and count they leave,
// the CSV of the rows shown (bytes), the refusal of the open database as a target, and View > Audit Log
// opening it in the real window on the database's own log.
class TestAuditLogDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void filtersThroughTheWidgets();
    void exportWritesTheRowsShown();
    void clearFiltersShowsEverything();
    void windowOpensItOnTheDatabaseLog();
};

void TestAuditLogDialog::initTestCase()
{
    qputenv("TZ", "UTC");
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("DINUM-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_auditlogdialog"));
}

void TestAuditLogDialog::filtersThroughTheWidgets()
{
    AuditLogDialog dialog(AuditEntriesFixture::entries(), 0);
    auto *promotion = dialog.findChild<QComboBox *>(QStringLiteral("auditPromotionComboBox"));
    auto *candidate = dialog.findChild<QLineEdit *>(QStringLiteral("auditCandidateLineEdit"));
    auto *operatorCombo = dialog.findChild<QComboBox *>(QStringLiteral("auditOperatorComboBox"));
    auto *from = dialog.findChild<QDateEdit *>(QStringLiteral("auditFromDateEdit"));
    auto *to = dialog.findChild<QDateEdit *>(QStringLiteral("auditToDateEdit"));
    auto *count = dialog.findChild<QLabel *>(QStringLiteral("auditCountLabel"));
    QVERIFY(promotion && candidate && operatorCombo && from && to && count);

    QCOMPARE(count->text(), QStringLiteral("5 entry(ies)"));
    QStringList promotions;
    for (int i = 0; i < promotion->count(); ++i)
        promotions.append(promotion->itemText(i));
    QCOMPARE(promotions,
             QStringList({QStringLiteral("All promotions"), QStringLiteral("FAST14"), QStringLiteral("FAST13")}));
    QStringList operators;
    for (int i = 0; i < operatorCombo->count(); ++i)
        operators.append(operatorCombo->itemText(i));
    QCOMPARE(operators,
             QStringList({QStringLiteral("Everyone"), QStringLiteral("Claire Martin"), QStringLiteral("Paul Durand")}));
    QCOMPARE(from->date(), QDate(2026, 12, 1));
    QCOMPARE(to->date(), QDate(2026, 12, 3));
    // Newest first.
    QCOMPARE(dialog.view()->model()->index(0, AuditLogModel::SubjectColumn).data().toString(),
             QStringLiteral("FAST14 / Envergo"));

    QTest::keyClicks(candidate, QStringLiteral("envergo"));
    QCOMPARE(count->text(), QStringLiteral("2 of 5 entry(ies) shown"));
    operatorCombo->setCurrentIndex(2); // Paul Durand
    QCOMPARE(count->text(), QStringLiteral("1 of 5 entry(ies) shown"));
    QCOMPARE(dialog.shownEntries().first().subject, QStringLiteral("FAST13 / Envergo / requested"));
    promotion->setCurrentIndex(1); // FAST14: Paul changed nothing of Envergo there
    QCOMPARE(count->text(), QStringLiteral("0 of 5 entry(ies) shown"));
    QVERIFY(!dialog.findChild<QPushButton *>(QStringLiteral("auditExportButton"))->isEnabled());
    candidate->clear();
    QCOMPARE(count->text(), QStringLiteral("1 of 5 entry(ies) shown"));
    from->setDate(QDate(2026, 12, 3));
    to->setDate(QDate(2026, 12, 3));
    QCOMPARE(dialog.shownEntries().first().subject,
             QStringLiteral("FAST14 / Mon Suivi Social / Alice / Impact potentiel"));
}

void TestAuditLogDialog::exportWritesTheRowsShown()
{
    QTemporaryDir dir;
    AuditLogDialog dialog(AuditEntriesFixture::entries(), 13);
    // Opened from FAST13, the filter starts there.
    QCOMPARE(dialog.findChild<QComboBox *>(QStringLiteral("auditPromotionComboBox"))->currentText(),
             QStringLiteral("FAST13"));
    const QString path = dir.filePath(QStringLiteral("FAST13-audit.csv"));
    QVERIFY(dialog.exportCsv(path));
    const QByteArray expected =
        QByteArray("\xEF\xBB\xBF") + QStringLiteral("at;operator;promotion;action;subject;old;new\r\n"
                                                    "2026-12-02T16:00:00.000Z;Claire Martin;13;promotion.close;FAST13;"
                                                    "open;closed\r\n"
                                                    "2026-12-02T08:00:00.000Z;Paul Durand;13;candidate.update;"
                                                    "FAST13 / Envergo / requested;250 000 €;280 000 €\r\n")
                                         .toUtf8();
    QCOMPARE(TestSupport::readFile(path), expected);
    QCOMPARE(dialog.findChild<QLabel *>(QStringLiteral("auditStatusLabel"))->text(),
             QStringLiteral("2 entry(ies) exported to %1").arg(QDir::toNativeSeparators(path)));
    // A folder is refused, said in the dialog, and the earlier file is kept.
    QVERIFY(!dialog.exportCsv(dir.path()));
    QCOMPARE(dialog.findChild<QLabel *>(QStringLiteral("auditStatusLabel"))->text(),
             QStringLiteral("Cannot write %1: it is a folder, not a file.")
                 .arg(QDir::toNativeSeparators(QDir(dir.path()).absolutePath())));
    QCOMPARE(TestSupport::readFile(path), expected);
}

void TestAuditLogDialog::clearFiltersShowsEverything()
{
    AuditLogDialog dialog(AuditEntriesFixture::entries(), 14);
    QCOMPARE(dialog.proxy()->rowCount(), 2);
    dialog.findChild<QLineEdit *>(QStringLiteral("auditCandidateLineEdit"))->setText(QStringLiteral("zzz"));
    QCOMPARE(dialog.proxy()->rowCount(), 0);
    dialog.findChild<QPushButton *>(QStringLiteral("auditClearFiltersButton"))->click();
    QCOMPARE(dialog.proxy()->rowCount(), 5);
    QCOMPARE(dialog.findChild<QLabel *>(QStringLiteral("auditCountLabel"))->text(), QStringLiteral("5 entry(ies)"));
}

void TestAuditLogDialog::windowOpensItOnTheDatabaseLog()
{
    QTemporaryDir dir;
    std::unique_ptr<MainWindow> window(WiringWindowFixture::openWindow(dir, 1400, 820));
    QVERIFY(window);
    const QString written =
        WiringWindowFixture::addPromotionWithCandidates(*window, 500000, {{QStringLiteral("Alpha"), 100000}});
    QVERIFY2(written.isEmpty(), qPrintable(written));
    auto *action = window->findChild<QAction *>(QStringLiteral("auditLogAction"));
    QVERIFY(action);
    QVERIFY(action->isEnabled());
    QCOMPARE(action->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_J));
    action->trigger();
    AuditLogDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = window->findChild<AuditLogDialog *>()) != nullptr);
    QCOMPARE(dialog->windowModality(), Qt::WindowModal);
    QCOMPARE(dialog->model()->rowCount(), 2);
    QCOMPARE(dialog->proxy()->promotion(), 15);
    const QAbstractItemModel *shown = dialog->view()->model();
    QCOMPARE(shown->index(0, AuditLogModel::ActionColumn).data().toString(), QStringLiteral("Candidate added"));
    QCOMPARE(shown->index(0, AuditLogModel::CandidateColumn).data().toString(), QStringLiteral("Alpha"));
    QCOMPARE(shown->index(0, AuditLogModel::OperatorColumn).data().toString(), QStringLiteral("test"));
    QCOMPARE(shown->index(1, AuditLogModel::ActionColumn).data().toString(), QStringLiteral("Promotion created"));
    // The open database is never an export target.
    const QByteArray before = TestSupport::readFile(window->databasePath());
    const Outcome refused = dialog->exportCsv(window->databasePath());
    QVERIFY(!refused);
    QVERIFY2(refused.error().contains(QStringLiteral("the database in use")), qPrintable(refused.error()));
    QCOMPARE(TestSupport::readFile(window->databasePath()), before);
    dialog->close();
}

QTEST_MAIN(TestAuditLogDialog)
#include "tst_auditlogdialog.moc"
