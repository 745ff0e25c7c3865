#include "scoring/CopyCommitteeDialog.h"
#include "scoring/ScoringGridView.h"
#include "shell/MainWindow.h"
#include "widgets/EmptyState.h"

#include "storage/CommitteeStore.h"
#include "storage/ScoringStore.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QMenu>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QTabWidget>
#include <QTableView>
#include <QUndoStack>
#include <QtTest>

namespace {

QStringList names(const QList<CommitteeMember> &members)
{
    QStringList all;
    for (const CommitteeMember &member : members)
        all.append(member.name);
    return all;
}

QStringList criterionRows(const CriteriaSet &criteria)
{
    QStringList all;
    for (const Criterion &criterion : criteria.criteria())
        all.append(QStringLiteral("%1 %2").arg(criterion.name).arg(criterion.weight));
    return all;
}

} // namespace

// "Copy the committee of FAST13…" in the window: offered by the scoring tab's empty state and the Promotion
// menu, it asks which promotion, copies members and criteria as one step of the undo stack, and undo takes
// both back (the members off, the criteria as they were); redo copies again.
class TestCopyCommitteeCommand : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void copiedFromTheEmptyStateUndoneRedone();
    void menuEntryAsksWhichPromotion();

private:
    template <typename T> T *child(const char *name) const
    {
        T *found = m_window->findChild<T *>(QLatin1String(name));
        if (!found)
            qFatal("no child %s", name);
        return found;
    }
    void addPromotion(int number);

    QTemporaryDir *m_dir = nullptr;
    MainWindow *m_window = nullptr;
};

void TestCopyCommitteeCommand::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("DINUM-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_copycommitteecommand"));
}

void TestCopyCommitteeCommand::addPromotion(int number)
{
    Promotion promotion;
    promotion.number = number;
    promotion.year = 2026;
    promotion.envelope = Money::fromEuros(1000000);
    QVERIFY(m_window->addPromotion(promotion).ok());
}

void TestCopyCommitteeCommand::init()
{
    QSettings().clear();
    m_dir = new QTemporaryDir;
    QVERIFY(m_dir->isValid());
    m_window = new MainWindow;
    m_window->setOperatorName(QStringLiteral("test"));
    const Outcome opened = m_window->openDatabase(m_dir->filePath(QStringLiteral("committee.sqlite")));
    QVERIFY2(opened.ok(), qPrintable(opened.error()));
    addPromotion(13);
    QVERIFY(m_window->scoringStore()->addMembers(13, {QStringLiteral("Alice"), QStringLiteral("Bruno")}).ok());
    const CriteriaSet criteria(QList<Criterion>{{0, QStringLiteral("Impact"), 60}, {0, QStringLiteral("Équipe"), 40}});
    QVERIFY(m_window->scoringStore()->setCriteria(13, criteria).ok());
    addPromotion(14);
    Candidate candidate;
    candidate.name = QStringLiteral("Envergo");
    candidate.carrier = QStringLiteral("DGALN");
    candidate.annualBudget = Money::fromEuros(400000);
    candidate.requested = Money::fromEuros(100000);
    QVERIFY(m_window->addCandidate(candidate).ok());
    m_window->undoStack()->clear();
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
    QCOMPARE(m_window->currentPromotionNumber(), 14);
}

void TestCopyCommitteeCommand::cleanup()
{
    delete m_window;
    m_window = nullptr;
    delete m_dir;
    m_dir = nullptr;
}

void TestCopyCommitteeCommand::copiedFromTheEmptyStateUndoneRedone()
{
    child<QTabWidget>("mainTabWidget")->setCurrentIndex(1);
    auto *empty = child<EmptyState>("scoringEmptyState");
    QVERIFY(empty->isVisible());
    auto *copy = empty->findChild<QPushButton *>(QStringLiteral("emptyCopyCommitteeButton"));
    QVERIFY(copy);
    QCOMPARE(copy->text(), QStringLiteral("Copy the committee of FAST13…"));
    QTest::mouseClick(copy, Qt::LeftButton);
    QPointer<CopyCommitteeDialog> dialog = m_window->findChild<CopyCommitteeDialog *>();
    QVERIFY(dialog);
    QCOMPARE(dialog->sourceNumber(), 13);
    QCOMPARE(dialog->sourceCombo()->currentText(), QStringLiteral("FAST13 (2026) — 2 member(s)"));
    QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
    QTRY_VERIFY(dialog.isNull());

    const QStringList copiedCriteria{QStringLiteral("Impact 60"), QStringLiteral("Équipe 40")};
    QCOMPARE(names(m_window->scoringStore()->members(14).value()),
             QStringList({QStringLiteral("Alice"), QStringLiteral("Bruno")}));
    QCOMPARE(criterionRows(m_window->scoringStore()->criteria(14).value()), copiedCriteria);
    QVERIFY(!empty->isVisible());
    const QAbstractItemModel *grid = child<QTableView>("scoringTableView")->model();
    QCOMPARE(grid->headerData(0, Qt::Horizontal).toString(), QStringLiteral("Alice"));
    QCOMPARE(grid->headerData(1, Qt::Horizontal).toString(), QStringLiteral("Bruno"));
    QCOMPARE(child<QComboBox>("criterionComboBox")->itemText(0), QStringLiteral("Impact (weight 60)"));

    QUndoStack *stack = m_window->undoStack();
    QCOMPARE(stack->count(), 1);
    QCOMPARE(stack->undoText(), QStringLiteral("Copy the committee of FAST13"));
    stack->undo();
    QVERIFY(m_window->scoringStore()->members(14).value().isEmpty());
    QCOMPARE(criterionRows(m_window->scoringStore()->criteria(14).value()).size(), 5);
    QCOMPARE(criterionRows(m_window->scoringStore()->criteria(14).value()).constFirst(), QStringLiteral("Impact potentiel 30"));
    QVERIFY(empty->isVisible());
    stack->redo();
    QCOMPARE(names(m_window->scoringStore()->members(14).value()),
             QStringList({QStringLiteral("Alice"), QStringLiteral("Bruno")}));
    QCOMPARE(criterionRows(m_window->scoringStore()->criteria(14).value()), copiedCriteria);
    QVERIFY(m_window->lastRefusal().isEmpty());
}

void TestCopyCommitteeCommand::menuEntryAsksWhichPromotion()
{
    auto *promotionMenu = child<QMenu>("promotionMenu");
    QAction *action = child<QAction>("copyCommitteeAction");
    QVERIFY(promotionMenu->actions().contains(action));
    QCOMPARE(action->text(), QStringLiteral("Cop&y the Committee of Another Promotion…"));
    QVERIFY(action->isEnabled());
    action->trigger();
    // The scoring tab is shown, where the copy lands.
    QCOMPARE(child<QTabWidget>("mainTabWidget")->currentIndex(), 1);
    QPointer<CopyCommitteeDialog> dialog = m_window->findChild<CopyCommitteeDialog *>();
    QVERIFY(dialog);
    QCOMPARE(dialog->sourceCombo()->count(), 1);
    QCOMPARE(dialog->findChild<QLabel *>(QStringLiteral("copyExplanationLabel"))->text(),
             QStringLiteral("The members FAST14 does not have yet are added, and its criteria become those of FAST13 "
                            "(names and weights). Undo (Ctrl+Z) takes the copy back."));
    dialog->reject();
    QTRY_VERIFY(dialog.isNull());
    QVERIFY(m_window->scoringStore()->members(14).value().isEmpty());
    QCOMPARE(m_window->undoStack()->count(), 0);
}

QTEST_MAIN(TestCopyCommitteeCommand)
#include "tst_copycommitteecommand.moc"
