#include "TestDatabaseLocation.h"
#include "TestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

// fast-committee members, in-process as tst_commandline runs it: "members copy --from N --promotion M" copies
// an earlier committee (members by name, without duplicates, and criteria) and says what it did; its refusals
// exit 1 (2 for usage) with the reason on stderr and leave the database as it was.
class TestMembersCommand : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void copyFromEarlierPromotion();
    void copyRefusals_data();
    void copyRefusals();

private:
    using Run = TestSupport::CommandLineRun;
    Run run(const QStringList &arguments) const
    {
        return TestSupport::runCommandLine(m_database, arguments, QStringLiteral("Secrétariat"));
    }
    QStringList members(int promotion) const;
    int auditCount() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<TestDatabaseLocation> m_location;
    QString m_database;
};

void TestMembersCommand::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_location = TestDatabaseLocation::underTest();
    if (m_location->address().isEmpty())
        QSKIP(qPrintable(m_location->error()));
    m_database = m_location->address();
    for (const char *number : {"13", "14"}) {
        const Run added = run({QStringLiteral("promotion"), QStringLiteral("add"), QString::fromLatin1(number),
                               QStringLiteral("--year"), QStringLiteral("2026"), QStringLiteral("--envelope"),
                               QStringLiteral("1 000 000")});
        QCOMPARE(added.err, QString());
    }
    const Run members =
        run({QStringLiteral("members"), QStringLiteral("add"), QStringLiteral("--promotion"), QStringLiteral("13"),
             QStringLiteral("Alice"), QStringLiteral("Bruno"), QStringLiteral("Chloé")});
    QCOMPARE(members.exitCode, 0);
}

QStringList TestMembersCommand::members(int promotion) const
{
    const Run listed = run({QStringLiteral("members"), QStringLiteral("list"), QStringLiteral("--promotion"),
                            QString::number(promotion), QStringLiteral("--json")});
    QStringList names;
    for (const QJsonValue &name : QJsonDocument::fromJson(listed.out.toUtf8()).array())
        names.append(name.toString());
    return names;
}

int TestMembersCommand::auditCount() const
{
    const Run audit = run({QStringLiteral("audit"), QStringLiteral("--json")});
    return int(QJsonDocument::fromJson(audit.out.toUtf8()).array().size());
}

void TestMembersCommand::copyFromEarlierPromotion()
{
    QCOMPARE(run({QStringLiteral("members"), QStringLiteral("add"), QStringLiteral("--promotion"), QStringLiteral("14"),
                  QStringLiteral("BRUNO")})
                 .exitCode,
             0);
    const int auditBefore = auditCount();
    const Run copied = run({QStringLiteral("members"), QStringLiteral("copy"), QStringLiteral("--from"),
                            QStringLiteral("FAST13"), QStringLiteral("--promotion"), QStringLiteral("14")});
    QCOMPARE(copied.err, QString());
    QCOMPARE(copied.exitCode, 0);
    // The criteria are the fund's defaults on both: nothing to change there.
    QCOMPARE(copied.out, QStringLiteral("2 member(s) copied from FAST13 to FAST14: Alice, Chloé.\n"
                                        "Already on the committee: Bruno.\n"
                                        "The criteria were already those of FAST13.\n"));
    QCOMPARE(members(14), QStringList({QStringLiteral("BRUNO"), QStringLiteral("Alice"), QStringLiteral("Chloé")}));
    QCOMPARE(auditCount(), auditBefore + 2);

    // Once more: nothing left to copy, refused, nothing written.
    const Run again = run({QStringLiteral("members"), QStringLiteral("copy"), QStringLiteral("--from"),
                           QStringLiteral("13"), QStringLiteral("--promotion"), QStringLiteral("14")});
    QCOMPARE(again.exitCode, 1);
    QCOMPARE(again.out, QString());
    QCOMPARE(again.err,
             QStringLiteral("Nothing to copy: FAST14 already has every member and the criteria of FAST13.\n"));
    QCOMPARE(auditCount(), auditBefore + 2);
}

void TestMembersCommand::copyRefusals_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("error");
    const QString usage = QStringLiteral("fast-committee members copy --from NUMBER --promotion NUMBER");
    QTest::newRow("no --from") << QStringList{QStringLiteral("--promotion"), QStringLiteral("14")} << 2
                               << QStringLiteral("Give --from NUMBER and --promotion NUMBER. Usage: %1\n").arg(usage);
    QTest::newRow("no --promotion")
        << QStringList{QStringLiteral("--from"), QStringLiteral("13")} << 2
        << QStringLiteral("Give --from NUMBER and --promotion NUMBER. Usage: %1\n").arg(usage);
    QTest::newRow("itself") << QStringList{QStringLiteral("--from"), QStringLiteral("14"),
                                           QStringLiteral("--promotion"), QStringLiteral("14")}
                            << 1
                            << QStringLiteral(
                                   "FAST14's committee cannot be copied onto itself: choose an earlier promotion.\n");
}

void TestMembersCommand::copyRefusals()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, error);
    const int auditBefore = auditCount();
    arguments.prepend(QStringLiteral("copy"));
    arguments.prepend(QStringLiteral("members"));
    const Run refused = run(arguments);
    QCOMPARE(refused.err, error);
    QCOMPARE(refused.exitCode, exitCode);
    QVERIFY(members(14).isEmpty());
    QCOMPARE(auditCount(), auditBefore);
}

QTEST_GUILESS_MAIN(TestMembersCommand)
#include "tst_memberscommand.moc"
