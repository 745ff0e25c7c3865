#include "reports/CsvColumnMap.h"
#include "reports/CsvReader.h"

#include <QTest>

class TestCsvColumnMap : public QObject
{
    Q_OBJECT

private slots:
    void columnKey_data();
    void columnKey();
    void acceptedColumnsDescription();
    void fieldOf_data();
    void fieldOf();
    void read_data();
    void read();
    void emptyHeaderLeftToMissingColumns();
    void handFilledHeader();
};

namespace {

enum class Field { Name, Carrier, Phase, Granted };

// Two required columns, one with the same name in both languages, one optional.
CsvColumnMap sampleMap()
{
    return CsvColumnMap({
        {QStringLiteral("projet"), QStringLiteral("name"), true},
        {QStringLiteral("administration"), QStringLiteral("carrier"), true},
        {QStringLiteral("phase"), QStringLiteral("phase"), false},
        {QStringLiteral("montant_accorde"), QStringLiteral("granted"), false},
    });
}

// Distinct texts, so that a test tells which message a problem used and what was put in it.
CsvColumnMap::Messages sampleMessages()
{
    return {QStringLiteral("NOHEADER"), QStringLiteral("EMPTY(%1)"), QStringLiteral("UNKNOWN(%1)"),
            QStringLiteral("DUPLICATE(%1,%2)"), QStringLiteral("MISSING(%1,%2)")};
}

// An empty byte array stands for a table without any record, which the reader itself never gives.
CsvTable tableOf(const QByteArray &bytes)
{
    if (bytes.isEmpty())
        return CsvTable();
    CsvProblem problem;
    const Result<CsvTable> table = CsvReader::parse(bytes, QStringLiteral("f.csv"), &problem);
    if (!table)
        qFatal("unreadable test table: %s", qPrintable(problem.toString()));
    return table.value();
}

QStringList messagesOf(const QList<CsvProblem> &problems)
{
    QStringList texts;
    for (const CsvProblem &problem : problems)
        texts.append(problem.toString());
    return texts;
}

} // namespace

void TestCsvColumnMap::columnKey_data()
{
    QTest::addColumn<QString>("header");
    QTest::addColumn<QString>("key");
    QTest::newRow("plain") << QStringLiteral("projet") << QStringLiteral("projet");
    QTest::newRow("case") << QStringLiteral("PROJET") << QStringLiteral("projet");
    QTest::newRow("accents") << QString::fromUtf8("Montant_Accordé") << QStringLiteral("montant accorde");
    QTest::newRow("dash") << QStringLiteral("montant-accorde") << QStringLiteral("montant accorde");
    QTest::newRow("space") << QStringLiteral("montant accorde") << QStringLiteral("montant accorde");
}

void TestCsvColumnMap::columnKey()
{
    QFETCH(QString, header);
    QFETCH(QString, key);
    QCOMPARE(CsvColumnMap::columnKey(header), key);
}

void TestCsvColumnMap::acceptedColumnsDescription()
{
    QCOMPARE(sampleMap().acceptedColumnsDescription(),
             QStringLiteral("projet/name, administration/carrier, phase, montant_accorde/granted"));
}

void TestCsvColumnMap::fieldOf_data()
{
    QTest::addColumn<QString>("header");
    QTest::addColumn<int>("field");
    QTest::newRow("french") << QStringLiteral("projet") << int(Field::Name);
    QTest::newRow("english") << QStringLiteral("Carrier") << int(Field::Carrier);
    QTest::newRow("same in both") << QStringLiteral("PHASE") << int(Field::Phase);
    QTest::newRow("folded") << QString::fromUtf8("Montant Accordé") << int(Field::Granted);
    QTest::newRow("unknown") << QStringLiteral("budget") << -1;
    QTest::newRow("empty") << QString() << -1;
}

void TestCsvColumnMap::fieldOf()
{
    QFETCH(QString, header);
    QFETCH(int, field);
    QCOMPARE(sampleMap().fieldOf(header), field);
}

void TestCsvColumnMap::read_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<bool>("readable");
    QTest::addColumn<QList<int>>("columnOf");
    QTest::addColumn<QStringList>("names");
    QTest::addColumn<QStringList>("problems");

    const QString all = QStringLiteral("projet/name, administration/carrier, phase, montant_accorde/granted");
    QTest::newRow("no record") << QByteArray() << false << QList<int>{-1, -1, -1, -1} << QStringList()
                               << QStringList{QStringLiteral("f.csv: NOHEADER")};
    QTest::newRow("empty header") << QByteArray(" ; ;\nA;B;C\n") << false << QList<int>{-1, -1, -1, -1}
                                  << QStringList{QString(), QString(), QString()}
                                  << QStringList{QStringLiteral("f.csv:1: EMPTY(%1)").arg(all)};
    QTest::newRow("required only") << QByteArray("projet;administration\n") << true << QList<int>{0, 1, -1, -1}
                                   << QStringList{QStringLiteral("projet"), QStringLiteral("administration")}
                                   << QStringList();
    QTest::newRow("english, reordered, trimmed")
        << QByteArray(" granted ;Carrier;NAME;phase\n") << true << QList<int>{2, 1, 3, 0}
        << QStringList{QStringLiteral("granted"), QStringLiteral("Carrier"), QStringLiteral("NAME"),
                       QStringLiteral("phase")}
        << QStringList();
    QTest::newRow("unnamed column left to the rows")
        << QByteArray("projet;;administration\n") << true << QList<int>{0, 2, -1, -1}
        << QStringList{QStringLiteral("projet"), QString(), QStringLiteral("administration")} << QStringList();
    QTest::newRow("unknown") << QByteArray("projet;budget;administration\n") << true << QList<int>{0, 2, -1, -1}
                             << QStringList{QStringLiteral("projet"), QStringLiteral("budget"),
                                            QStringLiteral("administration")}
                             << QStringList{QStringLiteral("f.csv:1: budget: UNKNOWN(%1)").arg(all)};
    QTest::newRow("duplicate in the other language")
        << QByteArray("projet;administration;Name\n") << true << QList<int>{0, 1, -1, -1}
        << QStringList{QStringLiteral("projet"), QStringLiteral("administration"), QStringLiteral("Name")}
        << QStringList{QStringLiteral("f.csv:1: Name: DUPLICATE(1,projet)")};
    QTest::newRow("missing both required, in field order")
        << QByteArray("phase\n") << true << QList<int>{-1, -1, 0, -1} << QStringList{QStringLiteral("phase")}
        << QStringList{QStringLiteral("f.csv:1: MISSING(projet,name)"),
                       QStringLiteral("f.csv:1: MISSING(administration,carrier)")};
    QTest::newRow("every problem at once, columns first")
        << QByteArray("x;phase;PHASE;name\n") << true << QList<int>{3, -1, 1, -1}
        << QStringList{QStringLiteral("x"), QStringLiteral("phase"), QStringLiteral("PHASE"), QStringLiteral("name")}
        << QStringList{QStringLiteral("f.csv:1: x: UNKNOWN(%1)").arg(all),
                       QStringLiteral("f.csv:1: PHASE: DUPLICATE(2,phase)"),
                       QStringLiteral("f.csv:1: MISSING(administration,carrier)")};
}

void TestCsvColumnMap::read()
{
    QFETCH(QByteArray, bytes);
    QFETCH(bool, readable);
    QFETCH(QList<int>, columnOf);
    QFETCH(QStringList, names);
    QFETCH(QStringList, problems);

    const CsvColumnMap::Header header = sampleMap().read(tableOf(bytes), QStringLiteral("f.csv"), sampleMessages());
    QCOMPARE(header.readable, readable);
    QCOMPARE(header.columnOf, columnOf);
    QCOMPARE(header.names, names);
    QCOMPARE(messagesOf(header.problems), problems);
    QCOMPARE(header.column(Field::Name), columnOf.at(0));
    QCOMPARE(header.has(Field::Granted), columnOf.at(3) >= 0);
}

void TestCsvColumnMap::emptyHeaderLeftToMissingColumns()
{
    // Without an empty-header message, an empty header row is read like any other: every required
    // column is missing, and the header stays readable for an importer that wants to go on.
    CsvColumnMap::Messages messages = sampleMessages();
    messages.emptyHeader = QString();
    const CsvColumnMap::Header header = sampleMap().read(tableOf("\t\t\nA\tB\tC\n"), QStringLiteral("f.csv"), messages);
    QVERIFY(header.readable);
    QCOMPARE(header.line, 1);
    QCOMPARE(messagesOf(header.problems), (QStringList{QStringLiteral("f.csv:1: MISSING(projet,name)"),
                                                       QStringLiteral("f.csv:1: MISSING(administration,carrier)")}));
}

void TestCsvColumnMap::handFilledHeader()
{
    // A spreadsheet import whose user picks the columns fills a Header itself; it answers by field.
    CsvColumnMap::Header chosen;
    chosen.readable = true;
    chosen.names = {QStringLiteral("Porteur"), QStringLiteral("Nom du projet")};
    chosen.columnOf = {1, 0, -1, -1};
    QCOMPARE(chosen.column(Field::Name), 1);
    QCOMPARE(chosen.column(Field::Carrier), 0);
    QVERIFY(!chosen.has(Field::Phase));
    QCOMPARE(chosen.column(Field::Granted), -1);
}

QTEST_GUILESS_MAIN(TestCsvColumnMap)
#include "tst_csvcolumnmap.moc"
