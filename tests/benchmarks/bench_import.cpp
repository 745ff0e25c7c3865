#include "reports/CandidateCsvImport.h"
#include "storage/CommitteeStore.h"
#include "storage/Database.h"

#include <QElapsedTimer>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <ctime>

// The whole import of the target: a 10 000-row CSV read, checked and written to a fresh
// database in one transaction, as `fast-committee import` does it. A benchmark, not a timed test:
// run build/bench_import to see the figure.
class BenchImport : public QObject
{
    Q_OBJECT

private slots:
    void importTenThousandRows();
    void baselineTenThousandRows();

private:
    static QByteArray generateCsv(int rows);
};

QByteArray BenchImport::generateCsv(int rows)
{
    static const char *const carriers[] = {"Ministère de la Transition écologique", "Ministère de la Justice",
                                           "Agence nationale de la cohésion des territoires",
                                           "Ministère de l'Agriculture et de la Souveraineté alimentaire",
                                           "Direction interministérielle du numérique"};
    QByteArray csv = "projet;administration;incubateur;type;phase;budget_annuel;montant_demande;description\n";
    csv.reserve(rows * 200);
    for (int i = 0; i < rows; ++i) {
        const qint64 budget = 150000 + (i * 7919) % 850000;
        const qint64 requested = 50000 + (i * 104729) % 350000;
        csv += QByteArray("Service numérique n° ") + QByteArray::number(i) + ';' + carriers[i % 5] + ';' +
               (i % 3 ? "Fabrique numérique" : "") + ';' + (i % 10 ? "produit" : "incubateur") + ';' +
               (i % 2 ? "accélération" : "construction") + ';' + QByteArray::number(budget) + ";" +
               QByteArray::number(requested) + " €;\"Simplifier la démarche, pour les usagers et les agents\"\n";
    }
    return csv;
}

void BenchImport::importTenThousandRows()
{
    const QByteArray csv = generateCsv(10000);
    qInfo("CSV: %lld bytes, 10 000 rows", qlonglong(csv.size()));
    int run = 0;
    qint64 setUp = 0, parse = 0, write = 0;
    std::clock_t writeCpu = 0;
    QBENCHMARK
    {
        QElapsedTimer clock;
        clock.start();
        QTemporaryDir dir;
        Database database;
        QVERIFY(database.open(dir.filePath(QStringLiteral("bench-%1.sqlite").arg(run++))).ok());
        CommitteeStore store(database);
        Promotion promotion;
        promotion.number = 13;
        promotion.year = 2023;
        promotion.envelope = Money::fromEuros(2550000);
        QVERIFY(store.addPromotion(promotion).ok());
        setUp += clock.restart();
        const CandidateCsvParse parsed =
            CandidateCsvImport::parse(csv, QStringLiteral("bench.csv"), promotion.rule, store.candidateNameKeys(13).value());
        QVERIFY(parsed.ok());
        QCOMPARE(parsed.candidates.size(), 10000);
        parse += clock.restart();
        const std::clock_t writeStart = std::clock();
        QVERIFY(store.importCandidates(13, parsed.candidates).ok());
        write += clock.restart();
        writeCpu += std::clock() - writeStart;
    }
    // Where the time goes, for the profile of docs/benchmarks.md.
    qInfo("per run: new database %.1f ms, read and check %.1f ms, write %.1f ms (CPU %.1f ms)", double(setUp) / run,
          double(parse) / run, double(write) / run, 1000.0 * double(writeCpu) / CLOCKS_PER_SEC / run);
}

// The least Qt does for the same work: split the lines and fields, one prepared INSERT per row in one
// transaction, into a fresh database; no quoting, amount, rule, duplicate check nor audit.
void BenchImport::baselineTenThousandRows()
{
    const QByteArray csv = generateCsv(10000);
    int run = 0;
    QBENCHMARK
    {
        QTemporaryDir dir;
        {
            QSqlDatabase database = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("baseline"));
            database.setDatabaseName(dir.filePath(QStringLiteral("baseline-%1.sqlite").arg(run++)));
            QVERIFY(database.open());
            QSqlQuery query(database);
            QVERIFY(query.exec(QStringLiteral("PRAGMA journal_mode = WAL")));
            QVERIFY(query.exec(QStringLiteral("CREATE TABLE candidates (id INTEGER PRIMARY KEY, name TEXT, carrier "
                                              "TEXT, incubator TEXT, kind TEXT, phase TEXT, budget TEXT, requested "
                                              "TEXT, description TEXT)")));
            const QStringList lines = QString::fromUtf8(csv).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
            QVERIFY(database.transaction());
            QVERIFY(query.prepare(QStringLiteral("INSERT INTO candidates (name, carrier, incubator, kind, phase, "
                                                 "budget, requested, description) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")));
            for (qsizetype i = 1; i < lines.size(); ++i) {
                const QStringList fields = lines.at(i).split(QLatin1Char(';'));
                for (int column = 0; column < 8; ++column)
                    query.addBindValue(fields.value(column));
                QVERIFY(query.exec());
            }
            QVERIFY(database.commit());
            QCOMPARE(lines.size(), 10001);
        }
        QSqlDatabase::removeDatabase(QStringLiteral("baseline"));
    }
}

QTEST_GUILESS_MAIN(BenchImport)
#include "bench_import.moc"
