#include "TestSupport.h"
#include "reports/AuditCsvExport.h"
#include "reports/AuditSubject.h"

#include <QTemporaryDir>
#include <QtTest>

class TestAuditCsvExport : public QObject
{
    Q_OBJECT

private slots:
    void columnsAreTheJsonKeys();
    void bytes();
    void emptyLogHasTheHeaderOnly();
    void writeFileKeepsPreviousOnRefusal();
    void candidateOf_data();
    void candidateOf();
};

namespace {

AuditEntry entry(const QString &at, const QString &who, int promotion, const QString &action, const QString &subject,
                 const QString &oldValue, const QString &newValue)
{
    AuditEntry made;
    made.at = QDateTime::fromString(at, Qt::ISODateWithMs);
    made.operatorName = who;
    made.promotionNumber = promotion;
    made.action = action;
    made.subject = subject;
    made.oldValue = oldValue;
    made.newValue = newValue;
    return made;
}

} // namespace

void TestAuditCsvExport::columnsAreTheJsonKeys()
{
    QCOMPARE(AuditCsvExport::columnNames(),
             QStringList({QStringLiteral("at"), QStringLiteral("operator"), QStringLiteral("promotion"),
                          QStringLiteral("action"), QStringLiteral("subject"), QStringLiteral("old"),
                          QStringLiteral("new")}));
}

void TestAuditCsvExport::bytes()
{
    const QList<AuditEntry> entries = {
        entry(QStringLiteral("2026-12-03T09:30:00.250Z"), QStringLiteral("Claire Martin"), 13,
              QStringLiteral("decision.update"), QStringLiteral("FAST13 / Envergo"), QStringLiteral("none"),
              QStringLiteral("laureate; 280 000 €")),
        entry(QStringLiteral("2026-12-02T17:05:00.000Z"), QStringLiteral("=cmd"), 0, QStringLiteral("year.target"),
              QStringLiteral("2024"), QString(), QStringLiteral("15 \"products\"")),
    };
    const QByteArray expected =
        QByteArray("\xEF\xBB\xBF") + QStringLiteral("at;operator;promotion;action;subject;old;new\r\n"
                                                    "2026-12-03T09:30:00.250Z;Claire Martin;13;decision.update;"
                                                    "FAST13 / Envergo;none;\"laureate; 280 000 €\"\r\n"
                                                    "2026-12-02T17:05:00.000Z;'=cmd;;year.target;2024;;"
                                                    "\"15 \"\"products\"\"\"\r\n")
                                         .toUtf8();
    QCOMPARE(AuditCsvExport::toCsv(entries), expected);
}

void TestAuditCsvExport::emptyLogHasTheHeaderOnly()
{
    QCOMPARE(AuditCsvExport::toCsv({}), QByteArray("\xEF\xBB\xBF"
                                                   "at;operator;promotion;action;subject;old;new\r\n"));
}

void TestAuditCsvExport::writeFileKeepsPreviousOnRefusal()
{
    QTemporaryDir dir;
    const QString path = TestSupport::writeFile(dir, QStringLiteral("audit.csv"), "previous");
    const QList<AuditEntry> entries = {entry(QStringLiteral("2026-12-03T09:30:00.000Z"), QStringLiteral("A"), 13,
                                             QStringLiteral("promotion.close"), QStringLiteral("FAST13"),
                                             QStringLiteral("open"), QStringLiteral("closed"))};
    QVERIFY(AuditCsvExport::writeFile(path, entries));
    QCOMPARE(TestSupport::readFile(path), AuditCsvExport::toCsv(entries));
    // A folder is refused and nothing is written.
    const Outcome refused = AuditCsvExport::writeFile(dir.path(), entries);
    QVERIFY(!refused);
    QVERIFY2(refused.error().contains(QStringLiteral("folder")), qPrintable(refused.error()));
}

void TestAuditCsvExport::candidateOf_data()
{
    QTest::addColumn<QString>("action");
    QTest::addColumn<QString>("subject");
    QTest::addColumn<QString>("candidate");
    QTest::newRow("decision") << "decision.update"
                              << "FAST13 / Envergo"
                              << "Envergo";
    QTest::newRow("candidate field") << "candidate.update"
                                     << "FAST13 / Envergo / requested"
                                     << "Envergo";
    QTest::newRow("note") << "score.set"
                          << "FAST14 / Mon Suivi Social / Alice / Impact potentiel"
                          << "Mon Suivi Social";
    QTest::newRow("recusal") << "recusal.record"
                             << "FAST14 / DossierFacile / Paul"
                             << "DossierFacile";
    QTest::newRow("proposal") << "proposal.apply"
                              << "FAST14 / Aidants Connect"
                              << "Aidants Connect";
    QTest::newRow("promotion field") << "promotion.update"
                                     << "FAST13 / envelope"
                                     << "";
    QTest::newRow("member") << "member.add"
                            << "FAST13 / Alice"
                            << "";
    QTest::newRow("criteria") << "criteria.update"
                              << "FAST13 / criteria"
                              << "";
    QTest::newRow("year") << "year.target"
                          << "2024"
                          << "";
    QTest::newRow("no separator") << "candidate.add"
                                  << "FAST13"
                                  << "";
}

void TestAuditCsvExport::candidateOf()
{
    QFETCH(QString, action);
    QFETCH(QString, subject);
    QFETCH(QString, candidate);
    AuditEntry made;
    made.action = action;
    made.subject = subject;
    QCOMPARE(AuditSubject::candidateOf(made), candidate);
}

QTEST_GUILESS_MAIN(TestAuditCsvExport)
#include "tst_auditcsvexport.moc"
