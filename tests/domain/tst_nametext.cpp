#include "domain/NameText.h"

#include <QTest>

// The text policy for names and free text (rules.md, "Names and free text"): what is stored, and the exact
// refusal for each kind of character that could forge a line or hide what a name says.
class TestNameText : public QObject
{
    Q_OBJECT

private slots:
    void acceptedNames_data();
    void acceptedNames();
    void refusedNames_data();
    void refusedNames();
    void lengthLimit_data();
    void lengthLimit();
    void freeText_data();
    void freeText();
    void visible_data();
    void visible();
};

namespace {

const QString label = QStringLiteral("Project name");

QString fromUtf16(std::initializer_list<char16_t> units)
{
    QString text;
    for (const char16_t unit : units)
        text.append(QChar(unit));
    return text;
}

} // namespace

void TestNameText::acceptedNames_data()
{
    QTest::addColumn<QString>("raw");
    QTest::addColumn<QString>("stored");
    QTest::newRow("plain") << QStringLiteral("Envergo") << QStringLiteral("Envergo");
    QTest::newRow("NFC: e + combining acute stored as é")
        << QStringLiteral("Re\u0301fugie\u0301s.info") << QStringLiteral("Réfugiés.info");
    QTest::newRow("NFC is one character") << QStringLiteral("e\u0301") << QStringLiteral("\u00E9");
    QTest::newRow("spaces trimmed") << QStringLiteral("   Ma Cantine  ") << QStringLiteral("Ma Cantine");
    QTest::newRow("no-break spaces trimmed")
        << QStringLiteral("\u00A0\u202FMa Cantine\u00A0") << QStringLiteral("Ma Cantine");
    QTest::newRow("inner spaces kept") << QStringLiteral("Ma  Cantine") << QStringLiteral("Ma  Cantine");
    QTest::newRow("Arabic letters") << QStringLiteral("منصة البيانات") << QStringLiteral("منصة البيانات");
    QTest::newRow("Hebrew letters") << QStringLiteral("מאגר נתונים") << QStringLiteral("מאגר נתונים");
    QTest::newRow("emoji") << QStringLiteral("Fusée 🚀") << QStringLiteral("Fusée 🚀");
    QTest::newRow("emoji with variation selector")
        << QStringLiteral("J\u2764\uFE0F") << QStringLiteral("J\u2764\uFE0F");
    QTest::newRow("typographic apostrophe") << QStringLiteral("L’Atelier") << QStringLiteral("L’Atelier");
}

void TestNameText::acceptedNames()
{
    QFETCH(QString, raw);
    QFETCH(QString, stored);
    const Result<QString> name = NameText::normalise(raw, label);
    QVERIFY2(name.ok(), qPrintable(name.error()));
    QCOMPARE(name.value(), stored);
}

void TestNameText::refusedNames_data()
{
    QTest::addColumn<QString>("raw");
    QTest::addColumn<QString>("message");
    const auto refused = [](int position, const char *codePoint, const char *what) {
        return QStringLiteral("Project name: character %1 is U+%2 (%3), which is not allowed in a name.")
            .arg(position)
            .arg(QLatin1String(codePoint), QLatin1String(what));
    };
    QTest::newRow("empty") << QString() << QStringLiteral("Project name is empty.");
    QTest::newRow("spaces only") << QStringLiteral(" \u00A0 ") << QStringLiteral("Project name is empty.");
    QTest::newRow("line feed") << QStringLiteral("Alpha\nBeta") << refused(6, "000A", "line feed");
    QTest::newRow("trailing line feed") << QStringLiteral("Alpha\n") << refused(6, "000A", "line feed");
    QTest::newRow("carriage return") << QStringLiteral("Alpha\rBeta") << refused(6, "000D", "carriage return");
    QTest::newRow("tab") << QStringLiteral("Al\tpha") << refused(3, "0009", "tab");
    QTest::newRow("NUL") << QString(QStringLiteral("Alpha") + QChar(0)) << refused(6, "0000", "control character");
    QTest::newRow("escape") << QStringLiteral("\x1b[31mRed") << refused(1, "001B", "control character");
    QTest::newRow("next line C1") << QStringLiteral("A\u0085B") << refused(2, "0085", "control character");
    QTest::newRow("line separator") << QStringLiteral("A\u2028B") << refused(2, "2028", "line separator");
    QTest::newRow("paragraph separator") << QStringLiteral("A\u2029B") << refused(2, "2029", "paragraph separator");
    QTest::newRow("zero-width space inside") << QStringLiteral("Al\u200Bpha") << refused(3, "200B", "zero-width space");
    QTest::newRow("zero-width only") << QStringLiteral("\u200B\u200B") << refused(1, "200B", "zero-width space");
    QTest::newRow("ZWNJ") << QStringLiteral("a\u200Cb") << refused(2, "200C", "zero-width non-joiner");
    QTest::newRow("ZWJ") << QStringLiteral("a\u200Db") << refused(2, "200D", "zero-width joiner");
    QTest::newRow("word joiner") << QStringLiteral("a\u2060b") << refused(2, "2060", "word joiner");
    QTest::newRow("BOM") << QStringLiteral("\uFEFFAlpha") << refused(1, "FEFF", "zero-width no-break space");
    QTest::newRow("Mongolian vowel separator")
        << QStringLiteral("a\u180Eb") << refused(2, "180E", "Mongolian vowel separator");
    QTest::newRow("LRM") << QStringLiteral("a\u200Eb") << refused(2, "200E", "left-to-right mark");
    QTest::newRow("RLM") << QStringLiteral("a\u200Fb") << refused(2, "200F", "right-to-left mark");
    QTest::newRow("ALM") << QStringLiteral("a\u061Cb") << refused(2, "061C", "Arabic letter mark");
    QTest::newRow("LRE") << QStringLiteral("a\u202Ab") << refused(2, "202A", "left-to-right embedding");
    QTest::newRow("RLE") << QStringLiteral("a\u202Bb") << refused(2, "202B", "right-to-left embedding");
    QTest::newRow("PDF") << QStringLiteral("a\u202Cb") << refused(2, "202C", "pop directional formatting");
    QTest::newRow("LRO") << QStringLiteral("a\u202Db") << refused(2, "202D", "left-to-right override");
    QTest::newRow("RLO in a file name") << QStringLiteral("Projet\u202Egpj.exe")
                                        << refused(7, "202E", "right-to-left override");
    QTest::newRow("LRI") << QStringLiteral("a\u2066b") << refused(2, "2066", "left-to-right isolate");
    QTest::newRow("RLI") << QStringLiteral("a\u2067b") << refused(2, "2067", "right-to-left isolate");
    QTest::newRow("FSI") << QStringLiteral("a\u2068b") << refused(2, "2068", "first strong isolate");
    QTest::newRow("PDI") << QStringLiteral("a\u2069b") << refused(2, "2069", "pop directional isolate");
    QTest::newRow("soft hyphen") << QStringLiteral("Al\u00ADpha") << refused(3, "00AD", "soft hyphen");
    QTest::newRow("other format character: interlinear annotation")
        << QStringLiteral("a\uFFF9b") << refused(2, "FFF9", "invisible formatting character");
    QTest::newRow("position counts characters: after an emoji")
        << QStringLiteral("🚀\u202E") << refused(2, "202E", "right-to-left override");
    QTest::newRow("position counts leading spaces as typed")
        << QStringLiteral("  a\u200B") << refused(4, "200B", "zero-width space");
    QTest::newRow("lone surrogate") << fromUtf16({u'a', 0xD800, u'b'})
                                    << refused(2, "D800", "half of a broken character pair");
}

void TestNameText::refusedNames()
{
    QFETCH(QString, raw);
    QFETCH(QString, message);
    const Result<QString> name = NameText::normalise(raw, label);
    QVERIFY(!name.ok());
    QCOMPARE(name.error(), message);
}

void TestNameText::lengthLimit_data()
{
    QTest::addColumn<QString>("raw");
    QTest::addColumn<QString>("message"); // empty when accepted
    QTest::newRow("200 characters") << QString(200, QLatin1Char('x')) << QString();
    QTest::newRow("201 characters") << QString(201, QLatin1Char('x'))
                                    << QStringLiteral("Project name is 201 characters long; at most 200 are allowed.");
    QTest::newRow("200 characters and spaces around")
        << QString(QStringLiteral("  ") + QString(200, QLatin1Char('x')) + QStringLiteral("  ")) << QString();
    QString rockets;
    for (int i = 0; i < 200; ++i)
        rockets += QStringLiteral("🚀");
    QTest::newRow("200 emoji are 200 characters") << rockets << QString();
    QTest::newRow("201 emoji") << QString(rockets + QStringLiteral("🚀"))
                               << QStringLiteral("Project name is 201 characters long; at most 200 are allowed.");
    QString composed;
    for (int i = 0; i < 200; ++i)
        composed += QStringLiteral("e\u0301");
    QTest::newRow("200 é typed decomposed are 200 once NFC") << composed << QString();
}

void TestNameText::lengthLimit()
{
    QFETCH(QString, raw);
    QFETCH(QString, message);
    const Result<QString> name = NameText::normalise(raw, label);
    QCOMPARE(name.ok(), message.isEmpty());
    QCOMPARE(name.error(), message);
    QCOMPARE(NameText::normalise(QString(80, QLatin1Char('s')), QStringLiteral("Scenario name"), 80).ok(), true);
    QCOMPARE(NameText::normalise(QString(81, QLatin1Char('s')), QStringLiteral("Scenario name"), 80).error(),
             QStringLiteral("Scenario name is 81 characters long; at most 80 are allowed."));
}

void TestNameText::freeText_data()
{
    QTest::addColumn<QString>("raw");
    QTest::addColumn<QString>("stored");
    QTest::addColumn<QString>("message"); // empty when accepted
    QTest::newRow("empty is allowed") << QString() << QString() << QString();
    QTest::newRow("line breaks and tabs kept")
        << QStringLiteral("  Ligne 1\n\tLigne 2\n") << QStringLiteral("Ligne 1\n\tLigne 2") << QString();
    QTest::newRow("Windows line ends made one") << QStringLiteral("a\r\nb") << QStringLiteral("a\nb") << QString();
    QTest::newRow("NFC") << QStringLiteral("cafe\u0301") << QStringLiteral("café") << QString();
    QTest::newRow("lone carriage return")
        << QStringLiteral("a\rb") << QString()
        << QStringLiteral("Description: character 2 is U+000D (carriage return), which is not allowed in this text.");
    QTest::newRow("escape")
        << QStringLiteral("a\x1b[2Jb") << QString()
        << QStringLiteral("Description: character 2 is U+001B (control character), which is not allowed in this text.");
    QTest::newRow("right-to-left override")
        << QStringLiteral("Voir\n\u202Efdp.exe") << QString()
        << QStringLiteral(
               "Description: character 6 is U+202E (right-to-left override), which is not allowed in this text.");
    QTest::newRow("zero-width space")
        << QStringLiteral("a\u200Bb") << QString()
        << QStringLiteral("Description: character 2 is U+200B (zero-width space), which is not allowed in this text.");
}

void TestNameText::freeText()
{
    QFETCH(QString, raw);
    QFETCH(QString, stored);
    QFETCH(QString, message);
    const Result<QString> text = NameText::normaliseFreeText(raw, QStringLiteral("Description"));
    QCOMPARE(text.error(), message);
    QCOMPARE(text.ok(), message.isEmpty());
    if (text.ok())
        QCOMPARE(text.value(), stored);
}

void TestNameText::visible_data()
{
    QTest::addColumn<QString>("stored");
    QTest::addColumn<QString>("shown");
    QTest::newRow("plain") << QStringLiteral("Envergo — Île-de-France") << QStringLiteral("Envergo — Île-de-France");
    QTest::newRow("Arabic and emoji kept") << QStringLiteral("مرحبا 🚀") << QStringLiteral("مرحبا 🚀");
    QTest::newRow("right-to-left override")
        << QStringLiteral("Projet\u202Egpj.exe") << QStringLiteral("Projet<U+202E>gpj.exe");
    QTest::newRow("line break") << QStringLiteral("Alpha\nFAST13 / forged")
                                << QStringLiteral("Alpha<U+000A>FAST13 / forged");
    QTest::newRow("zero-width") << QStringLiteral("Al\u200Bpha") << QStringLiteral("Al<U+200B>pha");
    QTest::newRow("lone surrogate") << fromUtf16({u'a', 0xD800, u'b'}) << QStringLiteral("a<U+D800>b");
}

void TestNameText::visible()
{
    QFETCH(QString, stored);
    QFETCH(QString, shown);
    QCOMPARE(NameText::visible(stored), shown);
}

QTEST_GUILESS_MAIN(TestNameText)
#include "tst_nametext.moc"
