#include "candidates/CandidateFilterProxyModel.h"
#include "candidates/CandidateTableModel.h"

#include <QAbstractItemModelTester>
#include <QtTest>

// The search box's filter (name, carrier, incubator; case- and accent-insensitive) and the sort on
// amounts as numbers, not as text.
class TestCandidateFilterProxyModel : public QObject
{
    Q_OBJECT

private slots:
    void modelTester();
    void filter_data();
    void filter();
    void sortsAmountsAsNumbers();

private:
    static QList<Candidate> sample();
    static QStringList names(const QAbstractItemModel &model);
};

QList<Candidate> TestCandidateFilterProxyModel::sample()
{
    struct Row
    {
        const char *name;
        const char *carrier;
        const char *incubator;
        qint64 requested;
    };
    const Row rows[] = {
        {"Réfugiés.info", "DIAIR", "Incubateur DINUM", 240000},
        {"Envergo", "Ministère de la Transition écologique", "Fabrique numérique", 1000000},
        {"Mobilic", "Ministère chargé des Transports", "Fabrique numérique", 90000},
        {"Ma Cantine", "Ministère de l'Agriculture", "Incubateur DINUM", 300000},
    };
    QList<Candidate> candidates;
    qint64 id = 1;
    for (const Row &row : rows) {
        Candidate candidate;
        candidate.id = id++;
        candidate.name = QString::fromUtf8(row.name);
        candidate.carrier = QString::fromUtf8(row.carrier);
        candidate.incubator = QString::fromUtf8(row.incubator);
        candidate.annualBudget = Money::fromEuros(2000000);
        candidate.requested = Money::fromEuros(row.requested);
        candidates.append(candidate);
    }
    return candidates;
}

QStringList TestCandidateFilterProxyModel::names(const QAbstractItemModel &model)
{
    QStringList result;
    for (int row = 0; row < model.rowCount(); ++row)
        result.append(model.index(row, 0).data().toString());
    return result;
}

void TestCandidateFilterProxyModel::modelTester()
{
    CandidateTableModel source;
    CandidateFilterProxyModel proxy;
    proxy.setSourceModel(&source);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    source.setCandidates(sample(), CofinancingRule());
    proxy.sort(0);
    proxy.setSearchText(QStringLiteral("dinum"));
    proxy.setSearchText(QString());
    source.clear();
}

void TestCandidateFilterProxyModel::filter_data()
{
    QTest::addColumn<QString>("search");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("empty") << QString()
                           << QStringList({QStringLiteral("Envergo"), QStringLiteral("Ma Cantine"),
                                           QStringLiteral("Mobilic"), QStringLiteral("Réfugiés.info")});
    QTest::newRow("name without accents") << QStringLiteral("refugies") << QStringList(QStringLiteral("Réfugiés.info"));
    QTest::newRow("name upper case") << QStringLiteral("MOBI") << QStringList(QStringLiteral("Mobilic"));
    QTest::newRow("carrier") << QStringLiteral("écologique") << QStringList(QStringLiteral("Envergo"));
    QTest::newRow("carrier folded") << QStringLiteral("ministere")
                                    << QStringList({QStringLiteral("Envergo"), QStringLiteral("Ma Cantine"),
                                                    QStringLiteral("Mobilic")});
    QTest::newRow("incubator") << QStringLiteral("dinum")
                               << QStringList({QStringLiteral("Ma Cantine"), QStringLiteral("Réfugiés.info")});
    QTest::newRow("nothing") << QStringLiteral("zzz") << QStringList();
}

void TestCandidateFilterProxyModel::filter()
{
    QFETCH(QString, search);
    QFETCH(QStringList, expected);
    CandidateTableModel source;
    source.setCandidates(sample(), CofinancingRule());
    CandidateFilterProxyModel proxy;
    proxy.setSourceModel(&source);
    proxy.sort(CandidateTableModel::column(CandidateTableModel::Column::Name));
    proxy.setSearchText(search);
    QCOMPARE(names(proxy), expected);
}

void TestCandidateFilterProxyModel::sortsAmountsAsNumbers()
{
    CandidateTableModel source;
    source.setCandidates(sample(), CofinancingRule());
    CandidateFilterProxyModel proxy;
    proxy.setSourceModel(&source);
    // As text, "90 000 €" would sort after "300 000 €" and "1 000 000 €" first.
    proxy.sort(CandidateTableModel::column(CandidateTableModel::Column::Requested), Qt::AscendingOrder);
    QCOMPARE(names(proxy), QStringList({QStringLiteral("Mobilic"), QStringLiteral("Réfugiés.info"),
                                        QStringLiteral("Ma Cantine"), QStringLiteral("Envergo")}));
    proxy.sort(CandidateTableModel::column(CandidateTableModel::Column::Requested), Qt::DescendingOrder);
    QCOMPARE(names(proxy).first(), QStringLiteral("Envergo"));
}

QTEST_MAIN(TestCandidateFilterProxyModel)
#include "tst_candidatefilterproxymodel.moc"
