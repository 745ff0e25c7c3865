#include "WiringWindowFixture.h"
#include "commands/SetCriteriaCommand.h"
#include "scoring/CriteriaDialog.h"
#include "scoring/ScoringGridView.h"
#include "storage/CommitteeStore.h"
#include "storage/ScoringStore.h"

#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QUndoStack>
#include <QtTest>

// The criteria editor in the real window, end to end: Promotion > Criteria and Weights opens it, OK changes
// the stored criteria in one undoable step with its audit row and the Notation tab follows; undo and redo go
// both ways; after the first note the editor (also from the Notation tab) is read-only and says why, and an
// undo that would change criteria under a note is refused.
class TestSetCriteriaCommand : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void editUndoRedo();
    void readOnlyAfterTheFirstNote();

private:
    CriteriaDialog *openFromMenu();

    QTemporaryDir *m_dir = nullptr;
    MainWindow *m_window = nullptr;
};

void TestSetCriteriaCommand::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("DINUM-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_setcriteriacommand"));
}

void TestSetCriteriaCommand::init()
{
    m_dir = new QTemporaryDir;
    m_window = WiringWindowFixture::openWindow(*m_dir, 1400, 820);
    QVERIFY(m_window);
    const QString written = WiringWindowFixture::addPromotionWithCandidates(
        *m_window, 500000, {{QStringLiteral("Alpha"), 100000}, {QStringLiteral("Beta"), 100000}});
    QVERIFY2(written.isEmpty(), qPrintable(written));
}

void TestSetCriteriaCommand::cleanup()
{
    delete m_window;
    m_window = nullptr;
    delete m_dir;
}

CriteriaDialog *TestSetCriteriaCommand::openFromMenu()
{
    auto *action = m_window->findChild<QAction *>(QStringLiteral("criteriaAction"));
    if (!action || action->shortcut() != QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K))
        return nullptr;
    action->trigger();
    CriteriaDialog *dialog = m_window->findChild<CriteriaDialog *>();
    return dialog && dialog->isVisible() ? dialog : nullptr;
}

void TestSetCriteriaCommand::editUndoRedo()
{
    // The Notation tab shows the criteria it notes; it must follow the change.
    auto *tabs = WiringWindowFixture::child<QTabWidget>(*m_window, "mainTabWidget");
    tabs->setCurrentIndex(1);
    ScoringGridView *grid = nullptr;
    QTRY_VERIFY((grid = m_window->findChild<ScoringGridView *>()) != nullptr);
    auto *criterionCombo = grid->findChild<QComboBox *>(QStringLiteral("criterionComboBox"));
    QTRY_COMPARE(criterionCombo->count(), 6);

    CriteriaDialog *dialog = openFromMenu();
    QVERIFY(dialog);
    QVERIFY(!dialog->isReadOnly());
    QTableWidget *table = dialog->table();
    table->item(0, 1)->setText(QStringLiteral("50"));
    dialog->removeCurrent(); // the current row is the first: Impact potentiel goes
    QCOMPARE(table->rowCount(), 4);
    table->item(0, 1)->setText(QStringLiteral("50"));
    QCOMPARE(dialog->message(), QString());
    dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    QTRY_VERIFY(!m_window->findChild<CriteriaDialog *>());

    const CriteriaSet changed = m_window->scoringStore()->criteria(15).value();
    QCOMPARE(changed.count(), 4);
    QCOMPARE(changed.at(0).name, QStringLiteral("Problème public et usagers"));
    QCOMPARE(changed.at(0).weight, 50);
    QCOMPARE(criterionCombo->count(), 5);
    QCOMPARE(criterionCombo->itemText(0), QStringLiteral("Problème public et usagers (weight 50)"));
    QCOMPARE(m_window->undoStack()->undoText(), QStringLiteral("Change the criteria of FAST15"));
    const QList<AuditEntry> audit = m_window->store()->auditEntries(15).value();
    QCOMPARE(audit.first().action, QStringLiteral("criteria.update"));
    QCOMPARE(audit.first().operatorName, QStringLiteral("test"));
    QVERIFY2(audit.first().newValue.startsWith(QStringLiteral("Problème public et usagers")),
             qPrintable(audit.first().newValue));

    m_window->undoStack()->undo();
    QCOMPARE(m_window->scoringStore()->criteria(15).value().count(), 5);
    QCOMPARE(m_window->scoringStore()->criteria(15).value().at(0).name, QStringLiteral("Impact potentiel"));
    QCOMPARE(criterionCombo->count(), 6);
    m_window->undoStack()->redo();
    QCOMPARE(m_window->scoringStore()->criteria(15).value().count(), 4);
    QCOMPARE(m_window->store()->auditEntries(15).value().first().action, QStringLiteral("criteria.update"));
}

void TestSetCriteriaCommand::readOnlyAfterTheFirstNote()
{
    // A change first, so that there is something to undo.
    CriteriaDialog *dialog = openFromMenu();
    QVERIFY(dialog);
    dialog->table()->item(0, 1)->setText(QStringLiteral("25"));
    dialog->table()->item(1, 1)->setText(QStringLiteral("25"));
    dialog->accept();
    QTRY_VERIFY(!m_window->findChild<CriteriaDialog *>());
    QCOMPARE(m_window->scoringStore()->criteria(15).value().at(0).weight, 25);

    const QString scored = WiringWindowFixture::scoreByAliceAlone(*m_window);
    QVERIFY2(scored.isEmpty(), qPrintable(scored));

    dialog = openFromMenu();
    QVERIFY(dialog);
    QVERIFY(dialog->isReadOnly());
    QCOMPARE(dialog->findChild<QLabel *>(QStringLiteral("criteriaIntroLabel"))->text(),
             QStringLiteral("The criteria cannot change once any score exists (10 note(s) given)."));
    dialog->close();
    QTRY_VERIFY(!m_window->findChild<CriteriaDialog *>());

    // The Notation tab's button opens the same read-only editor.
    auto *tabs = WiringWindowFixture::child<QTabWidget>(*m_window, "mainTabWidget");
    tabs->setCurrentIndex(1);
    ScoringGridView *grid = nullptr;
    QTRY_VERIFY((grid = m_window->findChild<ScoringGridView *>()) != nullptr);
    auto *button = grid->findChild<QPushButton *>(QStringLiteral("criteriaButton"));
    QVERIFY(button && button->isEnabled());
    button->click();
    QTRY_VERIFY((dialog = m_window->findChild<CriteriaDialog *>()) != nullptr);
    QVERIFY(dialog->isReadOnly());
    dialog->close();

    // Undoing the change now would change criteria under the notes: refused, said, nothing changed.
    m_window->undoStack()->undo();
    QCOMPARE(m_window->lastRefusal(),
             QStringLiteral("The criteria cannot change once any score exists (10 note(s) given)."));
    QCOMPARE(m_window->scoringStore()->criteria(15).value().at(0).weight, 25);
}

QTEST_MAIN(TestSetCriteriaCommand)
#include "tst_setcriteriacommand.moc"
