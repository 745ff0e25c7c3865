#include "AuditEntriesFixture.h"
#include "audit/AuditLogModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QtTest>

// The audit log's rows as the window shows them: exact texts per column, the sort and filter roles, and a
// model that QAbstractItemModelTester accepts through a reset.
class TestAuditLogModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void rowsAreExact();
    void headers();
    void roles();
    void storedTextIsShownNotObeyed();
    void resetIsSignalled();
};

void TestAuditLogModel::initTestCase()
{
    qputenv("TZ", "UTC");
}

void TestAuditLogModel::rowsAreExact()
{
    AuditLogModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setEntries(AuditEntriesFixture::entries());
    QCOMPARE(model.rowCount(), 5);
    QCOMPARE(model.columnCount(), 7);
    const auto row = [&model](int r) {
        QStringList cells;
        for (int column = 0; column < model.columnCount(); ++column)
            cells.append(model.index(r, column).data().toString());
        return cells.join(QLatin1Char('|'));
    };
    QCOMPARE(row(0), QStringLiteral("2026-12-03 10:15:00|Claire Martin|FAST14|Decision|Envergo|FAST14 / Envergo|"
                                    "none → laureate (280 000 €)"));
    QCOMPARE(row(1), QStringLiteral("2026-12-03 09:40:00|Paul Durand|FAST14|Note given|Mon Suivi Social|"
                                    "FAST14 / Mon Suivi Social / Alice / Impact potentiel|— → 4"));
    QCOMPARE(row(2), QStringLiteral("2026-12-02 16:00:00|Claire Martin|FAST13|Promotion closed||FAST13|open → closed"));
    QCOMPARE(row(3), QStringLiteral("2026-12-02 08:00:00|Paul Durand|FAST13|Candidate changed|Envergo|"
                                    "FAST13 / Envergo / requested|250 000 € → 280 000 €"));
    QCOMPARE(row(4), QStringLiteral("2026-12-01 12:00:00|Paul Durand||Indicator target||2026|15 → 16"));
    // The stable key stays reachable, as the command line and the CSV write it.
    QCOMPARE(model.index(0, AuditLogModel::ActionColumn).data(Qt::ToolTipRole).toString(),
             QStringLiteral("decision.update"));
}

void TestAuditLogModel::headers()
{
    AuditLogModel model;
    QStringList headers;
    for (int column = 0; column < model.columnCount(); ++column)
        headers.append(model.headerData(column, Qt::Horizontal).toString());
    QCOMPARE(headers, QStringList({QStringLiteral("When"), QStringLiteral("Who"), QStringLiteral("Promotion"),
                                   QStringLiteral("What"), QStringLiteral("Candidate"), QStringLiteral("Subject"),
                                   QStringLiteral("Old → new")}));
}

void TestAuditLogModel::roles()
{
    AuditLogModel model;
    model.setEntries(AuditEntriesFixture::entries());
    QCOMPARE(model.index(0, 0).data(AuditLogModel::TimestampRole).toLongLong(),
             QDateTime::fromString(QStringLiteral("2026-12-03T10:15:00.000Z"), Qt::ISODateWithMs).toMSecsSinceEpoch());
    QCOMPARE(model.index(4, 0).data(AuditLogModel::PromotionNumberRole).toInt(), 0);
    QCOMPARE(model.index(1, 0).data(AuditLogModel::CandidateRole).toString(), QStringLiteral("Mon Suivi Social"));
    QCOMPARE(model.index(2, 0).data(AuditLogModel::CandidateRole).toString(), QString());
}

void TestAuditLogModel::storedTextIsShownNotObeyed()
{
    AuditLogModel model;
    model.setEntries({AuditEntriesFixture::entry("2026-12-03T10:15:00.000Z", "Eve\u202E", 13, "candidate.update",
                                                 QStringLiteral("FAST13 / Envergo / description"),
                                                 QStringLiteral("one\ntwo"), QString())});
    QCOMPARE(model.index(0, AuditLogModel::OperatorColumn).data().toString(), QStringLiteral("Eve<U+202E>"));
    QCOMPARE(model.index(0, AuditLogModel::ChangeColumn).data().toString(), QStringLiteral("one<U+000A>two → —"));
}

void TestAuditLogModel::resetIsSignalled()
{
    AuditLogModel model;
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.setEntries(AuditEntriesFixture::entries());
    model.setEntries({});
    QCOMPARE(reset.count(), 2);
    QCOMPARE(model.rowCount(), 0);
}

QTEST_MAIN(TestAuditLogModel)
#include "tst_auditlogmodel.moc"
