#include "candidates/CandidateTableModel.h"
#include "commands/ImportCandidatesCommand.h"
#include "shell/MainWindow.h"
#include "storage/CommitteeStore.h"
#include "storage/Database.h"

#include <QElapsedTimer>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <algorithm>

// Undoing an import of 2 000 rows, the target (under 100 ms; 7.5 s when each candidate was
// removed in its own transaction with its own signal): the undo command alone on the store, then the
// same undo from the window's stack with the candidates tab showing the promotion. Only the undo is
// timed (QElapsedTimer around QUndoStack::undo(), median of the runs, given to QtTest as the result),
// the import before it is not. A benchmark, not a timed test: run build/tests/bench_importundo.
class BenchImportUndo : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void undoImport2000();
    void undoImport2000InWindow();
    void baselineDelete2000();

private:
    static QList<Candidate> generate(int count, const QString &prefix);
    static double medianMs(QList<qint64> nanoseconds);
};

namespace {
constexpr int runs = 9;
constexpr int imported = 2000;
constexpr int kept = 200; // candidates already there, which the undo must leave
} // namespace

void BenchImportUndo::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("DINUM-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("bench_importundo"));
}

QList<Candidate> BenchImportUndo::generate(int count, const QString &prefix)
{
    QList<Candidate> candidates;
    candidates.reserve(count);
    for (int i = 0; i < count; ++i) {
        Candidate candidate;
        candidate.name = QStringLiteral("%1 n° %2").arg(prefix).arg(i);
        candidate.carrier = QStringLiteral("Ministère de la Transition écologique");
        candidate.incubator = QStringLiteral("Fabrique numérique");
        candidate.annualBudget = Money::fromEuros(150000 + (i * 7919) % 850000);
        candidate.requested = Money::fromEuros(50000 + (i * 104729) % 350000);
        candidate.description = QStringLiteral("Simplifier la démarche, pour les usagers et les agents");
        candidates.append(candidate);
    }
    return candidates;
}

double BenchImportUndo::medianMs(QList<qint64> nanoseconds)
{
    std::sort(nanoseconds.begin(), nanoseconds.end());
    return double(nanoseconds.at(nanoseconds.size() / 2)) / 1e6;
}

void BenchImportUndo::undoImport2000()
{
    QTemporaryDir dir;
    Database database;
    QVERIFY(database.open(dir.filePath(QStringLiteral("undo.sqlite"))).ok());
    CommitteeStore store(database);
    store.setOperatorName(QStringLiteral("bench"));
    Promotion promotion;
    promotion.number = 13;
    promotion.year = 2023;
    promotion.envelope = Money::fromEuros(2550000);
    QVERIFY(store.addPromotion(promotion).ok());
    QVERIFY(store.importCandidates(13, generate(kept, QStringLiteral("Déjà là"))).ok());
    const QList<Candidate> rows = generate(imported, QStringLiteral("Service numérique"));
    int changes = 0;
    connect(&store, &CommitteeStore::candidatesChanged, this, [&changes] { ++changes; });

    QUndoStack stack;
    QList<qint64> undos;
    for (int run = 0; run < runs; ++run) {
        stack.push(new ImportCandidatesCommand(store, 13, rows));
        QCOMPARE(store.candidates(13).value().size(), kept + imported);
        changes = 0;
        QElapsedTimer clock;
        clock.start();
        stack.undo();
        undos.append(clock.nsecsElapsed());
        QCOMPARE(changes, 1);
        QCOMPARE(store.candidates(13).value().size(), kept);
    }
    const double median = medianMs(undos);
    qInfo("undo of a %d-row import (command on the store): median %.1f ms of %d runs, min %.1f, max %.1f", imported,
          median, runs, double(*std::min_element(undos.cbegin(), undos.cend())) / 1e6,
          double(*std::max_element(undos.cbegin(), undos.cend())) / 1e6);
    QTest::setBenchmarkResult(median, QTest::WalltimeMilliseconds);
}

void BenchImportUndo::undoImport2000InWindow()
{
    QTemporaryDir dir;
    MainWindow window;
    window.setOperatorName(QStringLiteral("bench"));
    QVERIFY(window.openDatabase(dir.filePath(QStringLiteral("window.sqlite"))).ok());
    window.resize(1400, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    Promotion promotion;
    promotion.number = 13;
    promotion.year = 2023;
    promotion.envelope = Money::fromEuros(2550000);
    QVERIFY(window.addPromotion(promotion).ok());
    QVERIFY(window.importCandidates(generate(kept, QStringLiteral("Déjà là"))).ok());
    const QList<Candidate> rows = generate(imported, QStringLiteral("Service numérique"));

    QList<qint64> undos;
    for (int run = 0; run < runs; ++run) {
        QVERIFY(window.importCandidates(rows).ok());
        QCOMPARE(window.candidateModel()->rowCount(), kept + imported);
        QElapsedTimer clock;
        clock.start();
        window.undoStack()->undo();
        undos.append(clock.nsecsElapsed());
        QCOMPARE(window.candidateModel()->rowCount(), kept);
    }
    const double median = medianMs(undos);
    qInfo("undo of a %d-row import (window, candidates tab shown): median %.1f ms of %d runs", imported, median, runs);
    QTest::setBenchmarkResult(median, QTest::WalltimeMilliseconds);
}

// The least Qt does for the same work: one DELETE of the imported rows in one transaction, on a table
// of the same rows; no lookup by name, no audit, no signal.
void BenchImportUndo::baselineDelete2000()
{
    QTemporaryDir dir;
    QList<qint64> deletes;
    {
        QSqlDatabase database = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("baseline"));
        database.setDatabaseName(dir.filePath(QStringLiteral("baseline.sqlite")));
        QVERIFY(database.open());
        QSqlQuery query(database);
        QVERIFY(query.exec(QStringLiteral("PRAGMA journal_mode = WAL")));
        QVERIFY(query.exec(QStringLiteral("CREATE TABLE candidates (id INTEGER PRIMARY KEY, name TEXT UNIQUE, "
                                          "carrier TEXT, budget INTEGER, requested INTEGER)")));
        const QList<Candidate> rows = generate(kept + imported, QStringLiteral("Service numérique"));
        for (int run = 0; run < runs; ++run) {
            QVERIFY(database.transaction());
            QVERIFY(query.prepare(QStringLiteral(
                "INSERT INTO candidates (id, name, carrier, budget, requested) VALUES (?, ?, ?, ?, ?)")));
            for (int i = 0; i < rows.size(); ++i) {
                if (run > 0 && i < kept)
                    continue;
                query.addBindValue(i + 1);
                query.addBindValue(rows.at(i).name);
                query.addBindValue(rows.at(i).carrier);
                query.addBindValue(rows.at(i).annualBudget.cents());
                query.addBindValue(rows.at(i).requested.cents());
                QVERIFY(query.exec());
            }
            QVERIFY(database.commit());
            QElapsedTimer clock;
            clock.start();
            QVERIFY(database.transaction());
            QVERIFY(query.prepare(QStringLiteral("DELETE FROM candidates WHERE id > ?")));
            query.addBindValue(kept);
            QVERIFY(query.exec());
            QVERIFY(database.commit());
            deletes.append(clock.nsecsElapsed());
            QVERIFY(query.exec(QStringLiteral("SELECT COUNT(*) FROM candidates")) && query.next());
            QCOMPARE(query.value(0).toInt(), kept);
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("baseline"));
    QTest::setBenchmarkResult(medianMs(deletes), QTest::WalltimeMilliseconds);
}

QTEST_MAIN(BenchImportUndo)
#include "bench_importundo.moc"
