#include "storage/Database.h"
#include "storage/ScramVerifier.h"
#include "storage/ServerRole.h"

#include "TestDatabaseLocation.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStandardPaths>
#include <QTest>
#include <QUrl>
#include <QUuid>

#include <memory>

// fast-committee server init / add-member / add-secretariat / add-observer (issue #17, item 4), run as the
// real executable on a database of the throwaway PostgreSQL server (FAST_TEST_POSTGRES): what each says,
// that running it again changes nothing and says so, the refusals of bad input, and that the password is read
// from standard input only, never echoed, and never stored in clear. The cases that need no server run without
// one; the others are skipped, saying why.
class TestServerCommand : public QObject
{
    Q_OBJECT

private slots:
    void scramVerifierMatchesPostgresql();
    void usageErrors_data();
    void usageErrors();
    void initTestCase();
    void cleanupTestCase();
    void initThenAgain();
    void addLoginsAndAgain();
    void passwordRefusals_data();
    void passwordRefusals();
    void passwordOnATerminalIsNotEchoed();
    void addBeforeInitIsRefused();
    void onlyTheAdministratorSetsUp();
    void anOwnerWithoutCreateRoleIsToldWhy();

private:
    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };
    static Run run(const QStringList &arguments, const QByteArray &standardInput = QByteArray(),
                   bool closeInput = true);
    bool hasServer() const { return !TestDatabaseLocation::serverAdminAddress().isEmpty(); }
    QString databaseName() const { return QUrl(m_location->address()).path().mid(1); }
    QString group(ServerRole::Kind kind) const { return ServerRole::groupName(databaseName(), kind); }
    QString adminQuery(const QString &statement) const;
    // server init, when an earlier case has not run it (a case run on its own).
    bool ensureInitialised() const;

    std::unique_ptr<TestDatabaseLocation> m_location;
    QString m_login;
    QStringList m_extraRoles;
    static constexpr const char *password = "Mot-de-passe-42";
};

TestServerCommand::Run TestServerCommand::run(const QStringList &arguments, const QByteArray &standardInput,
                                              bool closeInput)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    environment.remove(QStringLiteral("PGPASSWORD"));
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(FAST_COMMITTEE_EXECUTABLE), arguments);
    if (!process.waitForStarted())
        return {};
    process.write(standardInput);
    if (closeInput)
        process.closeWriteChannel();
    Run result;
    if (!process.waitForFinished(60000)) {
        process.kill();
        process.waitForFinished();
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

void TestServerCommand::scramVerifierMatchesPostgresql()
{
    // The verifier libpq's PQencryptPasswordConn (and Python's hashlib.pbkdf2_hmac) give for this password and
    // salt.
    QByteArray salt;
    for (char byte = 0; byte < 16; ++byte)
        salt.append(byte);
    QCOMPARE(ScramVerifier::make(QStringLiteral("Mot-de-passe-42"), salt),
             QByteArray("SCRAM-SHA-256$4096:AAECAwQFBgcICQoLDA0ODw==$85o0QJZrY4fIUYGbcLbmRXrvH6m/uF7dhJx+dPc5foc=:"
                        "xQ67k/KiY2ehGW+t/yApSqgDyftqU2wP+fK5JAiXS6I="));
    QVERIFY(ScramVerifier::canHash(QStringLiteral("Mot-de-passe-42")));
    QVERIFY(!ScramVerifier::canHash(QStringLiteral("Mot-de-passe-é")));
}

void TestServerCommand::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    const QString server = QStringLiteral("postgresql://admin@127.0.0.1:1/comite");
    QTest::newRow("a file") << QStringList{QStringLiteral("--db"), QStringLiteral("/tmp/committee.sqlite"),
                                           QStringLiteral("server"), QStringLiteral("init")}
                            << 2
                            << QStringLiteral(
                                   "server init sets up a committee on a PostgreSQL server: give its address "
                                   "with --db postgresql://ADMIN@HOST:PORT/DATABASE.\n");
    QTest::newRow("no login") << QStringList{QStringLiteral("--db"), server, QStringLiteral("server"),
                                             QStringLiteral("add-member")}
                              << 2
                              << QStringLiteral("server add-member takes one login. Usage: fast-committee server "
                                                "add-member LOGIN [--name NAME] [--password-stdin] --db "
                                                "postgresql://ADMIN@HOST:PORT/DATABASE\n");
    QTest::newRow("two logins") << QStringList{QStringLiteral("--db"),   server,
                                               QStringLiteral("server"), QStringLiteral("add-observer"),
                                               QStringLiteral("anne"),   QStringLiteral("paul")}
                                << 2
                                << QStringLiteral("server add-observer takes one login. Usage: fast-committee server "
                                                  "add-observer LOGIN [--password-stdin] --db "
                                                  "postgresql://ADMIN@HOST:PORT/DATABASE\n");
    // A password on the command line is no option at all: every user of the machine would see it.
    QTest::newRow("password as an option")
        << QStringList{QStringLiteral("--db"),   server,
                       QStringLiteral("server"), QStringLiteral("add-secretariat"),
                       QStringLiteral("anne"),   QStringLiteral("--password=secret123")}
        << 2
        << QStringLiteral("Unknown option 'password'.\nUsage: fast-committee server add-secretariat LOGIN "
                          "[--password-stdin] --db postgresql://ADMIN@HOST:PORT/DATABASE\n");
    // Refused before the server is asked anything: the address above has no server behind it.
    QTest::newRow("name as login") << QStringList{QStringLiteral("--db"), server, QStringLiteral("server"),
                                                  QStringLiteral("add-member"), QStringLiteral("Claire Dupont")}
                                   << 1
                                   << QStringLiteral(
                                          "\"Claire Dupont\" is not a login name: use lower-case letters, "
                                          "digits, \".\", \"-\" or \"_\", starting with a letter, at most 63 "
                                          "characters.\n");
    QTest::newRow("server's own name") << QStringList{QStringLiteral("--db"), server, QStringLiteral("server"),
                                                      QStringLiteral("add-observer"), QStringLiteral("pg_monitor")}
                                       << 1
                                       << QStringLiteral("\"pg_monitor\" is a name the server or Comité FAST keeps for "
                                                         "its own roles: choose another login.\n");
    QTest::newRow("a group's name")
        << QStringList{QStringLiteral("--db"), server, QStringLiteral("server"), QStringLiteral("add-member"),
                       QStringLiteral("fast_comite_secretariat")}
        << 1
        << QStringLiteral("\"fast_comite_secretariat\" is a name the server or Comité FAST keeps for its own roles: "
                          "choose another login.\n");
    QTest::newRow("unknown action") << QStringList{QStringLiteral("--db"), server, QStringLiteral("server"),
                                                   QStringLiteral("add-admin"), QStringLiteral("anne")}
                                    << 2
                                    << QStringLiteral("Usage: fast-committee server init | add-member LOGIN [--name "
                                                      "NAME] | add-secretariat LOGIN | add-observer LOGIN, with --db "
                                                      "postgresql://ADMIN@HOST:PORT/DATABASE (\"add-admin\" is not a "
                                                      "server command).\n");
}

void TestServerCommand::usageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    const Run done = run(arguments);
    QCOMPARE(done.err, message);
    QCOMPARE(done.out, QString());
    QCOMPARE(done.exitCode, exitCode);
}

QString TestServerCommand::adminQuery(const QString &statement) const
{
    QString answer;
    {
        Database database;
        if (!database.open(m_location->address()))
            return QStringLiteral("cannot open");
        QSqlQuery query(database.connection());
        if (!query.exec(statement))
            return query.lastError().text();
        QStringList rows;
        while (query.next()) {
            QStringList values;
            for (int i = 0; i < query.record().count(); ++i)
                values.append(query.value(i).toString());
            rows.append(values.join(QLatin1Char('|')));
        }
        answer = rows.join(QLatin1Char('\n'));
    }
    return answer;
}

bool TestServerCommand::ensureInitialised() const
{
    if (adminQuery(QStringLiteral("SELECT COUNT(*) FROM pg_roles WHERE rolname = '%1'")
                       .arg(group(ServerRole::Kind::Observer))) == QLatin1String("1"))
        return true;
    return run({QStringLiteral("--db"), m_location->address(), QStringLiteral("server"), QStringLiteral("init")})
               .exitCode == 0;
}

void TestServerCommand::initTestCase()
{
    if (!hasServer())
        return;
    m_location = std::make_unique<TestDatabaseLocation>(TestDatabaseLocation::Engine::PostgreSql);
    QVERIFY2(!m_location->address().isEmpty(), qPrintable(m_location->error()));
    m_login = QStringLiteral("c") + QUuid::createUuid().toString(QUuid::Id128).left(10);
}

void TestServerCommand::cleanupTestCase()
{
    if (!m_location)
        return;
    QStringList roles =
        QStringList{m_login, m_login + QStringLiteral("_short"), m_login + QStringLiteral("_none")} + m_extraRoles;
    for (const ServerRole::Kind kind :
         {ServerRole::Kind::Secretariat, ServerRole::Kind::Member, ServerRole::Kind::Observer})
        roles.append(group(kind));
    m_location.reset();
    const QUrl admin(TestDatabaseLocation::serverAdminAddress());
    const QString connectionName = QStringLiteral("servercommand-cleanup");
    {
        QSqlDatabase server = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connectionName);
        server.setHostName(admin.host());
        server.setPort(admin.port(5432));
        server.setUserName(admin.userName());
        server.setDatabaseName(admin.path().mid(1));
        QVERIFY(server.open());
        QSqlQuery query(server);
        query.exec(QStringLiteral("SET client_min_messages = warning"));
        for (const QString &role : std::as_const(roles))
            QVERIFY2(query.exec(QStringLiteral("DROP ROLE IF EXISTS \"%1\"").arg(role)),
                     qPrintable(query.lastError().text()));
    }
    QSqlDatabase::removeDatabase(connectionName);
}

void TestServerCommand::initThenAgain()
{
    if (!hasServer())
        QSKIP("FAST_TEST_POSTGRES is not set: scripts/test.sh starts a throwaway PostgreSQL server for this suite");
    const QString address = m_location->address();
    const Run first = run({QStringLiteral("--db"), address, QStringLiteral("server"), QStringLiteral("init")});
    QCOMPARE(first.err, QString());
    QCOMPARE(first.exitCode, 0);
    const QString setUp = QStringLiteral("The committee %1 is set up at schema version %2: the secretariat changes the "
                                         "committee, each member writes only their own notes and recusals, an observer "
                                         "reads.\n")
                              .arg(databaseName())
                              .arg(Database::currentSchemaVersion);
    QCOMPARE(first.out, QStringLiteral("Created the group role %1 (secretariat).\n"
                                       "Created the group role %2 (member).\n"
                                       "Created the group role %3 (observer).\n")
                                .arg(group(ServerRole::Kind::Secretariat), group(ServerRole::Kind::Member),
                                     group(ServerRole::Kind::Observer)) +
                            setUp);
    const Run again = run({QStringLiteral("--db"), address, QStringLiteral("server"), QStringLiteral("init")});
    QCOMPARE(again.exitCode, 0);
    QCOMPARE(again.out, QStringLiteral("The group role %1 (secretariat) was there already.\n"
                                       "The group role %2 (member) was there already.\n"
                                       "The group role %3 (observer) was there already.\n")
                                .arg(group(ServerRole::Kind::Secretariat), group(ServerRole::Kind::Member),
                                     group(ServerRole::Kind::Observer)) +
                            setUp);
    QCOMPARE(adminQuery(QStringLiteral("SELECT relname FROM pg_class WHERE relrowsecurity ORDER BY relname")),
             QStringLiteral("notes\nrecusals"));
}

void TestServerCommand::addLoginsAndAgain()
{
    if (!hasServer())
        QSKIP("FAST_TEST_POSTGRES is not set: scripts/test.sh starts a throwaway PostgreSQL server for this suite");
    const QString address = m_location->address();
    const QByteArray typed = QByteArray(password) + '\n';
    const Run added =
        run({QStringLiteral("--db"), address, QStringLiteral("server"), QStringLiteral("add-member"), m_login,
             QStringLiteral("--name"), QStringLiteral("  Claire Dupont "), QStringLiteral("--password-stdin")},
            typed);
    QCOMPARE(added.err, QString());
    QCOMPARE(added.exitCode, 0);
    QCOMPARE(added.out, QStringLiteral("Created the login %1 with the role member on this committee.\n"
                                       "%1 scores as the committee member named Claire Dupont.\n")
                            .arg(m_login));
    QVERIFY(!added.out.contains(QLatin1String(password)));
    // Stored as the SCRAM verifier made on this side, never in clear: the server kept it as sent (the test
    // server trusts every local connection, so this is what shows the password is the one typed).
    const QString stored =
        adminQuery(QStringLiteral("SELECT rolpassword FROM pg_authid WHERE rolname = '%1'").arg(m_login));
    QVERIFY2(stored.startsWith(QLatin1String("SCRAM-SHA-256$4096:")), qPrintable(stored));
    const QByteArray salt =
        QByteArray::fromBase64(stored.section(QLatin1Char(':'), 1).section(QLatin1Char('$'), 0, 0).toLatin1());
    QCOMPARE(salt.size(), 16);
    QCOMPARE(stored, QString::fromLatin1(ScramVerifier::make(QString::fromLatin1(password), salt)));
    QCOMPARE(adminQuery(QStringLiteral("SELECT login, member_name, member_key FROM committee_logins")),
             QStringLiteral("%1|Claire Dupont|claire dupont").arg(m_login));

    // The login works with that password, and is what the command said.
    {
        QUrl asMember(address);
        asMember.setUserName(m_login);
        asMember.setPassword(QString::fromLatin1(password));
        Database database;
        const Outcome opened = database.open(asMember.toString());
        QVERIFY2(opened.ok(), qPrintable(opened.error()));
        QCOMPARE(database.serverRole().kind(), ServerRole::Kind::Member);
    }

    // Again: nothing asked (standard input stays open and empty), nothing changed.
    const Run again = run({QStringLiteral("--db"), address, QStringLiteral("server"), QStringLiteral("add-member"),
                           m_login, QStringLiteral("--name"), QStringLiteral("Claire Dupont")},
                          QByteArray(), false);
    QCOMPARE(again.err, QString());
    QCOMPARE(again.exitCode, 0);
    QCOMPARE(again.out, QStringLiteral("%1 already has the role member on this committee.\n"
                                       "%1 scores as the committee member named Claire Dupont.\n"
                                       "Nothing changed.\n")
                            .arg(m_login));

    // Moved to another role: it keeps its password, and is no longer mapped to a member.
    const Run observer =
        run({QStringLiteral("--db"), address, QStringLiteral("server"), QStringLiteral("add-observer"), m_login});
    QCOMPARE(observer.exitCode, 0);
    QCOMPARE(observer.out,
             QStringLiteral("%1 had the role member on this committee; it now has the role observer.\n").arg(m_login));
    QCOMPARE(adminQuery(QStringLiteral("SELECT COUNT(*) FROM committee_logins")), QStringLiteral("0"));
    const Run secretariat =
        run({QStringLiteral("--db"), address, QStringLiteral("server"), QStringLiteral("add-secretariat"), m_login});
    QCOMPARE(secretariat.exitCode, 0);
    QCOMPARE(
        secretariat.out,
        QStringLiteral("%1 had the role observer on this committee; it now has the role secretariat.\n").arg(m_login));
    QCOMPARE(adminQuery(QStringLiteral("SELECT string_agg(g.rolname, ',') FROM pg_auth_members a "
                                       "JOIN pg_roles g ON g.oid = a.roleid JOIN pg_roles u ON u.oid = a.member "
                                       "WHERE u.rolname = '%1'")
                            .arg(m_login)),
             group(ServerRole::Kind::Secretariat));
    // A group's name is no login.
    const Run groupAsLogin = run({QStringLiteral("--db"), address, QStringLiteral("server"),
                                  QStringLiteral("add-observer"), QStringLiteral("pg_read_all_data")});
    QCOMPARE(groupAsLogin.exitCode, 1);
}

void TestServerCommand::passwordRefusals_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("message");
    QTest::newRow("no terminal") << QStringList() << QByteArray("Mot-de-passe-42\n")
                                 << QStringLiteral(
                                        "No terminal to ask the password of %1 on: give it on standard input "
                                        "with --password-stdin.\n");
    QTest::newRow("too short") << QStringList{QStringLiteral("--password-stdin")} << QByteArray("court\n")
                               << QStringLiteral("The password is too short: at least 8 characters.\n");
    QTest::newRow("empty") << QStringList{QStringLiteral("--password-stdin")} << QByteArray("\n")
                           << QStringLiteral("The password is empty.\n");
    QTest::newRow("no input") << QStringList{QStringLiteral("--password-stdin")} << QByteArray()
                              << QStringLiteral("--password-stdin: standard input ended before a password.\n");
}

void TestServerCommand::passwordRefusals()
{
    if (!hasServer())
        QSKIP("FAST_TEST_POSTGRES is not set: scripts/test.sh starts a throwaway PostgreSQL server for this suite");
    QFETCH(QStringList, options);
    QFETCH(QByteArray, input);
    QFETCH(QString, message);
    QVERIFY(ensureInitialised());
    const QString login = m_login + QStringLiteral("_short");
    const Run refused = run(QStringList{QStringLiteral("--db"), m_location->address(), QStringLiteral("server"),
                                        QStringLiteral("add-observer"), login} +
                                options,
                            input);
    QCOMPARE(refused.err, message.contains(QLatin1String("%1")) ? message.arg(login) : message);
    QCOMPARE(refused.out, QString());
    QCOMPARE(refused.exitCode, 1);
    QVERIFY(!refused.err.contains(QLatin1String(password)));
    QCOMPARE(adminQuery(QStringLiteral("SELECT COUNT(*) FROM pg_roles WHERE rolname = '%1'").arg(login)),
             QStringLiteral("0"));
}

void TestServerCommand::passwordOnATerminalIsNotEchoed()
{
    if (!hasServer())
        QSKIP("FAST_TEST_POSTGRES is not set: scripts/test.sh starts a throwaway PostgreSQL server for this suite");
    if (QStandardPaths::findExecutable(QStringLiteral("script")).isEmpty())
        QSKIP("util-linux's script, which gives the command a terminal, is not installed");
    QVERIFY(ensureInitialised());
    const QString login = m_login + QStringLiteral("_tty");
    m_extraRoles.append(login);
    // script runs the command on a terminal of its own and shows everything that terminal shows.
    QProcess terminal;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    terminal.setProcessEnvironment(environment);
    const QString command = QStringLiteral("%1 --db '%2' server add-observer %3")
                                .arg(QStringLiteral(FAST_COMMITTEE_EXECUTABLE), m_location->address(), login);
    terminal.start(QStringLiteral("script"), {QStringLiteral("-qec"), command, QStringLiteral("/dev/null")});
    QVERIFY(terminal.waitForStarted());
    QByteArray shown;
    // Each answer only once its question is on the screen: typed earlier, the terminal would echo it itself.
    const auto answer = [&](const QByteArray &question) {
        QElapsedTimer waited;
        waited.start();
        while (!shown.contains(question) && waited.elapsed() < 20000) {
            terminal.waitForReadyRead(200);
            shown += terminal.readAllStandardOutput();
        }
        if (!shown.contains(question))
            return false;
        QTest::qWait(100);
        terminal.write(QByteArray(password) + '\n');
        return true;
    };
    QVERIFY2(answer("Password for " + login.toLatin1() + ": "), shown.constData());
    QVERIFY2(answer("The same password again: "), shown.constData());
    QVERIFY(terminal.waitForFinished(30000));
    shown += terminal.readAllStandardOutput();
    QCOMPARE(terminal.exitCode(), 0);
    QVERIFY2(shown.contains("Created the login " + login.toLatin1() + " with the role observer on this committee."),
             shown.constData());
    QVERIFY2(!shown.contains(password), shown.constData());
}

void TestServerCommand::addBeforeInitIsRefused()
{
    if (!hasServer())
        QSKIP("FAST_TEST_POSTGRES is not set: scripts/test.sh starts a throwaway PostgreSQL server for this suite");
    TestDatabaseLocation fresh(TestDatabaseLocation::Engine::PostgreSql);
    QVERIFY2(!fresh.address().isEmpty(), qPrintable(fresh.error()));
    const Run refused =
        run({QStringLiteral("--db"), fresh.address(), QStringLiteral("server"), QStringLiteral("add-member"),
             m_login + QStringLiteral("_none"), QStringLiteral("--password-stdin")},
            QByteArray(password) + '\n');
    QCOMPARE(refused.err, QStringLiteral("The committee %1 is not set up for roles yet: run fast-committee server init "
                                         "on it first.\n")
                              .arg(QUrl(fresh.address()).path().mid(1)));
    QCOMPARE(refused.exitCode, 1);
}

void TestServerCommand::onlyTheAdministratorSetsUp()
{
    if (!hasServer())
        QSKIP("FAST_TEST_POSTGRES is not set: scripts/test.sh starts a throwaway PostgreSQL server for this suite");
    // m_login is the secretariat by now (addLoginsAndAgain).
    QUrl asSecretariat(m_location->address());
    asSecretariat.setUserName(m_login);
    asSecretariat.setPassword(QString::fromLatin1(password));
    const Run refused =
        run({QStringLiteral("--db"), asSecretariat.toString(), QStringLiteral("server"), QStringLiteral("init")});
    QCOMPARE(refused.err,
             QStringLiteral("server init needs the committee database's owner or a superuser of the server; %1 is "
                            "neither.\n")
                 .arg(m_login));
    QCOMPARE(refused.exitCode, 1);
}

void TestServerCommand::anOwnerWithoutCreateRoleIsToldWhy()
{
    if (!hasServer())
        QSKIP("FAST_TEST_POSTGRES is not set: scripts/test.sh starts a throwaway PostgreSQL server for this suite");
    TestDatabaseLocation owned(TestDatabaseLocation::Engine::PostgreSql);
    QVERIFY2(!owned.address().isEmpty(), qPrintable(owned.error()));
    const QString owner = m_login + QStringLiteral("_owner");
    m_extraRoles.append(owner);
    const QString databaseName = QUrl(owned.address()).path().mid(1);
    // The database's owner, who may build its schema but not create roles on the server.
    const auto asAdmin = [](const QString &statement) {
        const QUrl admin(TestDatabaseLocation::serverAdminAddress());
        QString error;
        {
            QSqlDatabase server = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("owner-setup"));
            server.setHostName(admin.host());
            server.setPort(admin.port(5432));
            server.setUserName(admin.userName());
            server.setDatabaseName(admin.path().mid(1));
            QSqlQuery query(server.open() ? server : QSqlDatabase());
            if (!query.exec(statement))
                error = query.lastError().text();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("owner-setup"));
        return error;
    };
    QCOMPARE(asAdmin(QStringLiteral("CREATE ROLE \"%1\" LOGIN").arg(owner)), QString());
    QCOMPARE(asAdmin(QStringLiteral("ALTER DATABASE %1 OWNER TO \"%2\"").arg(databaseName, owner)), QString());
    QUrl asOwner(owned.address());
    asOwner.setUserName(owner);
    const Run refused =
        run({QStringLiteral("--db"), asOwner.toString(), QStringLiteral("server"), QStringLiteral("init")});
    QCOMPARE(refused.err,
             QStringLiteral("Cannot set up the roles of the committee: permission denied to create role\n"));
    QCOMPARE(refused.exitCode, 1);
    QCOMPARE(refused.out, QString());
}

QTEST_GUILESS_MAIN(TestServerCommand)
#include "tst_servercommand.moc"
