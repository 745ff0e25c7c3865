#include "shell/DatabaseSession.h"
#include "shell/MainWindow.h"
#include "storage/CommitteeStore.h"
#include "storage/ScoringStore.h"

#include "TestDatabaseLocation.h"

#include <QItemSelectionModel>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>

// Two windows on one committee shared on a PostgreSQL server (issue #17): what is written in one appears in
// the other within a second, the other's selection kept. Skipped, saying so, without a test server.
class TestSharedCommittee : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void aCandidateAddedInOneWindowAppearsInTheOther();

private:
    static Candidate candidate(const QString &name);
};

void TestSharedCommittee::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("DINUM-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("fast-committee-shared-tests"));
    QSettings().clear();
}

Candidate TestSharedCommittee::candidate(const QString &name)
{
    Candidate c;
    c.name = name;
    c.carrier = QStringLiteral("DINUM");
    c.annualBudget = Money::fromEuros(400000);
    c.requested = Money::fromEuros(150000);
    return c;
}

void TestSharedCommittee::aCandidateAddedInOneWindowAppearsInTheOther()
{
    TestDatabaseLocation server(TestDatabaseLocation::Engine::PostgreSql);
    if (server.address().isEmpty())
        QSKIP(qPrintable(server.error()));
    MainWindow secretariat;
    QVERIFY(secretariat.openDatabase(server.address()).ok());
    Promotion promotion;
    promotion.number = 14;
    promotion.year = 2026;
    promotion.envelope = Money::fromEuros(2550000);
    QVERIFY(secretariat.session()->store()->addPromotion(promotion).ok());
    QVERIFY(secretariat.session()->store()->addCandidate(14, candidate(QStringLiteral("Mano"))).ok());

    MainWindow member;
    QVERIFY(member.openDatabase(server.address()).ok());
    member.show();
    QVERIFY(member.selectPromotion(14));
    auto *view = member.findChild<QTableView *>(QStringLiteral("candidatesTableView"));
    QVERIFY(view);
    QCOMPARE(view->model()->rowCount(), 1);
    view->selectRow(0);
    QCOMPARE(view->currentIndex().data().toString(), QStringLiteral("Mano"));

    // Sorted before Mano: the member's selection must follow Mano, not stay on row 0.
    QVERIFY(secretariat.session()->store()->addCandidate(14, candidate(QStringLiteral("Envergo"))).ok());
    QTRY_COMPARE_WITH_TIMEOUT(view->model()->rowCount(), 2, 1000);
    QCOMPARE(view->model()->index(0, 0).data().toString(), QStringLiteral("Envergo"));
    QCOMPARE(view->selectionModel()->selectedRows().size(), 1);
    QCOMPARE(view->selectionModel()->selectedRows().constFirst().data().toString(), QStringLiteral("Mano"));
}

QTEST_MAIN(TestSharedCommittee)
#include "tst_sharedcommittee.moc"
