#include "reports/FollowUpFrench.h"

#include <QTest>

// The follow-up's words in the official documents, in French whatever the window's language: the statuses,
// the milestones (with their gender), the next due tranche and the late items, and the count of laureates.
class TestFollowUpFrench : public QObject
{
    Q_OBJECT

private slots:
    void status_data();
    void status();
    void milestones();
    void nextDue();
    void lateItems();
    void laureates();
};

namespace {

QString u8(const char *text)
{
    return QString::fromUtf8(text);
}

} // namespace

void TestFollowUpFrench::status_data()
{
    QTest::addColumn<FollowUpStatus>("status");
    QTest::addColumn<QDate>("withdrawnOn");
    QTest::addColumn<QString>("text");
    QTest::newRow("to sign") << FollowUpStatus::ToSign << QDate() << u8("À signer");
    QTest::newRow("signed") << FollowUpStatus::Signed << QDate() << u8("Signé");
    QTest::newRow("paying") << FollowUpStatus::Paying << QDate() << u8("En paiement");
    QTest::newRow("paid") << FollowUpStatus::PaidInFull << QDate() << u8("Soldé");
    QTest::newRow("withdrawn") << FollowUpStatus::Withdrawn << QDate(2025, 9, 30) << u8("Retiré le 30/09/2025");
    QTest::newRow("withdrawn, no date") << FollowUpStatus::Withdrawn << QDate() << u8("Retiré");
}

void TestFollowUpFrench::status()
{
    QFETCH(FollowUpStatus, status);
    QFETCH(QDate, withdrawnOn);
    QFETCH(QString, text);
    QCOMPARE(FollowUpFrench::status(status, withdrawnOn), text);
}

void TestFollowUpFrench::milestones()
{
    QCOMPARE(FollowUpFrench::milestone(Milestone::Kind::KickOff), u8("Lancement"));
    QCOMPARE(FollowUpFrench::milestone(Milestone::Kind::MidTermReview), u8("Revue à mi-parcours"));
    QCOMPARE(FollowUpFrench::milestone(Milestone::Kind::End), u8("Fin à six mois"));
}

void TestFollowUpFrench::nextDue()
{
    PaymentTranche tranche;
    tranche.position = 2;
    tranche.plannedOn = QDate(2025, 10, 1);
    tranche.planned = Money::fromEuros(63210);
    QCOMPARE(FollowUpFrench::nextDue(tranche), u8("63\u00A0210\u00A0€ le 01/10/2025"));
    QCOMPARE(FollowUpFrench::nextDue(std::nullopt), u8("—"));
}

void TestFollowUpFrench::lateItems()
{
    PaymentTranche tranche;
    tranche.position = 2;
    tranche.plannedOn = QDate(2025, 10, 1);
    tranche.planned = Money::fromEuros(63210);
    QCOMPARE(FollowUpFrench::lateTranche(tranche),
             u8("Tranche 2 de 63\u00A0210\u00A0€ prévue le 01/10/2025, non payée"));
    Milestone kickOff{Milestone::Kind::KickOff, QDate(2025, 7, 1), QDate(), QString()};
    QCOMPARE(FollowUpFrench::lateMilestone(kickOff), u8("Lancement prévu le 01/07/2025, non fait"));
    Milestone review{Milestone::Kind::MidTermReview, QDate(2025, 10, 1), QDate(), QString()};
    QCOMPARE(FollowUpFrench::lateMilestone(review), u8("Revue à mi-parcours prévue le 01/10/2025, non faite"));
    Milestone end{Milestone::Kind::End, QDate(2026, 1, 1), QDate(), QString()};
    QCOMPARE(FollowUpFrench::lateMilestone(end), u8("Fin à six mois prévue le 01/01/2026, non faite"));
}

void TestFollowUpFrench::laureates()
{
    QCOMPARE(FollowUpFrench::laureates(0), u8("aucun lauréat"));
    QCOMPARE(FollowUpFrench::laureates(1), u8("1 lauréat"));
    QCOMPARE(FollowUpFrench::laureates(60), u8("60 lauréats"));
}

QTEST_GUILESS_MAIN(TestFollowUpFrench)
#include "tst_followupfrench.moc"
