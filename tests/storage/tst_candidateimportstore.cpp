#include "reports/CandidateCsvImport.h"
#include "reports/CandidateImportPlan.h"
#include "storage/CandidateImportStore.h"
#include "storage/CommitteeStore.h"
#include "storage/Database.h"

#include "StatementFaults.h"
#include "TestDatabaseLocation.h"
#include "TestSupport.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <memory>

// The write of a re-import (CandidateImportStore): FAST13 holds the call's export
// (tests/data/reimport/candidatures-export.csv: Envergo, Mano the laureate, Docubra, Aides Jeunes), and its
// edited export is applied: only the changes are written and audited, in one transaction and one signal,
// undone exactly, and refused (the database byte-identical) on a closed promotion, a stale plan, or any of
// its statements failing.
class TestCandidateImportStore : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void appliesOnlyTheChanges();
    void forcedDecidedCandidateIsUpdated();
    void revertPutsEverythingBack();
    void closedPromotionIsRefused();
    void aPlanOlderThanAnEditIsRefused();
    void everyStatementFailing();

private:
    CandidateImportPlan editedPlan() const;
    QStringList auditRowsSince(int count) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<TestDatabaseLocation> m_location;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<CommitteeStore> m_store;
    QString m_path;
};

namespace {

const QString exportPath = QStringLiteral(FAST_TEST_DATA_DIR "/reimport/candidatures-export.csv");
const QString editedPath = QStringLiteral(FAST_TEST_DATA_DIR "/reimport/candidatures-export-modifie.csv");

// What a test compares to tell what changed: every candidate field, in name order.
QStringList snapshot(const QList<Candidate> &candidates)
{
    QStringList rows;
    for (const Candidate &c : candidates)
        rows.append(QStringList{QString::number(c.id), c.name, c.carrier, c.incubator, candidateKindKey(c.kind),
                                phaseKey(c.phase), c.annualBudget.toPlainString(), c.requested.toPlainString(),
                                decisionKey(c.decision), c.granted.toPlainString(), c.reference}
                        .join(QLatin1Char('|')));
    return rows;
}

} // namespace

void TestCandidateImportStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_location = TestDatabaseLocation::underTest();
    if (m_location->address().isEmpty())
        QSKIP(qPrintable(m_location->error()));
    m_path = m_location->address();
    m_database = std::make_unique<Database>();
    QVERIFY(m_database->open(m_path).ok());
    m_store = std::make_unique<CommitteeStore>(*m_database);
    m_store->setOperatorName(QStringLiteral("Secrétariat"));
    Promotion promotion;
    promotion.number = 13;
    promotion.year = 2026;
    promotion.envelope = Money::fromEuros(2000000);
    QVERIFY(m_store->addPromotion(promotion).ok());
    const CandidateCsvParse read = CandidateCsvImport::parseFile(exportPath, CofinancingRule(), {});
    QVERIFY(read.ok());
    QVERIFY(m_store->importCandidates(13, read.candidates).ok());
}

void TestCandidateImportStore::cleanup()
{
    m_store.reset();
    m_database.reset();
    m_dir.reset();
    m_location.reset();
}

CandidateImportPlan TestCandidateImportStore::editedPlan() const
{
    const CandidateCsvParse edited = CandidateCsvImport::parseFile(editedPath, CofinancingRule(), {});
    return CandidateImportPlan::build(m_store->candidates(13).value(), edited, CofinancingRule(), editedPath);
}

// The audit rows written after the first count ones, as "action | subject | old | new", sorted.
QStringList TestCandidateImportStore::auditRowsSince(int count) const
{
    const QList<AuditEntry> entries = m_store->auditEntries(13).value();
    QStringList rows;
    for (qsizetype i = 0; i < entries.size() - count; ++i) {
        const AuditEntry &entry = entries.at(i); // newest first
        rows.append(
            QStringList{entry.action, entry.subject, entry.oldValue, entry.newValue}.join(QStringLiteral(" | ")));
    }
    std::sort(rows.begin(), rows.end());
    return rows;
}

void TestCandidateImportStore::appliesOnlyTheChanges()
{
    const CandidateImportPlan plan = editedPlan();
    const int auditBefore = int(m_store->auditEntries(13).value().size());
    QSignalSpy changed(m_store.get(), &CommitteeStore::candidatesChanged);
    CandidateImportStore importer(*m_store);
    const Result<QList<qint64>> ids = importer.applyImport(13, plan.added, plan.updates(false));
    QVERIFY2(ids.ok(), qPrintable(ids.error()));
    QCOMPARE(ids.value().size(), 1);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.constFirst().constFirst().toInt(), 13);

    QCOMPARE(snapshot(m_store->candidates(13).value()),
             QStringList({QStringLiteral("4|Aides Jeunes|DJEPVA|beta.gouv.fr|product|consolidation|500000|250000|"
                                         "none|0|2026-0004"),
                          QStringLiteral("%1|Carte des Mobilités|DGITM|Fabrique numérique|product|investigation|"
                                         "200000|100000|none|0|2026-0005")
                              .arg(ids.value().constFirst()),
                          QStringLiteral("3|Docurba|DGALN|Fabrique numérique|product|construction|480000|240000|"
                                         "none|0|2026-0003"),
                          QStringLiteral("1|Envergo|DGALN|Fabrique numérique|product|acceleration|650000|300000|"
                                         "none|0|2026-0001"),
                          QStringLiteral("2|Mano|DIHAL|beta.gouv.fr|product|construction|360000|180000|laureate|"
                                         "180000|2026-0002")}));
    const QString nbsp(QChar(0x00A0));
    QCOMPARE(auditRowsSince(auditBefore),
             QStringList({QStringLiteral("candidate.import | FAST13 / Carte des Mobilités |  | Carte des Mobilités; "
                                         "DGITM; product; file 2026-0005; incubator Fabrique numérique; "
                                         "investigation; budget 200_000_€; requested 100_000_€"),
                          QStringLiteral("candidate.update | FAST13 / Docurba / name | Docubra | Docurba"),
                          QStringLiteral("candidate.update | FAST13 / Envergo / annual budget | 600_000_€ | "
                                         "650_000_€")})
                 .replaceInStrings(QStringLiteral("_"), nbsp));
}

void TestCandidateImportStore::forcedDecidedCandidateIsUpdated()
{
    const CandidateImportPlan plan = editedPlan();
    CandidateImportStore importer(*m_store);
    QVERIFY(importer.applyImport(13, plan.added, plan.updates(true)).ok());
    const std::optional<Candidate> mano = m_store->candidate(2).value();
    QCOMPARE(mano->annualBudget, Money::fromEuros(380000));
    QCOMPARE(mano->decision, Decision::Laureate);
    QCOMPARE(mano->granted, Money::fromEuros(180000));
}

void TestCandidateImportStore::revertPutsEverythingBack()
{
    const QStringList before = snapshot(m_store->candidates(13).value());
    const CandidateImportPlan plan = editedPlan();
    CandidateImportStore importer(*m_store);
    const Result<QList<qint64>> ids = importer.applyImport(13, plan.added, plan.updates(true));
    QVERIFY(ids.ok());
    const int auditBefore = int(m_store->auditEntries(13).value().size());
    QSignalSpy changed(m_store.get(), &CommitteeStore::candidatesChanged);
    const Outcome reverted = importer.revertImport(13, ids.value(), plan.updates(true));
    QVERIFY2(reverted.ok(), qPrintable(reverted.error()));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(snapshot(m_store->candidates(13).value()), before);
    const QString nbsp(QChar(0x00A0));
    const QStringList audit = auditRowsSince(auditBefore);
    QCOMPARE(audit.size(), 4);
    QVERIFY2(audit.at(0).startsWith(QStringLiteral("candidate.remove | FAST13 / Carte des Mobilités | ")),
             qPrintable(audit.at(0)));
    QCOMPARE(audit.at(1), QStringLiteral("candidate.update | FAST13 / Docubra / name | Docurba | Docubra"));
    QCOMPARE(audit.at(2), QStringLiteral("candidate.update | FAST13 / Envergo / annual budget | 650_000_€ | "
                                         "600_000_€")
                              .replace(QLatin1Char('_'), nbsp));
    QCOMPARE(audit.at(3), QStringLiteral("candidate.update | FAST13 / Mano / annual budget | 380_000_€ | "
                                         "360_000_€")
                              .replace(QLatin1Char('_'), nbsp));
    // And again: redo is the same apply.
    QVERIFY(importer.applyImport(13, plan.added, plan.updates(true)).ok());
    QCOMPARE(m_store->candidates(13).value().size(), 5);
}

void TestCandidateImportStore::closedPromotionIsRefused()
{
    // Every candidate decided, then closed.
    QSqlQuery decide(m_database->connection());
    QVERIFY(decide.exec(QStringLiteral("UPDATE candidates SET decision = 'rejected' WHERE decision = 'none'")));
    QVERIFY2(m_store->closePromotion(13, QDate(2026, 11, 14)).ok(),
             qPrintable(m_store->closePromotion(13, QDate(2026, 11, 14)).error()));
    const CandidateImportPlan closedPlan = editedPlan();
    const QString before = TestSupport::dumpTables(m_database->connection());
    QSignalSpy changed(m_store.get(), &CommitteeStore::candidatesChanged);
    CandidateImportStore importer(*m_store);
    const Result<QList<qint64>> ids = importer.applyImport(13, closedPlan.added, closedPlan.updates(true));
    QVERIFY(!ids.ok());
    QVERIFY2(ids.error().contains(QStringLiteral("FAST13 is closed")), qPrintable(ids.error()));
    QCOMPARE(TestSupport::dumpTables(m_database->connection()), before);
    QCOMPARE(changed.count(), 0);
}

void TestCandidateImportStore::aPlanOlderThanAnEditIsRefused()
{
    const CandidateImportPlan plan = editedPlan();
    Candidate envergo = *m_store->candidate(1).value();
    envergo.requested = Money::fromEuros(250000);
    QVERIFY(m_store->updateCandidate(envergo).ok());
    const QString before = TestSupport::dumpTables(m_database->connection());
    CandidateImportStore importer(*m_store);
    const Result<QList<qint64>> ids = importer.applyImport(13, plan.added, plan.updates(false));
    QVERIFY(!ids.ok());
    QCOMPARE(ids.error(), QStringLiteral("\"Envergo\" was changed after the import was previewed: nothing was "
                                         "written. Open the file again to see its changes as they are now."));
    QCOMPARE(TestSupport::dumpTables(m_database->connection()), before);
}

void TestCandidateImportStore::everyStatementFailing()
{
    // StatementFaults fails statements through SQLite's own handle, and the runs start from copies of the file.
    if (TestDatabaseLocation::engineUnderTest() == TestDatabaseLocation::Engine::PostgreSql)
        QSKIP("SQLite only: the faults are injected through SQLite's handle, into copies of the file");
    const CandidateImportPlan plan = editedPlan();
    const QString seed = m_dir->filePath(QStringLiteral("seed.sqlite"));
    m_store.reset();
    m_database.reset();
    QVERIFY(QFile::copy(m_path, seed));

    int statements = 0;
    for (int n = 0; n == 0 || n <= statements; ++n) {
        const QString path = m_dir->filePath(QStringLiteral("run%1.sqlite").arg(n));
        QVERIFY(QFile::copy(seed, path));
        Database database;
        QVERIFY(database.open(path).ok());
        CommitteeStore store(database);
        CandidateImportStore importer(store);
        QSignalSpy changed(&store, &CommitteeStore::candidatesChanged);
        StatementFaults faults(database.connection());
        QVERIFY(faults.isInstalled());
        const QString before = TestSupport::dumpTables(database.connection());
        faults.arm(n);
        const Result<QList<qint64>> ids = importer.applyImport(13, plan.added, plan.updates(true));
        faults.disarm();
        if (n == 0) {
            QVERIFY2(ids.ok(), qPrintable(ids.error()));
            QCOMPARE(changed.count(), 1);
            statements = faults.statementCount();
            // The updates (3), the inserted row, the audit rows.
            QVERIFY2(statements >= 3, qPrintable(QString::number(statements)));
            continue;
        }
        const QString where =
            QStringLiteral("statement %1 of %2: %3").arg(n).arg(statements).arg(faults.failedStatement());
        QVERIFY2(faults.failed(), qPrintable(where));
        QVERIFY2(!ids.ok() && !ids.error().trimmed().isEmpty(), qPrintable(where));
        QVERIFY2(TestSupport::dumpTables(database.connection()) == before, qPrintable(where));
        QVERIFY2(changed.count() == 0, qPrintable(where));
    }
}

QTEST_GUILESS_MAIN(TestCandidateImportStore)
#include "tst_candidateimportstore.moc"
