#include "candidates/CandidateTableView.h"

#include <QHeaderView>
#include <QStandardItemModel>
#include <QtTest>

// The candidates' table measures only the longest texts of a column; for real names and amounts that
// must give the width QTableView gets by measuring every row.
class TestCandidateTableView : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void widthsEqualMeasuringEveryRow();
    void longestRowFarDownIsMeasured();
    void emptyOrHiddenColumnAsksNothing();

private:
    QStandardItemModel *m_model = nullptr;
};

void TestCandidateTableView::init()
{
    m_model = new QStandardItemModel(0, 3);
    const QStringList names = {QStringLiteral("Aidants Connect"),  QStringLiteral("Mon Espace Élu"),
                               QStringLiteral("Portail Archives"), QStringLiteral("Démarches simplifiées"),
                               QStringLiteral("ProConnect"),       QStringLiteral("Signal conso")};
    const QStringList carriers = {QStringLiteral("Ministère de la Culture"),
                                  QStringLiteral("Agence nationale de la cohésion des territoires"),
                                  QStringLiteral("DINUM"), QStringLiteral("Ministère de l'Intérieur")};
    for (int row = 0; row < 120; ++row) {
        QList<QStandardItem *> items{new QStandardItem(names.at(row % names.size()) + QStringLiteral(" %1").arg(row)),
                                     new QStandardItem(carriers.at(row % carriers.size())),
                                     new QStandardItem(QStringLiteral("%1\u00a0000,00\u00a0€").arg(100 + row))};
        QFont bold;
        bold.setBold(true);
        items.at(0)->setFont(bold);
        m_model->appendRow(items);
    }
}

void TestCandidateTableView::cleanup()
{
    delete m_model;
    m_model = nullptr;
}

void TestCandidateTableView::widthsEqualMeasuringEveryRow()
{
    CandidateTableView fast;
    fast.setModel(m_model);
    QTableView every;
    every.setModel(m_model);
    every.horizontalHeader()->setResizeContentsPrecision(-1);
    fast.resizeColumnsToContents();
    every.resizeColumnsToContents();
    for (int column = 0; column < m_model->columnCount(); ++column)
        QCOMPARE(fast.columnWidth(column), every.columnWidth(column));
    QVERIFY(fast.columnWidth(1) > fast.columnWidth(2));
}

void TestCandidateTableView::longestRowFarDownIsMeasured()
{
    m_model->item(97, 1)->setText(QStringLiteral("Direction interministérielle du numérique et du système "
                                                 "d'information et de communication de l'État"));
    CandidateTableView fast;
    fast.setModel(m_model);
    QTableView every;
    every.setModel(m_model);
    every.horizontalHeader()->setResizeContentsPrecision(-1);
    fast.resizeColumnToContents(1);
    every.resizeColumnToContents(1);
    QCOMPARE(fast.columnWidth(1), every.columnWidth(1));
    // Measuring only the first rows, as QTableView's precision does, would have missed it.
    QTableView firstRows;
    firstRows.setModel(m_model);
    firstRows.horizontalHeader()->setResizeContentsPrecision(50);
    firstRows.resizeColumnToContents(1);
    QVERIFY(firstRows.columnWidth(1) < fast.columnWidth(1));
}

void TestCandidateTableView::emptyOrHiddenColumnAsksNothing()
{
    CandidateTableView fast;
    QCOMPARE(fast.sizeHintForColumn(0), -1);
    fast.setModel(m_model);
    fast.setColumnHidden(2, true);
    QCOMPARE(fast.sizeHintForColumn(2), -1);
    QCOMPARE(fast.sizeHintForColumn(3), -1);
    m_model->removeRows(0, m_model->rowCount());
    QCOMPARE(fast.sizeHintForColumn(0), -1);
}

QTEST_MAIN(TestCandidateTableView)
#include "tst_candidatetableview.moc"
