#include "TestDatabaseLocation.h"
#include "TestSupport.h"
#include "cli/CliContext.h"
#include "cli/CommandLine.h"
#include "cli/PromotionArguments.h"

#include <QTemporaryDir>
#include <QTest>

// A subcommand about one promotion parsed in one place: help, the usage refusal (exit 2), the promotion
// lookup (exit 1), the positional bounds and --json.
class TestPromotionArguments : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void parse_data();
    void parse();
    void withoutJson();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<TestDatabaseLocation> m_location;
    QString m_database;
};

void TestPromotionArguments::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_location = TestDatabaseLocation::underTest();
    if (m_location->address().isEmpty())
        QSKIP(qPrintable(m_location->error()));
    m_database = m_location->address();
    QString out;
    QString err;
    QTextStream outStream(&out);
    QTextStream errStream(&err);
    QCOMPARE(CommandLine::run({QStringLiteral("--db"), m_database, QStringLiteral("promotion"), QStringLiteral("add"),
                               QStringLiteral("13"), QStringLiteral("--year"), QStringLiteral("2023"),
                               QStringLiteral("--envelope"), QStringLiteral("1 000 000")},
                              outStream, errStream),
             0);
}

void TestPromotionArguments::parse_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("minimum");
    QTest::addColumn<int>("maximum");
    QTest::addColumn<int>("exitCode"); // -1: goes on
    QTest::addColumn<QString>("err");
    QTest::addColumn<bool>("json");

    const QString usage = QStringLiteral("USAGE");
    const QString p = QStringLiteral("--promotion");
    QTest::newRow("promotion") << QStringList{p, QStringLiteral("13")} << 0 << 0 << -1 << QString() << false;
    QTest::newRow("label and json") << QStringList{QStringLiteral("--json"), p, QStringLiteral("FAST13")} << 0 << 0
                                    << -1 << QString() << true;
    QTest::newRow("missing promotion") << QStringList{QStringLiteral("--json")} << 0 << 0 << 2
                                       << QStringLiteral("MISSING\n") << false;
    QTest::newRow("argument where none is taken") << QStringList{p, QStringLiteral("13"), QStringLiteral("extra")} << 0
                                                  << 0 << 2 << QStringLiteral("MISSING\n") << false;
    QTest::newRow("one file, given") << QStringList{p, QStringLiteral("13"), QStringLiteral("a.csv")} << 1 << 1 << -1
                                     << QString() << false;
    QTest::newRow("one file, two given") << QStringList{p, QStringLiteral("13"), QStringLiteral("a.csv"),
                                                        QStringLiteral("b.csv")}
                                         << 1 << 1 << 2 << QStringLiteral("MISSING\n") << false;
    QTest::newRow("at least one, none given")
        << QStringList{p, QStringLiteral("13")} << 1 << -1 << 2 << QStringLiteral("MISSING\n") << false;
    QTest::newRow("at least one, three given")
        << QStringList{p, QStringLiteral("13"), QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C")} << 1
        << -1 << -1 << QString() << false;
    QTest::newRow("unknown promotion") << QStringList{p, QStringLiteral("99")} << 0 << 0 << 1
                                       << QStringLiteral("There is no promotion FAST99 in %1.\n") << false;
    QTest::newRow("usage checked before the lookup") << QStringList{p, QStringLiteral("99"), QStringLiteral("extra")}
                                                     << 0 << 0 << 2 << QStringLiteral("MISSING\n") << false;
    QTest::newRow("unknown option") << QStringList{p, QStringLiteral("13"), QStringLiteral("--bogus")} << 0 << 0 << 2
                                    << QStringLiteral("Unknown option 'bogus'.\nUsage: %1\n").arg(usage) << false;
    QTest::newRow("help") << QStringList{QStringLiteral("--help")} << 0 << 0 << 0 << QString() << false;
}

void TestPromotionArguments::parse()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, minimum);
    QFETCH(int, maximum);
    QFETCH(int, exitCode);
    QFETCH(QString, err);
    QFETCH(bool, json);

    QString out;
    QString errors;
    QTextStream outStream(&out);
    QTextStream errStream(&errors);
    CliContext context(outStream, errStream, m_database, QStringLiteral("Test"));
    PromotionArguments options(QStringLiteral("The promotion."), QStringLiteral("NUMBER"),
                               QStringLiteral("Prints a JSON array."));
    const std::optional<int> stop = options.parse(context, QStringList{QStringLiteral("rank")} + arguments,
                                                  QStringLiteral("USAGE"), QStringLiteral("MISSING"), minimum, maximum);
    errStream.flush();
    QCOMPARE(stop.value_or(-1), exitCode);
    QCOMPARE(errors, err.contains(QLatin1String("%1")) ? err.arg(m_database) : err);
    if (!stop) {
        QCOMPARE(options.promotion().number, 13);
        QCOMPARE(options.json(), json);
        QCOMPARE(options.positionalArguments().size(), arguments.size() - 2 - (json ? 1 : 0));
    }
}

void TestPromotionArguments::withoutJson()
{
    // A subcommand without --json refuses the option like any unknown one.
    QString out;
    QString errors;
    QTextStream outStream(&out);
    QTextStream errStream(&errors);
    CliContext context(outStream, errStream, m_database, QStringLiteral("Test"));
    PromotionArguments options(QStringLiteral("The promotion."), QStringLiteral("NUMBER"));
    const std::optional<int> stop = options.parse(
        context,
        {QStringLiteral("propose"), QStringLiteral("--promotion"), QStringLiteral("13"), QStringLiteral("--json")},
        QStringLiteral("USAGE"), QStringLiteral("MISSING"));
    errStream.flush();
    QCOMPARE(stop.value_or(-1), 2);
    QCOMPARE(errors, QStringLiteral("Unknown option 'json'.\nUsage: USAGE\n"));
    QVERIFY(!options.json());
}

QTEST_GUILESS_MAIN(TestPromotionArguments)
#include "tst_promotionarguments.moc"
