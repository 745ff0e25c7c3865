#include "domain/CriteriaSet.h"

#include <QTest>

class TestCriteriaSet : public QObject
{
    Q_OBJECT

private slots:
    void defaults();
    void validate_data();
    void validate();
    void indexOf();
};

namespace {
Criterion criterion(const QString &name, int weight, qint64 id = 0)
{
    return {id, name, weight};
}
} // namespace

void TestCriteriaSet::defaults()
{
    const CriteriaSet set = CriteriaSet::defaults();
    QCOMPARE(set.count(), 5);
    const QStringList names = {QStringLiteral("Impact potentiel"), QStringLiteral("Problème public et usagers"),
                               QStringLiteral("Équipe et portage"), QStringLiteral("Trajectoire d'accélération"),
                               QStringLiteral("Utilisation du cofinancement")};
    const QList<int> weights = {30, 20, 20, 15, 15};
    for (int i = 0; i < set.count(); ++i) {
        QCOMPARE(set.at(i).name, names.at(i));
        QCOMPARE(set.weight(i), weights.at(i));
    }
    QCOMPARE(set.totalWeight(), qint64(100));
    QVERIFY(set.validate().ok());
}

void TestCriteriaSet::validate_data()
{
    QTest::addColumn<CriteriaSet>("set");
    QTest::addColumn<QString>("message");

    QTest::newRow("defaults") << CriteriaSet::defaults() << QString();
    QTest::newRow("one criterion of 100") << CriteriaSet({criterion(QStringLiteral("Impact"), 100)}) << QString();
    QTest::newRow("no criterion") << CriteriaSet() << QStringLiteral("Add at least one criterion.");
    QTest::newRow("empty name") << CriteriaSet(
                                       {criterion(QStringLiteral("Impact"), 50), criterion(QStringLiteral("   "), 50)})
                                << QStringLiteral("Criterion 2 has no name.");
    QTest::newRow("duplicate, other case") << CriteriaSet({criterion(QStringLiteral("Impact potentiel"), 50),
                                                           criterion(QStringLiteral("IMPACT  potentiel "), 50)})
                                           << QStringLiteral("The criterion \"IMPACT  potentiel\" is listed twice.");
    QTest::newRow("duplicate, without accents")
        << CriteriaSet(
               {criterion(QStringLiteral("Équipe et portage"), 60), criterion(QStringLiteral("equipe et portage"), 40)})
        << QStringLiteral("The criterion \"equipe et portage\" is listed twice.");
    QTest::newRow("weight zero") << CriteriaSet({criterion(QStringLiteral("Impact"), 100),
                                                 criterion(QStringLiteral("Équipe"), 0)})
                                 << QStringLiteral("The weight of \"Équipe\" must be a whole number above 0, not 0.");
    QTest::newRow("negative weight")
        << CriteriaSet({criterion(QStringLiteral("Impact"), 110), criterion(QStringLiteral("Équipe"), -10)})
        << QStringLiteral("The weight of \"Équipe\" must be a whole number above 0, not -10.");
    QTest::newRow("sum 99") << CriteriaSet(
                                   {criterion(QStringLiteral("Impact"), 30), criterion(QStringLiteral("Équipe"), 69)})
                            << QStringLiteral("The weights add up to 99; they must add up to 100.");
    QTest::newRow("sum 101") << CriteriaSet(
                                    {criterion(QStringLiteral("Impact"), 31), criterion(QStringLiteral("Équipe"), 70)})
                             << QStringLiteral("The weights add up to 101; they must add up to 100.");
    QTest::newRow("sum beyond int") << CriteriaSet({criterion(QStringLiteral("A"), 2147483647),
                                                    criterion(QStringLiteral("B"), 2147483647),
                                                    criterion(QStringLiteral("C"), 2)})
                                    << QStringLiteral("The weights add up to 4294967296; they must add up to 100.");
}

void TestCriteriaSet::validate()
{
    QFETCH(CriteriaSet, set);
    QFETCH(QString, message);
    QCOMPARE(set.validate().error(), message);
    QCOMPARE(set.validate().ok(), message.isEmpty());
}

void TestCriteriaSet::indexOf()
{
    const CriteriaSet set({criterion(QStringLiteral("Impact potentiel"), 70, 41),
                           criterion(QStringLiteral("Équipe et portage"), 30, 42)});
    QCOMPARE(set.indexOfId(41), 0);
    QCOMPARE(set.indexOfId(42), 1);
    QCOMPARE(set.indexOfId(43), -1);
    QCOMPARE(set.indexOfName(QStringLiteral("EQUIPE ET PORTAGE")), 1);
    QCOMPARE(set.indexOfName(QStringLiteral("impact")), -1);
}

QTEST_GUILESS_MAIN(TestCriteriaSet)
#include "tst_criteriaset.moc"
