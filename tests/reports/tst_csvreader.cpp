#include "reports/CsvReader.h"

#include "TestSupport.h"

#include <QTest>

class TestCsvReader : public QObject
{
    Q_OBJECT

private slots:
    void parse_data();
    void parse();
    void refusals_data();
    void refusals();
    void structuredProblem();
    void decode_data();
    void decode();
    void windows1252HighHalf();
    void windows1252LatinHalves();
    void readFile_data();
    void readFile();
    void readFileFromTemporaryDirectory();
    void readFileMissing();
    void mixedEncodings_data();
    void mixedEncodings();
    void mixedEncodingProblem();
};

namespace {

// A table as lines "LINE:field|field|...", so that a failing comparison shows the whole record.
QStringList describe(const CsvTable &table)
{
    QStringList lines;
    for (const CsvRecord &record : table.records)
        lines.append(QString::number(record.line) + QLatin1Char(':') + record.fields.join(QLatin1Char('|')));
    return lines;
}

QString u8(const char *text)
{
    return QString::fromUtf8(text);
}

QStringList u8List(std::initializer_list<const char *> texts)
{
    QStringList list;
    for (const char *text : texts)
        list.append(QString::fromUtf8(text));
    return list;
}

} // namespace

void TestCsvReader::parse_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("delimiter");
    QTest::addColumn<QString>("encoding");
    QTest::addColumn<QStringList>("records");

    const QString utf8 = QStringLiteral("UTF-8");
    const QString semicolon = QStringLiteral(";");
    QTest::newRow("semicolon") << QByteArray("a;b;c\n1;2;3\n") << semicolon << utf8 << u8List({"1:a|b|c", "2:1|2|3"});
    QTest::newRow("comma") << QByteArray("a,b,c\n1,2,3\n") << QStringLiteral(",") << utf8
                           << u8List({"1:a|b|c", "2:1|2|3"});
    QTest::newRow("tab") << QByteArray("a\tb\tc\n1\t2\t3\n") << QStringLiteral("\t") << utf8
                         << u8List({"1:a|b|c", "2:1|2|3"});
    QTest::newRow("tie prefers semicolon")
        << QByteArray("a;b,c\n1;2,3\n") << semicolon << utf8 << u8List({"1:a|b,c", "2:1|2,3"});
    QTest::newRow("tie of comma and tab prefers comma")
        << QByteArray("a,b\tc\n") << QStringLiteral(",") << utf8 << u8List({"1:a|b\tc"});
    QTest::newRow("most frequent wins") << QByteArray("a,b,c;d\n1,2,3;4\n") << QStringLiteral(",") << utf8
                                        << u8List({"1:a|b|c;d", "2:1|2|3;4"});
    QTest::newRow("detection ignores quoted delimiters")
        << QByteArray("\"a;b;c\",d\n1,2\n") << QStringLiteral(",") << utf8 << u8List({"1:a;b;c|d", "2:1|2"});
    QTest::newRow("detection reads the header line only")
        << QByteArray("a;b\n1,2,3,4\n") << semicolon << utf8 << u8List({"1:a|b", "2:1,2,3,4"});
    QTest::newRow("single column") << QByteArray("projet\nEnvergo\n") << semicolon << utf8
                                   << u8List({"1:projet", "2:Envergo"});
    QTest::newRow("BOM") << QByteArray("\xEF\xBB\xBFprojet;montant\nEnvergo;1\n") << semicolon
                         << QStringLiteral("UTF-8 (BOM)") << u8List({"1:projet|montant", "2:Envergo|1"});
    QTest::newRow("UTF-8 without BOM") << QByteArray("projet;montant\nRéfugiés;3 000 €\n") << semicolon << utf8
                                       << u8List({"1:projet|montant", "2:Réfugiés|3 000 €"});
    QTest::newRow("Windows-1252") << QByteArray("projet;montant\nCaf\xE9;3 000 \x80\nl\x92\x9Cuvre;1\n") << semicolon
                                  << QStringLiteral("Windows-1252")
                                  << u8List({"1:projet|montant", "2:Café|3 000 €", "3:l’œuvre|1"});
    QTest::newRow("quoted delimiter") << QByteArray("a;b\n\"x;y\";z\n") << semicolon << utf8
                                      << u8List({"1:a|b", "2:x;y|z"});
    QTest::newRow("doubled quotes") << QByteArray("a;b\n\"say \"\"hi\"\"\";\"\"\"\"\n") << semicolon << utf8
                                    << u8List({"1:a|b", "2:say \"hi\"|\""});
    QTest::newRow("line breaks inside quotes")
        << QByteArray("a;b\n\"one\ntwo\r\nthree\rfour\";z\nnext;r\n") << semicolon << utf8
        << u8List({"1:a|b", "2:one\ntwo\nthree\nfour|z", "6:next|r"});
    QTest::newRow("CRLF") << QByteArray("a;b\r\n1;2\r\n3;4\r\n") << semicolon << utf8
                          << u8List({"1:a|b", "2:1|2", "3:3|4"});
    QTest::newRow("CR") << QByteArray("a;b\r1;2\r3;4\r") << semicolon << utf8 << u8List({"1:a|b", "2:1|2", "3:3|4"});
    QTest::newRow("LF without trailing newline")
        << QByteArray("a;b\n1;2\n3;4") << semicolon << utf8 << u8List({"1:a|b", "2:1|2", "3:3|4"});
    QTest::newRow("CRLF without trailing newline")
        << QByteArray("a;b\r\n1;2") << semicolon << utf8 << u8List({"1:a|b", "2:1|2"});
    QTest::newRow("quoted last field at end of file")
        << QByteArray("a;b\n1;\"2\"") << semicolon << utf8 << u8List({"1:a|b", "2:1|2"});
    QTest::newRow("empty last field") << QByteArray("a;b\n1;\n") << semicolon << utf8 << u8List({"1:a|b", "2:1|"});
    QTest::newRow("empty quoted fields") << QByteArray("a;b\n\"\";\"\"\n") << semicolon << utf8
                                         << u8List({"1:a|b", "2:|"});
    QTest::newRow("empty lines are not records")
        << QByteArray("\n\na;b\n\n1;2\r\n\r\n3;4\n\n") << semicolon << utf8 << u8List({"3:a|b", "5:1|2", "7:3|4"});
    QTest::newRow("delimiters only is a record")
        << QByteArray("a;b\n;\n") << semicolon << utf8 << u8List({"1:a|b", "2:|"});
    QTest::newRow("spaces kept in unquoted fields")
        << QByteArray("a;b\n x ; y \n") << semicolon << utf8 << u8List({"1:a|b", "2: x | y "});
    QTest::newRow("spaces after a closing quote")
        << QByteArray("a;b\n\"x\"  ;y\n") << semicolon << utf8 << u8List({"1:a|b", "2:x|y"});
    QTest::newRow("quote inside an unquoted field is text")
        << QByteArray("a;b\n5\" disk;y\n") << semicolon << utf8 << u8List({"1:a|b", "2:5\" disk|y"});
    QTest::newRow("strict UTF-8, every width")
        << QByteArray("nom;note\n\xC3\x89lan;\xE2\x82\xAC\r\n\xF0\x9F\x98\x80;\xC2\xA0\n") << semicolon << utf8
        << u8List({"1:nom|note", "2:Élan|€", "3:😀|\u00A0"});
    QTest::newRow("Windows-1252 whose bytes are never UTF-8")
        << QByteArray("nom;note\n\xC9lan;\x80\n\xE0 la;\xFC\n") << semicolon << QStringLiteral("Windows-1252")
        << u8List({"1:nom|note", "2:Élan|€", "3:à la|ü"});
    QTest::newRow("Windows-1252 with an overlong form and a surrogate, which are not UTF-8")
        << QByteArray("a;b\n\xC0\xAF;\xED\xA0\x80\n") << semicolon << QStringLiteral("Windows-1252")
        << u8List({"1:a|b", "2:À¯|í\u00A0€"});
    QTest::newRow("Windows-1252 with a UTF-8 lead byte split by a line break")
        << QByteArray("a;b\nx\xC3\n\xA9;y\n") << semicolon << QStringLiteral("Windows-1252")
        << u8List({"1:a|b", "2:xÃ", "3:©|y"});
    QTest::newRow("ragged rows are kept as they are")
        << QByteArray("a;b\n1\n1;2;3\n") << semicolon << utf8 << u8List({"1:a|b", "2:1", "3:1|2|3"});
}

void TestCsvReader::parse()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, delimiter);
    QFETCH(QString, encoding);
    QFETCH(QStringList, records);

    const Result<CsvTable> table = CsvReader::parse(bytes, QStringLiteral("t.csv"));
    QVERIFY2(table.ok(), qPrintable(table.error()));
    QCOMPARE(QString(table.value().delimiter), delimiter);
    QCOMPARE(table.value().encodingName, encoding);
    QCOMPARE(describe(table.value()), records);
}

void TestCsvReader::refusals_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("error");

    QTest::newRow("empty file") << QByteArray() << QStringLiteral("t.csv: the file is empty");
    QTest::newRow("only a BOM") << QByteArray("\xEF\xBB\xBF")
                                << QStringLiteral("t.csv: the file is empty: it holds only a byte order mark");
    QTest::newRow("only blank lines") << QByteArray("\n\r\n\r")
                                      << QStringLiteral("t.csv: the file holds only blank lines");
    QTest::newRow("BOM then blank lines")
        << QByteArray("\xEF\xBB\xBF\r\n") << QStringLiteral("t.csv: the file holds only blank lines");
    QTest::newRow("NUL byte") << QByteArray("a;b\n1;2", 7) + QByteArray(1, '\0') + QByteArray("\n")
                              << QStringLiteral("t.csv: not a text file");
    QTest::newRow("UTF-16") << QByteArray("\xFF\xFE"
                                          "a\0;\0b\0",
                                          8)
                            << QStringLiteral("t.csv: not a text file");
    QTest::newRow("zip header (xlsx)") << QByteArray("PK\x03\x04\x14\x00", 6)
                                       << QStringLiteral("t.csv: not a text file");
    QTest::newRow("escape byte") << QByteArray("a;b\n\x1B[0m;2\n") << QStringLiteral("t.csv: not a text file");
    QTest::newRow("unterminated quote") << QByteArray("a;b\n1;2\n\"open;3\n4;5\n")
                                        << QStringLiteral("t.csv:3: a quoted field opened here is never closed");
    QTest::newRow("unterminated quote after a multi-line field")
        << QByteArray("a;b\n\"x\ny\r\nz\";1\n2;\"never\r\nclosed")
        << QStringLiteral("t.csv:5: a quoted field opened here is never closed");
    QTest::newRow("unterminated quote in the header")
        << QByteArray("\"a;b\n") << QStringLiteral("t.csv:1: a quoted field opened here is never closed");
    QTest::newRow("text after a closing quote")
        << QByteArray("a;b\n1;2\n\"x\"y;1\n")
        << QStringLiteral("t.csv:3: unexpected text after the closing quote of a field: a field that contains quotes "
                          "must be quoted as a whole, with its quotes doubled");
}

void TestCsvReader::refusals()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, error);

    const Result<CsvTable> table = CsvReader::parse(bytes, QStringLiteral("t.csv"));
    QVERIFY(!table.ok());
    QCOMPARE(table.error(), error);
}

void TestCsvReader::structuredProblem()
{
    CsvProblem problem;
    const Result<CsvTable> table =
        CsvReader::parse(QByteArray("a;b\n\"x\ny\";1\n\"open\n"), QStringLiteral("dir/t.csv"), &problem);
    QVERIFY(!table.ok());
    QCOMPARE(problem.file, QStringLiteral("dir/t.csv"));
    QCOMPARE(problem.line, 4);
    QCOMPARE(problem.column, QString());
    QCOMPARE(problem.reason, QStringLiteral("a quoted field opened here is never closed"));
    QCOMPARE(table.error(), problem.toString());

    // The three layouts of CsvProblem::toString.
    QCOMPARE(
        (CsvProblem{QStringLiteral("f.csv"), 7, QStringLiteral("Montant demandé"), QStringLiteral("why")}).toString(),
        QStringLiteral("f.csv:7: Montant demandé: why"));
    QCOMPARE((CsvProblem{QStringLiteral("f.csv"), 7, QString(), QStringLiteral("why")}).toString(),
             QStringLiteral("f.csv:7: why"));
    QCOMPARE((CsvProblem{QStringLiteral("f.csv"), 0, QString(), QStringLiteral("why")}).toString(),
             QStringLiteral("f.csv: why"));
}

void TestCsvReader::decode_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("encoding");

    const QString cp1252 = QStringLiteral("Windows-1252");
    const QString utf8 = QStringLiteral("UTF-8");
    QTest::newRow("0x80 euro") << QByteArray("\x80") << u8("€") << cp1252;
    QTest::newRow("0xE9 e acute") << QByteArray("caf\xE9") << u8("café") << cp1252;
    QTest::newRow("0x92 apostrophe") << QByteArray("l\x92\x61") << u8("l’a") << cp1252;
    QTest::newRow("0x9C oe") << QByteArray("\x9C") << u8("œ") << cp1252;
    QTest::newRow("0x8C OE") << QByteArray("\x8C") << u8("Œ") << cp1252;
    QTest::newRow("0x96 en dash") << QByteArray("\x96") << u8("–") << cp1252;
    QTest::newRow("0x85 ellipsis") << QByteArray("\x85") << u8("…") << cp1252;
    QTest::newRow("0x9F Y diaeresis") << QByteArray("\x9F") << u8("Ÿ") << cp1252;
    QTest::newRow("0x81 undefined") << QByteArray("\x81") << QString(QChar(0x0081)) << cp1252;
    QTest::newRow("0xA0 no-break space") << QByteArray("1\xA0"
                                                       "000")
                                         << u8("1\u00A0000") << cp1252;
    QTest::newRow("0xFF y diaeresis") << QByteArray("\xFF") << u8("ÿ") << cp1252;
    QTest::newRow("0xAB 0xBB guillemets") << QByteArray("\xAB x \xBB") << u8("« x »") << cp1252;
    QTest::newRow("ASCII") << QByteArray("projet;montant") << QStringLiteral("projet;montant") << utf8;
    QTest::newRow("empty") << QByteArray() << QString() << utf8;
    QTest::newRow("UTF-8") << QByteArray("caf\xC3\xA9 \xE2\x82\xAC") << u8("café €") << utf8;
    QTest::newRow("UTF-8 BOM stripped") << QByteArray("\xEF\xBB\xBF"
                                                      "caf\xC3\xA9")
                                        << u8("café") << QStringLiteral("UTF-8 (BOM)");
    QTest::newRow("UTF-8 four bytes") << QByteArray("\xF0\x9F\x98\x80") << u8("😀") << utf8;
    QTest::newRow("overlong is not UTF-8") << QByteArray("\xC0\xAF") << u8("À¯") << cp1252;
    QTest::newRow("truncated sequence is not UTF-8") << QByteArray("caf\xC3") << u8("cafÃ") << cp1252;
    QTest::newRow("surrogate is not UTF-8") << QByteArray("\xED\xA0\x80") << u8("í\u00A0€") << cp1252;
    QTest::newRow("beyond Unicode is not UTF-8") << QByteArray("\xF4\x90\x80\x80") << u8("ô\u0090€€") << cp1252;
    QTest::newRow("lone continuation byte") << QByteArray("a\xA9") << u8("a©") << cp1252;
}

void TestCsvReader::decode()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, text);
    QFETCH(QString, encoding);

    QString encodingName;
    QCOMPARE(CsvReader::decode(bytes, &encodingName), text);
    QCOMPARE(encodingName, encoding);
}

void TestCsvReader::windows1252HighHalf()
{
    // Typed from the code page chart, independently of the table in the code.
    const QString expected = u8("€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ");
    QByteArray bytes;
    for (int byte = 0x80; byte <= 0x9F; ++byte)
        bytes.append(char(byte));
    QCOMPARE(expected.size(), 32);
    QCOMPARE(CsvReader::decodeWindows1252(bytes.constData(), bytes.size()), expected);
}

void TestCsvReader::windows1252LatinHalves()
{
    for (int byte = 0; byte <= 0xFF; ++byte) {
        if (byte >= 0x80 && byte <= 0x9F)
            continue;
        const char c = char(byte);
        QCOMPARE(CsvReader::decodeWindows1252(&c, 1), QString(QChar(char16_t(byte))));
    }
}

void TestCsvReader::readFile_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QString>("encoding");
    QTest::addColumn<QString>("delimiter");
    QTest::addColumn<QStringList>("firstRecords");
    QTest::addColumn<int>("recordCount");

    QTest::newRow("Windows-1252 from a French spreadsheet")
        << QStringLiteral("candidats_windows1252.csv") << QStringLiteral("Windows-1252") << QStringLiteral(";")
        << u8List({"1:Projet|Administration|Incubateur|Type|Phase|Budget annuel|Montant demandé|Description",
                   "2:Réfugiés.info|Délégation interministérielle à l’accueil et à l’intégration des "
                   "réfugiés|Fabrique numérique des ministères sociaux|produit|accélération|600\u00A0000 "
                   "€|250\u00A0000 €|Informer les personnes réfugiées",
                   "3:L’Œuvre en ligne|Ministère de la Culture||incubateur||1\u00A0000\u00A0000 €|400\u00A0000 "
                   "€|Incubateur « culture »; saison 2",
                   "4:Envergo|Ministère de la Transition écologique|Incubateur de la Transition "
                   "écologique|produit|pérennisation|380\u00A0000,50 €|150\u00A0000 €|Évaluer l’impact des "
                   "projets\nsur les zones humides",
                   "6:|||||||",
                   "7:Œil de bœuf|Ville de Saint-Étienne||Produit|Investigation|120\u00A0000|60\u00A0000|“Citations” "
                   "et tirets – cadratins — ok"})
        << 6;
    QTest::newRow("UTF-8 with BOM, English, commas")
        << QStringLiteral("candidates_utf8_bom.csv") << QStringLiteral("UTF-8 (BOM)") << QStringLiteral(",")
        << u8List({"1:Name|Carrier|Incubator|Kind|Phase|Annual-Budget|Requested|Description|Decision|Granted",
                   "2:Aides Jeunes|DJEPVA|Fabrique numérique des ministères sociaux|product|consolidation|1 200 "
                   "000,00 €|300000|Simulateur d'aides, pour les 16-30 ans|laureate|300 000"})
        << 6;
}

void TestCsvReader::readFile()
{
    QFETCH(QString, fileName);
    QFETCH(QString, encoding);
    QFETCH(QString, delimiter);
    QFETCH(QStringList, firstRecords);
    QFETCH(int, recordCount);

    const QString path = QStringLiteral(FAST_TEST_DATA_DIR "/csv/") + fileName;
    const Result<CsvTable> table = CsvReader::readFile(path);
    QVERIFY2(table.ok(), qPrintable(table.error()));
    QCOMPARE(table.value().encodingName, encoding);
    QCOMPARE(QString(table.value().delimiter), delimiter);
    QCOMPARE(table.value().records.size(), recordCount);
    QCOMPARE(describe(table.value()).mid(0, firstRecords.size()), firstRecords);
}

void TestCsvReader::readFileFromTemporaryDirectory()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = TestSupport::writeFile(dir, QStringLiteral("open.csv"), QByteArray("a;b\r\n1;\"2\r\n"));
    const Result<CsvTable> table = CsvReader::readFile(path);
    QVERIFY(!table.ok());
    QCOMPARE(table.error(), path + QStringLiteral(":2: a quoted field opened here is never closed"));
}

void TestCsvReader::readFileMissing()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("missing.csv"));
    CsvProblem problem;
    const Result<CsvTable> table = CsvReader::readFile(path, &problem);
    QVERIFY(!table.ok());
    QCOMPARE(problem.file, path);
    QCOMPARE(problem.line, 0);
    QVERIFY2(table.error().startsWith(path + QStringLiteral(": cannot be read: ")), qPrintable(table.error()));
}

void TestCsvReader::mixedEncodings_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("error");

    const QString elsewhere =
        QStringLiteral(" is not UTF-8, while the file elsewhere is UTF-8: save it again as UTF-8");
    const QString bom =
        QStringLiteral(" is not UTF-8, while the file starts with a UTF-8 byte order mark: save it again as UTF-8");
    QTest::newRow("one Windows-1252 byte in a UTF-8 file")
        << QByteArray("projet;montant\nEnvergo;1\n\xC3\x87"
                      "a va;\xE9t\xC3\xA9\n")
        << QStringLiteral("t.csv:3: column 7: byte 0xE9") + elsewhere;
    QTest::newRow("UTF-8 only after the bad byte") << QByteArray("a;b\nl\x92\x61;1\nCaf\xC3\xA9;2\n")
                                                   << QStringLiteral("t.csv:2: column 2: byte 0x92") + elsewhere;
    QTest::newRow("UTF-8 right after the bad byte")
        << QByteArray("a;\x80\xC3\xA9\n") << QStringLiteral("t.csv:1: column 3: byte 0x80") + elsewhere;
    QTest::newRow("columns count characters, not bytes")
        << QByteArray("a;b\n\xE2\x82\xAC\xF0\x9F\x98\x80\xC3\xA9;\x9C\n")
        << QStringLiteral("t.csv:2: column 5: byte 0x9C") + elsewhere;
    QTest::newRow("CRLF and CR each end one line")
        << QByteArray("\xC3\xA9;b\r\n\r\nx;y\rzz\xFF\n") << QStringLiteral("t.csv:4: column 3: byte 0xFF") + elsewhere;
    QTest::newRow("inside a quoted field, the physical line")
        << QByteArray("a;b\n\"\xC3\xA9\nx\xE8\";1\n") << QStringLiteral("t.csv:3: column 2: byte 0xE8") + elsewhere;
    QTest::newRow("overlong form") << QByteArray("\xC3\xA9;\xC0\xAF\n")
                                   << QStringLiteral("t.csv:1: column 3: byte 0xC0") + elsewhere;
    QTest::newRow("overlong three-byte form")
        << QByteArray("\xC3\xA9;\xE0\x80\xAF\n") << QStringLiteral("t.csv:1: column 3: byte 0xE0") + elsewhere;
    QTest::newRow("UTF-16 surrogate") << QByteArray("\xC3\xA9;x\xED\xA0\x80\n")
                                      << QStringLiteral("t.csv:1: column 4: byte 0xED") + elsewhere;
    QTest::newRow("beyond Unicode") << QByteArray("\xC3\xA9;\xF4\x90\x80\x80\n")
                                    << QStringLiteral("t.csv:1: column 3: byte 0xF4") + elsewhere;
    QTest::newRow("lone continuation byte")
        << QByteArray("\xC3\xA9;\xA9\n") << QStringLiteral("t.csv:1: column 3: byte 0xA9") + elsewhere;
    QTest::newRow("a character split by a line break")
        << QByteArray("\xC3\xA9;x\nab\xC3\n\xA9;y\n") << QStringLiteral("t.csv:2: column 3: byte 0xC3") + elsewhere;
    QTest::newRow("a character cut by the end of the file")
        << QByteArray("\xC3\xA9;x\nab\xE2\x82") << QStringLiteral("t.csv:2: column 3: byte 0xE2") + elsewhere;
    QTest::newRow("BOM and one stray byte") << QByteArray("\xEF\xBB\xBF"
                                                          "a;\xE9\n")
                                            << QStringLiteral("t.csv:1: column 3: byte 0xE9") + bom;
    QTest::newRow("BOM, UTF-8, then a stray byte") << QByteArray("\xEF\xBB\xBFprojet;montant\nR\xC3\xA9"
                                                                 "fugi\xC3\xA9s;3 000 \x80\n")
                                                   << QStringLiteral("t.csv:2: column 16: byte 0x80") + bom;
}

void TestCsvReader::mixedEncodings()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, error);

    const Result<CsvTable> table = CsvReader::parse(bytes, QStringLiteral("t.csv"));
    QVERIFY(!table.ok());
    QCOMPARE(table.error(), error);
}

void TestCsvReader::mixedEncodingProblem()
{
    CsvProblem problem;
    const Result<CsvTable> table =
        CsvReader::parse(QByteArray("a;b\nCaf\xC3\xA9;x\n\xE9t\xE9;y\n"), QStringLiteral("in/t.csv"), &problem);
    QVERIFY(!table.ok());
    QCOMPARE(problem.file, QStringLiteral("in/t.csv"));
    QCOMPARE(problem.line, 3);
    QCOMPARE(problem.column, QStringLiteral("column 1"));
    QCOMPARE(problem.reason,
             QStringLiteral("byte 0xE9 is not UTF-8, while the file elsewhere is UTF-8: save it again as UTF-8"));
    QCOMPARE(table.error(), problem.toString());

    const CsvReader::Utf8Scan scan = CsvReader::scanUtf8("a\xC3\xA9\n\xE9", 5);
    QCOMPARE(scan.firstInvalid, qsizetype(4));
    QCOMPARE(int(scan.invalidByte), 0xE9);
    QCOMPARE(scan.line, 2);
    QCOMPARE(scan.column, 1);
    QVERIFY(scan.hasMultiByte);
    const CsvReader::Utf8Scan clean = CsvReader::scanUtf8("a\xC3\xA9", 3);
    QCOMPARE(clean.firstInvalid, qsizetype(-1));
    QVERIFY(clean.hasMultiByte);
    QVERIFY(!CsvReader::scanUtf8("\xE9t\xE9", 3).hasMultiByte);
}

QTEST_GUILESS_MAIN(TestCsvReader)
#include "tst_csvreader.moc"
