#include "storage/CommitteeStore.h"
#include "storage/Database.h"
#include "storage/DecisionStore.h"
#include "storage/FollowUpStore.h"
#include "storage/ScoringStore.h"
#include "storage/ServerRefusal.h"
#include "storage/ServerRole.h"
#include "storage/ServerRoles.h"
#include "storage/StorageError.h"

#include "TestClock.h"
#include "TestDatabaseLocation.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QUrl>
#include <QUuid>

#include <functional>
#include <memory>

// The roles of a committee on a PostgreSQL server (issue #17, item 4), enforced by the server itself: each
// role connects through the real stores and attempts every write it may not make; each is refused with the
// words a user reads and the database is left exactly as it was, while every write the role may make
// succeeds. Runs against the throwaway server of scripts/test.sh (FAST_TEST_POSTGRES); the server's admin is
// a superuser, so the logins tested are ordinary ones created by ServerRoles. Skipped, saying so, without it.
class TestServerRoles : public QObject
{
    Q_OBJECT

private slots:
    void groupNames_data();
    void groupNames();
    void refusedTableIsFoundInEnglishAndFrench_data();
    void refusedTableIsFoundInEnglishAndFrench();
    void initTestCase();
    void cleanupTestCase();
    void openingSaysWhoIsConnected_data();
    void openingSaysWhoIsConnected();
    void forbiddenWrites_data();
    void forbiddenWrites();
    void allowedWrites_data();
    void allowedWrites();
    void openingAnOlderSchemaAsAMemberWritesNothing();
    void openingWithoutChangeNoticesAsAnObserverWritesNothing();
    void initAgainChangesNothing();

private:
    // A connection of the stores as one role, in the test's own order of construction.
    struct Session
    {
        Database database;
        std::unique_ptr<CommitteeStore> committee;
        std::unique_ptr<ScoringStore> scoring;
        std::unique_ptr<DecisionStore> decisions;
        std::unique_ptr<FollowUpStore> followUp;
    };
    using Write = std::function<Outcome(Session &)>;

    bool needsServer();
    QString addressAs(const QString &login) const;
    std::unique_ptr<Session> open(const QString &address, QString *failure);
    // Every table's rows, one digest each, read as the administrator.
    QStringList contents() const;
    QString runAsAdmin(const QString &statement) const;
    qint64 candidateId(const QString &name) const;
    qint64 memberId(const QString &name) const;
    Outcome attempt(Session &session, const QString &write);

    TestClock m_clock;
    std::unique_ptr<TestDatabaseLocation> m_location;
    std::unique_ptr<Session> m_admin;
    QString m_prefix;
    QStringList m_logins;
    static constexpr const char *password = "Tr3s-secret-pw";
};

namespace {

Candidate candidate(const QString &name, qint64 budgetEuros, qint64 requestedEuros)
{
    Candidate c;
    c.name = name;
    c.carrier = QStringLiteral("DINUM");
    c.annualBudget = Money::fromEuros(budgetEuros);
    c.requested = Money::fromEuros(requestedEuros);
    return c;
}

} // namespace

void TestServerRoles::groupNames_data()
{
    QTest::addColumn<QString>("database");
    QTest::addColumn<QString>("member");
    QTest::newRow("plain") << QStringLiteral("comite_fast") << QStringLiteral("fast_comite_fast_member");
    // The exact name is hashed: accents, capitals and dashes never make two committees share a group.
    QTest::newRow("accents") << QStringLiteral("Comité-FAST") << QStringLiteral("fast_comit__fast_c9cd29bb_member");
    QTest::newRow("same once folded") << QStringLiteral("comite-fast")
                                      << QStringLiteral("fast_comite_fast_4424cb7a_member");
    QTest::newRow("test database") << QStringLiteral("fast_test_0123456789abcdef0123456789abcdef")
                                   << QStringLiteral("fast_fast_test_0123456789abcdef0123456789abcdef_member");
    QTest::newRow("long") << QStringLiteral("fast_test_0123456789abcdef0123456789abcdef_and_more")
                          << QStringLiteral("fast_fast_test_0123456789abcdef01_6f913838_member");
}

void TestServerRoles::groupNames()
{
    QFETCH(QString, database);
    QFETCH(QString, member);
    QCOMPARE(ServerRole::groupName(database, ServerRole::Kind::Member), member);
    for (const ServerRole::Kind kind :
         {ServerRole::Kind::Secretariat, ServerRole::Kind::Member, ServerRole::Kind::Observer}) {
        const QString name = ServerRole::groupName(database, kind);
        QVERIFY2(name.toUtf8().size() <= 63, qPrintable(name));
        QVERIFY(name.endsWith(QLatin1Char('_') + ServerRole::key(kind)));
    }
    // A name of 63 characters, PostgreSQL's longest, still gives names the server keeps whole.
    QVERIFY(ServerRole::groupName(QString(63, QLatin1Char('x')), ServerRole::Kind::Secretariat).size() <= 63);
}

void TestServerRoles::refusedTableIsFoundInEnglishAndFrench_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("table");
    QTest::newRow("grant") << QStringLiteral("permission denied for table candidates") << QStringLiteral("candidates");
    QTest::newRow("grant, French") << QStringLiteral("droit refusé pour la table promotions")
                                   << QStringLiteral("promotions");
    QTest::newRow("policy") << QStringLiteral("new row violates row-level security policy for table \"notes\"")
                            << QStringLiteral("notes");
    QTest::newRow("policy, French")
        << QStringLiteral("la nouvelle ligne viole la politique de sécurité au niveau ligne pour la table « recusals »")
        << QStringLiteral("recusals");
    QTest::newRow("longest name first") << QStringLiteral("permission denied for table scenario_exclusions")
                                        << QStringLiteral("scenario_exclusions");
    QTest::newRow("schema") << QStringLiteral("permission denied for schema public") << QString();
}

void TestServerRoles::refusedTableIsFoundInEnglishAndFrench()
{
    QFETCH(QString, text);
    QFETCH(QString, table);
    QCOMPARE(ServerRefusal::refusedTable(text), table);
}

bool TestServerRoles::needsServer()
{
    return !TestDatabaseLocation::serverAdminAddress().isEmpty();
}

QString TestServerRoles::runAsAdmin(const QString &statement) const
{
    QSqlQuery query(m_admin->database.connection());
    return query.exec(statement) ? QString() : query.lastError().text();
}

void TestServerRoles::initTestCase()
{
    if (!needsServer())
        return;
    m_location = std::make_unique<TestDatabaseLocation>(TestDatabaseLocation::Engine::PostgreSql);
    QVERIFY2(!m_location->address().isEmpty(), qPrintable(m_location->error()));
    QString failure;
    m_admin = open(m_location->address(), &failure);
    QVERIFY2(m_admin, qPrintable(failure));
    QCOMPARE(m_admin->database.serverRole().kind(), ServerRole::Kind::Administrator);
    const Result<QStringList> initialised = ServerRoles::init(m_admin->database);
    QVERIFY2(initialised.ok(), qPrintable(initialised.error()));

    // Logins are the whole cluster's: named after this run, dropped at the end.
    m_prefix = QStringLiteral("r") + QUuid::createUuid().toString(QUuid::Id128).left(10);
    const auto add = [this](const QString &suffix, ServerRole::Kind kind, const QString &memberName) {
        ServerRoles::Login login;
        login.name = m_prefix + suffix;
        login.kind = kind;
        login.memberName = memberName;
        m_logins.append(login.name);
        return ServerRoles::addLogin(m_admin->database, login,
                                     [] { return Result<QString>::success(QString::fromLatin1(password)); });
    };
    QVERIFY(add(QStringLiteral("_secretariat"), ServerRole::Kind::Secretariat, QString()).ok());
    QVERIFY(add(QStringLiteral("_claire"), ServerRole::Kind::Member, QStringLiteral("Claire Dupont")).ok());
    QVERIFY(add(QStringLiteral("_bob"), ServerRole::Kind::Member, QStringLiteral("bob martin")).ok());
    QVERIFY(add(QStringLiteral("_observer"), ServerRole::Kind::Observer, QString()).ok());

    // The committee, written by its administrator: FAST13 open, Bob's note and recusal on it.
    Promotion promotion;
    promotion.number = 13;
    promotion.year = 2025;
    promotion.envelope = Money::fromEuros(500000);
    QVERIFY(m_admin->committee->addPromotion(promotion).ok());
    QVERIFY(m_admin->committee->addCandidate(13, candidate(QStringLiteral("Envergo"), 400000, 150000)).ok());
    QVERIFY(m_admin->committee->addCandidate(13, candidate(QStringLiteral("Mon Suivi"), 600000, 300000)).ok());
    QVERIFY(m_admin->scoring->addMembers(13, {QStringLiteral("Claire Dupont"), QStringLiteral("Bob Martin")}).ok());
    QVERIFY(m_admin->scoring
                ->setNote(13, candidateId(QStringLiteral("Envergo")), memberId(QStringLiteral("Bob Martin")), 0, 4)
                .ok());
    QVERIFY(m_admin->scoring
                ->recordRecusal(13, candidateId(QStringLiteral("Mon Suivi")), memberId(QStringLiteral("Bob Martin")))
                .ok());
    QVERIFY(m_admin->decisions->setDecision(candidateId(QStringLiteral("Envergo")), Decision::Waitlist).ok());
    QVERIFY(m_admin->decisions->setDecision(candidateId(QStringLiteral("Mon Suivi")), Decision::Rejected).ok());
    // A laureate whose agreement is signed: its follow-up is the secretariat's alone (issue #18).
    QVERIFY(m_admin->committee->addCandidate(13, candidate(QStringLiteral("Carnet"), 200000, 100000)).ok());
    QVERIFY(m_admin->decisions
                ->setDecision(candidateId(QStringLiteral("Carnet")), Decision::Laureate, Money::fromEuros(100000))
                .ok());
    QVERIFY(
        m_admin->followUp->sign(candidateId(QStringLiteral("Carnet")), QDate(2025, 12, 1), QStringLiteral("C-1")).ok());
}

void TestServerRoles::cleanupTestCase()
{
    if (!m_admin)
        return;
    const QString databaseName = QUrl(m_location->address()).path().mid(1);
    m_admin.reset();
    m_location.reset(); // drops the database, and with it every grant the roles hold in it
    const QUrl admin(TestDatabaseLocation::serverAdminAddress());
    const QString connectionName = QStringLiteral("serverroles-cleanup");
    {
        QSqlDatabase server = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connectionName);
        server.setHostName(admin.host());
        server.setPort(admin.port(5432));
        server.setUserName(admin.userName());
        server.setDatabaseName(admin.path().mid(1));
        QVERIFY(server.open());
        QSqlQuery query(server);
        QStringList roles = m_logins;
        for (const ServerRole::Kind kind :
             {ServerRole::Kind::Secretariat, ServerRole::Kind::Member, ServerRole::Kind::Observer})
            roles.append(ServerRole::groupName(databaseName, kind));
        for (const QString &role : std::as_const(roles))
            QVERIFY2(query.exec(QStringLiteral("DROP ROLE IF EXISTS \"%1\"").arg(role)),
                     qPrintable(query.lastError().text()));
    }
    QSqlDatabase::removeDatabase(connectionName);
}

QString TestServerRoles::addressAs(const QString &login) const
{
    QUrl address(m_location->address());
    address.setUserName(login);
    address.setPassword(QString::fromLatin1(password));
    return address.toString();
}

std::unique_ptr<TestServerRoles::Session> TestServerRoles::open(const QString &address, QString *failure)
{
    auto session = std::make_unique<Session>();
    session->database.setClock(m_clock);
    const Outcome opened = session->database.open(address);
    if (!opened) {
        *failure = opened.error();
        return nullptr;
    }
    session->committee = std::make_unique<CommitteeStore>(session->database);
    session->committee->setOperatorName(session->database.serverRole().login());
    session->scoring = std::make_unique<ScoringStore>(*session->committee);
    session->decisions = std::make_unique<DecisionStore>(*session->committee, *session->scoring);
    session->followUp = std::make_unique<FollowUpStore>(*session->committee);
    return session;
}

QStringList TestServerRoles::contents() const
{
    QStringList digests;
    QSqlQuery query(m_admin->database.connection());
    for (const char *table :
         {"promotions", "candidates", "members", "criteria", "notes", "recusals", "audit_log", "agreements", "tranches",
          "milestones", "years", "scenarios", "column_mappings", "schema_version", "committee_logins"}) {
        if (!query.exec(QStringLiteral("SELECT COUNT(*), md5(COALESCE(string_agg(t::text, '|' ORDER BY t::text), '')) "
                                       "FROM %1 t")
                            .arg(QLatin1String(table))) ||
            !query.next())
            return {query.lastError().text()};
        digests.append(QStringLiteral("%1: %2 %3")
                           .arg(QLatin1String(table), query.value(0).toString(), query.value(1).toString()));
    }
    // The schema too: no column added, no table made.
    if (!query.exec(QStringLiteral("SELECT md5(string_agg(table_name || '.' || column_name, ',' ORDER BY table_name, "
                                   "column_name)) FROM information_schema.columns WHERE table_schema = 'public'")) ||
        !query.next())
        return {query.lastError().text()};
    digests.append(QStringLiteral("schema: ") + query.value(0).toString());
    return digests;
}

qint64 TestServerRoles::candidateId(const QString &name) const
{
    for (const Candidate &c : m_admin->committee->candidates(13).value()) {
        if (c.name == name)
            return c.id;
    }
    return 0;
}

qint64 TestServerRoles::memberId(const QString &name) const
{
    for (const CommitteeMember &member : m_admin->scoring->members(13).value()) {
        if (member.name == name)
            return member.id;
    }
    return 0;
}

void TestServerRoles::openingSaysWhoIsConnected_data()
{
    QTest::addColumn<QString>("suffix");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("label");
    QTest::newRow("secretariat") << QStringLiteral("_secretariat") << int(ServerRole::Kind::Secretariat)
                                 << QStringLiteral("secretariat");
    QTest::newRow("member") << QStringLiteral("_claire") << int(ServerRole::Kind::Member) << QStringLiteral("member");
    QTest::newRow("observer") << QStringLiteral("_observer") << int(ServerRole::Kind::Observer)
                              << QStringLiteral("observer");
}

void TestServerRoles::openingSaysWhoIsConnected()
{
    if (!needsServer())
        QSKIP("FAST_TEST_POSTGRES is not set: scripts/test.sh starts a throwaway PostgreSQL server for this suite");
    QFETCH(QString, suffix);
    QFETCH(int, kind);
    QFETCH(QString, label);
    const QStringList before = contents();
    QString failure;
    const std::unique_ptr<Session> session = open(addressAs(m_prefix + suffix), &failure);
    QVERIFY2(session, qPrintable(failure));
    QCOMPARE(int(session->database.serverRole().kind()), kind);
    QCOMPARE(session->database.serverRole().login(), m_prefix + suffix);
    QCOMPARE(session->database.serverRole().label(), label);
    QCOMPARE(session->database.serverRole().memberKey(),
             kind == int(ServerRole::Kind::Member) ? QStringLiteral("claire dupont") : QString());
    QCOMPARE(session->database.schemaVersion().value(), Database::currentSchemaVersion);
    // Every role reads the whole committee.
    QCOMPARE(session->committee->candidates(13).value().size(), 3);
    QCOMPARE(session->followUp->promotionFollowUp(13).value().size(), 1);
    QCOMPARE(session->scoring->scoreSheet(13).value().noteCount(), 1);
    QVERIFY(session->scoring->scoreSheet(13).value().isRecused(candidateId(QStringLiteral("Mon Suivi")),
                                                               memberId(QStringLiteral("Bob Martin"))));
    QCOMPARE(contents(), before);
}

namespace {

// A statement run on the role's own connection, worded as the stores word a refusal.
Outcome runAs(TestServerRoles *, const QSqlDatabase &connection, const QString &statement)
{
    QSqlQuery query(connection);
    if (query.exec(statement))
        return Outcome::success();
    return Outcome::failure(StorageError::message(query.lastError(), connection, query.lastError().text()));
}

} // namespace

Outcome TestServerRoles::attempt(Session &session, const QString &write)
{
    const qint64 envergo = candidateId(QStringLiteral("Envergo"));
    const qint64 monSuivi = candidateId(QStringLiteral("Mon Suivi"));
    const qint64 claire = memberId(QStringLiteral("Claire Dupont"));
    const qint64 bob = memberId(QStringLiteral("Bob Martin"));
    const QSqlDatabase connection = session.database.connection();
    if (write == QLatin1String("add candidate")) {
        const Result<Candidate> added =
            session.committee->addCandidate(13, candidate(QStringLiteral("Nouveau"), 100000, 50000));
        return added ? Outcome::success() : Outcome::failure(added.error());
    }
    if (write == QLatin1String("edit candidate")) {
        Candidate changed = *session.committee->candidate(envergo).value();
        changed.requested = Money::fromEuros(120000);
        return session.committee->updateCandidate(changed);
    }
    if (write == QLatin1String("remove candidate"))
        return session.committee->removeCandidate(monSuivi);
    if (write == QLatin1String("envelope")) {
        Promotion changed = *session.committee->promotion(13).value();
        changed.envelope = Money::fromEuros(900000);
        return session.committee->updatePromotion(changed);
    }
    if (write == QLatin1String("decision"))
        return session.decisions->setDecision(envergo, Decision::Rejected);
    if (write == QLatin1String("close promotion"))
        return session.committee->closePromotion(13, QDate(2025, 11, 14));
    if (write == QLatin1String("add member")) {
        const Result<QList<CommitteeMember>> added = session.scoring->addMembers(13, {QStringLiteral("Zoé Lambert")});
        return added ? Outcome::success() : Outcome::failure(added.error());
    }
    if (write == QLatin1String("change another's note"))
        return session.scoring->setNote(13, envergo, bob, 0, 1);
    if (write == QLatin1String("give another a note"))
        return session.scoring->setNote(13, envergo, bob, 1, 1);
    if (write == QLatin1String("clear another's note"))
        return session.scoring->setNote(13, envergo, bob, 0, std::nullopt);
    if (write == QLatin1String("record another's recusal")) {
        const Result<QList<ScoreNote>> recorded = session.scoring->recordRecusal(13, envergo, bob);
        return recorded ? Outcome::success() : Outcome::failure(recorded.error());
    }
    if (write == QLatin1String("lift another's recusal"))
        return session.scoring->liftRecusal(13, monSuivi, bob);
    if (write == QLatin1String("own note"))
        return session.scoring->setNote(13, envergo, claire, 0, 3);
    if (write == QLatin1String("bob's own note"))
        return session.scoring->setNote(13, envergo, bob, 2, 5);
    if (write == QLatin1String("clear own note"))
        return session.scoring->setNote(13, envergo, claire, 0, std::nullopt);
    if (write == QLatin1String("own recusal")) {
        const Result<QList<ScoreNote>> recorded = session.scoring->recordRecusal(13, envergo, claire);
        return recorded ? Outcome::success() : Outcome::failure(recorded.error());
    }
    if (write == QLatin1String("lift own recusal"))
        return session.scoring->liftRecusal(13, envergo, claire);
    const qint64 carnet = candidateId(QStringLiteral("Carnet"));
    if (write == QLatin1String("record payment")) {
        const auto paid = session.followUp->markPaid(carnet, 1, QDate(2025, 12, 15));
        return paid ? Outcome::success() : Outcome::failure(paid.error());
    }
    if (write == QLatin1String("milestone")) {
        Milestone kickOff = session.followUp->laureate(carnet).value().milestones.value(0);
        kickOff.note = QStringLiteral("Lancement fait");
        const auto set = session.followUp->setMilestone(carnet, kickOff);
        return set ? Outcome::success() : Outcome::failure(set.error());
    }
    if (write == QLatin1String("audit update"))
        return runAs(this, connection, QStringLiteral("UPDATE audit_log SET operator = 'someone else'"));
    if (write == QLatin1String("audit delete"))
        return runAs(this, connection, QStringLiteral("DELETE FROM audit_log"));
    if (write == QLatin1String("schema: new column"))
        return runAs(this, connection, QStringLiteral("ALTER TABLE candidates ADD COLUMN hidden INTEGER"));
    if (write == QLatin1String("schema: new table"))
        return runAs(this, connection, QStringLiteral("CREATE TABLE hidden (id INTEGER)"));
    if (write == QLatin1String("schema: version"))
        return runAs(this, connection, QStringLiteral("UPDATE schema_version SET version = 99"));
    if (write == QLatin1String("logins"))
        return runAs(this, connection,
                     QStringLiteral("INSERT INTO committee_logins VALUES ('intruder', 'Bob Martin', 'bob martin')"));
    return Outcome::failure(QStringLiteral("unknown write ") + write);
}

void TestServerRoles::forbiddenWrites_data()
{
    QTest::addColumn<QString>("suffix");
    QTest::addColumn<QString>("write");
    QTest::addColumn<QString>("message");
    const auto refused = [](const QString &role, const char *what) {
        return QStringLiteral("Your role on this committee (%1) may not %2.").arg(role, QLatin1String(what));
    };
    const QString member = QStringLiteral("member");
    const QString observer = QStringLiteral("observer");
    const QString secretariat = QStringLiteral("secretariat");
    const QString claire = QStringLiteral("_claire");
    for (const auto &[suffix, role] : {std::pair{claire, member}, std::pair{QStringLiteral("_observer"), observer}}) {
        const QByteArray tag = role.toLatin1() + ": ";
        QTest::newRow(tag + "add candidate")
            << suffix << QStringLiteral("add candidate") << refused(role, "change candidates");
        QTest::newRow(tag + "edit candidate")
            << suffix << QStringLiteral("edit candidate") << refused(role, "change candidates");
        QTest::newRow(tag + "remove candidate")
            << suffix << QStringLiteral("remove candidate") << refused(role, "change candidates");
        QTest::newRow(tag + "envelope") << suffix << QStringLiteral("envelope")
                                        << refused(role, "change promotions (their envelope, rule or status)");
        QTest::newRow(tag + "decision") << suffix << QStringLiteral("decision") << refused(role, "change candidates");
        QTest::newRow(tag + "close promotion") << suffix << QStringLiteral("close promotion")
                                               << refused(role, "change promotions (their envelope, rule or status)");
        QTest::newRow(tag + "record payment")
            << suffix << QStringLiteral("record payment")
            << refused(role, "change the laureates' follow-up (agreements, payments, milestones)");
        QTest::newRow(tag + "milestone") << suffix << QStringLiteral("milestone")
                                         << refused(role, "change the laureates' follow-up (agreements, payments, "
                                                          "milestones)");
        QTest::newRow(tag + "audit update")
            << suffix << QStringLiteral("audit update") << refused(role, "change the audit log");
        QTest::newRow(tag + "audit delete")
            << suffix << QStringLiteral("audit delete") << refused(role, "change the audit log");
        QTest::newRow(tag + "schema: new column")
            << suffix << QStringLiteral("schema: new column") << refused(role, "change candidates");
        QTest::newRow(tag + "schema: new table")
            << suffix << QStringLiteral("schema: new table") << refused(role, "make this change; nothing was written");
        QTest::newRow(tag + "schema: version")
            << suffix << QStringLiteral("schema: version") << refused(role, "change the committee's schema or logins");
    }
    QTest::newRow("member: change another's note")
        << claire << QStringLiteral("change another's note") << refused(member, "change another member's notes");
    QTest::newRow("member: give another a note")
        << claire << QStringLiteral("give another a note") << refused(member, "change another member's notes");
    QTest::newRow("member: clear another's note")
        << claire << QStringLiteral("clear another's note") << refused(member, "change another member's notes");
    QTest::newRow("member: record another's recusal")
        << claire << QStringLiteral("record another's recusal") << refused(member, "change another member's notes");
    QTest::newRow("member: lift another's recusal")
        << claire << QStringLiteral("lift another's recusal") << refused(member, "change another member's recusals");
    QTest::newRow("member: add member") << claire << QStringLiteral("add member")
                                        << refused(member, "change the committee's members");
    QTest::newRow("member: logins") << claire << QStringLiteral("logins")
                                    << refused(member, "change the committee's schema or logins");
    QTest::newRow("observer: own note") << QStringLiteral("_observer") << QStringLiteral("own note")
                                        << refused(observer, "change notes");
    QTest::newRow("secretariat: audit update") << QStringLiteral("_secretariat") << QStringLiteral("audit update")
                                               << refused(secretariat, "change the audit log");
    QTest::newRow("secretariat: audit delete") << QStringLiteral("_secretariat") << QStringLiteral("audit delete")
                                               << refused(secretariat, "change the audit log");
    QTest::newRow("secretariat: logins") << QStringLiteral("_secretariat") << QStringLiteral("logins")
                                         << refused(secretariat, "change the committee's schema or logins");
    QTest::newRow("secretariat: schema: new column")
        << QStringLiteral("_secretariat") << QStringLiteral("schema: new column")
        << refused(secretariat, "change candidates");
}

void TestServerRoles::forbiddenWrites()
{
    if (!needsServer())
        QSKIP("FAST_TEST_POSTGRES is not set: scripts/test.sh starts a throwaway PostgreSQL server for this suite");
    QFETCH(QString, suffix);
    QFETCH(QString, write);
    QFETCH(QString, message);
    const QStringList before = contents();
    QString failure;
    const std::unique_ptr<Session> session = open(addressAs(m_prefix + suffix), &failure);
    QVERIFY2(session, qPrintable(failure));
    const Outcome attempted = attempt(*session, write);
    QVERIFY2(!attempted.ok(), "the server let the write through");
    QCOMPARE(attempted.error(), message);
    QCOMPARE(contents(), before);
}

void TestServerRoles::allowedWrites_data()
{
    QTest::addColumn<QString>("suffix");
    QTest::addColumn<QString>("write");
    QTest::addColumn<QString>("audit");
    QTest::newRow("member: own note") << QStringLiteral("_claire") << QStringLiteral("own note")
                                      << QStringLiteral("score.set");
    // Bob's login maps to "bob martin": the member row "Bob Martin" is his, case and accents aside.
    QTest::newRow("member: own note, name folded")
        << QStringLiteral("_bob") << QStringLiteral("bob's own note") << QStringLiteral("score.set");
    QTest::newRow("member: clear own note")
        << QStringLiteral("_claire") << QStringLiteral("clear own note") << QStringLiteral("score.clear");
    QTest::newRow("member: own recusal") << QStringLiteral("_claire") << QStringLiteral("own recusal")
                                         << QStringLiteral("recusal.record");
    QTest::newRow("member: lift own recusal")
        << QStringLiteral("_claire") << QStringLiteral("lift own recusal") << QStringLiteral("recusal.lift");
    QTest::newRow("secretariat: add candidate")
        << QStringLiteral("_secretariat") << QStringLiteral("add candidate") << QStringLiteral("candidate.add");
    QTest::newRow("secretariat: envelope")
        << QStringLiteral("_secretariat") << QStringLiteral("envelope") << QStringLiteral("promotion.update");
    QTest::newRow("secretariat: decision")
        << QStringLiteral("_secretariat") << QStringLiteral("decision") << QStringLiteral("decision.update");
    QTest::newRow("secretariat: record payment")
        << QStringLiteral("_secretariat") << QStringLiteral("record payment") << QStringLiteral("followup.tranche");
    QTest::newRow("secretariat: another member's note")
        << QStringLiteral("_secretariat") << QStringLiteral("change another's note") << QStringLiteral("score.set");
}

void TestServerRoles::allowedWrites()
{
    if (!needsServer())
        QSKIP("FAST_TEST_POSTGRES is not set: scripts/test.sh starts a throwaway PostgreSQL server for this suite");
    QFETCH(QString, suffix);
    QFETCH(QString, write);
    QFETCH(QString, audit);
    const int audits = m_admin->committee->auditEntries().value().size();
    QString failure;
    const std::unique_ptr<Session> session = open(addressAs(m_prefix + suffix), &failure);
    QVERIFY2(session, qPrintable(failure));
    const Outcome attempted = attempt(*session, write);
    QVERIFY2(attempted.ok(), qPrintable(attempted.error()));
    const QList<AuditEntry> entries = m_admin->committee->auditEntries().value();
    QVERIFY(entries.size() > audits);
    QCOMPARE(entries.first().action, audit);
    QCOMPARE(entries.first().operatorName, m_prefix + suffix);
}

void TestServerRoles::openingAnOlderSchemaAsAMemberWritesNothing()
{
    if (!needsServer())
        QSKIP("FAST_TEST_POSTGRES is not set: scripts/test.sh starts a throwaway PostgreSQL server for this suite");
    QCOMPARE(runAsAdmin(QStringLiteral("UPDATE schema_version SET version = 4")), QString());
    const QStringList before = contents();
    QString failure;
    const std::unique_ptr<Session> session = open(addressAs(m_prefix + QStringLiteral("_claire")), &failure);
    QVERIFY(!session);
    QUrl shown(m_location->address());
    shown.setUserName(m_prefix + QStringLiteral("_claire"));
    QUrl admin(shown);
    admin.setUserName(QStringLiteral("ADMIN"));
    QCOMPARE(failure, QStringLiteral("The committee on %1 has schema version 4, older than this version of Comité FAST "
                                     "(%2), and it must be upgraded; only its administrator can do it, with: "
                                     "fast-committee server init --db %3.")
                          .arg(shown.toDisplayString(QUrl::RemovePassword))
                          .arg(Database::currentSchemaVersion)
                          .arg(admin.toDisplayString(QUrl::RemovePassword)));
    QCOMPARE(contents(), before);
    QCOMPARE(runAsAdmin(QStringLiteral("UPDATE schema_version SET version = %1").arg(Database::currentSchemaVersion)),
             QString());
}

void TestServerRoles::openingWithoutChangeNoticesAsAnObserverWritesNothing()
{
    if (!needsServer())
        QSKIP("FAST_TEST_POSTGRES is not set: scripts/test.sh starts a throwaway PostgreSQL server for this suite");
    QCOMPARE(runAsAdmin(QStringLiteral("DROP TRIGGER fast_committee_notify ON years")), QString());
    const auto triggers = [this] {
        QSqlQuery query(m_admin->database.connection());
        query.exec(QStringLiteral("SELECT COUNT(*) FROM pg_trigger WHERE tgname = 'fast_committee_notify'"));
        return query.next() ? query.value(0).toInt() : -1;
    };
    const int left = triggers();
    QString failure;
    QVERIFY(!open(addressAs(m_prefix + QStringLiteral("_observer")), &failure));
    QVERIFY2(
        failure.contains(QStringLiteral("does not announce its changes to the other windows yet (%1 of %2 tables); "
                                        "only its administrator can do it")
                             .arg(left)
                             .arg(left + 1)),
        qPrintable(failure));
    QCOMPARE(triggers(), left);
    // The administrator's window makes them again, as it does at every opening.
    QVERIFY(open(m_location->address(), &failure));
    QCOMPARE(triggers(), left + 1);
    QVERIFY2(open(addressAs(m_prefix + QStringLiteral("_observer")), &failure), qPrintable(failure));
}

void TestServerRoles::initAgainChangesNothing()
{
    if (!needsServer())
        QSKIP("FAST_TEST_POSTGRES is not set: scripts/test.sh starts a throwaway PostgreSQL server for this suite");
    const QStringList before = contents();
    const Result<QStringList> again = ServerRoles::init(m_admin->database);
    QVERIFY2(again.ok(), qPrintable(again.error()));
    const QString databaseName = QUrl(m_location->address()).path().mid(1);
    QCOMPARE(again.value().mid(0, 3),
             QStringList({QStringLiteral("The group role %1 (secretariat) was there already.")
                              .arg(ServerRole::groupName(databaseName, ServerRole::Kind::Secretariat)),
                          QStringLiteral("The group role %1 (member) was there already.")
                              .arg(ServerRole::groupName(databaseName, ServerRole::Kind::Member)),
                          QStringLiteral("The group role %1 (observer) was there already.")
                              .arg(ServerRole::groupName(databaseName, ServerRole::Kind::Observer))}));
    QCOMPARE(contents(), before);
    // The roles still hold: a member is still refused, and still writes their own note.
    QString failure;
    const std::unique_ptr<Session> claire = open(addressAs(m_prefix + QStringLiteral("_claire")), &failure);
    QVERIFY2(claire, qPrintable(failure));
    QCOMPARE(attempt(*claire, QStringLiteral("edit candidate")).error(),
             QStringLiteral("Your role on this committee (member) may not change candidates."));
    QVERIFY(attempt(*claire, QStringLiteral("own note")).ok());
    // A member who is not the administrator may not set the committee up.
    QCOMPARE(ServerRoles::init(claire->database).error(),
             QStringLiteral("server init needs the committee database's owner or a superuser of the server; %1 is "
                            "neither.")
                 .arg(m_prefix + QStringLiteral("_claire")));
}

QTEST_GUILESS_MAIN(TestServerRoles)
#include "tst_serverroles.moc"
