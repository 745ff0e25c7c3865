#include "reports/EarlierApplications.h"

#include "PromotionArchiveFixture.h"

#include <QTest>

class TestEarlierApplications : public QObject
{
    Q_OBJECT

private slots:
    void find_data();
    void find();
    void figuresOfEachApplication();
};

void TestEarlierApplications::find_data()
{
    QTest::addColumn<int>("promotion");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QList<int>>("promotions");
    QTest::addColumn<QList<qint64>>("candidateIds");
    QTest::newRow("returning to FAST13") << 13 << QString::fromUtf8("RÉFUGIÉS.INFO") << QList<int>{11, 12}
                                         << QList<qint64>{11, 21};
    QTest::newRow("spelt another way") << 13 << QStringLiteral("refugies.info") << QList<int>{11, 12}
                                       << QList<qint64>{11, 21};
    // From an old promotion the later applications are "other" applications too, still in time order.
    QTest::newRow("seen from FAST12") << 12 << QStringLiteral("Refugies.Info") << QList<int>{11, 13}
                                      << QList<qint64>{11, 31};
    QTest::newRow("first application only") << 13 << QStringLiteral("Pix") << QList<int>() << QList<qint64>();
    // The name must be the same, not merely contain the text.
    QTest::newRow("part of a name is not the name")
        << 13 << QStringLiteral("refugies") << QList<int>() << QList<qint64>();
    QTest::newRow("empty name") << 13 << QString() << QList<int>() << QList<qint64>();
    QTest::newRow("unknown promotion: every application")
        << 99 << QStringLiteral("Pix") << QList<int>{13} << QList<qint64>{32};
}

void TestEarlierApplications::find()
{
    QFETCH(int, promotion);
    QFETCH(QString, name);
    const QList<CandidateApplication> found =
        EarlierApplications::find(PromotionArchiveFixture::archive(), promotion, name);
    QList<int> promotions;
    QList<qint64> ids;
    for (const CandidateApplication &application : found) {
        promotions.append(application.promotionNumber);
        ids.append(application.candidateId);
    }
    QTEST(promotions, "promotions");
    QTEST(ids, "candidateIds");
}

void TestEarlierApplications::figuresOfEachApplication()
{
    const QList<CandidateApplication> found =
        EarlierApplications::find(PromotionArchiveFixture::archive(), 13, QStringLiteral("Refugies.info"));
    QCOMPARE(found.size(), 2);
    QCOMPARE(found.at(0).year, 2022);
    QCOMPARE(found.at(0).decision, Decision::Laureate);
    QCOMPARE(found.at(0).granted, Money::fromEuros(200000));
    QCOMPARE(found.at(0).score->toDisplayString(), QStringLiteral("70,0"));
    QCOMPARE(found.at(1).year, 2023);
    QCOMPARE(found.at(1).decision, Decision::Waitlist);
    QCOMPARE(found.at(1).granted, Money());
    // 245 / 4 = 61.25, shown half up.
    QCOMPARE(found.at(1).score->toDisplayString(), QStringLiteral("61,3"));
}

QTEST_GUILESS_MAIN(TestEarlierApplications)
#include "tst_earlierapplications.moc"
