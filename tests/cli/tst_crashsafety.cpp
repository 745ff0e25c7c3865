#include "TestSupport.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <algorithm>
#include <csignal>
#include <functional>
#include <sys/types.h>

// Crash safety of the whole process: the real fast-committee is killed with SIGKILL at random moments
// (seeded, so the sequence of moments is reproducible) while it imports 2 000 candidates, records a
// decision, applies a proposal or imports a committee's notes and recusals. Whatever the moment, the file must pass
// PRAGMA integrity_check and each transaction must be wholly present or wholly absent, with its audit rows matching the
// data.
class TestCrashSafety : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void killedImport();
    void killedDecision();
    void killedProposal();
    void killedScoreImport();
    void cleanupTestCase();

private:
    enum class Operation { Import, Decide, Propose, ImportScores };
    struct RunOutcome
    {
        bool killed = false;
        int exitCode = -1;
    };

    QStringList arguments(Operation operation, const QString &database) const;
    // Copies the template, starts the process on the copy and kills it after delayMicroseconds.
    RunOutcome runAndKill(Operation operation, const QString &database, qint64 delayMicroseconds) const;
    qint64 measure(Operation operation);
    // Runs the operation runs times, each on a fresh copy of the template killed at a random moment of
    // an undisturbed run's duration (or a little after it), checks the file's integrity and foreign
    // keys, hands it to check with the run's outcome and name, then checks that the next user can write
    // to it.
    using Check = std::function<void(const QSqlDatabase &database, const RunOutcome &outcome, const QString &run)>;
    void killRepeatedly(Operation operation, int runs, int firstIteration, const Check &check);
    QString freshCopy(int iteration) const;
    static QVariant scalar(const QSqlDatabase &database, const QString &sql);

    QTemporaryDir m_dir;
    QString m_template;
    QString m_csv;
    QString m_scoresCsv;
    QHash<int, qint64> m_durations; // microseconds of an undisturbed run, per operation
    QStringList m_appliedDecisions; // the proposal's decisions, from an undisturbed run
    int m_killed = 0;
    int m_completed = 0;
};

namespace {

constexpr quint32 seed = 20261123;
constexpr int importRuns = 50;
constexpr int decisionRuns = 20;
constexpr int proposalRuns = 30;
constexpr int scoreImportRuns = 20;
constexpr int importedRows = 2000;
constexpr int scoredCandidates = 30;
// FAST15: 40 candidates, 3 members, 5 criteria; the notes file recuses the third member from 4 candidates.
constexpr int fast15Candidates = 40;
constexpr int fast15Recusals = 4;
constexpr int fast15Notes = (fast15Candidates * 3 - fast15Recusals) * 5;

int run(const QString &database, const QStringList &arguments)
{
    const TestSupport::CommandLineRun ran = TestSupport::runCommandLine(database, arguments);
    if (ran.exitCode != 0)
        qWarning("%s", qPrintable(ran.err));
    return ran.exitCode;
}

// What the next user does after a crash: open the file and write to it.
bool writesAfterwards(const QString &database)
{
    return run(database,
               {QStringLiteral("promotion"), QStringLiteral("add"), QStringLiteral("99"), QStringLiteral("--year"),
                QStringLiteral("2030"), QStringLiteral("--envelope"), QStringLiteral("1 000")}) == 0 &&
           run(database, {QStringLiteral("summary")}) == 0;
}

QRandomGenerator &generator()
{
    static QRandomGenerator random(seed);
    return random;
}

} // namespace

QVariant TestCrashSafety::scalar(const QSqlDatabase &database, const QString &sql)
{
    QSqlQuery query(database);
    if (!query.exec(sql) || !query.next())
        return QVariant();
    return query.value(0);
}

QStringList TestCrashSafety::arguments(Operation operation, const QString &database) const
{
    QStringList list{QStringLiteral("--db"), database, QStringLiteral("--operator"), QStringLiteral("Crash test")};
    switch (operation) {
    case Operation::Import:
        list << QStringLiteral("import") << QStringLiteral("--promotion") << QStringLiteral("13") << m_csv;
        break;
    case Operation::Decide:
        list << QStringLiteral("decide") << QStringLiteral("--promotion") << QStringLiteral("14")
             << QStringLiteral("--candidate") << QStringLiteral("Projet 07") << QStringLiteral("--decision")
             << QStringLiteral("laureate");
        break;
    case Operation::Propose:
        list << QStringLiteral("propose") << QStringLiteral("--promotion") << QStringLiteral("14")
             << QStringLiteral("--apply");
        break;
    case Operation::ImportScores:
        list << QStringLiteral("scores") << QStringLiteral("import") << QStringLiteral("--promotion")
             << QStringLiteral("15") << m_scoresCsv;
        break;
    }
    return list;
}

QString TestCrashSafety::freshCopy(int iteration) const
{
    const QString path = m_dir.filePath(QStringLiteral("run-%1.sqlite").arg(iteration));
    QFile::remove(path);
    QFile::remove(path + QStringLiteral("-wal"));
    QFile::remove(path + QStringLiteral("-shm"));
    if (!QFile::copy(m_template, path))
        return QString();
    return path;
}

TestCrashSafety::RunOutcome TestCrashSafety::runAndKill(Operation operation, const QString &database,
                                                        qint64 delayMicroseconds) const
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("FAST_COMMITTEE_DB"));
    environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    process.setProcessEnvironment(environment);
    process.setProgram(QStringLiteral(FAST_COMMITTEE_EXECUTABLE));
    process.setArguments(arguments(operation, database));
    process.start();
    RunOutcome outcome;
    if (!process.waitForStarted())
        return outcome;
    if (delayMicroseconds >= 0) {
        QThread::usleep(static_cast<unsigned long>(delayMicroseconds));
        if (process.state() == QProcess::Running)
            ::kill(static_cast<pid_t>(process.processId()), SIGKILL);
    }
    process.waitForFinished(60000);
    outcome.killed = process.exitStatus() == QProcess::CrashExit;
    outcome.exitCode = outcome.killed ? -1 : process.exitCode();
    return outcome;
}

qint64 TestCrashSafety::measure(Operation operation)
{
    const QString path = freshCopy(-1);
    QElapsedTimer timer;
    timer.start();
    const RunOutcome outcome = runAndKill(operation, path, -1);
    const qint64 elapsed = timer.nsecsElapsed() / 1000;
    if (outcome.killed || outcome.exitCode != 0)
        return -1;
    if (operation == Operation::Propose) {
        QSqlDatabase database = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("measure"));
        database.setDatabaseName(path);
        database.open();
        QSqlQuery query(database);
        query.exec(QStringLiteral("SELECT c.name, c.decision, c.granted_cents FROM candidates c JOIN promotions p ON "
                                  "p.id = c.promotion_id WHERE p.number = 14 ORDER BY c.name"));
        while (query.next())
            m_appliedDecisions.append(
                QStringLiteral("%1|%2|%3")
                    .arg(query.value(0).toString(), query.value(1).toString(), query.value(2).toString()));
        query = QSqlQuery();
        database = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("measure"));
    }
    return elapsed;
}

void TestCrashSafety::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_template = m_dir.filePath(QStringLiteral("template.sqlite"));
    // FAST13 receives the big import; FAST14 is fully scored, ready for decisions and the proposal.
    QCOMPARE(run(m_template,
                 {QStringLiteral("promotion"), QStringLiteral("add"), QStringLiteral("13"), QStringLiteral("--year"),
                  QStringLiteral("2023"), QStringLiteral("--envelope"), QStringLiteral("2 550 000")}),
             0);
    QCOMPARE(run(m_template,
                 {QStringLiteral("promotion"), QStringLiteral("add"), QStringLiteral("14"), QStringLiteral("--year"),
                  QStringLiteral("2023"), QStringLiteral("--envelope"), QStringLiteral("1 500 000")}),
             0);
    QByteArray candidates("projet;administration;budget_annuel;montant_demande\n");
    QByteArray notes("membre;projet;critere;note\n");
    const QList<QByteArray> criteria{"Impact potentiel", "Problème public et usagers", "Équipe et portage",
                                     "Trajectoire d'accélération", "Utilisation du cofinancement"};
    for (int i = 0; i < scoredCandidates; ++i) {
        const QByteArray name = "Projet " + QByteArray::number(i).rightJustified(2, '0');
        candidates += name + ";Ministère " + QByteArray::number(i % 7) + ";" + QByteArray::number(300000 + 1000 * i) +
                      ";" + QByteArray::number(100000 + 500 * i) + "\n";
        for (const QByteArray &member : {QByteArray("Alice"), QByteArray("Bruno")}) {
            for (qsizetype c = 0; c < criteria.size(); ++c)
                notes += member + ";" + name + ";" + criteria.at(c) + ";" + QByteArray::number((i + c) % 6) + "\n";
        }
    }
    QCOMPARE(run(m_template, {QStringLiteral("import"), QStringLiteral("--promotion"), QStringLiteral("14"),
                              TestSupport::writeFile(m_dir, QStringLiteral("fast14.csv"), candidates)}),
             0);
    QCOMPARE(run(m_template, {QStringLiteral("members"), QStringLiteral("add"), QStringLiteral("--promotion"),
                              QStringLiteral("14"), QStringLiteral("Alice"), QStringLiteral("Bruno")}),
             0);
    QCOMPARE(run(m_template, {QStringLiteral("scores"), QStringLiteral("import"), QStringLiteral("--promotion"),
                              QStringLiteral("14"), TestSupport::writeFile(m_dir, QStringLiteral("notes.csv"), notes)}),
             0);
    QVERIFY(!QFile::exists(m_template + QStringLiteral("-wal")));

    QByteArray big("projet;administration;incubateur;type;phase;budget_annuel;montant_demande;description\n");
    for (int i = 0; i < importedRows; ++i)
        big += "Candidature " + QByteArray::number(i).rightJustified(4, '0') + ";Ministère " +
               QByteArray::number(i % 17) + ";Incubateur " + QByteArray::number(i % 9) + ";produit;construction;" +
               QByteArray::number(400000 + i) + " €;" + QByteArray::number(100000 + i % 500) +
               " €;Une description assez longue pour peser un peu dans le fichier " + QByteArray::number(i) + "\n";
    m_csv = TestSupport::writeFile(m_dir, QStringLiteral("big.csv"), big);

    // FAST15 has its candidates and members but no note yet: the killed runs import them.
    QCOMPARE(run(m_template,
                 {QStringLiteral("promotion"), QStringLiteral("add"), QStringLiteral("15"), QStringLiteral("--year"),
                  QStringLiteral("2024"), QStringLiteral("--envelope"), QStringLiteral("2 000 000")}),
             0);
    QByteArray fast15("projet;administration;budget_annuel;montant_demande\n");
    QByteArray fast15Scores("membre;projet;critere;note\n");
    for (int i = 0; i < fast15Candidates; ++i) {
        const QByteArray name = "Service " + QByteArray::number(i).rightJustified(2, '0');
        fast15 += name + ";Ministère " + QByteArray::number(i % 5) + ";500000;200000\n";
        for (const QByteArray &member : {QByteArray("Alice"), QByteArray("Bruno"), QByteArray("Chloé")}) {
            if (member == "Chloé" && i % 10 == 3) {
                fast15Scores += member + ";" + name + ";;déport\n";
                continue;
            }
            for (qsizetype c = 0; c < criteria.size(); ++c)
                fast15Scores +=
                    member + ";" + name + ";" + criteria.at(c) + ";" + QByteArray::number((i * 3 + c) % 6) + "\n";
        }
    }
    QCOMPARE(run(m_template, {QStringLiteral("import"), QStringLiteral("--promotion"), QStringLiteral("15"),
                              TestSupport::writeFile(m_dir, QStringLiteral("fast15.csv"), fast15)}),
             0);
    QCOMPARE(run(m_template,
                 {QStringLiteral("members"), QStringLiteral("add"), QStringLiteral("--promotion"), QStringLiteral("15"),
                  QStringLiteral("Alice"), QStringLiteral("Bruno"), QStringLiteral("Chloé")}),
             0);
    m_scoresCsv = TestSupport::writeFile(m_dir, QStringLiteral("fast15-scores.csv"), fast15Scores);

    // The median of three undisturbed runs, so that one slow start on a busy machine does not stretch
    // every delay past the end of the work.
    for (const Operation operation :
         {Operation::Import, Operation::Decide, Operation::Propose, Operation::ImportScores}) {
        QList<qint64> durations;
        for (int attempt = 0; attempt < 3; ++attempt) {
            if (operation == Operation::Propose)
                m_appliedDecisions.clear();
            durations.append(measure(operation));
            QVERIFY2(durations.constLast() > 0, "an undisturbed run failed");
        }
        std::sort(durations.begin(), durations.end());
        m_durations.insert(int(operation), durations.at(1));
    }
    QCOMPARE(m_appliedDecisions.size(), scoredCandidates);
}

void TestCrashSafety::killRepeatedly(Operation operation, int runs, int firstIteration, const Check &check)
{
    const qint64 duration = m_durations.value(int(operation));
    for (int i = 0; i < runs; ++i) {
        const QString path = freshCopy(firstIteration + i);
        QVERIFY(!path.isEmpty());
        // Uniform over the run and a little beyond, so that some runs finish: both ends must be whole.
        const qint64 delay = qint64(generator().bounded(quint32(duration * 11 / 10)));
        const RunOutcome outcome = runAndKill(operation, path, delay);
        outcome.killed ? ++m_killed : ++m_completed;
        {
            QSqlDatabase database = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("check"));
            database.setDatabaseName(path);
            QVERIFY(database.open());
            QCOMPARE(scalar(database, QStringLiteral("PRAGMA integrity_check")).toString(), QStringLiteral("ok"));
            QCOMPARE(scalar(database, QStringLiteral("PRAGMA foreign_key_check")), QVariant());
            check(database, outcome, QStringLiteral("run %1 (delay %2 µs)").arg(i).arg(delay));
        }
        QSqlDatabase::removeDatabase(QStringLiteral("check"));
        if (QTest::currentTestFailed())
            return;
        // The next run opens the file and writes to it as if nothing had happened.
        QVERIFY(writesAfterwards(path));
        QFile::remove(path);
    }
}

void TestCrashSafety::killedImport()
{
    int absent = 0;
    killRepeatedly(Operation::Import, importRuns, 0,
                   [&](const QSqlDatabase &database, const RunOutcome &outcome, const QString &run) {
                       const int count =
                           scalar(database, QStringLiteral("SELECT COUNT(*) FROM candidates c JOIN promotions p ON "
                                                           "p.id = c.promotion_id WHERE p.number = 13"))
                               .toInt();
                       const int audited =
                           scalar(database, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = "
                                                           "'candidate.import' AND promotion_number = 13"))
                               .toInt();
                       QVERIFY2(count == 0 || count == importedRows,
                                qPrintable(QStringLiteral("%1: %2 candidates").arg(run).arg(count)));
                       QCOMPARE(audited, count);
                       if (!outcome.killed)
                           QCOMPARE(count, importedRows);
                       if (count == 0)
                           ++absent;
                   });
    qInfo("imports: %d of %d killed before their commit, the others wholly present", absent, importRuns);
}

void TestCrashSafety::killedDecision()
{
    killRepeatedly(
        Operation::Decide, decisionRuns, 100,
        [](const QSqlDatabase &database, const RunOutcome &outcome, const QString &run) {
            const QString decision =
                scalar(database, QStringLiteral("SELECT decision FROM candidates WHERE name = 'Projet 07'")).toString();
            const int audited = scalar(database, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = "
                                                                "'decision.update' AND subject LIKE '%Projet 07'"))
                                    .toInt();
            QVERIFY2((decision == QLatin1String("none") && audited == 0) ||
                         (decision == QLatin1String("laureate") && audited == 1),
                     qPrintable(QStringLiteral("%1: decision %2, %3 audit row(s)").arg(run, decision).arg(audited)));
            if (decision == QLatin1String("laureate"))
                QCOMPARE(scalar(database, QStringLiteral("SELECT granted_cents FROM candidates WHERE name = "
                                                         "'Projet 07'"))
                             .toLongLong(),
                         Q_INT64_C(10350000));
            if (!outcome.killed)
                QCOMPARE(decision, QStringLiteral("laureate"));
        });
}

void TestCrashSafety::killedProposal()
{
    killRepeatedly(
        Operation::Propose, proposalRuns, 200,
        [this](const QSqlDatabase &database, const RunOutcome &outcome, const QString &run) {
            QStringList decisions;
            int decided = 0;
            QSqlQuery query(database);
            QVERIFY(query.exec(QStringLiteral("SELECT c.name, c.decision, c.granted_cents FROM candidates c JOIN "
                                              "promotions p ON p.id = c.promotion_id WHERE p.number = 14 ORDER BY "
                                              "c.name")));
            while (query.next()) {
                decisions.append(
                    QStringLiteral("%1|%2|%3")
                        .arg(query.value(0).toString(), query.value(1).toString(), query.value(2).toString()));
                if (query.value(1).toString() != QLatin1String("none"))
                    ++decided;
            }
            const int audited = scalar(database, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = "
                                                                "'proposal.apply' AND promotion_number = 14"))
                                    .toInt();
            if (decided == 0) {
                QCOMPARE(audited, 0);
                QVERIFY2(outcome.killed, qPrintable(run));
            } else {
                // Wholly applied: the same decisions as an undisturbed run, one audit row each.
                QCOMPARE(decisions, m_appliedDecisions);
                QCOMPARE(audited, scoredCandidates);
            }
        });
}

void TestCrashSafety::killedScoreImport()
{
    int absent = 0;
    killRepeatedly(
        Operation::ImportScores, scoreImportRuns, 300,
        [&](const QSqlDatabase &database, const RunOutcome &outcome, const QString &run) {
            const QString ofFast15 = QStringLiteral(" JOIN candidates c ON c.id = n.candidate_id JOIN promotions p ON "
                                                    "p.id = c.promotion_id WHERE p.number = 15");
            const int notes = scalar(database, QStringLiteral("SELECT COUNT(*) FROM notes n") + ofFast15).toInt();
            const int recusals = scalar(database, QStringLiteral("SELECT COUNT(*) FROM recusals n") + ofFast15).toInt();
            const int auditedNotes = scalar(database, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = "
                                                                     "'score.import' AND promotion_number = 15"))
                                         .toInt();
            const int auditedRecusals =
                scalar(database, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'recusal.record' AND "
                                                "promotion_number = 15"))
                    .toInt();
            // Wholly present (every note and recusal, one audit row each) or wholly absent.
            QVERIFY2((notes == 0 && recusals == 0) || (notes == fast15Notes && recusals == fast15Recusals),
                     qPrintable(QStringLiteral("%1: %2 notes, %3 recusals").arg(run).arg(notes).arg(recusals)));
            QCOMPARE(auditedNotes, notes);
            QCOMPARE(auditedRecusals, recusals);
            if (!outcome.killed)
                QCOMPARE(notes, fast15Notes);
            if (notes == 0)
                ++absent;
        });
    qInfo("score imports: %d of %d killed before their commit, the others wholly present", absent, scoreImportRuns);
}

void TestCrashSafety::cleanupTestCase()
{
    qInfo("%d run(s) killed, %d completed before the kill", m_killed, m_completed);
    // Killing nothing would prove nothing.
    QVERIFY(m_killed >= (importRuns + decisionRuns + proposalRuns + scoreImportRuns) / 4);
}

QTEST_GUILESS_MAIN(TestCrashSafety)
#include "tst_crashsafety.moc"
