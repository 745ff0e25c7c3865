#include "TestDatabaseLocation.h"
#include "TestSupport.h"
#include "cli/CliContext.h"
#include "cli/PromotionOption.h"

#include <QTemporaryDir>
#include <QTest>

// The --promotion option: declared once, and read and refused the same way by every subcommand that takes it.
class TestPromotionOption : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void declaration();
    void find_data();
    void find();
    void everySubcommandRefusesTheSameWay_data();
    void everySubcommandRefusesTheSameWay();

private:
    TestSupport::ProcessResult run(const QStringList &arguments) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<TestDatabaseLocation> m_location;
    QString m_database;
};

// The real executable, as users call it.
TestSupport::ProcessResult TestPromotionOption::run(const QStringList &arguments) const
{
    return TestSupport::runCommittee(QStringList{QStringLiteral("--db"), m_database} + arguments);
}

void TestPromotionOption::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_location = TestDatabaseLocation::underTest();
    if (m_location->address().isEmpty())
        QSKIP(qPrintable(m_location->error()));
    m_database = m_location->address();
    const TestSupport::ProcessResult added =
        run({QStringLiteral("promotion"), QStringLiteral("add"), QStringLiteral("13"), QStringLiteral("--year"),
             QStringLiteral("2023"), QStringLiteral("--envelope"), QStringLiteral("2 550 000")});
    QCOMPARE(added.standardError, QByteArray());
    QCOMPARE(added.exitCode, 0);
}

void TestPromotionOption::declaration()
{
    const PromotionOption option(QStringLiteral("The promotion."), QStringLiteral("NUMBER"));
    QCOMPARE(option.option().names(), QStringList{QStringLiteral("promotion")});
    QCOMPARE(option.option().valueName(), QStringLiteral("NUMBER"));
    QCOMPARE(option.option().description(), QStringLiteral("The promotion."));

    QCommandLineParser parser;
    parser.addOption(option.option());
    QVERIFY(parser.parse({QStringLiteral("rank")}));
    QVERIFY(!option.isSet(parser));
    QVERIFY(parser.parse({QStringLiteral("rank"), QStringLiteral("--promotion=13")}));
    QVERIFY(option.isSet(parser));
}

void TestPromotionOption::find_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<int>("number"); // 0: none found
    QTest::addColumn<QString>("err");
    QTest::newRow("number") << QStringLiteral("13") << 13 << QString();
    QTest::newRow("label") << QStringLiteral("FAST13") << 13 << QString();
    QTest::newRow("unknown") << QStringLiteral("99") << 0 << QStringLiteral("There is no promotion FAST99 in %1.\n");
    QTest::newRow("not a number") << QStringLiteral("XIV") << 0
                                  << QStringLiteral("\"XIV\" is not a promotion number: write 13 or FAST13.\n");
}

void TestPromotionOption::find()
{
    QFETCH(QString, value);
    QFETCH(int, number);
    QFETCH(QString, err);

    const PromotionOption option(QStringLiteral("The promotion."), QStringLiteral("NUMBER"));
    QCommandLineParser parser;
    parser.addOption(option.option());
    QVERIFY(parser.parse({QStringLiteral("rank"), QStringLiteral("--promotion"), value}));
    QString out;
    QString errors;
    QTextStream outStream(&out);
    QTextStream errStream(&errors);
    CliContext context(outStream, errStream, m_database, QStringLiteral("Test"));
    const std::optional<Promotion> promotion = option.find(context, parser);
    errStream.flush();
    QCOMPARE(promotion ? promotion->number : 0, number);
    QCOMPARE(errors, err.contains(QLatin1String("%1")) ? err.arg(m_database) : err);
    QCOMPARE(out, QString());
}

void TestPromotionOption::everySubcommandRefusesTheSameWay_data()
{
    QTest::addColumn<QStringList>("arguments");
    const QString csv = QStringLiteral("never-read.csv");
    const QStringList subcommands[] = {
        {QStringLiteral("audit")},
        {QStringLiteral("candidates")},
        {QStringLiteral("decide"), QStringLiteral("--candidate"), QStringLiteral("Alpha"), QStringLiteral("--decision"),
         QStringLiteral("rejected")},
        {QStringLiteral("export"), QStringLiteral("csv"), QStringLiteral("-o"), QStringLiteral("never-written.csv")},
        {QStringLiteral("import"), csv},
        {QStringLiteral("members"), QStringLiteral("add"), QStringLiteral("Anne")},
        {QStringLiteral("members"), QStringLiteral("list")},
        {QStringLiteral("propose")},
        {QStringLiteral("rank")},
        {QStringLiteral("scores"), QStringLiteral("import"), csv},
    };
    for (const QStringList &subcommand : subcommands)
        QTest::newRow(qPrintable(subcommand.join(QLatin1Char(' ')))) << subcommand;
}

void TestPromotionOption::everySubcommandRefusesTheSameWay()
{
    QFETCH(QStringList, arguments);

    const TestSupport::ProcessResult unknown =
        run(arguments + QStringList{QStringLiteral("--promotion"), QStringLiteral("99")});
    QCOMPARE(unknown.standardError, QStringLiteral("There is no promotion FAST99 in %1.\n").arg(m_database).toUtf8());
    QCOMPARE(unknown.standardOutput, QByteArray());
    QCOMPARE(unknown.exitCode, CliContext::refused);

    const TestSupport::ProcessResult notANumber =
        run(arguments + QStringList{QStringLiteral("--promotion"), QStringLiteral("XIV")});
    QCOMPARE(notANumber.standardError, QByteArray("\"XIV\" is not a promotion number: write 13 or FAST13.\n"));
    QCOMPARE(notANumber.standardOutput, QByteArray());
    QCOMPARE(notANumber.exitCode, CliContext::refused);
}

QTEST_GUILESS_MAIN(TestPromotionOption)
#include "tst_promotionoption.moc"
