#include "domain/AuditAction.h"
#include "storage/AuditLogRepository.h"
#include "storage/CandidateRepository.h"
#include "storage/CommitteeStore.h"
#include "storage/Database.h"
#include "storage/SystemClock.h"

#include "StatementFaults.h"
#include "TestClock.h"
#include "TestDatabaseLocation.h"

#include <QHash>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <functional>

namespace {

// Amounts as Money::toString() writes them: the spaces that group digits or come before "€" become
// no-break spaces, the other spaces of the sentence stay.
QString euros(const char *text)
{
    static const QRegularExpression amountSpace(QStringLiteral("(?<=\\d) (?=\\d{3}\\b|€)"));
    return QString::fromUtf8(text).replace(amountSpace, QString(QChar(0x00A0)));
}

Candidate makeCandidate(const QString &name, qint64 budgetEuros = 600000, qint64 requestedEuros = 300000)
{
    Candidate candidate;
    candidate.name = name;
    candidate.carrier = QStringLiteral("DGALN");
    candidate.annualBudget = Money::fromEuros(budgetEuros);
    candidate.requested = Money::fromEuros(requestedEuros);
    return candidate;
}

Promotion makePromotion(int number = 13, qint64 envelopeEuros = 2000000)
{
    Promotion promotion;
    promotion.number = number;
    promotion.year = 2025;
    promotion.envelope = Money::fromEuros(envelopeEuros);
    return promotion;
}

// What a test compares to tell that nothing changed: every candidate field, in order.
QStringList snapshot(const QList<Candidate> &candidates)
{
    QStringList rows;
    for (const Candidate &c : candidates)
        rows.append(QStringList{QString::number(c.id), c.name, c.carrier, c.incubator, candidateKindKey(c.kind),
                                phaseKey(c.phase), c.annualBudget.toPlainString(), c.requested.toPlainString(),
                                c.description, decisionKey(c.decision), c.granted.toPlainString()}
                        .join(QLatin1Char('|')));
    return rows;
}

// One audit row as "action | subject | old | new", the part a test states exactly.
QString row(const AuditEntry &entry)
{
    return QStringList{entry.action, entry.subject, entry.oldValue, entry.newValue}.join(QStringLiteral(" | "));
}

QStringList rows(const QList<AuditEntry> &entries)
{
    QStringList all;
    for (const AuditEntry &entry : entries)
        all.append(row(entry));
    return all;
}

} // namespace

// The facade of the window and the command line: every change, every refusal with its exact message, the
// audit rows each change writes (old and new values as text) and the signals emitted after commit.
// Refusals are shown to leave the database as it was.
class TestCommitteeStore : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void addPromotion();
    void addPromotionRefusals_data();
    void addPromotionRefusals();
    void promotionsAreOrderedByNumber();
    void updatePromotionWritesOneRowPerField();
    void updatePromotionWithoutChangeWritesNothing();
    void updatePromotionRefusals_data();
    void updatePromotionRefusals();
    void ruleChangeMustKeepLaureatesEligible();
    void removePromotion();
    void closeAndReopen();
    void closeBlocked_data();
    void closeBlocked();
    void closeNeedsTheCommitteeDate();
    void failedReadsSayWhyInsteadOfListingNothing();
    void reopenRefusals_data();
    void reopenRefusals();
    void closedPromotionRefusesEveryWrite();

    void addCandidate();
    void addCandidateRefusals_data();
    void addCandidateRefusals();
    void candidatesAreOrderedByFoldedName();
    void updateCandidateWritesOneRowPerField();
    void formFieldsAreKeptAndFileNumbersUnique();
    void updateCandidateRefusals_data();
    void updateCandidateRefusals();
    void removeCandidate();
    void removeCandidatesIsOneChange();

    void importCandidates();
    void largeImportKeepsOrderAcrossStatements();
    void importIsAllOrNothing_data();
    void importIsAllOrNothing();
    void importTenThousand();

    void yearTargetsAndBudgets();
    void yearRefusals_data();
    void yearRefusals();

    void auditEntriesFilterAndOrder();
    void auditTimeComesFromTheDatabaseClock();
    void changesSurviveReopening();

private:
    Promotion addOpenPromotion(int number = 13, qint64 envelopeEuros = 2000000);
    Candidate addCandidateTo(int number, const Candidate &candidate);
    int auditCount() const { return int(m_store->auditEntries().value().size()); }

    std::unique_ptr<TestDatabaseLocation> m_location;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<CommitteeStore> m_store;
    QString m_path;
};

void TestCommitteeStore::init()
{
    m_location = TestDatabaseLocation::underTest();
    if (m_location->address().isEmpty())
        QSKIP(qPrintable(m_location->error()));
    m_path = m_location->address();
    m_database = std::make_unique<Database>();
    const Outcome opened = m_database->open(m_path);
    QVERIFY2(opened.ok(), qPrintable(opened.error()));
    m_store = std::make_unique<CommitteeStore>(*m_database);
    m_store->setOperatorName(QStringLiteral("Claire Martin"));
}

void TestCommitteeStore::cleanup()
{
    m_store.reset();
    m_database.reset();
    m_location.reset();
}

Promotion TestCommitteeStore::addOpenPromotion(int number, qint64 envelopeEuros)
{
    const Result<Promotion> added = m_store->addPromotion(makePromotion(number, envelopeEuros));
    if (!added) {
        qWarning("%s", qPrintable(added.error()));
        return Promotion();
    }
    return added.value();
}

Candidate TestCommitteeStore::addCandidateTo(int number, const Candidate &candidate)
{
    const Result<Candidate> added = m_store->addCandidate(number, candidate);
    if (!added) {
        qWarning("%s", qPrintable(added.error()));
        return Candidate();
    }
    return added.value();
}

// --- Promotions -----------------------------------------------------------------------------------

void TestCommitteeStore::addPromotion()
{
    QSignalSpy promotionsSpy(m_store.get(), &CommitteeStore::promotionsChanged);
    QSignalSpy yearsSpy(m_store.get(), &CommitteeStore::yearsChanged);
    Promotion promotion = makePromotion(13, 2550000);
    promotion.year = 2027; // a year without a row yet
    promotion.rule = CofinancingRule(40, Money::fromEuros(250000));
    promotion.minimumScore = 55;
    promotion.committeeDate = QDate(2027, 6, 12);

    const Result<Promotion> added = m_store->addPromotion(promotion);
    QVERIFY2(added.ok(), qPrintable(added.error()));
    QVERIFY(added.value().id > 0);
    QCOMPARE(promotionsSpy.count(), 1);
    QCOMPARE(yearsSpy.count(), 1);

    const std::optional<Promotion> stored = m_store->promotion(13).value();
    QVERIFY(stored);
    QCOMPARE(stored->id, added.value().id);
    QCOMPARE(stored->number, 13);
    QCOMPARE(stored->year, 2027);
    QCOMPARE(stored->envelope, Money::fromEuros(2550000));
    QCOMPARE(stored->rule.ratePercent(), 40);
    QCOMPARE(stored->rule.cap(), Money::fromEuros(250000));
    QCOMPARE(stored->minimumScore, 55);
    QCOMPARE(stored->status, PromotionStatus::Open);
    QCOMPARE(stored->committeeDate, QDate(2027, 6, 12));
    QCOMPARE(m_store->promotionById(added.value().id).value()->number, 13);
    QVERIFY(!m_store->promotion(14).value());
    QVERIFY(!m_store->promotionById(added.value().id + 1).value());

    const QList<FundYear> years = m_store->years().value();
    QCOMPARE(years.size(), 5);
    QCOMPARE(years.last().year, 2027);
    QVERIFY(!years.last().productTarget);

    const QList<AuditEntry> audit = m_store->auditEntries().value();
    QCOMPARE(audit.size(), 1);
    QCOMPARE(audit.first().action, QStringLiteral("promotion.add"));
    QCOMPARE(audit.first().operatorName, QStringLiteral("Claire Martin"));
    QCOMPARE(audit.first().promotionNumber, 13);
    QCOMPARE(audit.first().subject, QStringLiteral("FAST13"));
    QCOMPARE(audit.first().oldValue, QString());
    QCOMPARE(audit.first().newValue, euros("year 2027; envelope 2 550 000 €; 40 % of the annual budget, at most "
                                           "250 000 €; minimum score 55; committee 2027-06-12"));
    QVERIFY(audit.first().at.isValid());
    QCOMPARE(audit.first().at.timeSpec(), Qt::UTC);
    QVERIFY(qAbs(audit.first().at.secsTo(QDateTime::currentDateTimeUtc())) < 600);

    // A promotion in a year that already has a row adds none.
    QVERIFY(m_store->addPromotion(makePromotion(14)).ok());
    QCOMPARE(yearsSpy.count(), 1);
    QCOMPARE(m_store->years().value().size(), 5);
}

void TestCommitteeStore::addPromotionRefusals_data()
{
    QTest::addColumn<int>("number");
    QTest::addColumn<int>("year");
    QTest::addColumn<qint64>("envelopeCents");
    QTest::addColumn<int>("rate");
    QTest::addColumn<int>("minimumScore");
    QTest::addColumn<QString>("message");

    QTest::newRow("duplicate number") << 13 << 2025 << Q_INT64_C(100) << 50 << 0
                                      << QStringLiteral("There is already a promotion FAST13.");
    QTest::newRow("number 0") << 0 << 2025 << Q_INT64_C(100) << 50 << 0
                              << QStringLiteral("The promotion number must be 1 or more, not 0.");
    QTest::newRow("year 1999") << 14 << 1999 << Q_INT64_C(100) << 50 << 0
                               << QStringLiteral("The year must be between 2000 and 2100, not 1999.");
    QTest::newRow("negative envelope") << 14 << 2025 << Q_INT64_C(-1) << 50 << 0
                                       << QStringLiteral("The envelope must be more than 0 € (given: -0,01\u00A0€).");
    QTest::newRow("zero envelope") << 14 << 2025 << Q_INT64_C(0) << 50 << 0
                                   << QStringLiteral("The envelope must be more than 0 € (given: 0\u00A0€).");
    QTest::newRow("rate 0") << 14 << 2025 << Q_INT64_C(100) << 0 << 0
                            << QStringLiteral("The co-financing rate must be between 1 and 100 %, not 0 %.");
    QTest::newRow("score 101") << 14 << 2025 << Q_INT64_C(100) << 50 << 101
                               << QStringLiteral("The minimum score must be between 0 and 100, not 101.");
}

void TestCommitteeStore::addPromotionRefusals()
{
    QFETCH(int, number);
    QFETCH(int, year);
    QFETCH(qint64, envelopeCents);
    QFETCH(int, rate);
    QFETCH(int, minimumScore);
    QFETCH(QString, message);

    addOpenPromotion(13);
    QSignalSpy spy(m_store.get(), &CommitteeStore::promotionsChanged);
    Promotion promotion;
    promotion.number = number;
    promotion.year = year;
    promotion.envelope = Money::fromCents(envelopeCents);
    promotion.rule = CofinancingRule(rate, CofinancingRule::defaultCap());
    promotion.minimumScore = minimumScore;

    const Result<Promotion> added = m_store->addPromotion(promotion);
    QVERIFY(!added.ok());
    QCOMPARE(added.error(), message);
    QCOMPARE(spy.count(), 0);
    QCOMPARE(m_store->promotions().value().size(), 1);
    QCOMPARE(auditCount(), 1);
}

void TestCommitteeStore::promotionsAreOrderedByNumber()
{
    addOpenPromotion(14);
    addOpenPromotion(12);
    addOpenPromotion(13);
    QList<int> numbers;
    for (const Promotion &promotion : m_store->promotions().value())
        numbers.append(promotion.number);
    QCOMPARE(numbers, QList<int>({12, 13, 14}));
}

void TestCommitteeStore::updatePromotionWritesOneRowPerField()
{
    Promotion promotion = addOpenPromotion(13, 2000000);
    QSignalSpy promotionsSpy(m_store.get(), &CommitteeStore::promotionsChanged);
    QSignalSpy candidatesSpy(m_store.get(), &CommitteeStore::candidatesChanged);
    QSignalSpy yearsSpy(m_store.get(), &CommitteeStore::yearsChanged);

    promotion.number = 15;
    promotion.year = 2028;
    promotion.envelope = Money::fromEuros(2550000);
    promotion.rule = CofinancingRule(40, Money::fromEuros(250000));
    promotion.minimumScore = 60;
    promotion.committeeDate = QDate(2028, 3, 9);
    promotion.status = PromotionStatus::Closed; // ignored: only close and reopen change it
    const Outcome updated = m_store->updatePromotion(promotion);
    QVERIFY2(updated.ok(), qPrintable(updated.error()));

    QCOMPARE(promotionsSpy.count(), 1);
    QCOMPARE(candidatesSpy.count(), 1);
    QCOMPARE(candidatesSpy.first().first().toInt(), 15);
    QCOMPARE(yearsSpy.count(), 1);
    QVERIFY(!m_store->promotion(13).value());
    const std::optional<Promotion> stored = m_store->promotion(15).value();
    QVERIFY(stored);
    QCOMPARE(stored->status, PromotionStatus::Open);
    QCOMPARE(stored->envelope, Money::fromEuros(2550000));
    QCOMPARE(stored->rule, CofinancingRule(40, Money::fromEuros(250000)));
    QCOMPARE(stored->committeeDate, QDate(2028, 3, 9));

    const QList<AuditEntry> audit = m_store->auditEntries(15).value();
    QCOMPARE(rows(audit), QStringList({
                              QStringLiteral("promotion.update | FAST15 / committee date |  | 2028-03-09"),
                              QStringLiteral("promotion.update | FAST15 / minimum score | 0 | 60"),
                              euros("promotion.update | FAST15 / cap | 300 000 € | 250 000 €"),
                              QStringLiteral("promotion.update | FAST15 / rate | 50 % | 40 %"),
                              euros("promotion.update | FAST15 / envelope | 2 000 000 € | 2 550 000 €"),
                              QStringLiteral("promotion.update | FAST15 / year | 2025 | 2028"),
                              QStringLiteral("promotion.update | FAST15 / number | 13 | 15"),
                          }));
    for (const AuditEntry &entry : audit)
        QCOMPARE(entry.operatorName, QStringLiteral("Claire Martin"));
}

void TestCommitteeStore::updatePromotionWithoutChangeWritesNothing()
{
    const Promotion promotion = addOpenPromotion(13);
    QSignalSpy spy(m_store.get(), &CommitteeStore::promotionsChanged);
    QVERIFY(m_store->updatePromotion(promotion).ok());
    QCOMPARE(spy.count(), 0);
    QCOMPARE(auditCount(), 1);
}

void TestCommitteeStore::updatePromotionRefusals_data()
{
    QTest::addColumn<int>("number");
    QTest::addColumn<qint64>("id");
    QTest::addColumn<qint64>("envelopeCents");
    QTest::addColumn<QString>("message");

    QTest::newRow("number taken") << 14 << qint64(0) << Q_INT64_C(100)
                                  << QStringLiteral("There is already a promotion FAST14.");
    QTest::newRow("unknown id") << 13 << qint64(99) << Q_INT64_C(100)
                                << QStringLiteral("This promotion no longer exists.");
    QTest::newRow("negative envelope") << 13 << qint64(0) << Q_INT64_C(-5)
                                       << QStringLiteral("The envelope must be more than 0 € (given: -0,05\u00A0€).");
    QTest::newRow("zero envelope") << 13 << qint64(0) << Q_INT64_C(0)
                                   << QStringLiteral("The envelope must be more than 0 € (given: 0\u00A0€).");
}

void TestCommitteeStore::updatePromotionRefusals()
{
    QFETCH(int, number);
    QFETCH(qint64, id);
    QFETCH(qint64, envelopeCents);
    QFETCH(QString, message);

    Promotion promotion = addOpenPromotion(13);
    addOpenPromotion(14);
    QSignalSpy spy(m_store.get(), &CommitteeStore::promotionsChanged);
    promotion.number = number;
    if (id != 0)
        promotion.id = id;
    promotion.envelope = Money::fromCents(envelopeCents);
    const Outcome updated = m_store->updatePromotion(promotion);
    QVERIFY(!updated.ok());
    QCOMPARE(updated.error(), message);
    QCOMPARE(spy.count(), 0);
    QCOMPARE(m_store->promotion(13).value()->envelope, Money::fromEuros(2000000));
    QCOMPARE(auditCount(), 2);
}

void TestCommitteeStore::ruleChangeMustKeepLaureatesEligible()
{
    Promotion promotion = addOpenPromotion(13);
    Candidate envergo = makeCandidate(QStringLiteral("Envergo"), 600000, 300000);
    envergo.decision = Decision::Laureate;
    envergo.granted = Money::fromEuros(300000);
    addCandidateTo(13, envergo);
    Candidate waiting = makeCandidate(QStringLiteral("DossierFacile"), 1000000, 400000);
    waiting.decision = Decision::Waitlist;
    addCandidateTo(13, waiting);
    const int auditBefore = auditCount();

    // 40 % of 600 000 € is 240 000 €, below the 300 000 € granted.
    promotion.rule = CofinancingRule(40, Money::fromEuros(300000));
    const Outcome refused = m_store->updatePromotion(promotion);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error(),
             euros("FAST13 cannot take the rule \"40 % of the annual budget, at most 300 000 €\": the laureate Envergo "
                   "was granted 300 000 €, more than its eligible amount of 240 000 € under that rule. Change that "
                   "grant first."));
    QCOMPARE(m_store->promotion(13).value()->rule, CofinancingRule());
    QCOMPARE(auditCount(), auditBefore);

    // A rule that still covers the grant passes, whatever it does to the waitlisted candidate.
    promotion.rule = CofinancingRule(60, Money::fromEuros(300000));
    QVERIFY(m_store->updatePromotion(promotion).ok());
    QCOMPARE(m_store->promotion(13).value()->rule.ratePercent(), 60);
}

void TestCommitteeStore::removePromotion()
{
    addOpenPromotion(13);
    addOpenPromotion(14);
    addCandidateTo(14, makeCandidate(QStringLiteral("Envergo")));
    QSignalSpy spy(m_store.get(), &CommitteeStore::promotionsChanged);

    const Outcome withCandidates = m_store->removePromotion(14);
    QVERIFY(!withCandidates.ok());
    QCOMPARE(withCandidates.error(),
             QStringLiteral("FAST14 has 1 candidate(s): remove them before removing the promotion."));
    QCOMPARE(m_store->removePromotion(99).error(), QStringLiteral("There is no promotion FAST99."));
    QCOMPARE(spy.count(), 0);

    QVERIFY(m_store->removePromotion(13).ok());
    QCOMPARE(spy.count(), 1);
    QVERIFY(!m_store->promotion(13).value());
    QCOMPARE(row(m_store->auditEntries(13).value().first()),
             euros("promotion.remove | FAST13 | year 2025; envelope 2 000 000 €; 50 % of the annual budget, at most "
                   "300 000 €; minimum score 0 | "));
}

void TestCommitteeStore::closeAndReopen()
{
    addOpenPromotion(13);
    Candidate envergo = makeCandidate(QStringLiteral("Envergo"));
    envergo.decision = Decision::Laureate;
    envergo.granted = Money::fromEuros(250000);
    addCandidateTo(13, envergo);
    Candidate rejected = makeCandidate(QStringLiteral("Refugies.info"));
    rejected.decision = Decision::Rejected;
    addCandidateTo(13, rejected);
    QSignalSpy spy(m_store.get(), &CommitteeStore::promotionsChanged);

    m_store->setOperatorName(QStringLiteral("Paul Durand"));
    const Outcome closed = m_store->closePromotion(13, QDate(2026, 11, 14));
    QVERIFY2(closed.ok(), qPrintable(closed.error()));
    QCOMPARE(spy.count(), 1);
    QCOMPARE(m_store->promotion(13).value()->status, PromotionStatus::Closed);
    QCOMPARE(m_store->closePromotion(13, QDate(2026, 11, 14)).error(), QStringLiteral("FAST13 is already closed."));
    QCOMPARE(m_store->closePromotion(99, QDate(2026, 11, 14)).error(), QStringLiteral("There is no promotion FAST99."));

    const Outcome reopened = m_store->reopenPromotion(13, QStringLiteral("  Recours d'un candidat "));
    QVERIFY2(reopened.ok(), qPrintable(reopened.error()));
    QCOMPARE(spy.count(), 2);
    QCOMPARE(m_store->promotion(13).value()->status, PromotionStatus::Open);

    const QList<AuditEntry> audit = m_store->auditEntries(13).value();
    // The closing records the committee's date in the same write (closeNeedsTheCommitteeDate).
    QCOMPARE(audit.size(), 6);
    QCOMPARE(row(audit.at(0)), QStringLiteral("promotion.reopen | FAST13 | closed | Recours d'un candidat"));
    QCOMPARE(row(audit.at(1)), QStringLiteral("promotion.close | FAST13 | open | closed"));
    QCOMPARE(row(audit.at(2)), QStringLiteral("promotion.update | FAST13 / committee date |  | 2026-11-14"));
    QCOMPARE(audit.at(0).operatorName, QStringLiteral("Paul Durand"));
    QCOMPARE(audit.at(2).operatorName, QStringLiteral("Paul Durand"));
    QCOMPARE(audit.at(3).operatorName, QStringLiteral("Claire Martin"));
}

void TestCommitteeStore::closeBlocked_data()
{
    QTest::addColumn<qint64>("envelopeEuros");
    QTest::addColumn<bool>("decideAll");
    QTest::addColumn<QString>("message");

    QTest::newRow("undecided") << qint64(2000000) << false
                               << QStringLiteral(
                                      "FAST13 cannot be closed: 1 candidate(s) without a decision: Envergo.");
    QTest::newRow("overspent") << qint64(100000) << true
                               << euros("FAST13 cannot be closed: The laureates consume 250 000 €, 150 000 € more than "
                                        "the envelope of 100 000 €.");
    QTest::newRow("both") << qint64(100000) << false
                          << euros("FAST13 cannot be closed: 1 candidate(s) without a decision: Envergo. The "
                                   "laureates consume 250 000 €, 150 000 € more than the envelope of 100 000 €.");
}

void TestCommitteeStore::closeBlocked()
{
    QFETCH(qint64, envelopeEuros);
    QFETCH(bool, decideAll);
    QFETCH(QString, message);

    addOpenPromotion(13, envelopeEuros);
    Candidate laureate = makeCandidate(QStringLiteral("DossierFacile"));
    laureate.decision = Decision::Laureate;
    laureate.granted = Money::fromEuros(250000);
    addCandidateTo(13, laureate);
    Candidate envergo = makeCandidate(QStringLiteral("Envergo"));
    if (decideAll)
        envergo.decision = Decision::Waitlist;
    addCandidateTo(13, envergo);
    const int auditBefore = auditCount();
    QSignalSpy spy(m_store.get(), &CommitteeStore::promotionsChanged);

    const Outcome closed = m_store->closePromotion(13, QDate(2026, 11, 14));
    QVERIFY(!closed.ok());
    QCOMPARE(closed.error(), message);
    QCOMPARE(m_store->promotion(13).value()->status, PromotionStatus::Open);
    QCOMPARE(auditCount(), auditBefore);
    QCOMPARE(spy.count(), 0);
}

void TestCommitteeStore::reopenRefusals_data()
{
    QTest::addColumn<int>("number");
    QTest::addColumn<bool>("closeFirst");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<QString>("message");

    QTest::newRow("empty reason") << 13 << true << QString()
                                  << QStringLiteral(
                                         "Reopening FAST13 needs a written reason: it goes to the audit log.");
    QTest::newRow("blank reason") << 13 << true << QStringLiteral("  \t ")
                                  << QStringLiteral(
                                         "Reopening FAST13 needs a written reason: it goes to the audit log.");
    QTest::newRow("hidden reason") << 13 << true << QStringLiteral("Recours\u202Elennoitutitsnoc")
                                   << QStringLiteral("Reason: character 8 is U+202E (right-to-left override), which "
                                                     "is not allowed in this text.");
    QTest::newRow("already open") << 13 << false << QStringLiteral("Erreur")
                                  << QStringLiteral("FAST13 is already open.");
    QTest::newRow("unknown") << 99 << true << QStringLiteral("Erreur")
                             << QStringLiteral("There is no promotion FAST99.");
}

void TestCommitteeStore::reopenRefusals()
{
    QFETCH(int, number);
    QFETCH(bool, closeFirst);
    QFETCH(QString, reason);
    QFETCH(QString, message);

    addOpenPromotion(13);
    if (closeFirst)
        QVERIFY(m_store->closePromotion(13, QDate(2026, 11, 14)).ok());
    const int auditBefore = auditCount();
    QSignalSpy spy(m_store.get(), &CommitteeStore::promotionsChanged);
    const Outcome reopened = m_store->reopenPromotion(number, reason);
    QVERIFY(!reopened.ok());
    QCOMPARE(reopened.error(), message);
    QCOMPARE(m_store->promotion(13).value()->isClosed(), closeFirst);
    QCOMPARE(auditCount(), auditBefore);
    QCOMPARE(spy.count(), 0);
}

void TestCommitteeStore::closedPromotionRefusesEveryWrite()
{
    addOpenPromotion(13);
    Candidate envergo = makeCandidate(QStringLiteral("Envergo"));
    envergo.decision = Decision::Laureate;
    envergo.granted = Money::fromEuros(300000);
    const Candidate stored = addCandidateTo(13, envergo);
    QVERIFY(m_store->closePromotion(13, QDate(2026, 11, 14)).ok());

    const QStringList candidatesBefore = snapshot(m_store->candidates(13).value());
    const QStringList auditBefore = rows(m_store->auditEntries().value());
    QSignalSpy promotionsSpy(m_store.get(), &CommitteeStore::promotionsChanged);
    QSignalSpy candidatesSpy(m_store.get(), &CommitteeStore::candidatesChanged);
    const QString closed = QStringLiteral("FAST13 is closed: reopen it before changing it.");

    QCOMPARE(m_store->addCandidate(13, makeCandidate(QStringLiteral("DossierFacile"))).error(), closed);
    Candidate changed = stored;
    changed.requested = Money::fromEuros(350000);
    QCOMPARE(m_store->updateCandidate(changed).error(), closed);
    QCOMPARE(m_store->removeCandidate(stored.id).error(), closed);
    QCOMPARE(
        m_store->importCandidates(13, {makeCandidate(QStringLiteral("A")), makeCandidate(QStringLiteral("B"))}).error(),
        closed);
    Promotion promotion = *m_store->promotion(13).value();
    promotion.envelope = Money::fromEuros(3000000);
    QCOMPARE(m_store->updatePromotion(promotion).error(), closed);
    QCOMPARE(m_store->removePromotion(13).error(), closed);

    QCOMPARE(snapshot(m_store->candidates(13).value()), candidatesBefore);
    QCOMPARE(rows(m_store->auditEntries().value()), auditBefore);
    QCOMPARE(m_store->promotion(13).value()->envelope, Money::fromEuros(2000000));
    QCOMPARE(promotionsSpy.count(), 0);
    QCOMPARE(candidatesSpy.count(), 0);
}

// --- Candidates -----------------------------------------------------------------------------------

void TestCommitteeStore::addCandidate()
{
    const Promotion promotion = addOpenPromotion(13);
    QSignalSpy spy(m_store.get(), &CommitteeStore::candidatesChanged);
    Candidate envergo = makeCandidate(QStringLiteral("Envergo"));
    envergo.incubator = QStringLiteral("Fabrique numérique");
    envergo.phase = Phase::Acceleration;
    envergo.description = QStringLiteral("Simplifier l'évaluation environnementale");

    const Result<Candidate> added = m_store->addCandidate(13, envergo);
    QVERIFY2(added.ok(), qPrintable(added.error()));
    QVERIFY(added.value().id > 0);
    QCOMPARE(added.value().promotionId, promotion.id);
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.first().first().toInt(), 13);

    const std::optional<Candidate> stored = m_store->candidate(added.value().id).value();
    QVERIFY(stored);
    QCOMPARE(snapshot({*stored}),
             QStringList(QStringLiteral("%1|Envergo|DGALN|Fabrique numérique|product|acceleration|600000|300000|"
                                        "Simplifier l'évaluation environnementale|none|0")
                             .arg(added.value().id)));
    QVERIFY(!m_store->candidate(added.value().id + 1).value());

    QCOMPARE(row(m_store->auditEntries(13).value().first()),
             euros("candidate.add | FAST13 / Envergo |  | Envergo; DGALN; product; incubator Fabrique numérique; "
                   "acceleration; budget 600 000 €; requested 300 000 €"));
    QCOMPARE(m_store->candidateNameKeys(13).value(), QSet<QString>({QStringLiteral("envergo")}));
    QCOMPARE(m_store->candidateNameKeys(99).value(), QSet<QString>());

    // The same name in another promotion is another candidate.
    addOpenPromotion(14);
    QVERIFY(m_store->addCandidate(14, makeCandidate(QStringLiteral("Envergo"))).ok());
}

void TestCommitteeStore::addCandidateRefusals_data()
{
    QTest::addColumn<int>("number");
    QTest::addColumn<QString>("name");
    QTest::addColumn<qint64>("requestedEuros");
    QTest::addColumn<int>("decision");
    QTest::addColumn<qint64>("grantedEuros");
    QTest::addColumn<QString>("message");

    const QString taken = QStringLiteral("FAST13 already has a candidate called \"Réfugiés.info\".");
    QTest::newRow("same name") << 13 << QStringLiteral("Réfugiés.info") << qint64(300000) << 0 << qint64(0) << taken;
    QTest::newRow("other case and accents")
        << 13 << QStringLiteral("  REFUGIES.INFO ") << qint64(300000) << 0 << qint64(0) << taken;
    QTest::newRow("no name") << 13 << QStringLiteral("  ") << qint64(300000) << 0 << qint64(0)
                             << QStringLiteral("The project name is required.");
    QTest::newRow("zero-width space beside the stored name")
        << 13 << QStringLiteral("R\u200Béfugiés.info") << qint64(300000) << 0 << qint64(0)
        << QStringLiteral("Project name: character 2 is U+200B (zero-width space), which is not allowed in a name.");
    QTest::newRow("decomposed accents are the stored name")
        << 13 << QStringLiteral("Re\u0301fugie\u0301s.info") << qint64(300000) << 0 << qint64(0) << taken;
    QTest::newRow("right-to-left override")
        << 13 << QStringLiteral("Projet\u202Egpj.exe") << qint64(300000) << 0 << qint64(0)
        << QStringLiteral("Project name: character 7 is U+202E (right-to-left override), which is not allowed in a "
                          "name.");
    QTest::newRow("nothing requested") << 13 << QStringLiteral("Envergo") << qint64(0) << 0 << qint64(0)
                                       << QStringLiteral("The requested amount must be more than 0 €.");
    QTest::newRow("granted above eligible")
        << 13 << QStringLiteral("Envergo") << qint64(300000) << int(Decision::Laureate) << qint64(300001)
        << euros("The granted amount 300 001 € is more than the eligible amount 300 000 €: the fund pays at most 50 % "
                 "of the annual budget (300 000 € of 600 000 €) and at most 300 000 €, and never more than the "
                 "requested 300 000 €.");
    QTest::newRow("unknown promotion") << 99 << QStringLiteral("Envergo") << qint64(300000) << 0 << qint64(0)
                                       << QStringLiteral("There is no promotion FAST99.");
}

void TestCommitteeStore::addCandidateRefusals()
{
    QFETCH(int, number);
    QFETCH(QString, name);
    QFETCH(qint64, requestedEuros);
    QFETCH(int, decision);
    QFETCH(qint64, grantedEuros);
    QFETCH(QString, message);

    addOpenPromotion(13);
    addCandidateTo(13, makeCandidate(QStringLiteral("Réfugiés.info")));
    const QStringList before = snapshot(m_store->candidates(13).value());
    const int auditBefore = auditCount();
    QSignalSpy spy(m_store.get(), &CommitteeStore::candidatesChanged);

    Candidate candidate = makeCandidate(name, 600000, requestedEuros);
    candidate.decision = Decision(decision);
    candidate.granted = Money::fromEuros(grantedEuros);
    const Result<Candidate> added = m_store->addCandidate(number, candidate);
    QVERIFY(!added.ok());
    QCOMPARE(added.error(), message);
    QCOMPARE(snapshot(m_store->candidates(13).value()), before);
    QCOMPARE(auditCount(), auditBefore);
    QCOMPARE(spy.count(), 0);
}

void TestCommitteeStore::candidatesAreOrderedByFoldedName()
{
    addOpenPromotion(13);
    for (const char *name : {"gamma", "Éole", "alpha", "Béta", "epsilon"})
        addCandidateTo(13, makeCandidate(QString::fromUtf8(name)));
    QStringList names;
    for (const Candidate &candidate : m_store->candidates(13).value())
        names.append(candidate.name);
    QCOMPARE(names, QStringList({QStringLiteral("alpha"), QStringLiteral("Béta"), QStringLiteral("Éole"),
                                 QStringLiteral("epsilon"), QStringLiteral("gamma")}));
    QVERIFY(m_store->candidates(99).value().isEmpty());
}

void TestCommitteeStore::updateCandidateWritesOneRowPerField()
{
    addOpenPromotion(13);
    const Candidate stored = addCandidateTo(13, makeCandidate(QStringLiteral("Envergo")));
    QSignalSpy spy(m_store.get(), &CommitteeStore::candidatesChanged);

    Candidate changed = stored;
    changed.decision = Decision::Laureate;
    changed.granted = Money::fromEuros(280000);
    changed.phase = Phase::Construction;
    const Outcome updated = m_store->updateCandidate(changed);
    QVERIFY2(updated.ok(), qPrintable(updated.error()));
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.first().first().toInt(), 13);
    QCOMPARE(m_store->candidate(stored.id).value()->granted, Money::fromEuros(280000));
    QCOMPARE(m_store->candidate(stored.id).value()->decision, Decision::Laureate);

    QCOMPARE(rows(m_store->auditEntries(13).value()).mid(0, 3),
             QStringList({euros("candidate.update | FAST13 / Envergo / granted | 0 € | 280 000 €"),
                          QStringLiteral("candidate.update | FAST13 / Envergo / decision | none | laureate"),
                          QStringLiteral("candidate.update | FAST13 / Envergo / phase |  | construction")}));

    // A rename that only changes case keeps the candidate's own name key.
    changed.name = QStringLiteral("ENVERGO");
    changed.requested = Money::fromEuros(290000);
    QVERIFY(m_store->updateCandidate(changed).ok());
    QCOMPARE(rows(m_store->auditEntries(13).value()).mid(0, 2),
             QStringList({euros("candidate.update | FAST13 / ENVERGO / requested | 300 000 € | 290 000 €"),
                          QStringLiteral("candidate.update | FAST13 / ENVERGO / name | Envergo | ENVERGO")}));

    // Nothing changed: nothing written, no signal.
    const int auditBefore = auditCount();
    QVERIFY(m_store->updateCandidate(changed).ok());
    QCOMPARE(auditCount(), auditBefore);
    QCOMPARE(spy.count(), 2);
}

void TestCommitteeStore::formFieldsAreKeptAndFileNumbersUnique()
{
    addOpenPromotion(13);
    addOpenPromotion(14);
    Candidate envergo = makeCandidate(QStringLiteral("Envergo"));
    envergo.reference = QStringLiteral("2026-0042");
    envergo.contactEmail = QStringLiteral("equipe@envergo.beta.gouv.fr");
    envergo.extraFields = {{QStringLiteral("Nombre d’usagers"), QStringLiteral("12 000")},
                           {QStringLiteral("Site"), QStringLiteral("https://envergo.beta.gouv.fr")}};
    const Candidate stored = addCandidateTo(13, envergo);
    const Candidate read = *m_store->candidate(stored.id).value();
    QCOMPARE(read.reference, QStringLiteral("2026-0042"));
    QCOMPARE(read.contactEmail, QStringLiteral("equipe@envergo.beta.gouv.fr"));
    QCOMPARE(read.extraFields, envergo.extraFields);
    QCOMPARE(row(m_store->auditEntries(13).value().first()),
             euros("candidate.add | FAST13 / Envergo |  | Envergo; DGALN; product; file 2026-0042; budget 600 000 €; "
                   "requested 300 000 €"));

    // One audit row per answer of the form that changed, named after its question.
    Candidate changed = read;
    changed.extraFields[0].value = QStringLiteral("15 000");
    changed.extraFields.append({QStringLiteral("Ministère"), QStringLiteral("Transition écologique")});
    changed.contactEmail = QStringLiteral("contact@envergo.beta.gouv.fr");
    QVERIFY(m_store->updateCandidate(changed).ok());
    QCOMPARE(rows(m_store->auditEntries(13).value()).mid(0, 3),
             QStringList({QStringLiteral("candidate.update | FAST13 / Envergo / Ministère |  | Transition écologique"),
                          QStringLiteral("candidate.update | FAST13 / Envergo / Nombre d’usagers | 12 000 | 15 000"),
                          QStringLiteral("candidate.update | FAST13 / Envergo / contact e-mail | "
                                         "equipe@envergo.beta.gouv.fr | contact@envergo.beta.gouv.fr")}));
    QCOMPARE(m_store->candidate(stored.id).value()->extraFields, changed.extraFields);

    // A file number is the candidate's in its promotion: refused on another, taken in another promotion.
    Candidate other = makeCandidate(QStringLiteral("DossierFacile"));
    other.reference = QStringLiteral("2026-0042");
    const int auditBefore = auditCount();
    const Result<Candidate> refused = m_store->addCandidate(13, other);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error(), QStringLiteral("FAST13 already has the file number 2026-0042 (candidate \"Envergo\")."));
    QVERIFY(m_store->addCandidate(14, other).ok());
    other.reference = QStringLiteral("2026-0043");
    const Candidate second = m_store->addCandidate(13, other).value();
    Candidate clash = second;
    clash.reference = QStringLiteral(" 2026-0042 ");
    const Outcome refusedUpdate = m_store->updateCandidate(clash);
    QVERIFY(!refusedUpdate.ok());
    QCOMPARE(refusedUpdate.error(),
             QStringLiteral("FAST13 already has the file number 2026-0042 (candidate \"Envergo\")."));
    QCOMPARE(auditCount(), auditBefore + 2);

    // Candidates entered by hand have none, and many may have none.
    QVERIFY(m_store->addCandidate(13, makeCandidate(QStringLiteral("Aides Jeunes"))).ok());
    QVERIFY(m_store->addCandidate(13, makeCandidate(QStringLiteral("Mon Entreprise"))).ok());

    // An import checks the file numbers against the promotion and against its own rows.
    Candidate imported = makeCandidate(QStringLiteral("Signal Conso"));
    imported.reference = QStringLiteral("2026-0043");
    Candidate twice = makeCandidate(QStringLiteral("Pass Culture"));
    twice.reference = QStringLiteral("2026-0050");
    Candidate again = makeCandidate(QStringLiteral("Zam"));
    again.reference = QStringLiteral("2026-0050");
    const Result<QList<qint64>> import = m_store->importCandidates(13, {imported, twice, again});
    QVERIFY(!import.ok());
    QCOMPARE(import.error().split(QLatin1Char('\n')),
             QStringList({QStringLiteral("\"Signal Conso\": FAST13 already has the file number 2026-0043 (candidate "
                                         "\"DossierFacile\")."),
                          QStringLiteral("\"Zam\": the file number 2026-0050 appears twice in the import (also on "
                                         "\"Pass Culture\").")}));
}

void TestCommitteeStore::updateCandidateRefusals_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<qint64>("id");
    QTest::addColumn<qint64>("grantedEuros");
    QTest::addColumn<QString>("message");

    QTest::newRow("name of another") << QStringLiteral("dossierfacile") << qint64(0) << qint64(0)
                                     << QStringLiteral("FAST13 already has a candidate called \"DossierFacile\".");
    QTest::newRow("unknown id") << QStringLiteral("Envergo") << qint64(999) << qint64(0)
                                << QStringLiteral("This candidate no longer exists.");
    QTest::newRow("granted without laureate")
        << QStringLiteral("Envergo") << qint64(0) << qint64(1000)
        << QStringLiteral("Only a laureate has a granted amount; this candidate's decision is \"No decision\".");
}

void TestCommitteeStore::updateCandidateRefusals()
{
    QFETCH(QString, name);
    QFETCH(qint64, id);
    QFETCH(qint64, grantedEuros);
    QFETCH(QString, message);

    addOpenPromotion(13);
    const Candidate envergo = addCandidateTo(13, makeCandidate(QStringLiteral("Envergo")));
    addCandidateTo(13, makeCandidate(QStringLiteral("DossierFacile")));
    const QStringList before = snapshot(m_store->candidates(13).value());
    const int auditBefore = auditCount();
    QSignalSpy spy(m_store.get(), &CommitteeStore::candidatesChanged);

    Candidate changed = envergo;
    changed.name = name;
    if (id != 0)
        changed.id = id;
    changed.granted = Money::fromEuros(grantedEuros);
    const Outcome updated = m_store->updateCandidate(changed);
    QVERIFY(!updated.ok());
    QCOMPARE(updated.error(), message);
    QCOMPARE(snapshot(m_store->candidates(13).value()), before);
    QCOMPARE(auditCount(), auditBefore);
    QCOMPARE(spy.count(), 0);
}

void TestCommitteeStore::removeCandidate()
{
    addOpenPromotion(13);
    const Candidate envergo = addCandidateTo(13, makeCandidate(QStringLiteral("Envergo")));
    addCandidateTo(13, makeCandidate(QStringLiteral("DossierFacile"), 400000, 150000));
    QSignalSpy spy(m_store.get(), &CommitteeStore::candidatesChanged);

    QVERIFY(m_store->removeCandidate(envergo.id).ok());
    QCOMPARE(spy.count(), 1);
    QVERIFY(!m_store->candidate(envergo.id).value());
    QCOMPARE(m_store->candidates(13).value().size(), 1);
    QCOMPARE(row(m_store->auditEntries(13).value().first()),
             euros("candidate.remove | FAST13 / Envergo | Envergo; DGALN; product; budget 600 000 €; requested "
                   "300 000 € | "));
    QCOMPARE(m_store->removeCandidate(envergo.id).error(), QStringLiteral("This candidate no longer exists."));
    QCOMPARE(spy.count(), 1);
    // The name is free again.
    QVERIFY(m_store->addCandidate(13, makeCandidate(QStringLiteral("envergo"))).ok());
}

void TestCommitteeStore::removeCandidatesIsOneChange()
{
    // Undoing an import: every candidate it added goes in one transaction and one signal, or none does.
    addOpenPromotion(13);
    const Candidate envergo = addCandidateTo(13, makeCandidate(QStringLiteral("Envergo")));
    const Result<QList<qint64>> imported =
        m_store->importCandidates(13, {makeCandidate(QStringLiteral("DossierFacile"), 400000, 150000),
                                       makeCandidate(QStringLiteral("Réfugiés.info"), 400000, 250000)});
    QVERIFY(imported.ok());
    QCOMPARE(imported.value().size(), 2);
    const int audits = int(m_store->auditEntries(13).value().size());
    QSignalSpy spy(m_store.get(), &CommitteeStore::candidatesChanged);

    // An id no longer there: refused, and DossierFacile stays too.
    const qint64 gone = imported.value().last() + 1000;
    QCOMPARE(m_store->removeCandidates({imported.value().first(), gone}).error(),
             QStringLiteral("This candidate no longer exists."));
    QCOMPARE(m_store->candidates(13).value().size(), 3);
    QCOMPARE(spy.count(), 0);
    QCOMPARE(int(m_store->auditEntries(13).value().size()), audits);

    const Outcome removed = m_store->removeCandidates(imported.value());
    QVERIFY2(removed.ok(), qPrintable(removed.error()));
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.first().first().toInt(), 13);
    QCOMPARE(m_store->candidates(13).value().size(), 1);
    QCOMPARE(m_store->candidates(13).value().first().name, QStringLiteral("Envergo"));
    const QList<AuditEntry> audit = m_store->auditEntries(13).value();
    QCOMPARE(int(audit.size()), audits + 2);
    QCOMPARE(audit.at(0).at, audit.at(1).at); // one removal, one moment
    QStringList subjects{audit.at(0).subject, audit.at(1).subject};
    subjects.sort();
    QCOMPARE(subjects,
             QStringList({QStringLiteral("FAST13 / DossierFacile"), QStringLiteral("FAST13 / Réfugiés.info")}));
    QCOMPARE(audit.at(0).action, QStringLiteral("candidate.remove"));
    QCOMPARE(audit.at(1).action, QStringLiteral("candidate.remove"));

    // Nothing to remove: nothing written, nothing said.
    QVERIFY(m_store->removeCandidates({}).ok());
    QCOMPARE(spy.count(), 1);

    // A closed promotion refuses.
    Candidate decided = envergo;
    decided.decision = Decision::Rejected;
    QVERIFY(m_store->updateCandidate(decided).ok());
    QVERIFY(m_store->closePromotion(13, QDate(2026, 11, 14)).ok());
    QCOMPARE(m_store->removeCandidates({envergo.id}).error(),
             QStringLiteral("FAST13 is closed: reopen it before changing it."));
    QCOMPARE(m_store->candidates(13).value().size(), 1);
}

void TestCommitteeStore::importCandidates()
{
    addOpenPromotion(13);
    addCandidateTo(13, makeCandidate(QStringLiteral("Envergo")));
    QSignalSpy spy(m_store.get(), &CommitteeStore::candidatesChanged);
    Candidate incubator = makeCandidate(QStringLiteral("Incubateur des territoires"), 1000000, 400000);
    incubator.kind = CandidateKind::Incubator;
    incubator.carrier = QStringLiteral("ANCT");

    const Result<QList<qint64>> imported =
        m_store->importCandidates(13, {makeCandidate(QStringLiteral("DossierFacile"), 400000, 150000), incubator,
                                       makeCandidate(QStringLiteral("Réfugiés.info"), 400000, 250000)});
    QVERIFY2(imported.ok(), qPrintable(imported.error()));
    QCOMPARE(spy.count(), 1);
    QStringList names;
    QHash<QString, qint64> idByName;
    for (const Candidate &candidate : m_store->candidates(13).value()) {
        names.append(candidate.name);
        idByName.insert(candidate.name, candidate.id);
    }
    QCOMPARE(names, QStringList({QStringLiteral("DossierFacile"), QStringLiteral("Envergo"),
                                 QStringLiteral("Incubateur des territoires"), QStringLiteral("Réfugiés.info")}));
    // The new rows' ids, in the order of the import (which its undo removes).
    QCOMPARE(imported.value(), QList<qint64>({idByName.value(QStringLiteral("DossierFacile")),
                                              idByName.value(QStringLiteral("Incubateur des territoires")),
                                              idByName.value(QStringLiteral("Réfugiés.info"))}));

    const QList<AuditEntry> audit = m_store->auditEntries(13).value();
    QCOMPARE(rows(audit.mid(0, 3)),
             QStringList({euros("candidate.import | FAST13 / Réfugiés.info |  | Réfugiés.info; DGALN; product; budget "
                                "400 000 €; requested 250 000 €"),
                          euros("candidate.import | FAST13 / Incubateur des territoires |  | Incubateur des "
                                "territoires; ANCT; incubator; budget 1 000 000 €; requested 400 000 €"),
                          euros("candidate.import | FAST13 / DossierFacile |  | DossierFacile; DGALN; product; budget "
                                "400 000 €; requested 150 000 €")}));
    QCOMPARE(audit.at(0).at, audit.at(2).at);

    // An empty import writes nothing and says nothing.
    QVERIFY(m_store->importCandidates(13, {}).ok());
    QCOMPARE(spy.count(), 1);
    QCOMPARE(m_store->importCandidates(99, {makeCandidate(QStringLiteral("A"))}).error(),
             QStringLiteral("There is no promotion FAST99."));
}

void TestCommitteeStore::largeImportKeepsOrderAcrossStatements()
{
    // 123 rows: two full statements of 50 rows and one of 23, for the candidates and for the audit.
    QCOMPARE(CandidateRepository::insertBatchRows, 50);
    QCOMPARE(AuditLogRepository::appendBatchRows, 50);
    addOpenPromotion(13);
    QList<Candidate> candidates;
    for (int i = 1; i <= 123; ++i)
        candidates.append(
            makeCandidate(QStringLiteral("Service %1").arg(i, 3, 10, QLatin1Char('0')), 400000 + i, 150000 + i));
    const int auditBefore = auditCount();
    const Result<QList<qint64>> imported = m_store->importCandidates(13, candidates);
    QVERIFY2(imported.ok(), qPrintable(imported.error()));

    // Every row with its own values, numbered in the file's order.
    QSqlQuery query(m_database->connection());
    QVERIFY(query.exec(QStringLiteral("SELECT id, name, annual_budget_cents, requested_cents FROM candidates "
                                      "ORDER BY id")));
    qint64 previousId = 0;
    int row = 0;
    while (query.next()) {
        ++row;
        QVERIFY(query.value(0).toLongLong() > previousId);
        previousId = query.value(0).toLongLong();
        QCOMPARE(query.value(1).toString(), QStringLiteral("Service %1").arg(row, 3, 10, QLatin1Char('0')));
        QCOMPARE(query.value(2).toLongLong(), (400000 + row) * qint64(100));
        QCOMPARE(query.value(3).toLongLong(), (150000 + row) * qint64(100));
    }
    QCOMPARE(row, 123);

    // One audit row per candidate, newest first, so the last of the file first.
    const QList<AuditEntry> audit = m_store->auditEntries(13).value();
    QCOMPARE(auditCount(), auditBefore + 123);
    for (int i = 0; i < 123; ++i) {
        QCOMPARE(audit.at(i).subject, QStringLiteral("FAST13 / Service %1").arg(123 - i, 3, 10, QLatin1Char('0')));
        QCOMPARE(audit.at(i).action, AuditAction::candidateImport);
        QCOMPARE(audit.at(i).operatorName, audit.at(0).operatorName);
        QCOMPARE(audit.at(i).at, audit.at(0).at);
        QCOMPARE(audit.at(i).promotionNumber, 13);
        QVERIFY(audit.at(i).oldValue.isEmpty());
    }
    QCOMPARE(audit.at(122).newValue, euros("Service 001; DGALN; product; budget 400 001 €; requested 150 001 €"));
}

void TestCommitteeStore::importIsAllOrNothing_data()
{
    QTest::addColumn<QList<Candidate>>("candidates");
    QTest::addColumn<QString>("message");

    QTest::newRow("third clashes with a stored one")
        << QList<Candidate>{makeCandidate(QStringLiteral("DossierFacile")), makeCandidate(QStringLiteral("Mon Suivi")),
                            makeCandidate(QStringLiteral("ENVERGO"))}
        << QStringLiteral("\"ENVERGO\": FAST13 already has a candidate called \"Envergo\".");
    QTest::newRow("third clashes with the first")
        << QList<Candidate>{makeCandidate(QStringLiteral("DossierFacile")), makeCandidate(QStringLiteral("Mon Suivi")),
                            makeCandidate(QStringLiteral("DOSSIERFACILE"))}
        << QStringLiteral("\"DOSSIERFACILE\": this candidate appears twice in the import (also as \"DossierFacile\").");
    Candidate noCarrier = makeCandidate(QStringLiteral("Mon Suivi"), 0, 300000);
    noCarrier.carrier.clear();
    QTest::newRow("every problem at once")
        << QList<Candidate>{makeCandidate(QStringLiteral("DossierFacile")), noCarrier,
                            makeCandidate(QStringLiteral("envergo"))}
        << QStringLiteral("\"Mon Suivi\" (administration): The carrying administration is required.\n"
                          "\"Mon Suivi\" (budget_annuel): The annual budget must be more than 0 €.\n"
                          "\"envergo\": FAST13 already has a candidate called \"Envergo\".");
}

void TestCommitteeStore::importIsAllOrNothing()
{
    QFETCH(QList<Candidate>, candidates);
    QFETCH(QString, message);

    addOpenPromotion(13);
    addCandidateTo(13, makeCandidate(QStringLiteral("Envergo")));
    const QStringList before = snapshot(m_store->candidates(13).value());
    const int auditBefore = auditCount();
    QSignalSpy spy(m_store.get(), &CommitteeStore::candidatesChanged);

    const Result<QList<qint64>> imported = m_store->importCandidates(13, candidates);
    QVERIFY(!imported.ok());
    QCOMPARE(imported.error(), message);
    QCOMPARE(snapshot(m_store->candidates(13).value()), before);
    QCOMPARE(auditCount(), auditBefore);
    QCOMPARE(spy.count(), 0);
}

void TestCommitteeStore::importTenThousand()
{
    addOpenPromotion(13);
    QList<Candidate> candidates;
    candidates.reserve(10000);
    for (int i = 0; i < 10000; ++i)
        candidates.append(makeCandidate(QStringLiteral("Service numérique n° %1").arg(i), 150000 + i, 50000 + i));
    const Result<QList<qint64>> imported = m_store->importCandidates(13, candidates);
    QVERIFY2(imported.ok(), qPrintable(imported.error()));
    const QList<Candidate> stored = m_store->candidates(13).value();
    QCOMPARE(stored.size(), 10000);
    QCOMPARE(m_store->candidateNameKeys(13).value().size(), 10000);
    QCOMPARE(m_store->auditEntries(13).value().size(), 10001);
    // Ordered by folded name: "n° 0", "n° 1", "n° 10", ...
    QCOMPARE(stored.at(2).name, QStringLiteral("Service numérique n° 10"));
    QCOMPARE(stored.at(2).requested, Money::fromEuros(50010));
}

// --- Years ----------------------------------------------------------------------------------------

void TestCommitteeStore::yearTargetsAndBudgets()
{
    QSignalSpy spy(m_store.get(), &CommitteeStore::yearsChanged);
    QVERIFY(m_store->setYearProductTarget(2024, 18).ok());
    QVERIFY(m_store->setYearAnnualBudget(2024, Money::fromEuros(25000000)).ok());
    QVERIFY(m_store->setYearAnnualBudget(2027, Money::fromEuros(30000000)).ok());
    QVERIFY(m_store->setYearProductTarget(2025, std::nullopt).ok());
    QCOMPARE(spy.count(), 4);
    // Setting the value a year already has writes nothing.
    QVERIFY(m_store->setYearProductTarget(2024, 18).ok());
    QVERIFY(m_store->setYearAnnualBudget(2026, std::nullopt).ok());
    QCOMPARE(spy.count(), 4);

    const QList<FundYear> years = m_store->years().value();
    QCOMPARE(years.size(), 5);
    QCOMPARE(years.at(1).year, 2024);
    QCOMPARE(years.at(1).productTarget, std::optional<int>(18));
    QCOMPARE(years.at(1).annualBudget, std::optional<Money>(Money::fromEuros(25000000)));
    QCOMPARE(years.at(2).productTarget, std::optional<int>());
    QCOMPARE(years.at(4).year, 2027);
    QCOMPARE(years.at(4).annualBudget, std::optional<Money>(Money::fromEuros(30000000)));
    QCOMPARE(years.at(4).productTarget, std::optional<int>());

    const QList<AuditEntry> audit = m_store->auditEntries().value();
    QCOMPARE(
        rows(audit),
        QStringList({QStringLiteral("year.target | 2025 | 15 | "), euros("year.budget | 2027 |  | 30 000 000 €"),
                     euros("year.budget | 2024 |  | 25 000 000 €"), QStringLiteral("year.target | 2024 | 15 | 18")}));
    QCOMPARE(audit.first().promotionNumber, 0);
}

void TestCommitteeStore::yearRefusals_data()
{
    QTest::addColumn<int>("year");
    QTest::addColumn<int>("target");
    QTest::addColumn<qint64>("budgetCents");
    QTest::addColumn<QString>("message");

    QTest::newRow("negative target") << 2024 << -1 << Q_INT64_C(0)
                                     << QStringLiteral("The target of indicator 1.2 cannot be negative (-1).");
    QTest::newRow("year too early") << 1999 << 10 << Q_INT64_C(0)
                                    << QStringLiteral("The year must be between 2000 and 2100, not 1999.");
    QTest::newRow("negative budget") << 2024 << 10 << Q_INT64_C(-100)
                                     << euros("The fund's annual budget cannot be negative (-1 €).");
    QTest::newRow("budget year too late")
        << 2101 << 10 << Q_INT64_C(100) << QStringLiteral("The year must be between 2000 and 2100, not 2101.");
}

void TestCommitteeStore::yearRefusals()
{
    QFETCH(int, year);
    QFETCH(int, target);
    QFETCH(qint64, budgetCents);
    QFETCH(QString, message);

    QSignalSpy spy(m_store.get(), &CommitteeStore::yearsChanged);
    const Outcome refused = budgetCents == 0 ? m_store->setYearProductTarget(year, target)
                                             : m_store->setYearAnnualBudget(year, Money::fromCents(budgetCents));
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error(), message);
    QCOMPARE(auditCount(), 0);
    QCOMPARE(spy.count(), 0);
    QCOMPARE(m_store->years().value().at(1).productTarget, std::optional<int>(15));
}

// --- Audit log and persistence --------------------------------------------------------------------

void TestCommitteeStore::auditEntriesFilterAndOrder()
{
    addOpenPromotion(13);
    addOpenPromotion(14);
    m_store->setOperatorName(QString()); // stored as set, empty included
    addCandidateTo(14, makeCandidate(QStringLiteral("Envergo")));
    QVERIFY(m_store->setYearProductTarget(2026, 16).ok());

    const QList<AuditEntry> all = m_store->auditEntries().value();
    QCOMPARE(all.size(), 4);
    for (qsizetype i = 1; i < all.size(); ++i)
        QVERIFY(all.at(i - 1).id > all.at(i).id);
    QCOMPARE(all.first().action, QStringLiteral("year.target"));
    QCOMPARE(all.at(1).operatorName, QString());

    const QList<AuditEntry> fourteen = m_store->auditEntries(14).value();
    QCOMPARE(fourteen.size(), 2);
    QCOMPARE(fourteen.at(0).action, QLatin1String(AuditAction::candidateAdd));
    QCOMPARE(fourteen.at(1).action, QLatin1String(AuditAction::promotionAdd));
    QCOMPARE(m_store->auditEntries(13).value().size(), 1);
    QCOMPARE(m_store->auditEntries(99).value().size(), 0);

    // Stored as UTC ISO 8601 with milliseconds.
    QSqlQuery query(m_database->connection());
    QVERIFY(query.exec(QStringLiteral("SELECT at FROM audit_log ORDER BY id")));
    QVERIFY(query.next());
    const QString at = query.value(0).toString();
    QVERIFY2(QRegularExpression(QStringLiteral("^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z$"))
                 .match(at)
                 .hasMatch(),
             qPrintable(at));
}

void TestCommitteeStore::auditTimeComesFromTheDatabaseClock()
{
    // Every store takes the moment of its audit rows from the database's clock: one moment per write.
    TestClock clock;
    m_database->setClock(clock);
    const QDateTime first(QDate(2026, 12, 3), QTime(9, 30), Qt::UTC);
    addOpenPromotion(13);
    QCOMPARE(m_store->auditEntries(13).value().first().at, first);

    clock.set(QDateTime(QDate(2027, 1, 15), QTime(14, 5, 7, 250), Qt::UTC));
    QVERIFY(
        m_store
            ->importCandidates(13, {makeCandidate(QStringLiteral("DossierFacile")),
                                    makeCandidate(QStringLiteral("Mano")), makeCandidate(QStringLiteral("Docurba"))})
            .ok());
    clock.advanceMilliseconds(1500);
    QVERIFY(m_store->setYearProductTarget(2027, 16).ok());

    const QList<AuditEntry> audit = m_store->auditEntries().value();
    QCOMPARE(audit.size(), 5);
    const QDateTime imported(QDate(2027, 1, 15), QTime(14, 5, 7, 250), Qt::UTC);
    QCOMPARE(audit.at(0).action, QStringLiteral("year.target"));
    QCOMPARE(audit.at(0).at, QDateTime(QDate(2027, 1, 15), QTime(14, 5, 8, 750), Qt::UTC));
    for (int row = 1; row <= 3; ++row) {
        QCOMPARE(audit.at(row).action, QStringLiteral("candidate.import"));
        QCOMPARE(audit.at(row).at, imported);
    }
    QCOMPARE(audit.at(4).at, first);
    m_database->setClock(SystemClock::instance());
}

void TestCommitteeStore::changesSurviveReopening()
{
    addOpenPromotion(13);
    Candidate envergo = makeCandidate(QStringLiteral("Envergo"));
    envergo.decision = Decision::Laureate;
    envergo.granted = Money::fromCents(29999999);
    addCandidateTo(13, envergo);
    QVERIFY(m_store->closePromotion(13, QDate(2026, 11, 14)).ok());
    const QStringList candidatesBefore = snapshot(m_store->candidates(13).value());
    const QStringList auditBefore = rows(m_store->auditEntries().value());

    m_store.reset();
    m_database->close();
    Database reopened;
    QVERIFY(reopened.open(m_path).ok());
    CommitteeStore store(reopened);
    QCOMPARE(snapshot(store.candidates(13).value()), candidatesBefore);
    QCOMPARE(rows(store.auditEntries().value()), auditBefore);
    QVERIFY(store.promotion(13).value()->isClosed());
    QCOMPARE(store.candidates(13).value().first().granted.toString(), euros("299 999,99 €"));
}

void TestCommitteeStore::closeNeedsTheCommitteeDate()
{
    // rules.md: a closed promotion has the date of the committee that adopted its list, whatever path closes it.
    addOpenPromotion(13);
    Candidate decided = makeCandidate(QStringLiteral("Envergo"));
    decided.decision = Decision::Rejected;
    addCandidateTo(13, decided);
    const int audits = auditCount();

    QCOMPARE(m_store->closePromotion(13, QDate()).error(),
             QStringLiteral("FAST13 cannot be closed without the date of the committee that adopted its list."));
    QCOMPARE(m_store->promotion(13).value()->status, PromotionStatus::Open);
    QCOMPARE(auditCount(), audits);

    // The date and the closing are one write, audited together.
    QVERIFY(m_store->closePromotion(13, QDate(2026, 11, 14)).ok());
    QCOMPARE(m_store->promotion(13).value()->committeeDate, QDate(2026, 11, 14));
    QCOMPARE(m_store->promotion(13).value()->status, PromotionStatus::Closed);
    const QList<AuditEntry> closing = m_store->auditEntries(13).value().mid(0, 2);
    QCOMPARE(row(closing.at(0)), QStringLiteral("promotion.close | FAST13 | open | closed"));
    QCOMPARE(row(closing.at(1)), QStringLiteral("promotion.update | FAST13 / committee date |  | 2026-11-14"));

    // Closed again on the date it keeps: no second date row.
    QVERIFY(m_store->reopenPromotion(13, QStringLiteral("Recours d'un candidat")).ok());
    QCOMPARE(m_store->promotion(13).value()->committeeDate, QDate(2026, 11, 14));
    QVERIFY(m_store->closePromotion(13, QDate(2026, 11, 14)).ok());
    QCOMPARE(auditCount(), audits + 4);

    // A refused close leaves the stored date as it was.
    addOpenPromotion(14);
    addCandidateTo(14, makeCandidate(QStringLiteral("Sans décision")));
    QCOMPARE(m_store->closePromotion(14, QDate(2026, 12, 1)).error(),
             QStringLiteral("FAST14 cannot be closed: 1 candidate(s) without a decision: Sans décision."));
    QCOMPARE(m_store->promotion(14).value()->committeeDate, QDate());
    QCOMPARE(auditCount(), audits + 6);
}

void TestCommitteeStore::failedReadsSayWhyInsteadOfListingNothing()
{
    // Every read the window lists fails with the database's words, never as an empty list or "none".
    if (TestDatabaseLocation::engineUnderTest() == TestDatabaseLocation::Engine::PostgreSql)
        QSKIP("the faults are injected through SQLite's own hooks: this case runs on the SQLite file only");
    const Promotion fast13 = addOpenPromotion(13);
    const Candidate envergo = addCandidateTo(13, makeCandidate(QStringLiteral("Envergo")));
    StatementFaults faults(m_database->connection(), StatementFaults::Counted::Reads);
    QVERIFY(faults.isInstalled());
    const QString interrupted = QStringLiteral(" from the database: interrupted Unable to fetch row");
    struct Read
    {
        const char *name;
        int failing; // which read of the call fails
        std::function<QString()> error;
        QString expected;
    };
    const QList<Read> reads{
        {"promotions", 1, [this] { return m_store->promotions().error(); },
         QStringLiteral("Cannot read the promotions") + interrupted},
        {"promotion", 1, [this] { return m_store->promotion(13).error(); },
         QStringLiteral("Cannot read the promotion FAST13") + interrupted},
        {"promotionById", 1, [this, &fast13] { return m_store->promotionById(fast13.id).error(); },
         QStringLiteral("Cannot read the promotion") + interrupted},
        {"candidates, their promotion", 1, [this] { return m_store->candidates(13).error(); },
         QStringLiteral("Cannot read the promotion FAST13") + interrupted},
        {"candidates", 2, [this] { return m_store->candidates(13).error(); },
         QStringLiteral("Cannot read the candidates") + interrupted},
        {"candidate", 1, [this, &envergo] { return m_store->candidate(envergo.id).error(); },
         QStringLiteral("Cannot read the candidate") + interrupted},
        {"candidateNameKeys", 2, [this] { return m_store->candidateNameKeys(13).error(); },
         QStringLiteral("Cannot read the candidates' names") + interrupted},
        {"years", 1, [this] { return m_store->years().error(); },
         QStringLiteral("Cannot read the years") + interrupted},
        {"auditEntries", 1, [this] { return m_store->auditEntries().error(); },
         QStringLiteral("Cannot read the audit log") + interrupted},
    };
    for (const Read &read : reads) {
        faults.arm(read.failing);
        const QString error = read.error();
        faults.disarm();
        QVERIFY2(faults.failed(), read.name);
        QCOMPARE(error, read.expected);
    }
    // The same reads, unhindered, find the rows.
    QCOMPARE(m_store->promotions().value().size(), 1);
    QCOMPARE(m_store->candidates(13).value().size(), 1);
    QCOMPARE(m_store->candidate(envergo.id).value()->name, QStringLiteral("Envergo"));
    QCOMPARE(m_store->candidateNameKeys(13).value().size(), 1);
    // "None" stays a success: an unknown promotion has no candidate, an unknown id no candidate.
    QVERIFY(m_store->candidates(99).value().isEmpty());
    QVERIFY(!m_store->candidate(envergo.id + 1).value().has_value());
}

QTEST_GUILESS_MAIN(TestCommitteeStore)
#include "tst_committeestore.moc"
