#include "reports/CandidateSearch.h"

#include "PromotionArchiveFixture.h"

#include <QTest>

class TestCandidateSearch : public QObject
{
    Q_OBJECT

private slots:
    void search_data();
    void search();
    void hitCarriesTheApplication();
    void unscoredHitHasNoScore();
};

namespace {

// "13:Pix" per hit, in the order found.
QStringList describe(const QList<CandidateApplication> &hits)
{
    QStringList rows;
    for (const CandidateApplication &hit : hits)
        rows.append(QStringLiteral("%1:%2").arg(hit.promotionNumber).arg(hit.name));
    return rows;
}

QString u8(const char *text)
{
    return QString::fromUtf8(text);
}

} // namespace

void TestCandidateSearch::search_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("hits");
    const QStringList refugees{u8("13:RÉFUGIÉS.INFO"), u8("12:Refugies.Info"), u8("11:Réfugiés.info")};
    QTest::newRow("name without accents") << QStringLiteral("refugies") << refugees;
    QTest::newRow("name with accents, any case") << u8("RéFuGiÉs.InFo") << refugees;
    QTest::newRow("surrounding spaces") << QStringLiteral("  refugies.info ") << refugees;
    QTest::newRow("incubator") << QStringLiteral("BETA.gouv")
                               << QStringList{QStringLiteral("13:Pix"), QStringLiteral("11:Aides-Jeunes")};
    QTest::newRow("carrier, accent dropped")
        << QStringLiteral("interieur") << QStringList{QStringLiteral("12:Refugies.Info"), u8("11:Réfugiés.info")};
    // Name, carrier or incubator: "Sud" is both the name and the carrier of one candidate (found once).
    QTest::newRow("one hit for several fields")
        << QStringLiteral("sud") << QStringList{QStringLiteral("11:Incubateur Sud")};
    QTest::newRow("by name within a promotion")
        << QStringLiteral("fabrique")
        << QStringList{u8("13:RÉFUGIÉS.INFO"), QStringLiteral("12:Mon Suivi Social"), u8("11:Réfugiés.info")};
    QTest::newRow("several in one promotion, sorted by name") << QStringLiteral("i")
                                                              << QStringList{QStringLiteral("13:Pix"),
                                                                             u8("13:RÉFUGIÉS.INFO"),
                                                                             QStringLiteral("12:Mon Suivi Social"),
                                                                             QStringLiteral("12:Refugies.Info"),
                                                                             QStringLiteral("11:Aides-Jeunes"),
                                                                             QStringLiteral("11:Incubateur Sud"),
                                                                             u8("11:Réfugiés.info")};
    QTest::newRow("nothing matches") << QStringLiteral("zzz") << QStringList();
    QTest::newRow("empty finds nothing") << QString() << QStringList();
    QTest::newRow("blank finds nothing") << QStringLiteral("   ") << QStringList();
}

void TestCandidateSearch::search()
{
    QFETCH(QString, text);
    QTEST(describe(CandidateSearch::search(PromotionArchiveFixture::archive(), text)), "hits");
}

void TestCandidateSearch::hitCarriesTheApplication()
{
    const QList<CandidateApplication> hits =
        CandidateSearch::search(PromotionArchiveFixture::archive(), QStringLiteral("refugies"));
    QCOMPARE(hits.size(), 3);
    const CandidateApplication &fast11 = hits.at(2);
    QCOMPARE(fast11.promotionNumber, 11);
    QCOMPARE(fast11.year, 2022);
    QVERIFY(fast11.promotionClosed);
    QCOMPARE(fast11.candidateId, qint64(11));
    QCOMPARE(fast11.carrier, u8("Ministère de l'Intérieur"));
    QCOMPARE(fast11.incubator, u8("Fabrique numérique"));
    QCOMPARE(fast11.decision, Decision::Laureate);
    QCOMPARE(fast11.granted, Money::fromEuros(200000));
    QVERIFY(fast11.score.has_value());
    QCOMPARE(fast11.score->toDisplayString(), QStringLiteral("70,0"));

    const CandidateApplication &fast12 = hits.at(1);
    QCOMPARE(fast12.decision, Decision::Waitlist);
    QCOMPARE(fast12.granted, Money());
    QVERIFY(fast12.score.has_value());
    QCOMPARE(*fast12.score, Score(245, 4));
}

void TestCandidateSearch::unscoredHitHasNoScore()
{
    const QList<CandidateApplication> hits =
        CandidateSearch::search(PromotionArchiveFixture::archive(), QStringLiteral("Incubateur Sud"));
    QCOMPARE(hits.size(), 1);
    QVERIFY(!hits.constFirst().score.has_value());
    QCOMPARE(hits.constFirst().kind, CandidateKind::Incubator);
    QCOMPARE(hits.constFirst().granted, Money::fromCents(15000001));
    QVERIFY(!CandidateSearch::search(PromotionArchiveFixture::archive(), QStringLiteral("DIAIR")).constFirst().score);
}

QTEST_GUILESS_MAIN(TestCandidateSearch)
#include "tst_candidatesearch.moc"
