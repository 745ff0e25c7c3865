#include "TestSupport.h"
#include "WiringWindowFixture.h"
#include "candidates/CandidateTableModel.h"
#include "shell/MainWindow.h"
#include "storage/CommitteeStore.h"
#include "storage/Database.h"
#include "storage/DecisionStore.h"
#include "storage/ScoringStore.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QtTest>

#define QVERIFY_OUTCOME(expression)                                                                                    \
    do {                                                                                                               \
        const Outcome outcome_ = (expression);                                                                         \
        QVERIFY2(outcome_.ok(), qPrintable(outcome_.error()));                                                         \
    } while (false)

// The wiring of an import's undo, through the window: undone from the window's stack, an import leaves
// every table exactly as it was before it (TestSupport::dumpTables, every row of every table), but for
// the audit log, which only grows and says what happened, and SQLite's id counters; and the candidates
// tab shows the rows it showed before.
class TestImportUndoWiring : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void undoRestoresTheExactRows();

private:
    // The dump without the audit log's rows nor SQLite's counters of the ids given (ids are never given
    // twice, so the counters keep the import's ids after its undo, as they must); the schema keeps both.
    // Then the audit log's rows alone.
    static QString dumpWithoutAudit(const QString &dump);
    static QStringList auditRows(const QString &dump);
    QStringList shownNames() const;
    QStringList auditActionsAfter(qint64 id) const;

    QTemporaryDir *m_dir = nullptr;
    MainWindow *m_window = nullptr;
};

void TestImportUndoWiring::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("DINUM-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_importundowiring"));
}

void TestImportUndoWiring::init()
{
    m_dir = new QTemporaryDir;
    QVERIFY(m_dir->isValid());
    m_window = WiringWindowFixture::openWindow(*m_dir, 1400, 800);
    QVERIFY(m_window);

    // Rows in every table an import's undo could touch: candidates with notes, a recusal and a decision.
    const QString written = WiringWindowFixture::addPromotionWithCandidates(
        *m_window, 600000, {{QStringLiteral("Alpha"), 150000}, {QStringLiteral("Beta"), 150000}});
    QVERIFY2(written.isEmpty(), qPrintable(written));
    ScoringStore &scoring = *m_window->scoringStore();
    const Result<QList<CommitteeMember>> members =
        scoring.addMembers(15, {QStringLiteral("Alice"), QStringLiteral("Bruno")});
    QVERIFY2(members.ok(), qPrintable(members.error()));
    const QList<Candidate> candidates = m_window->store()->candidates(15).value();
    for (int criterion = 0; criterion < 5; ++criterion)
        QVERIFY_OUTCOME(scoring.setNote(15, candidates.at(0).id, members.value().at(0).id, criterion, 4));
    QVERIFY(scoring.recordRecusal(15, candidates.at(1).id, members.value().at(1).id).ok());
    QVERIFY_OUTCOME(m_window->decisionStore()->setDecision(candidates.at(1).id, Decision::Rejected));
}

void TestImportUndoWiring::cleanup()
{
    delete m_window;
    m_window = nullptr;
    delete m_dir;
    m_dir = nullptr;
}

QString TestImportUndoWiring::dumpWithoutAudit(const QString &dump)
{
    QStringList kept;
    bool inAudit = false;
    for (const QString &line : dump.split(QLatin1Char('\n'))) {
        if (line.startsWith(QLatin1String("== ")))
            inAudit = line == QLatin1String("== audit_log") || line == QLatin1String("== sqlite_sequence");
        if (!inAudit || line.startsWith(QLatin1String("== ")))
            kept.append(line);
    }
    return kept.join(QLatin1Char('\n'));
}

QStringList TestImportUndoWiring::auditRows(const QString &dump)
{
    QStringList rows;
    bool inAudit = false;
    for (const QString &line : dump.split(QLatin1Char('\n'))) {
        if (line.startsWith(QLatin1String("== ")))
            inAudit = line == QLatin1String("== audit_log");
        else if (inAudit)
            rows.append(line);
    }
    return rows;
}

QStringList TestImportUndoWiring::shownNames() const
{
    QStringList names;
    for (const Candidate &candidate : m_window->candidateModel()->candidates())
        names.append(candidate.name);
    return names;
}

QStringList TestImportUndoWiring::auditActionsAfter(qint64 id) const
{
    QSqlQuery query(m_window->store()->database().connection());
    query.prepare(QStringLiteral("SELECT action, subject FROM audit_log WHERE id > ? ORDER BY id"));
    query.addBindValue(id);
    QStringList actions;
    if (query.exec()) {
        while (query.next())
            actions.append(query.value(0).toString() + QLatin1Char(' ') + query.value(1).toString());
    }
    return actions;
}

void TestImportUndoWiring::undoRestoresTheExactRows()
{
    const QSqlDatabase connection = m_window->store()->database().connection();
    const QString before = TestSupport::dumpTables(connection);
    QVERIFY(!before.startsWith(QLatin1String("cannot")));
    QSqlQuery lastAudit(connection);
    QVERIFY(lastAudit.exec(QStringLiteral("SELECT MAX(id) FROM audit_log")) && lastAudit.next());
    const qint64 auditBefore = lastAudit.value(0).toLongLong();
    QCOMPARE(shownNames(), (QStringList{QStringLiteral("Alpha"), QStringLiteral("Beta")}));

    QList<Candidate> imported;
    for (const QString &name : {QStringLiteral("Gamma"), QStringLiteral("Delta"), QStringLiteral("Epsilon")}) {
        Candidate candidate;
        candidate.name = name;
        candidate.carrier = QStringLiteral("Région");
        candidate.annualBudget = Money::fromEuros(200000);
        candidate.requested = Money::fromEuros(90000);
        imported.append(candidate);
    }
    QVERIFY_OUTCOME(m_window->importCandidates(imported));
    QCOMPARE(shownNames(), (QStringList{QStringLiteral("Alpha"), QStringLiteral("Beta"), QStringLiteral("Delta"),
                                        QStringLiteral("Epsilon"), QStringLiteral("Gamma")}));
    QVERIFY(TestSupport::dumpTables(connection) != before);

    m_window->undoStack()->undo();
    QCOMPARE(shownNames(), (QStringList{QStringLiteral("Alpha"), QStringLiteral("Beta")}));
    const QString after = TestSupport::dumpTables(connection);
    // Line by line, so that a difference names its row.
    QCOMPARE(dumpWithoutAudit(after).split(QLatin1Char('\n')), dumpWithoutAudit(before).split(QLatin1Char('\n')));
    // The audit log kept its rows and says what the import and its undo did, nothing else.
    const QStringList auditBeforeRows = auditRows(before);
    QVERIFY(!auditBeforeRows.isEmpty());
    QCOMPARE(auditRows(after).mid(0, auditBeforeRows.size()), auditBeforeRows);
    QCOMPARE(auditActionsAfter(auditBefore), (QStringList{QStringLiteral("candidate.import FAST15 / Gamma"),
                                                          QStringLiteral("candidate.import FAST15 / Delta"),
                                                          QStringLiteral("candidate.import FAST15 / Epsilon"),
                                                          QStringLiteral("candidate.remove FAST15 / Gamma"),
                                                          QStringLiteral("candidate.remove FAST15 / Delta"),
                                                          QStringLiteral("candidate.remove FAST15 / Epsilon")}));
}

QTEST_MAIN(TestImportUndoWiring)
#include "tst_importundowiring.moc"
