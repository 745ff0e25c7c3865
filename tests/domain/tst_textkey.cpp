#include "domain/CandidateKind.h"
#include "domain/Decision.h"
#include "domain/Phase.h"
#include "domain/TextKey.h"

#include <QTest>

// The name key and the French/English words read from files and command lines.
class TestTextKey : public QObject
{
    Q_OBJECT

private slots:
    void fold_data();
    void fold();
    void sameKey_data();
    void sameKey();
    void words_data();
    void words();
};

void TestTextKey::fold_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("key");
    QTest::newRow("accents and case") << QStringLiteral("Réfugiés.info") << QStringLiteral("refugies.info");
    QTest::newRow("upper case accents") << QStringLiteral("  RÉFUGIÉS.INFO ") << QStringLiteral("refugies.info");
    QTest::newRow("inner spaces") << QStringLiteral("Ma   Cantine") << QStringLiteral("ma cantine");
    QTest::newRow("cedilla and ligature") << QStringLiteral("Façade Œuvre") << QStringLiteral("facade oeuvre");
    QTest::newRow("typographic apostrophe") << QStringLiteral("Liste d’attente") << QStringLiteral("liste d'attente");
    QTest::newRow("column name") << QStringLiteral("Montant demandé") << QStringLiteral("montant demande");
    // One name whatever the normal form it was typed in, and whatever invisible character it hides:
    // NameText refuses these in new names, the key keeps them from making a second one anyway.
    QTest::newRow("NFC É") << QStringLiteral("\u00C9lan") << QStringLiteral("elan");
    QTest::newRow("NFD E + acute") << QStringLiteral("E\u0301lan") << QStringLiteral("elan");
    QTest::newRow("lower case") << QStringLiteral("elan") << QStringLiteral("elan");
    QTest::newRow("zero-width space") << QStringLiteral("Al\u200Bpha") << QStringLiteral("alpha");
    QTest::newRow("zero-width joiner and BOM") << QStringLiteral("\uFEFFAl\u200Dpha") << QStringLiteral("alpha");
    QTest::newRow("right-to-left override") << QStringLiteral("Projet\u202Egpj.exe") << QStringLiteral("projetgpj.exe");
    QTest::newRow("bidi isolates") << QStringLiteral("\u2066Alpha\u2069") << QStringLiteral("alpha");
    QTest::newRow("soft hyphen") << QStringLiteral("Al\u00ADpha") << QStringLiteral("alpha");
    QTest::newRow("control character") << QString(QStringLiteral("Al") + QChar(0x01) + QStringLiteral("pha"))
                                       << QStringLiteral("alpha");
    QTest::newRow("zero-width only") << QStringLiteral("\u200B\u200B") << QString();
    QTest::newRow("line break is a space") << QStringLiteral("Alpha\nBeta") << QStringLiteral("alpha beta");
    QTest::newRow("Arabic kept") << QStringLiteral("منصة") << QStringLiteral("منصة");
}

void TestTextKey::fold()
{
    QFETCH(QString, text);
    QFETCH(QString, key);
    QCOMPARE(TextKey::fold(text), key);
}

void TestTextKey::sameKey_data()
{
    QTest::addColumn<QString>("left");
    QTest::addColumn<QString>("right");
    QTest::newRow("Al\\u200Bpha and Alpha") << QStringLiteral("Al\u200Bpha") << QStringLiteral("Alpha");
    QTest::newRow("Élan and elan") << QStringLiteral("\u00C9lan") << QStringLiteral("elan");
    QTest::newRow("E\\u0301lan and Élan") << QStringLiteral("E\u0301lan") << QStringLiteral("\u00C9lan");
    QTest::newRow("RLM in Hebrew") << QStringLiteral("\u200Fמאגר") << QStringLiteral("מאגר");
}

void TestTextKey::sameKey()
{
    QFETCH(QString, left);
    QFETCH(QString, right);
    QVERIFY(left != right);
    QCOMPARE(TextKey::fold(left), TextKey::fold(right));
}

void TestTextKey::words_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("word");
    QTest::addColumn<QString>("key");
    QTest::newRow("produit") << QStringLiteral("kind") << QStringLiteral("produit") << QStringLiteral("product");
    QTest::newRow("Incubateur") << QStringLiteral("kind") << QStringLiteral("Incubateur")
                                << QStringLiteral("incubator");
    QTest::newRow("incubator") << QStringLiteral("kind") << QStringLiteral("incubator") << QStringLiteral("incubator");
    QTest::newRow("kind unknown") << QStringLiteral("kind") << QStringLiteral("service") << QString();
    QTest::newRow("lauréat") << QStringLiteral("decision") << QStringLiteral("lauréat") << QStringLiteral("laureate");
    QTest::newRow("liste_attente") << QStringLiteral("decision") << QStringLiteral("liste_attente")
                                   << QStringLiteral("waitlist");
    QTest::newRow("refusé") << QStringLiteral("decision") << QStringLiteral("Refusé") << QStringLiteral("rejected");
    QTest::newRow("retiré") << QStringLiteral("decision") << QStringLiteral("retiré") << QStringLiteral("withdrawn");
    QTest::newRow("withdrawn") << QStringLiteral("decision") << QStringLiteral("WITHDRAWN")
                               << QStringLiteral("withdrawn");
    QTest::newRow("decision unknown") << QStringLiteral("decision") << QStringLiteral("peut-être") << QString();
    QTest::newRow("accélération") << QStringLiteral("phase") << QStringLiteral("Accélération")
                                  << QStringLiteral("acceleration");
    QTest::newRow("pérennisation") << QStringLiteral("phase") << QStringLiteral("pérennisation")
                                   << QStringLiteral("consolidation");
    QTest::newRow("phase unknown") << QStringLiteral("phase") << QStringLiteral("lancement") << QString();
}

void TestTextKey::words()
{
    QFETCH(QString, kind);
    QFETCH(QString, word);
    QFETCH(QString, key);
    QString found;
    if (kind == QLatin1String("kind")) {
        if (const auto value = candidateKindFromText(word))
            found = candidateKindKey(*value);
    } else if (kind == QLatin1String("decision")) {
        if (const auto value = decisionFromText(word))
            found = decisionKey(*value);
    } else if (const auto value = phaseFromText(word)) {
        found = phaseKey(*value);
    }
    QCOMPARE(found, key);
}

QTEST_GUILESS_MAIN(TestTextKey)
#include "tst_textkey.moc"
