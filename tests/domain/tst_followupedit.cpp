#include "domain/FollowUpEdit.h"

#include "FrenchAmounts.h"

#include <QTest>

// The secretariat's changes to a follow-up: signing plans the opening key's tranches and the milestones, a
// withdrawal cancels what was not paid, a payment pays the next tranche, and each refusal says where and why.
class TestFollowUpEdit : public QObject
{
    Q_OBJECT

private slots:
    void signPlansTheKeysTranches();
    void signWithAnAmendment();
    void signRefusals_data();
    void signRefusals();
    void withdrawKeepsWhatWasPaid();
    void markPaid();
    void recordPayment();
    void setMilestone();
};

namespace {

LaureateFollowUp unsignedEnvergo()
{
    LaureateFollowUp followUp;
    followUp.candidateId = 7;
    followUp.promotionNumber = 13;
    followUp.promotionYear = 2026;
    followUp.name = QStringLiteral("Envergo");
    followUp.granted = Money::fromEuros(300000);
    return followUp;
}

QList<qint64> plannedCents(const LaureateFollowUp &followUp)
{
    QList<qint64> cents;
    for (const PaymentTranche &tranche : followUp.tranches)
        cents.append(tranche.planned.cents());
    return cents;
}

LaureateFollowUp signedEnvergo()
{
    return FollowUpEdit::sign(unsignedEnvergo(), QDate(2026, 3, 2), QStringLiteral("CONV-13-07"), std::nullopt,
                              QString(), OpeningKey::seeded(2026))
        .value();
}

} // namespace

void TestFollowUpEdit::signPlansTheKeysTranches()
{
    const Result<LaureateFollowUp> signedUp =
        FollowUpEdit::sign(unsignedEnvergo(), QDate(2026, 3, 2), QStringLiteral(" CONV-13-07 "), std::nullopt,
                           QString(), OpeningKey::seeded(2026));
    QVERIFY2(signedUp.ok(), qPrintable(signedUp.error()));
    const LaureateFollowUp &after = signedUp.value();
    QCOMPARE(after.agreement.reference, QStringLiteral("CONV-13-07"));
    QCOMPARE(after.signedCommitment().cents(), Q_INT64_C(30000000));
    QCOMPARE(plannedCents(after), QList<qint64>({Q_INT64_C(23679000), Q_INT64_C(6321000)}));
    QCOMPARE(after.tranches.at(0).plannedOn, QDate(2026, 3, 2));
    QCOMPARE(after.tranches.at(1).plannedOn, QDate(2026, 6, 2));
    QCOMPARE(after.milestones.size(), 3);
    QCOMPARE(after.milestone(Milestone::Kind::End)->plannedOn, QDate(2026, 9, 2));
    QCOMPARE(after.status(), FollowUpStatus::Signed);

    // Another year's key gives other tranches.
    OpeningKey half = OpeningKey::seeded(2026);
    half.firstBasisPoints = 5000;
    const LaureateFollowUp halves =
        FollowUpEdit::sign(unsignedEnvergo(), QDate(2026, 3, 2), QString(), std::nullopt, QString(), half).value();
    QCOMPARE(plannedCents(halves), QList<qint64>({Q_INT64_C(15000000), Q_INT64_C(15000000)}));
}

void TestFollowUpEdit::signWithAnAmendment()
{
    const LaureateFollowUp after =
        FollowUpEdit::sign(unsignedEnvergo(), QDate(2026, 3, 2), QString(), Money::fromEuros(250000),
                           QStringLiteral("budget revu à la baisse"), OpeningKey::seeded(2026))
            .value();
    QCOMPARE(after.signedCommitment().cents(), Q_INT64_C(25000000));
    QCOMPARE(plannedCents(after), QList<qint64>({Q_INT64_C(19732500), Q_INT64_C(5267500)}));
    QCOMPARE(after.agreement.amendmentReason, QStringLiteral("budget revu à la baisse"));
}

void TestFollowUpEdit::signRefusals_data()
{
    QTest::addColumn<bool>("alreadySigned");
    QTest::addColumn<QDate>("date");
    QTest::addColumn<qint64>("amended");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<QString>("error");

    QTest::newRow("already signed") << true << QDate(2026, 4, 1) << Q_INT64_C(-1) << QString()
                                    << QStringLiteral(
                                           "FAST13 / Envergo's agreement is already signed (on 02/03/2026).");
    QTest::newRow("no date") << false << QDate() << Q_INT64_C(-1) << QString()
                             << QStringLiteral("FAST13 / Envergo: the agreement needs its date of signature.");
    QTest::newRow("before the promotion's year")
        << false << QDate(2025, 12, 31) << Q_INT64_C(-1) << QString()
        << QStringLiteral("FAST13 / Envergo: a signature on 31/12/2025 is outside 2026–2031, the promotion's year and "
                          "the five after it.");
    QTest::newRow("amendment without reason")
        << false << QDate(2026, 3, 2) << Q_INT64_C(25000000) << QString()
        << FrenchAmounts::text("FAST13 / Envergo: the amendment that commits 250 000 € instead of the granted "
                               "300 000 € needs its reason.");
}

void TestFollowUpEdit::signRefusals()
{
    QFETCH(bool, alreadySigned);
    QFETCH(QDate, date);
    QFETCH(qint64, amended);
    QFETCH(QString, reason);
    QFETCH(QString, error);
    const LaureateFollowUp before = alreadySigned ? signedEnvergo() : unsignedEnvergo();
    const std::optional<Money> amount = amended < 0 ? std::nullopt : std::optional<Money>(Money::fromCents(amended));
    const Result<LaureateFollowUp> signedUp =
        FollowUpEdit::sign(before, date, QString(), amount, reason, OpeningKey::seeded(2026));
    QVERIFY(!signedUp.ok());
    QCOMPARE(signedUp.error(), error);
}

void TestFollowUpEdit::withdrawKeepsWhatWasPaid()
{
    // Before any payment: every tranche is cancelled and the whole granted amount is released.
    const LaureateFollowUp early =
        FollowUpEdit::withdraw(signedEnvergo(), QDate(2026, 3, 10), QStringLiteral("projet arrêté")).value();
    QVERIFY(early.tranches.isEmpty());
    QCOMPARE(early.released().cents(), Q_INT64_C(30000000));
    QCOMPARE(early.committed().cents(), Q_INT64_C(0));

    // After the first tranche: it stays, the second is cancelled, what was paid is kept.
    const LaureateFollowUp paidOnce =
        FollowUpEdit::markPaid(signedEnvergo(), 1, QDate(2026, 3, 20), std::nullopt, QStringLiteral("VIR-1")).value();
    const LaureateFollowUp late = FollowUpEdit::withdraw(paidOnce, QDate(2026, 5, 1), QString()).value();
    QCOMPARE(late.tranches.size(), 1);
    QCOMPARE(late.committed().cents(), Q_INT64_C(23679000));
    QCOMPARE(late.released().cents(), Q_INT64_C(6321000));
    QCOMPARE(late.leftToPay().cents(), Q_INT64_C(0));

    const Result<LaureateFollowUp> twice = FollowUpEdit::withdraw(late, QDate(2026, 5, 2), QString());
    QCOMPARE(twice.error(), QStringLiteral("FAST13 / Envergo withdrew on 01/05/2026: its follow-up is closed."));
    QCOMPARE(FollowUpEdit::addTranche(late, QDate(2026, 6, 1), Money::fromEuros(10), QString()).error(),
             QStringLiteral("FAST13 / Envergo withdrew on 01/05/2026: its follow-up is closed."));
}

void TestFollowUpEdit::markPaid()
{
    const LaureateFollowUp paid =
        FollowUpEdit::markPaid(signedEnvergo(), 2, QDate(2026, 6, 5), Money::fromEuros(60000), QStringLiteral("VIR-2"))
            .value();
    QCOMPARE(paid.tranches.at(1).paid.cents(), Q_INT64_C(6000000));
    QCOMPARE(paid.tranches.at(1).reference, QStringLiteral("VIR-2"));
    QCOMPARE(paid.status(), FollowUpStatus::Paying);

    QCOMPARE(FollowUpEdit::markPaid(paid, 2, QDate(2026, 6, 6), std::nullopt, QString()).error(),
             FrenchAmounts::text("FAST13 / Envergo, tranche 2 is already paid (60 000 € on 05/06/2026)."));
    QCOMPARE(FollowUpEdit::markPaid(paid, 3, QDate(2026, 6, 6), std::nullopt, QString()).error(),
             QStringLiteral("FAST13 / Envergo has no tranche 3 (it has 2 tranche(s))."));
    QCOMPARE(FollowUpEdit::markPaid(paid, 1, QDate(2026, 3, 1), std::nullopt, QString()).error(),
             QStringLiteral("FAST13 / Envergo, tranche 1 is paid on 01/03/2026, before the agreement was signed on "
                            "02/03/2026."));
    QCOMPARE(FollowUpEdit::markPaid(paid, 1, QDate(2026, 3, 20), Money::fromEuros(240001), QString()).error(),
             FrenchAmounts::text("FAST13 / Envergo, tranche 2 of 60 000 € brings the tranches to 300 001 €, 1 € more "
                                 "than the commitment of 300 000 €."));
}

void TestFollowUpEdit::recordPayment()
{
    // The first unpaid tranche is paid at the amount of the bank's line.
    LaureateFollowUp followUp = FollowUpEdit::recordPayment(signedEnvergo(), QStringLiteral("VIR-1"),
                                                            QDate(2026, 3, 20), Money::fromEuros(236790))
                                    .value();
    QCOMPARE(followUp.tranches.at(0).reference, QStringLiteral("VIR-1"));
    QVERIFY(!followUp.tranches.at(1).isPaid());
    // The same payment twice is refused: a file imported twice does not pay twice.
    QCOMPARE(
        FollowUpEdit::recordPayment(followUp, QStringLiteral("VIR-1"), QDate(2026, 3, 21), Money::fromEuros(1)).error(),
        QStringLiteral("FAST13 / Envergo: the payment VIR-1 is already recorded on tranche 1."));
    followUp =
        FollowUpEdit::recordPayment(followUp, QStringLiteral("VIR-2"), QDate(2026, 6, 3), Money::fromEuros(50000))
            .value();
    // Every tranche paid: a further payment adds a paid tranche, within the commitment.
    followUp =
        FollowUpEdit::recordPayment(followUp, QStringLiteral("VIR-3"), QDate(2026, 7, 1), Money::fromEuros(13210))
            .value();
    QCOMPARE(followUp.tranches.size(), 3);
    QCOMPARE(followUp.tranches.at(2).paid.cents(), Q_INT64_C(1321000));
    QCOMPARE(followUp.status(), FollowUpStatus::PaidInFull);
    QCOMPARE(
        FollowUpEdit::recordPayment(followUp, QStringLiteral("VIR-4"), QDate(2026, 7, 2), Money::fromCents(1)).error(),
        FrenchAmounts::text("FAST13 / Envergo, tranche 4 of 0,01 € brings the tranches to 300 000,01 €, 0,01 € "
                            "more than the commitment of 300 000 €."));
}

void TestFollowUpEdit::setMilestone()
{
    Milestone review;
    review.kind = Milestone::Kind::MidTermReview;
    review.plannedOn = QDate(2026, 6, 10);
    review.doneOn = QDate(2026, 6, 11);
    review.note = QStringLiteral("revue faite avec la DINUM");
    const LaureateFollowUp after = FollowUpEdit::setMilestone(signedEnvergo(), review).value();
    QCOMPARE(after.milestones.size(), 3);
    QCOMPARE(after.milestones.at(1), review);
    QVERIFY(after.lateItems(QDate(2026, 7, 1)).contains(QStringLiteral("tranche 2 due on 02/06/2026")));
}

QTEST_GUILESS_MAIN(TestFollowUpEdit)
#include "tst_followupedit.moc"
