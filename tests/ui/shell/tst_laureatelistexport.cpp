#include "PastPromotionsFixture.h"
#include "SpreadsheetTestData.h"
#include "TestSupport.h"
#include "shell/MainWindow.h"

#include <QAction>
#include <QFileDialog>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>

// File > Export Spreadsheet (XLSX)… in the real window: the action sits after the CSV export and follows the
// shown promotion; its save dialog proposes "FAST11.xlsx" in the last export folder and asks before replacing
// a file (answered No, the file is kept); the workbook written reads back through the import's reader, sheet
// by sheet; the open database is refused in the window's message box and left byte for byte.
class TestLaureateListExport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void actionInTheFileMenu();
    void exportsTheWorkbookFromTheMenu();
    void asksBeforeReplacingAFile();
    void refusesTheDatabase();

private:
    // Answers the next save dialog: selects path when given (else keeps the proposed name), accepts it and
    // gives back the name the dialog proposed.
    void answerSaveDialog(const QString &path, QString *proposed);

    QTemporaryDir *m_dir = nullptr;
    MainWindow *m_window = nullptr;
};

using SpreadsheetTestData::readSheet;
using SpreadsheetTestData::row;

void TestLaureateListExport::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("DINUM-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_laureatelistexport"));
}

void TestLaureateListExport::init()
{
    m_dir = new QTemporaryDir;
    m_window = new MainWindow;
    const QString opened =
        PastPromotionsFixture::openInWindow(*m_window, m_dir->filePath(QStringLiteral("committee.sqlite")));
    QVERIFY2(opened.isEmpty(), qPrintable(opened));
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
    const QString folder = m_dir->filePath(QStringLiteral("exports"));
    QVERIFY(QDir().mkpath(folder));
    QSettings().setValue(QStringLiteral("export/lastFolder"), folder);
}

void TestLaureateListExport::cleanup()
{
    delete m_window;
    m_window = nullptr;
    delete m_dir;
    m_dir = nullptr;
}

void TestLaureateListExport::answerSaveDialog(const QString &path, QString *proposed)
{
    QTimer::singleShot(0, this, [path, proposed] {
        auto *dialog = qobject_cast<QFileDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        if (proposed)
            *proposed = dialog->selectedFiles().value(0);
        if (!path.isEmpty())
            dialog->selectFile(path);
        static_cast<QDialog *>(dialog)->accept();
    });
}

void TestLaureateListExport::actionInTheFileMenu()
{
    auto *action = m_window->findChild<QAction *>(QStringLiteral("exportXlsxAction"));
    QVERIFY(action);
    QCOMPARE(action->text(), QStringLiteral("Export &Spreadsheet (XLSX)…"));
    const QList<QAction *> file = m_window->findChild<QMenu *>(QStringLiteral("fileMenu"))->actions();
    const qsizetype csv = file.indexOf(m_window->findChild<QAction *>(QStringLiteral("exportCsvAction")));
    QVERIFY(csv >= 0);
    QCOMPARE(file.indexOf(action), csv + 1);
    QVERIFY(action->isEnabled());
}

void TestLaureateListExport::exportsTheWorkbookFromTheMenu()
{
    QVERIFY(m_window->selectPromotion(11));
    QString proposed;
    answerSaveDialog(QString(), &proposed);
    m_window->findChild<QAction *>(QStringLiteral("exportXlsxAction"))->trigger();
    const QString expected = m_dir->filePath(QStringLiteral("exports/FAST11.xlsx"));
    QCOMPARE(proposed, expected);
    QVERIFY(QFileInfo::exists(expected));
    QCOMPARE(m_window->statusBar()->currentMessage(),
             QStringLiteral("3 candidate(s) of FAST11 exported with the ranking and the laureates to %1")
                 .arg(QDir::toNativeSeparators(expected)));

    const CsvTable candidates = readSheet(expected);
    QCOMPARE(candidates.sheetNames,
             QStringList({QStringLiteral("Candidates"), QStringLiteral("Ranking"), QStringLiteral("Laureates")}));
    QCOMPARE(candidates.records.size(), 4);
    // The ranking tab's rows: Réfugiés.info scored 80 by Alice, the two others without notes, by name.
    const CsvTable ranking = readSheet(expected, QStringLiteral("Ranking"));
    QCOMPARE(ranking.records.size(), 4);
    QCOMPARE(ranking.records.at(1).fields.mid(0, 9),
             row({"1", "", "Réfugiés.info", "80", "300000", "Laureate", "Laureate", "200000", "200000"}));
    QCOMPARE(ranking.records.at(2).fields.mid(0, 9),
             row({"", "", "Aides-Jeunes", "", "300000", "", "Not selected", "", "200000"}));
    QCOMPARE(ranking.records.at(3).fields.mid(0, 9),
             row({"", "", "Incubateur Sud", "", "300000", "", "Laureate", "150000", "350000"}));
    const CsvTable laureates = readSheet(expected, QStringLiteral("Laureates"));
    QCOMPARE(laureates.records.size(), 6);
    QCOMPARE(laureates.records.at(1).fields, row({"1", "Réfugiés.info", "Ministère de l'Intérieur",
                                                  "Fabrique numérique", "Product", "1000000", "200000", "0,2"}));
    QCOMPARE(laureates.records.at(2).fields,
             row({"2", "Incubateur Sud", "Région Sud", "Incubateur Sud", "Incubator", "1000000", "150000", "0,15"}));
    QCOMPARE(laureates.records.at(3).fields, row({"", "Total: 2 laureate(s)", "", "", "", "", "350000", ""}));
    QCOMPARE(laureates.records.at(4).fields, row({"", "Envelope of FAST11", "", "", "", "", "1000000", ""}));
    QCOMPARE(laureates.records.at(5).fields, row({"", "Remaining", "", "", "", "", "650000", ""}));
}

void TestLaureateListExport::asksBeforeReplacingAFile()
{
    QVERIFY(m_window->selectPromotion(12));
    const QString existing =
        TestSupport::writeFile(*m_dir, QStringLiteral("exports/FAST12.xlsx"), QByteArrayLiteral("kept"));
    // The save dialog asks before replacing; answered No, it stays open and is then cancelled.
    QString question;
    QTimer::singleShot(0, this, [this, &question] {
        auto *dialog = qobject_cast<QFileDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        QTimer::singleShot(0, this, [this, &question, dialog] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (box) {
                question = box->text();
                box->button(QMessageBox::No)->click();
            }
            QTimer::singleShot(0, dialog, &QDialog::reject);
        });
        static_cast<QDialog *>(dialog)->accept();
    });
    m_window->findChild<QAction *>(QStringLiteral("exportXlsxAction"))->trigger();
    QVERIFY2(question.contains(QStringLiteral("FAST12.xlsx already exists")), qPrintable(question));
    QCOMPARE(TestSupport::readFile(existing), QByteArrayLiteral("kept"));
}

void TestLaureateListExport::refusesTheDatabase()
{
    QVERIFY(m_window->selectPromotion(13));
    const QString database = m_window->databasePath();
    const QByteArray before = TestSupport::readFile(database);
    QCOMPARE(m_window->exportWorkbook(database).error(),
             QStringLiteral("Cannot write %1: it is the database in use; choose another file.").arg(database));
    QCOMPARE(TestSupport::readFile(database), before);
}

QTEST_MAIN(TestLaureateListExport)
#include "tst_laureatelistexport.moc"
