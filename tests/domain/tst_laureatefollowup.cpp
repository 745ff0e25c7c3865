#include "domain/LaureateFollowUp.h"

#include "FrenchAmounts.h"

#include <QTest>

#include <functional>

// A laureate's follow-up (rules.md "After the decision"): every rule of validate() with its message, and the
// figures and status derived from the agreement and the payments.
class TestLaureateFollowUp : public QObject
{
    Q_OBJECT

private slots:
    void validate_data();
    void validate();
    void figures_data();
    void figures();
    void committedAtADate();
    void nextDueAndLateItems();
};

namespace {

QString euros(const char *text)
{
    return FrenchAmounts::text(text);
}
PaymentTranche tranche(int position, const char *planned, qint64 cents, const char *paidOn = nullptr,
                       qint64 paidCents = 0)
{
    PaymentTranche made;
    made.position = position;
    made.plannedOn = QDate::fromString(QString::fromLatin1(planned), Qt::ISODate);
    made.planned = Money::fromCents(cents);
    if (paidOn) {
        made.paidOn = QDate::fromString(QString::fromLatin1(paidOn), Qt::ISODate);
        made.paid = Money::fromCents(paidCents);
    }
    return made;
}

// Envergo, granted 300 000 €, signed on 2026-03-02 with the default split, nothing paid.
LaureateFollowUp envergo()
{
    LaureateFollowUp followUp;
    followUp.candidateId = 7;
    followUp.promotionNumber = 13;
    followUp.promotionYear = 2026;
    followUp.name = QStringLiteral("Envergo");
    followUp.granted = Money::fromEuros(300000);
    followUp.agreement.reference = QStringLiteral("CONV-13-07");
    followUp.agreement.signedOn = QDate(2026, 3, 2);
    followUp.tranches = {tranche(1, "2026-03-02", 23679000), tranche(2, "2026-06-02", 6321000)};
    followUp.milestones = Milestone::planned(QDate(2026, 3, 2));
    return followUp;
}

using Change = std::function<void(LaureateFollowUp &)>;

} // namespace

Q_DECLARE_METATYPE(Change)
Q_DECLARE_METATYPE(FollowUpStatus)

void TestLaureateFollowUp::validate_data()
{
    QTest::addColumn<Change>("change");
    QTest::addColumn<QString>("error");

    QTest::newRow("signed, default split") << Change([](LaureateFollowUp &) {}) << QString();
    QTest::newRow("unsigned, planned") << Change([](LaureateFollowUp &f) { f.agreement = Agreement(); }) << QString();
    QTest::newRow("amended down with its reason") << Change([](LaureateFollowUp &f) {
        f.agreement.amended = Money::fromEuros(250000);
        f.agreement.amendmentReason = QStringLiteral("budget revu");
        f.tranches = {tranche(1, "2026-03-02", 19732500), tranche(2, "2026-06-02", 5267500)};
    }) << QString();
    QTest::newRow("amended up with its reason") << Change([](LaureateFollowUp &f) {
        f.agreement.amended = Money::fromEuros(320000);
        f.agreement.amendmentReason = QStringLiteral("avenant n°1");
        f.tranches.append(tranche(3, "2026-09-02", 2000000));
    }) << QString();
    QTest::newRow("no granted amount") << Change([](LaureateFollowUp &f) {
        f.granted = Money();
    }) << QStringLiteral("FAST13 / Envergo has no granted amount: only a laureate has a follow-up.");
    QTest::newRow("amendment without reason")
        << Change([](LaureateFollowUp &f) { f.agreement.amended = Money::fromEuros(250000); })
        << euros("FAST13 / Envergo: the amendment that commits 250 000 € instead of the granted 300 000 € needs its "
                 "reason.");
    QTest::newRow("amendment before signature") << Change([](LaureateFollowUp &f) {
        f.agreement.signedOn = QDate();
        f.agreement.amended = Money::fromEuros(250000);
        f.agreement.amendmentReason = QStringLiteral("x");
    }) << QStringLiteral("FAST13 / Envergo: an amendment changes a signed agreement; sign the agreement first.");
    QTest::newRow("amendment to zero")
        << Change([](LaureateFollowUp &f) {
               f.agreement.amended = Money();
               f.agreement.amendmentReason = QStringLiteral("x");
           })
        << euros("FAST13 / Envergo: the amended commitment must be more than 0 € (it is 0 €); withdraw the laureate "
                 "instead.");
    QTest::newRow("tranches above the commitment")
        << Change([](LaureateFollowUp &f) { f.tranches.append(tranche(3, "2026-09-02", 100)); })
        << euros("FAST13 / Envergo, tranche 3 of 1 € brings the tranches to 300 001 €, 1 € more than the commitment "
                 "of 300 000 €.");
    QTest::newRow("tranches above an amended commitment")
        << Change([](LaureateFollowUp &f) {
               f.agreement.amended = Money::fromEuros(250000);
               f.agreement.amendmentReason = QStringLiteral("budget revu");
           })
        << euros("FAST13 / Envergo, tranche 2 of 63 210 € brings the tranches to 300 000 €, 50 000 € more than the "
                 "commitment of 250 000 €.");
    QTest::newRow("paid more than planned, above the commitment")
        << Change(
               [](LaureateFollowUp &f) { f.tranches[0] = tranche(1, "2026-03-02", 23679000, "2026-03-10", 23679100); })
        << euros("FAST13 / Envergo, tranche 2 of 63 210 € brings the tranches to 300 001 €, 1 € more than the "
                 "commitment of 300 000 €.");
    QTest::newRow("unsigned, above the granted amount")
        << Change([](LaureateFollowUp &f) {
               f.agreement = Agreement();
               f.tranches[1].planned = Money::fromEuros(70000);
           })
        << euros("FAST13 / Envergo, tranche 2 of 70 000 € brings the tranches to 306 790 €, 6 790 € more than the "
                 "commitment of 300 000 €.");
    QTest::newRow("numbering") << Change([](LaureateFollowUp &f) { f.tranches[1].position = 3; })
                               << QStringLiteral("FAST13 / Envergo: the tranches must be numbered 1 to 2 in order.");
    QTest::newRow("zero tranche") << Change([](LaureateFollowUp &f) { f.tranches[1].planned = Money(); })
                                  << euros("FAST13 / Envergo, tranche 2: the planned amount must be more than 0 € (it "
                                           "is 0 €).");
    QTest::newRow("no planned date") << Change([](LaureateFollowUp &f) { f.tranches[1].plannedOn = QDate(); })
                                     << QStringLiteral("FAST13 / Envergo, tranche 2 has no planned date.");
    QTest::newRow("paid before signature")
        << Change(
               [](LaureateFollowUp &f) { f.tranches[0] = tranche(1, "2026-03-02", 23679000, "2026-03-01", 23679000); })
        << QStringLiteral("FAST13 / Envergo, tranche 1 is paid on 01/03/2026, before the agreement was signed on "
                          "02/03/2026.");
    QTest::newRow("paid unsigned")
        << Change([](LaureateFollowUp &f) {
               f.agreement.signedOn = QDate();
               f.tranches[0] = tranche(1, "2026-03-02", 23679000, "2026-03-03", 23679000);
           })
        << QStringLiteral("FAST13 / Envergo, tranche 1 is paid but the agreement is not signed: sign it before any "
                          "payment.");
    QTest::newRow("paid after withdrawal")
        << Change([](LaureateFollowUp &f) {
               f.agreement.withdrawnOn = QDate(2026, 4, 1);
               f.tranches = {tranche(1, "2026-03-02", 23679000, "2026-04-02", 23679000)};
           })
        << QStringLiteral("FAST13 / Envergo, tranche 1 is paid on 02/04/2026, after the laureate withdrew on "
                          "01/04/2026.");
    QTest::newRow("withdrawn before signature")
        << Change([](LaureateFollowUp &f) { f.agreement.withdrawnOn = QDate(2026, 3, 1); })
        << QStringLiteral("FAST13 / Envergo: withdrawn on 01/03/2026, before the agreement was signed on 02/03/2026.");
    QTest::newRow("paid without a date") << Change([](LaureateFollowUp &f) {
        f.tranches[1].paid = Money::fromEuros(10);
    }) << QStringLiteral("FAST13 / Envergo, tranche 2: an amount paid without a payment date.");
    QTest::newRow("milestone twice") << Change([](LaureateFollowUp &f) { f.milestones.append(f.milestones.first()); })
                                     << QStringLiteral("FAST13 / Envergo: the milestone \"Kick-off\" is given twice.");
}

void TestLaureateFollowUp::validate()
{
    QFETCH(Change, change);
    QFETCH(QString, error);
    LaureateFollowUp followUp = envergo();
    change(followUp);
    QCOMPARE(followUp.validate().error(), error);
}

void TestLaureateFollowUp::figures_data()
{
    QTest::addColumn<Change>("change");
    QTest::addColumn<FollowUpStatus>("status");
    QTest::addColumn<qint64>("committed");
    QTest::addColumn<qint64>("paid");
    QTest::addColumn<qint64>("leftToPay");
    QTest::addColumn<qint64>("released");
    QTest::addColumn<qint64>("unscheduled");

    QTest::newRow("to sign") << Change([](LaureateFollowUp &f) {
        f.agreement = Agreement();
        f.tranches.clear();
    }) << FollowUpStatus::ToSign
                             << Q_INT64_C(0) << Q_INT64_C(0) << Q_INT64_C(0) << Q_INT64_C(0) << Q_INT64_C(0);
    QTest::newRow("signed") << Change([](LaureateFollowUp &) {}) << FollowUpStatus::Signed << Q_INT64_C(30000000)
                            << Q_INT64_C(0) << Q_INT64_C(30000000) << Q_INT64_C(0) << Q_INT64_C(0);
    QTest::newRow("paying") << Change([](LaureateFollowUp &f) {
        f.tranches[0] = tranche(1, "2026-03-02", 23679000, "2026-03-20", 23679000);
    }) << FollowUpStatus::Paying
                            << Q_INT64_C(30000000) << Q_INT64_C(23679000) << Q_INT64_C(6321000) << Q_INT64_C(0)
                            << Q_INT64_C(0);
    QTest::newRow("paid in full") << Change([](LaureateFollowUp &f) {
        f.tranches[0] = tranche(1, "2026-03-02", 23679000, "2026-03-20", 23679000);
        f.tranches[1] = tranche(2, "2026-06-02", 6321000, "2026-06-30", 6321000);
    }) << FollowUpStatus::PaidInFull
                                  << Q_INT64_C(30000000) << Q_INT64_C(30000000) << Q_INT64_C(0) << Q_INT64_C(0)
                                  << Q_INT64_C(0);
    QTest::newRow("one tranche planned") << Change([](LaureateFollowUp &f) { f.tranches.removeLast(); })
                                         << FollowUpStatus::Signed << Q_INT64_C(30000000) << Q_INT64_C(0)
                                         << Q_INT64_C(30000000) << Q_INT64_C(0) << Q_INT64_C(6321000);
    QTest::newRow("amended") << Change([](LaureateFollowUp &f) {
        f.agreement.amended = Money::fromEuros(250000);
        f.agreement.amendmentReason = QStringLiteral("budget revu");
        f.tranches = {tranche(1, "2026-03-02", 19732500, "2026-03-20", 19732500)};
    }) << FollowUpStatus::Paying
                             << Q_INT64_C(25000000) << Q_INT64_C(19732500) << Q_INT64_C(5267500) << Q_INT64_C(0)
                             << Q_INT64_C(5267500);
    // Before any payment a withdrawal frees the whole granted amount; after one it keeps what was paid.
    QTest::newRow("withdrawn before any payment") << Change([](LaureateFollowUp &f) {
        f.agreement.withdrawnOn = QDate(2026, 4, 1);
        f.tranches.clear();
    }) << FollowUpStatus::Withdrawn << Q_INT64_C(0)
                                                  << Q_INT64_C(0) << Q_INT64_C(0) << Q_INT64_C(30000000)
                                                  << Q_INT64_C(0);
    QTest::newRow("withdrawn unsigned") << Change([](LaureateFollowUp &f) {
        f.agreement = Agreement();
        f.agreement.withdrawnOn = QDate(2026, 2, 1);
        f.tranches.clear();
    }) << FollowUpStatus::Withdrawn << Q_INT64_C(0)
                                        << Q_INT64_C(0) << Q_INT64_C(0) << Q_INT64_C(30000000) << Q_INT64_C(0);
    QTest::newRow("withdrawn after a payment") << Change([](LaureateFollowUp &f) {
        f.agreement.withdrawnOn = QDate(2026, 4, 1);
        f.tranches = {tranche(1, "2026-03-02", 23679000, "2026-03-20", 23679000)};
    }) << FollowUpStatus::Withdrawn << Q_INT64_C(23679000)
                                               << Q_INT64_C(23679000) << Q_INT64_C(0) << Q_INT64_C(6321000)
                                               << Q_INT64_C(0);
}

void TestLaureateFollowUp::figures()
{
    QFETCH(Change, change);
    LaureateFollowUp followUp = envergo();
    change(followUp);
    QVERIFY2(followUp.validate().ok(), qPrintable(followUp.validate().error()));
    QFETCH(FollowUpStatus, status);
    QCOMPARE(followUpStatusKey(followUp.status()), followUpStatusKey(status));
    QTEST(followUp.committed().cents(), "committed");
    QTEST(followUp.paid().cents(), "paid");
    QTEST(followUp.leftToPay().cents(), "leftToPay");
    QTEST(followUp.released().cents(), "released");
    QTEST(followUp.unscheduled().cents(), "unscheduled");
}

void TestLaureateFollowUp::committedAtADate()
{
    LaureateFollowUp followUp = envergo();
    followUp.tranches = {tranche(1, "2026-03-02", 23679000, "2026-03-20", 23679000)};
    followUp.agreement.withdrawnOn = QDate(2027, 1, 15);
    QCOMPARE(followUp.committedAt(QDate(2026, 3, 1)).cents(), 0);
    QCOMPARE(followUp.committedAt(QDate(2026, 12, 31)).cents(), 30000000);
    QCOMPARE(followUp.paidUpTo(QDate(2026, 3, 19)).cents(), 0);
    QCOMPARE(followUp.paidUpTo(QDate(2026, 12, 31)).cents(), 23679000);
    // Once withdrawn, what stays committed is what was paid.
    QCOMPARE(followUp.committedAt(QDate(2027, 12, 31)).cents(), 23679000);
}

void TestLaureateFollowUp::nextDueAndLateItems()
{
    LaureateFollowUp followUp = envergo();
    followUp.tranches[0] = tranche(1, "2026-03-02", 23679000, "2026-03-20", 23679000);
    QCOMPARE(followUp.nextDue()->position, 2);
    QCOMPARE(followUp.lateItems(QDate(2026, 6, 2)), QStringList{QStringLiteral("Kick-off planned on 02/03/2026")});
    followUp.milestones[0].doneOn = QDate(2026, 3, 2);
    QCOMPARE(followUp.lateItems(QDate(2026, 6, 3)),
             QStringList({QStringLiteral("tranche 2 due on 02/06/2026"),
                          QStringLiteral("Mid-term review planned on 02/06/2026")}));
    followUp.agreement.withdrawnOn = QDate(2026, 6, 3);
    QVERIFY(followUp.lateItems(QDate(2026, 7, 1)).isEmpty());
    QVERIFY(!followUp.nextDue());
}

QTEST_GUILESS_MAIN(TestLaureateFollowUp)
#include "tst_laureatefollowup.moc"
