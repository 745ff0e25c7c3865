#include "reports/RankedLaureateList.h"

#include "storage/CommitteeStore.h"
#include "storage/Database.h"
#include "storage/ScoringStore.h"

#include <QTemporaryDir>

#include <QTest>
#include <tuple>

// The one path from the ranking to the published list, shared by the window and the command line: by name
// before any score, in ranking order once candidates are fully scored, unscored ones after by name.
class TestRankedLaureateList : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void byNameBeforeAnyScore();
    void rankingOrderOnceScored();
    void unreadableRankingIsTheError();
    void membersAndRecusalsForTheAnnex();

private:
    QStringList names(const QList<Candidate> &candidates) const;
    void score(qint64 candidateId, int note);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<CommitteeStore> m_store;
    std::unique_ptr<ScoringStore> m_scoring;
    Promotion m_promotion;
    QList<Candidate> m_added;
    qint64 m_member = 0;
};

namespace {

Candidate makeCandidate(const QString &name, Decision decision, qint64 grantedEuros)
{
    Candidate candidate;
    candidate.name = name;
    candidate.carrier = QStringLiteral("DINUM");
    candidate.annualBudget = Money::fromEuros(1000000);
    candidate.requested = Money::fromEuros(300000);
    candidate.decision = decision;
    candidate.granted = Money::fromEuros(grantedEuros);
    return candidate;
}

} // namespace

void TestRankedLaureateList::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_database = std::make_unique<Database>();
    QVERIFY(m_database->open(m_dir->filePath(QStringLiteral("ranked.sqlite"))).ok());
    m_store = std::make_unique<CommitteeStore>(*m_database);
    m_scoring = std::make_unique<ScoringStore>(*m_store);
    Promotion promotion;
    promotion.number = 14;
    promotion.year = 2024;
    promotion.envelope = Money::fromEuros(1000000);
    QVERIFY(m_store->addPromotion(promotion).ok());
    m_added.clear();
    // Added in an order that is neither by name nor by score; the undecided one is in neither list.
    const std::tuple<const char *, Decision, qint64> rows[] = {{"Mon Suivi Social", Decision::Laureate, 300000},
                                                               {"Aides-Jeunes", Decision::Waitlist, 0},
                                                               {"Pix", Decision::Laureate, 250000},
                                                               {"Zéro Papier", Decision::Waitlist, 0},
                                                               {"Sans Décision", Decision::None, 0}};
    for (const auto &[name, decision, granted] : rows) {
        const Result<Candidate> added =
            m_store->addCandidate(14, makeCandidate(QString::fromUtf8(name), decision, granted));
        QVERIFY2(added.ok(), qPrintable(added.error()));
        m_added.append(added.value());
    }
    const Result<QList<CommitteeMember>> members = m_scoring->addMembers(14, {QStringLiteral("Alice")});
    QVERIFY(members.ok());
    m_member = members.value().constFirst().id;
    m_promotion = *m_store->promotion(14).value();
}

void TestRankedLaureateList::cleanup()
{
    m_scoring.reset();
    m_store.reset();
    m_database.reset();
    m_dir.reset();
}

QStringList TestRankedLaureateList::names(const QList<Candidate> &candidates) const
{
    QStringList result;
    for (const Candidate &candidate : candidates)
        result.append(candidate.name);
    return result;
}

void TestRankedLaureateList::score(qint64 candidateId, int note)
{
    for (int criterion = 0; criterion < 5; ++criterion)
        QVERIFY(m_scoring->setNote(14, candidateId, m_member, criterion, note).ok());
}

void TestRankedLaureateList::byNameBeforeAnyScore()
{
    const Result<LaureateList> list = RankedLaureateList::build(*m_scoring, m_promotion, m_store->candidates(14).value());
    QVERIFY2(list.ok(), qPrintable(list.error()));
    QVERIFY(!list.value().ranked);
    QCOMPARE(names(list.value().laureates), QStringList({QStringLiteral("Mon Suivi Social"), QStringLiteral("Pix")}));
    QCOMPARE(names(list.value().waitlist),
             QStringList({QStringLiteral("Aides-Jeunes"), QString::fromUtf8("Zéro Papier")}));
    QCOMPARE(list.value().granted, Money::fromEuros(550000));
}

void TestRankedLaureateList::rankingOrderOnceScored()
{
    // Pix 5 on every criterion, Zéro Papier 4, Mon Suivi Social 2; Aides-Jeunes is not scored.
    score(m_added.at(2).id, 5);
    score(m_added.at(3).id, 4);
    score(m_added.at(0).id, 2);

    const Result<LaureateList> list = RankedLaureateList::build(*m_scoring, m_promotion, m_store->candidates(14).value());
    QVERIFY2(list.ok(), qPrintable(list.error()));
    QVERIFY(list.value().ranked);
    QCOMPARE(names(list.value().laureates), QStringList({QStringLiteral("Pix"), QStringLiteral("Mon Suivi Social")}));
    QCOMPARE(names(list.value().waitlist),
             QStringList({QString::fromUtf8("Zéro Papier"), QStringLiteral("Aides-Jeunes")}));
    QCOMPARE(list.value().granted, Money::fromEuros(550000));
    QCOMPARE(list.value().remaining(), Money::fromEuros(450000));
}

void TestRankedLaureateList::unreadableRankingIsTheError()
{
    // A ranking that cannot be read is the list's error, never a list in some other order.
    Promotion other = m_promotion;
    other.number = 99;
    const Result<LaureateList> list = RankedLaureateList::build(*m_scoring, other, m_store->candidates(14).value());
    QVERIFY(!list.ok());
    QCOMPARE(list.error(), m_scoring->ranking(99).error());
}

void TestRankedLaureateList::membersAndRecusalsForTheAnnex()
{
    // Three members in joining order; recusals recorded out of committee and name order.
    const Result<QList<CommitteeMember>> added =
        m_scoring->addMembers(14, {QStringLiteral("Bruno"), QString::fromUtf8("Chloé")});
    QVERIFY(added.ok());
    const qint64 bruno = added.value().at(0).id;
    const qint64 chloe = added.value().at(1).id;
    QVERIFY(m_scoring->recordRecusal(14, m_added.at(3).id, chloe).ok()); // Zéro Papier: Chloé
    QVERIFY(m_scoring->recordRecusal(14, m_added.at(2).id, chloe).ok()); // Pix: Chloé, then Alice
    QVERIFY(m_scoring->recordRecusal(14, m_added.at(2).id, m_member).ok());
    QVERIFY(m_scoring->recordRecusal(14, m_added.at(4).id, bruno).ok()); // Sans Décision: Bruno

    const Result<LaureateList> list = RankedLaureateList::build(*m_scoring, m_promotion, m_store->candidates(14).value());
    QVERIFY2(list.ok(), qPrintable(list.error()));
    QCOMPARE(list.value().members,
             QStringList({QStringLiteral("Alice"), QStringLiteral("Bruno"), QString::fromUtf8("Chloé")}));
    // Every candidate with a recusal, undecided ones too, by name; members in committee order.
    const QList<LaureateList::Recusal> &recusals = list.value().recusals;
    QCOMPARE(recusals.size(), 3);
    QCOMPARE(recusals.at(0).candidate, QStringLiteral("Pix"));
    QCOMPARE(recusals.at(0).members, QStringList({QStringLiteral("Alice"), QString::fromUtf8("Chloé")}));
    QCOMPARE(recusals.at(1).candidate, QString::fromUtf8("Sans Décision"));
    QCOMPARE(recusals.at(1).members, QStringList({QStringLiteral("Bruno")}));
    QCOMPARE(recusals.at(2).candidate, QString::fromUtf8("Zéro Papier"));
    QCOMPARE(recusals.at(2).members, QStringList({QString::fromUtf8("Chloé")}));
    // The authority is the caller's to set: the fund's own by default.
    QCOMPARE(list.value().authority, LaureateList::defaultAuthority());
}

QTEST_GUILESS_MAIN(TestRankedLaureateList)
#include "tst_rankedlaureatelist.moc"
