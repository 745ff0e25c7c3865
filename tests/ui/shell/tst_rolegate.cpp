#include "followup/FollowUpDialog.h"
#include "followup/FollowUpView.h"
#include "scoring/ScoringGridModel.h"
#include "shell/DatabaseSession.h"
#include "shell/MainWindow.h"
#include "shell/RoleGate.h"
#include "storage/CommitteeStore.h"
#include "storage/Database.h"
#include "storage/DecisionStore.h"
#include "storage/ScoringStore.h"
#include "storage/ServerRoles.h"

#include "TestDatabaseLocation.h"

#include <QAction>
#include <QDialog>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>
#include <QUuid>

// The window follows the role the server gives its login (issue #17, item 4): the status bar says who is
// connected and as what, and a member or an observer is not offered what the server would refuse, in the
// menus, the toolbar and the pages' buttons, pages built later included; a file opened afterwards offers
// everything again. Against the throwaway PostgreSQL server (FAST_TEST_POSTGRES); skipped without it.
class TestRoleGate : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void eachRoleIsOfferedWhatItMayDo_data();
    void eachRoleIsOfferedWhatItMayDo();
    void aFileOpenedAfterwardsOffersEverything();
    void theFollowUpDialogFollowsTheRole_data();
    void theFollowUpDialogFollowsTheRole();

private:
    QString addressAs(const QString &login) const;
    static bool enabled(const MainWindow &window, const QString &objectName);

    std::unique_ptr<TestDatabaseLocation> m_location;
    QStringList m_roles;
    QString m_prefix;
    static constexpr const char *password = "Tr3s-secret-pw";
};

void TestRoleGate::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("DINUM-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("fast-committee-rolegate-tests"));
    QSettings().clear();
    if (TestDatabaseLocation::serverAdminAddress().isEmpty())
        return;
    m_location = std::make_unique<TestDatabaseLocation>(TestDatabaseLocation::Engine::PostgreSql);
    QVERIFY2(!m_location->address().isEmpty(), qPrintable(m_location->error()));
    Database admin;
    QVERIFY(admin.open(m_location->address()).ok());
    QVERIFY(ServerRoles::init(admin).ok());
    m_prefix = QStringLiteral("g") + QUuid::createUuid().toString(QUuid::Id128).left(10);
    for (const auto &[suffix, kind] : {std::pair{QStringLiteral("_secretariat"), ServerRole::Kind::Secretariat},
                                       std::pair{QStringLiteral("_member"), ServerRole::Kind::Member},
                                       std::pair{QStringLiteral("_observer"), ServerRole::Kind::Observer}}) {
        ServerRoles::Login login;
        login.name = m_prefix + suffix;
        login.kind = kind;
        login.memberName = QStringLiteral("Claire Dupont");
        m_roles.append(login.name);
        QVERIFY(ServerRoles::addLogin(admin, login, [] {
                    return Result<QString>::success(QString::fromLatin1(password));
                }).ok());
    }
    CommitteeStore store(admin);
    Promotion promotion;
    promotion.number = 13;
    promotion.year = 2025;
    promotion.envelope = Money::fromEuros(500000);
    QVERIFY(store.addPromotion(promotion).ok());
    Candidate candidate;
    candidate.name = QStringLiteral("Envergo");
    candidate.carrier = QStringLiteral("DINUM");
    candidate.annualBudget = Money::fromEuros(400000);
    candidate.requested = Money::fromEuros(150000);
    QVERIFY(store.addCandidate(13, candidate).ok());
    // A laureate, so that the follow-up tab has a row to open.
    candidate.name = QStringLiteral("Datapass");
    candidate.requested = Money::fromEuros(120000);
    const Result<Candidate> laureate = store.addCandidate(13, candidate);
    QVERIFY(laureate.ok());
    ScoringStore scoring(store);
    QVERIFY(DecisionStore(store, scoring).setDecision(laureate.value().id, Decision::Laureate).ok());
    QVERIFY(scoring.addMembers(13, {QStringLiteral("Claire Dupont"), QStringLiteral("Bob Martin")}).ok());
}

void TestRoleGate::cleanupTestCase()
{
    if (!m_location)
        return;
    const QString databaseName = QUrl(m_location->address()).path().mid(1);
    m_location.reset();
    for (const ServerRole::Kind kind :
         {ServerRole::Kind::Secretariat, ServerRole::Kind::Member, ServerRole::Kind::Observer})
        m_roles.append(ServerRole::groupName(databaseName, kind));
    const QUrl admin(TestDatabaseLocation::serverAdminAddress());
    {
        QSqlDatabase server = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("rolegate-cleanup"));
        server.setHostName(admin.host());
        server.setPort(admin.port(5432));
        server.setUserName(admin.userName());
        server.setDatabaseName(admin.path().mid(1));
        QVERIFY(server.open());
        QSqlQuery query(server);
        for (const QString &role : std::as_const(m_roles))
            QVERIFY(query.exec(QStringLiteral("DROP ROLE IF EXISTS \"%1\"").arg(role)));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("rolegate-cleanup"));
}

QString TestRoleGate::addressAs(const QString &login) const
{
    QUrl address(m_location->address());
    address.setUserName(login);
    address.setPassword(QString::fromLatin1(password));
    return address.toString();
}

bool TestRoleGate::enabled(const MainWindow &window, const QString &objectName)
{
    if (const auto *action = window.findChild<QAction *>(objectName))
        return action->isEnabled();
    if (const auto *button = window.findChild<QAbstractButton *>(objectName))
        return button->isEnabled();
    qWarning("no control named %s", qPrintable(objectName));
    return false;
}

void TestRoleGate::eachRoleIsOfferedWhatItMayDo_data()
{
    QTest::addColumn<QString>("suffix");
    QTest::addColumn<QString>("status");
    QTest::addColumn<bool>("changesCommittee");
    QTest::addColumn<bool>("scores");
    QTest::newRow("secretariat") << QStringLiteral("_secretariat") << QStringLiteral("secretariat") << true << true;
    QTest::newRow("member") << QStringLiteral("_member") << QStringLiteral("member") << false << true;
    QTest::newRow("observer") << QStringLiteral("_observer") << QStringLiteral("observer") << false << false;
}

void TestRoleGate::eachRoleIsOfferedWhatItMayDo()
{
    if (!m_location)
        QSKIP("FAST_TEST_POSTGRES is not set: scripts/test.sh starts a throwaway PostgreSQL server for this suite");
    QFETCH(QString, suffix);
    QFETCH(QString, status);
    QFETCH(bool, changesCommittee);
    QFETCH(bool, scores);
    MainWindow window;
    const Outcome opened = window.openDatabase(addressAs(m_prefix + suffix));
    QVERIFY2(opened.ok(), qPrintable(opened.error()));
    window.show();
    QVERIFY(window.selectPromotion(13));
    auto *label = window.findChild<QLabel *>(QStringLiteral("roleStatusLabel"));
    QVERIFY(label);
    QCOMPARE(label->text(), QStringLiteral("connected as %1 (%2)").arg(m_prefix + suffix, status));
    QVERIFY(label->isVisible());
    for (const QString &name : {QStringLiteral("newPromotionAction"), QStringLiteral("editPromotionAction"),
                                QStringLiteral("closePromotionAction"), QStringLiteral("addCandidateAction"),
                                QStringLiteral("importCsvAction"), QStringLiteral("addMembersAction"),
                                QStringLiteral("proposeLaureatesAction")})
        QVERIFY2(enabled(window, name) == changesCommittee, qPrintable(name));
    // A page built only now, once shown: its buttons follow the role as well.
    auto *tabs = window.findChild<QTabWidget *>();
    QVERIFY(tabs);
    for (int i = 0; i < tabs->count(); ++i) {
        if (tabs->widget(i)->objectName() == QLatin1String("rankingTab"))
            tabs->setCurrentIndex(i);
    }
    QTRY_VERIFY(window.findChild<QAbstractButton *>(QStringLiteral("proposeButton")));
    QCOMPARE(enabled(window, QStringLiteral("proposeButton")), changesCommittee);
    for (int i = 0; i < tabs->count(); ++i) {
        if (tabs->widget(i)->objectName() == QLatin1String("scoringTab"))
            tabs->setCurrentIndex(i);
    }
    QTRY_VERIFY(window.findChild<QAction *>(QStringLiteral("recusalAction")));
    QTRY_VERIFY(window.findChild<QAbstractButton *>(QStringLiteral("addMemberButton")));
    QCOMPARE(enabled(window, QStringLiteral("addMemberButton")), changesCommittee);
    if (!scores)
        QVERIFY(!enabled(window, QStringLiteral("recusalAction")));
    // A member notes in their own column only (Claire Dupont's: the member logins map to her); the
    // secretariat in every one, an observer in none.
    auto *table = window.findChild<QTableView *>(QStringLiteral("scoringTableView"));
    QVERIFY(table);
    auto *grid = qobject_cast<ScoringGridModel *>(table->model());
    QVERIFY(grid);
    QCOMPARE(grid->headerData(0, Qt::Horizontal).toString(), QStringLiteral("Claire Dupont"));
    QCOMPARE(grid->headerData(1, Qt::Horizontal).toString(), QStringLiteral("Bob Martin"));
    QCOMPARE(bool(grid->flags(grid->index(0, 0)) & Qt::ItemIsEditable), scores);
    QCOMPARE(bool(grid->flags(grid->index(0, 1)) & Qt::ItemIsEditable), changesCommittee);
    if (!changesCommittee) {
        QCOMPARE(grid->setNoteAt(grid->index(0, 1), 4).error(),
                 scores ? QStringLiteral("Your role on this committee (member) may not change another member's notes.")
                        : QStringLiteral("Your role on this committee (observer) may not change notes."));
        QCOMPARE(grid->toggleRecusalAt(grid->index(0, 1)).error(),
                 scores ? QStringLiteral("Your role on this committee (member) may not change another member's "
                                         "recusals.")
                        : QStringLiteral("Your role on this committee (observer) may not change recusals."));
    }
    if (scores) {
        // Their own note goes through the window to the server, and comes back in the grid.
        QVERIFY2(grid->setNoteAt(grid->index(0, 0), 4).ok(), qPrintable(grid->setNoteAt(grid->index(0, 0), 4).error()));
        QTRY_COMPARE(grid->index(0, 0).data().toString(), QStringLiteral("4"));
        QVERIFY(window.findChild<QAction *>(QStringLiteral("undoAction"))->isEnabled());
        window.findChild<QAction *>(QStringLiteral("undoAction"))->trigger();
        QTRY_COMPARE(grid->index(0, 0).data().toString(), QStringLiteral("?"));
    }
    // The criteria are shown to every role, and said read-only to those that may not change them.
    auto *criteria = window.findChild<QAction *>(QStringLiteral("criteriaAction"));
    QVERIFY(criteria);
    criteria->trigger();
    QDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = window.findChild<QDialog *>(QStringLiteral("criteriaDialog"))) != nullptr);
    auto *intro = dialog->findChild<QLabel *>(QStringLiteral("criteriaIntroLabel"));
    QVERIFY(intro);
    if (changesCommittee)
        QVERIFY(intro->text().startsWith(QLatin1String("Each member notes every criterion")));
    else
        QCOMPARE(intro->text(),
                 QStringLiteral("Your role on this committee (%1) may not change the criteria.").arg(status));
    dialog->close();
}

void TestRoleGate::aFileOpenedAfterwardsOffersEverything()
{
    if (!m_location)
        QSKIP("FAST_TEST_POSTGRES is not set: scripts/test.sh starts a throwaway PostgreSQL server for this suite");
    MainWindow window;
    QVERIFY(window.openDatabase(addressAs(m_prefix + QStringLiteral("_observer"))).ok());
    window.show();
    QVERIFY(!enabled(window, QStringLiteral("newPromotionAction")));
    QTemporaryDir dir;
    QVERIFY(window.openDatabase(dir.filePath(QStringLiteral("laptop.sqlite"))).ok());
    QVERIFY(enabled(window, QStringLiteral("newPromotionAction")));
    QVERIFY(enabled(window, QStringLiteral("welcomeCreatePromotionButton")));
    auto *label = window.findChild<QLabel *>(QStringLiteral("roleStatusLabel"));
    QVERIFY(label->text().isEmpty());
    QVERIFY(!label->isVisible());
}

void TestRoleGate::theFollowUpDialogFollowsTheRole_data()
{
    QTest::addColumn<QString>("suffix");
    QTest::addColumn<QString>("readOnlyReason");
    QTest::newRow("secretariat") << QStringLiteral("_secretariat") << QString();
    QTest::newRow("member") << QStringLiteral("_member")
                            << QStringLiteral("Your role on this committee (member) may not change the laureates' "
                                              "follow-up (agreements, payments, milestones).");
    QTest::newRow("observer") << QStringLiteral("_observer")
                              << QStringLiteral("Your role on this committee (observer) may not change the "
                                                "laureates' follow-up (agreements, payments, milestones).");
}

void TestRoleGate::theFollowUpDialogFollowsTheRole()
{
    // The follow-up dialog is a window of its own, which RoleGate does not reach: every role reads the laureate's
    // follow-up, only the secretariat is offered to change it, the others are told why.
    if (!m_location)
        QSKIP("FAST_TEST_POSTGRES is not set: scripts/test.sh starts a throwaway PostgreSQL server for this suite");
    QFETCH(QString, suffix);
    QFETCH(QString, readOnlyReason);
    MainWindow window;
    QVERIFY(window.openDatabase(addressAs(m_prefix + suffix)).ok());
    window.show();
    QVERIFY(window.selectPromotion(13));
    auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("mainTabWidget"));
    QVERIFY(tabs);
    tabs->setCurrentWidget(window.findChild<QWidget *>(QStringLiteral("followUpTab")));
    FollowUpView *view = nullptr;
    QTRY_VERIFY((view = window.findChild<FollowUpView *>()) != nullptr);
    QTRY_COMPARE(view->table()->model()->rowCount(), 1);
    QCOMPARE(enabled(window, QStringLiteral("importPaymentsButton")), readOnlyReason.isEmpty());
    view->table()->selectRow(0);
    FollowUpDialog *dialog = view->openSelected();
    QVERIFY(dialog);
    QCOMPARE(dialog->windowTitle(), QStringLiteral("Follow-up of FAST13 / Datapass"));
    QCOMPARE(dialog->readOnlyReason(), readOnlyReason);
    auto *label = dialog->findChild<QLabel *>(QStringLiteral("followUpReadOnlyLabel"));
    QVERIFY(label);
    QCOMPARE(label->text(), readOnlyReason);
    QCOMPARE(label->isVisibleTo(dialog), !readOnlyReason.isEmpty());
    const bool mayChange = readOnlyReason.isEmpty();
    for (const char *name : {"signButton", "agreementReferenceEdit", "signedOnEdit"}) {
        auto *control = dialog->findChild<QWidget *>(QLatin1String(name));
        QVERIFY2(control, name);
        QVERIFY2(control->isEnabled() == mayChange, name);
    }
    // What the laureate's state allows stays as the panels set it for the secretariat; nothing is offered to the
    // others, in any section.
    QStringList enabledButtons;
    for (const QAbstractButton *button : dialog->findChildren<QAbstractButton *>()) {
        // The tables' corner buttons (no text) select, and stay for every role.
        if (button->isEnabled() && !button->text().isEmpty() &&
            !qobject_cast<QDialogButtonBox *>(button->parentWidget()))
            enabledButtons.append(button->text());
    }
    enabledButtons.sort();
    // The secretariat, before the signature: Sign, and the accompaniment's milestone.
    const QStringList secretariatButtons{QStringLiteral("Do&ne on:"), QStringLiteral("Save the &milestone"),
                                         QStringLiteral("Si&gn")};
    QCOMPARE(enabledButtons, mayChange ? secretariatButtons : QStringList{});
    // The Close button stays, and the tranches' table still reads.
    auto *box = dialog->findChild<QDialogButtonBox *>();
    QVERIFY(box->button(QDialogButtonBox::Close)->isEnabled());
    dialog->close();
}

QTEST_MAIN(TestRoleGate)
#include "tst_rolegate.moc"
