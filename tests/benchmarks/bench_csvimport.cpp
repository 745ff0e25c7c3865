#include "reports/CandidateCsvImport.h"

#include <QTest>

// How long reading and checking a large candidates file takes (the database write is benchmarked apart).
// A real call holds a few hundred candidates; 10 000 rows leave a wide margin.
class BenchCsvImport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void parse10000Rows();

private:
    QByteArray m_csv;
};

namespace {

// About 200 bytes per row of French names, carriers, amounts with no-break spaces and quoted descriptions.
QByteArray generatedCsv(int rows)
{
    const QStringList subjects{QStringLiteral("Réfugiés"), QStringLiteral("Aides"),     QStringLiteral("Logement"),
                               QStringLiteral("Santé"),    QStringLiteral("Écoles"),    QStringLiteral("Forêts"),
                               QStringLiteral("Œuvres"),   QStringLiteral("Démarches"), QStringLiteral("Énergie")};
    const QStringList carriers{QStringLiteral("Ministère de la Transition écologique"),
                               QStringLiteral("Direction interministérielle du numérique"),
                               QStringLiteral("Ville de Saint-Étienne"),
                               QStringLiteral("Délégation à l’accueil et à l’intégration des réfugiés")};
    const QStringList phases{QStringLiteral("investigation"), QStringLiteral("construction"),
                             QStringLiteral("accélération"), QStringLiteral("pérennisation")};
    QString text = QStringLiteral("projet;administration;incubateur;type;phase;budget_annuel;montant_demande;"
                                  "description;decision;montant_accorde\r\n");
    const QChar noBreakSpace(0x00A0);
    for (int i = 0; i < rows; ++i) {
        const qint64 budget = 200000 + (i % 37) * 25000;
        const qint64 requested = 50000 + (i % 11) * 20000;
        const Money eligible =
            CofinancingRule().evaluate(Money::fromEuros(budget), Money::fromEuros(requested)).eligible;
        const bool laureate = i % 4 == 0;
        text += subjects.at(i % subjects.size()) + QStringLiteral(" numérique n°") + QString::number(i) +
                QLatin1Char(';') + carriers.at(i % carriers.size()) + QStringLiteral(";Incubateur de l’État;") +
                (i % 9 == 0 ? QStringLiteral("incubateur") : QStringLiteral("produit")) + QLatin1Char(';') +
                phases.at(i % phases.size()) + QLatin1Char(';') + Money::fromEuros(budget).toNumberString() +
                QStringLiteral(" €;") + Money::fromEuros(requested).toNumberString() + noBreakSpace +
                QStringLiteral("€;") + QStringLiteral("\"Simplifier l’accès au service; « pour tous »\";") +
                (laureate ? QStringLiteral("lauréat;") + eligible.toNumberString() : QStringLiteral("liste_attente;")) +
                QStringLiteral("\r\n");
    }
    return text.toUtf8();
}

} // namespace

void BenchCsvImport::initTestCase()
{
    m_csv = generatedCsv(10000);
    qInfo("generated %d bytes, %.0f bytes per row", int(m_csv.size()), double(m_csv.size()) / 10000);
}

void BenchCsvImport::parse10000Rows()
{
    CandidateCsvParse parsed;
    QBENCHMARK
    {
        parsed = CandidateCsvImport::parse(m_csv, QStringLiteral("bench.csv"), CofinancingRule(), {});
    }
    QVERIFY2(parsed.ok(), qPrintable(parsed.messages().mid(0, 5).join(QLatin1Char('\n'))));
    QCOMPARE(parsed.candidates.size(), 10000);
    QCOMPARE(parsed.lines.constLast(), 10001);
    qInfo("parsed %d candidates (%s)", int(parsed.candidates.size()), qPrintable(parsed.encodingName));
}

QTEST_GUILESS_MAIN(BenchCsvImport)
#include "bench_csvimport.moc"
