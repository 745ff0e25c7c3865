#include "reports/CandidateCsvImport.h"
#include "storage/CommitteeStore.h"
#include "storage/Database.h"

#include <QTemporaryDir>
#include <QTest>

// The whole import of the target: a 10 000-row CSV read, checked and written to a fresh
// database in one transaction, as `fast-committee import` does it. A benchmark, not a timed test:
// run build/bench_import to see the figure.
class BenchImport : public QObject
{
    Q_OBJECT

private slots:
    void importTenThousandRows();

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
    QBENCHMARK
    {
        QTemporaryDir dir;
        Database database;
        QVERIFY(database.open(dir.filePath(QStringLiteral("bench-%1.sqlite").arg(run++))).ok());
        CommitteeStore store(database);
        Promotion promotion;
        promotion.number = 13;
        promotion.year = 2023;
        promotion.envelope = Money::fromEuros(2550000);
        QVERIFY(store.addPromotion(promotion).ok());
        const CandidateCsvParse parsed =
            CandidateCsvImport::parse(csv, QStringLiteral("bench.csv"), promotion.rule, store.candidateNameKeys(13));
        QVERIFY(parsed.ok());
        QCOMPARE(parsed.candidates.size(), 10000);
        QVERIFY(store.importCandidates(13, parsed.candidates).ok());
    }
}

QTEST_GUILESS_MAIN(BenchImport)
#include "bench_import.moc"
