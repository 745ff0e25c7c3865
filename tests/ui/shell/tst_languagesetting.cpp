#include "domain/Money.h"
#include "domain/Score.h"
#include "shell/LanguageSetting.h"

#include <QSettings>
#include <QtTest>

// The embedded translations load and say what the committee reads: French by default, English on demand.
class TestLanguageSetting : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void frenchByDefault();
    void storedChoiceWins();
    void frenchTranslation_data();
    void frenchTranslation();
    void englishTranslationHasPlurals();
    void scoresFollowTheLanguage();
};

void TestLanguageSetting::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("DINUM-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_languagesetting"));
    QSettings().clear();
}

void TestLanguageSetting::frenchByDefault()
{
    QSettings().remove(QLatin1String(LanguageSetting::settingsKey));
    QCOMPARE(LanguageSetting::current(), QStringLiteral("fr"));
    QSettings().setValue(QLatin1String(LanguageSetting::settingsKey), QStringLiteral("klingon"));
    QCOMPARE(LanguageSetting::current(), QStringLiteral("fr"));
}

void TestLanguageSetting::storedChoiceWins()
{
    LanguageSetting::store(QStringLiteral("en"));
    QCOMPARE(LanguageSetting::current(), QStringLiteral("en"));
    LanguageSetting::store(QStringLiteral("fr"));
    QCOMPARE(LanguageSetting::current(), QStringLiteral("fr"));
}

void TestLanguageSetting::frenchTranslation_data()
{
    QTest::addColumn<QString>("context");
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("french");
    QTest::newRow("reason requested") << QStringLiteral("CofinancingRule") << QStringLiteral("requested amount")
                                      << QStringLiteral("montant demandé");
    QTest::newRow("reason rate") << QStringLiteral("CofinancingRule") << QStringLiteral("capped at %1 %")
                                 << QStringLiteral("plafonné à %1\u00a0%");
    QTest::newRow("reason cap") << QStringLiteral("CofinancingRule") << QStringLiteral("capped at %1")
                                << QStringLiteral("plafonné à %1");
    QTest::newRow("footer") << QStringLiteral("MainWindow") << QStringLiteral("Remaining: %1")
                            << QStringLiteral("Reste\u00a0: %1");
    QTest::newRow("decision") << QStringLiteral("Decision") << QStringLiteral("Waitlist")
                              << QStringLiteral("Liste d’attente");
}

void TestLanguageSetting::frenchTranslation()
{
    QFETCH(QString, context);
    QFETCH(QString, source);
    QFETCH(QString, french);
    QVERIFY(LanguageSetting::install(*QCoreApplication::instance(), QStringLiteral("fr")));
    QCOMPARE(QCoreApplication::translate(context.toUtf8().constData(), source.toUtf8().constData()), french);
}

void TestLanguageSetting::englishTranslationHasPlurals()
{
    QTranslator english;
    QVERIFY(english.load(QStringLiteral(":/i18n/fast-committee_en.qm")));
    QCOMPARE(english.translate("ImportCandidatesCommand", "Import %n candidate(s)", nullptr, 1),
             QStringLiteral("Import %n candidate"));
    QCOMPARE(english.translate("ImportCandidatesCommand", "Import %n candidate(s)", nullptr, 3),
             QStringLiteral("Import %n candidates"));
}

void TestLanguageSetting::scoresFollowTheLanguage()
{
    // Issue 14: the English interface showed "90,0". Amounts keep the French form in both (rules.md).
    LanguageSetting::install(*QCoreApplication::instance(), QStringLiteral("en"));
    QCOMPARE(Score(450, 5).toDisplayString(), QStringLiteral("90.0"));
    QCOMPARE(Money::fromEuros(300000).toString(), QStringLiteral("300\u00a0000\u00a0€"));
    QVERIFY(LanguageSetting::install(*QCoreApplication::instance(), QStringLiteral("fr")));
    QCOMPARE(Score(450, 5).toDisplayString(), QStringLiteral("90,0"));
    QCOMPARE(Money::fromEuros(300000).toString(), QStringLiteral("300\u00a0000\u00a0€"));
}

QTEST_MAIN(TestLanguageSetting)
#include "tst_languagesetting.moc"
