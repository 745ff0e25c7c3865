#include "AuditEntriesFixture.h"
#include "audit/AuditLogFilterProxyModel.h"
#include "audit/AuditLogModel.h"

#include <QAbstractItemModelTester>
#include <QtTest>

// The audit-log view's filters, alone and together, with the exact rows each lets through, and the sort by
// moment and by promotion number.
class TestAuditLogFilterProxyModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void filters_data();
    void filters();
    void sortsByMoment();
    void sortsByPromotionNumber();

private:
    // The shown rows' subjects, in proxy order.
    QStringList subjects() const;

    AuditLogModel *m_model = nullptr;
    AuditLogFilterProxyModel *m_proxy = nullptr;
    QAbstractItemModelTester *m_tester = nullptr;
};

void TestAuditLogFilterProxyModel::initTestCase()
{
    qputenv("TZ", "UTC");
}

void TestAuditLogFilterProxyModel::init()
{
    m_model = new AuditLogModel;
    m_model->setEntries(AuditEntriesFixture::entries());
    m_proxy = new AuditLogFilterProxyModel;
    m_proxy->setSourceModel(m_model);
    m_tester = new QAbstractItemModelTester(m_proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
}

void TestAuditLogFilterProxyModel::cleanup()
{
    delete m_tester;
    delete m_proxy;
    delete m_model;
}

QStringList TestAuditLogFilterProxyModel::subjects() const
{
    QStringList shown;
    for (int row = 0; row < m_proxy->rowCount(); ++row)
        shown.append(m_proxy->index(row, AuditLogModel::SubjectColumn).data().toString());
    return shown;
}

void TestAuditLogFilterProxyModel::filters_data()
{
    QTest::addColumn<int>("promotion");
    QTest::addColumn<QString>("candidate");
    QTest::addColumn<QString>("operatorName");
    QTest::addColumn<QDate>("from");
    QTest::addColumn<QDate>("to");
    QTest::addColumn<QStringList>("expected");

    const QString decision = QStringLiteral("FAST14 / Envergo");
    const QString note = QStringLiteral("FAST14 / Mon Suivi Social / Alice / Impact potentiel");
    const QString close = QStringLiteral("FAST13");
    const QString requested = QStringLiteral("FAST13 / Envergo / requested");
    const QString target = QStringLiteral("2026");
    QTest::newRow("none") << 0 << QString() << QString() << QDate() << QDate()
                          << QStringList{decision, note, close, requested, target};
    QTest::newRow("FAST13") << 13 << QString() << QString() << QDate() << QDate() << QStringList{close, requested};
    QTest::newRow("candidate, any case and accent")
        << 0 << QStringLiteral("ÉNVERG") << QString() << QDate() << QDate() << QStringList{decision, requested};
    QTest::newRow("candidate part of a name")
        << 0 << QStringLiteral("suivi") << QString() << QDate() << QDate() << QStringList{note};
    QTest::newRow("operator") << 0 << QString() << QStringLiteral("Claire Martin") << QDate() << QDate()
                              << QStringList{decision, close};
    QTest::newRow("one day") << 0 << QString() << QString() << QDate(2026, 12, 2) << QDate(2026, 12, 2)
                             << QStringList{close, requested};
    QTest::newRow("from a day on") << 0 << QString() << QString() << QDate(2026, 12, 3) << QDate()
                                   << QStringList{decision, note};
    QTest::newRow("all together") << 13 << QStringLiteral("envergo") << QStringLiteral("Paul Durand")
                                  << QDate(2026, 12, 1) << QDate(2026, 12, 2) << QStringList{requested};
    QTest::newRow("nothing matches") << 14 << QString() << QString() << QDate(2026, 12, 1) << QDate(2026, 12, 2)
                                     << QStringList{};
}

void TestAuditLogFilterProxyModel::filters()
{
    QFETCH(int, promotion);
    QFETCH(QString, candidate);
    QFETCH(QString, operatorName);
    QFETCH(QDate, from);
    QFETCH(QDate, to);
    QFETCH(QStringList, expected);
    m_proxy->setPromotion(promotion);
    m_proxy->setCandidateText(candidate);
    m_proxy->setOperator(operatorName);
    m_proxy->setDateRange(from, to);
    QCOMPARE(subjects(), expected);
    // Lifted again, every row is back.
    m_proxy->setPromotion(0);
    m_proxy->setCandidateText(QString());
    m_proxy->setOperator(QString());
    m_proxy->setDateRange(QDate(), QDate());
    QCOMPARE(m_proxy->rowCount(), 5);
}

void TestAuditLogFilterProxyModel::sortsByMoment()
{
    // Oldest first when asked, by the moment each entry was written.
    m_proxy->sort(AuditLogModel::WhenColumn, Qt::AscendingOrder);
    QCOMPARE(subjects(), QStringList({QStringLiteral("2026"), QStringLiteral("FAST13 / Envergo / requested"),
                                      QStringLiteral("FAST13"),
                                      QStringLiteral("FAST14 / Mon Suivi Social / Alice / Impact potentiel"),
                                      QStringLiteral("FAST14 / Envergo")}));
}

void TestAuditLogFilterProxyModel::sortsByPromotionNumber()
{
    m_proxy->setPromotion(0);
    m_proxy->sort(AuditLogModel::PromotionColumn, Qt::DescendingOrder);
    QCOMPARE(m_proxy->index(0, AuditLogModel::PromotionColumn).data().toString(), QStringLiteral("FAST14"));
    QCOMPARE(m_proxy->index(4, AuditLogModel::PromotionColumn).data().toString(), QString());
}

QTEST_MAIN(TestAuditLogFilterProxyModel)
#include "tst_auditlogfilterproxymodel.moc"
