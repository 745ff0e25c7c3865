#include "TestSupport.h"
#include "candidates/ImportPreviewDialog.h"
#include "reports/CandidateCsvImport.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QtTest>

// The import preview lists every problem by line and column before anything is written, and otherwise
// the rows that would be imported.
class TestImportPreviewDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void listsEveryProblem();
    void listsRowsWhenValid();
    void realFileWithErrors();

private:
    static QStringList rowTexts(const QTableWidget &table, int row);
};

QStringList TestImportPreviewDialog::rowTexts(const QTableWidget &table, int row)
{
    QStringList texts;
    for (int column = 0; column < table.columnCount(); ++column)
        texts.append(table.item(row, column) ? table.item(row, column)->text() : QString());
    return texts;
}

void TestImportPreviewDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestImportPreviewDialog::listsEveryProblem()
{
    CandidateCsvParse parse;
    parse.problems = {{QStringLiteral("f.csv"), 3, QStringLiteral("montant_demande"), QStringLiteral("ambiguous")},
                      {QStringLiteral("f.csv"), 5, QStringLiteral("projet"), QStringLiteral("required")},
                      {QStringLiteral("f.csv"), 0, QString(), QStringLiteral("whole file")}};
    ImportPreviewDialog dialog(QStringLiteral("f.csv"), parse, CofinancingRule(), QStringLiteral("FAST14"));
    dialog.show();
    QTableWidget *problems = dialog.problemsTable();
    QAbstractItemModelTester tester(problems->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(problems->isVisible());
    QVERIFY(!dialog.rowsTable()->isVisible());
    QVERIFY(!dialog.sheetComboBox()->isVisible()); // a CSV file has no sheets to choose
    QCOMPARE(problems->rowCount(), 3);
    QCOMPARE(problems->horizontalHeaderItem(0)->text(), QStringLiteral("Line"));
    QCOMPARE(problems->horizontalHeaderItem(1)->text(), QStringLiteral("Column"));
    QCOMPARE(problems->horizontalHeaderItem(2)->text(), QStringLiteral("Problem"));
    QCOMPARE(rowTexts(*problems, 0),
             QStringList({QStringLiteral("3"), QStringLiteral("montant_demande"), QStringLiteral("ambiguous")}));
    QCOMPARE(rowTexts(*problems, 1),
             QStringList({QStringLiteral("5"), QStringLiteral("projet"), QStringLiteral("required")}));
    QCOMPARE(rowTexts(*problems, 2), QStringList({QString(), QString(), QStringLiteral("whole file")}));
    QVERIFY(!dialog.importButton()->isEnabled());
    QCOMPARE(dialog.findChild<QLabel *>(QStringLiteral("importSummaryLabel"))->text(),
             QStringLiteral("3 problem(s) found: nothing will be imported until the file is corrected."));
}

void TestImportPreviewDialog::listsRowsWhenValid()
{
    CandidateCsvParse parse;
    Candidate candidate;
    candidate.name = QStringLiteral("Docurba");
    candidate.carrier = QStringLiteral("DGALN");
    candidate.annualBudget = Money::fromEuros(480000);
    candidate.requested = Money::fromEuros(300000);
    parse.candidates = {candidate};
    parse.lines = {2};
    ImportPreviewDialog dialog(QStringLiteral("ok.csv"), parse, CofinancingRule(), QStringLiteral("FAST14"));
    dialog.show();
    QAbstractItemModelTester tester(dialog.rowsTable()->model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(!dialog.problemsTable()->isVisible());
    QCOMPARE(dialog.rowsTable()->rowCount(), 1);
    QCOMPARE(rowTexts(*dialog.rowsTable(), 0),
             QStringList({QStringLiteral("2"), QStringLiteral("Docurba"), QStringLiteral("DGALN"),
                          QStringLiteral("Product"), QStringLiteral("480\u00a0000\u00a0€"),
                          QStringLiteral("300\u00a0000\u00a0€"), QStringLiteral("240\u00a0000\u00a0€"), QString()}));
    QVERIFY(dialog.importButton()->isEnabled());
}

void TestImportPreviewDialog::realFileWithErrors()
{
    QTemporaryDir dir;
    const QString path = TestSupport::writeFile(dir, QStringLiteral("candidats.csv"),
                                                "projet;administration;budget_annuel;montant_demande\n"
                                                "Docurba;DGALN;480 000;240 000\n"
                                                "Mano;DIHAL;360 000;300,000\n"
                                                ";DGITM;400 000;180 000\n");
    const CandidateCsvParse parse = CandidateCsvImport::parseFile(path, CofinancingRule(), {});
    QVERIFY(!parse.ok());
    ImportPreviewDialog dialog(QStringLiteral("candidats.csv"), parse, CofinancingRule(), QStringLiteral("FAST14"));
    QTableWidget *problems = dialog.problemsTable();
    QCOMPARE(problems->rowCount(), parse.problems.size());
    QVERIFY(problems->rowCount() >= 2);
    // One row per problem, located as the parser located it.
    QCOMPARE(problems->item(0, 0)->text(), QStringLiteral("3"));
    QCOMPARE(problems->item(0, 1)->text(), QStringLiteral("montant_demande"));
    QCOMPARE(problems->item(0, 2)->text(), parse.problems.at(0).reason);
    QCOMPARE(problems->item(1, 0)->text(), QStringLiteral("4"));
    QCOMPARE(problems->item(1, 1)->text(), QStringLiteral("projet"));
    QVERIFY(!dialog.importButton()->isEnabled());
}

QTEST_MAIN(TestImportPreviewDialog)
#include "tst_importpreviewdialog.moc"
