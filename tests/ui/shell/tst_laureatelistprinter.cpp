#include "shell/LaureateListPrinter.h"
#include "shell/MainWindow.h"
#include "PastPromotionsFixture.h"
#include "TestSupport.h"
#include "reports/CandidateCsvExport.h"
#include "reports/LaureateListPdf.h"

#include <QAction>
#include <QFileDialog>
#include <QMenu>
#include <QMessageBox>
#include <QPrinter>
#include <QProcess>
#include <QRegularExpression>
#include <QSettings>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>

// The File menu's exports and printing in the real window: the PDF action proposes "FAST13-laureats.pdf" in
// the last folder used and writes the official list; the CSV export writes the import's bytes; printing
// paints the PDF's document on the printer (here a PDF printer, no dialog); refusals come back with their
// message, in the window's message box when the export came from the menu; the window's own database is
// never written over.
class TestLaureateListPrinter : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void actionsAndShortcuts();
    void exportActionWritesThePdf();
    void exportToAMissingFolderIsRefused();
    void exportOverTheDatabaseIsRefused();
    void exportCandidatesCsvWritesTheImportBytes();
    void printsTheSameDocument();
    void printerPreparedForTheDocument();

private:
    QString pdfText(const QString &path) const;

    QString m_pdftotext;
    QTemporaryDir *m_dir = nullptr;
    MainWindow *m_window = nullptr;
};

namespace {

// pdftotext shows no-break spaces as plain ones.
QString plain(QString text)
{
    return text.replace(QChar(0x00A0), QLatin1Char(' ')).replace(QChar(0x202F), QLatin1Char(' '));
}

} // namespace

void TestLaureateListPrinter::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("DINUM-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_laureatelistprinter"));
    m_pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (m_pdftotext.isEmpty())
        QSKIP("pdftotext (poppler-utils) is needed to read the PDF back");
}

void TestLaureateListPrinter::init()
{
    m_dir = new QTemporaryDir;
    m_window = new MainWindow;
    const QString opened =
        PastPromotionsFixture::openInWindow(*m_window, m_dir->filePath(QStringLiteral("committee.sqlite")));
    QVERIFY2(opened.isEmpty(), qPrintable(opened));
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
}

void TestLaureateListPrinter::cleanup()
{
    delete m_window;
    m_window = nullptr;
    delete m_dir;
    m_dir = nullptr;
}

QString TestLaureateListPrinter::pdfText(const QString &path) const
{
    QProcess process;
    process.start(m_pdftotext, {QStringLiteral("-layout"), QStringLiteral("-enc"), QStringLiteral("UTF-8"), path,
                                QStringLiteral("-")});
    if (!process.waitForFinished(60000) || process.exitCode() != 0)
        return QStringLiteral("pdftotext failed: ") + QString::fromUtf8(process.readAllStandardError());
    return plain(QString::fromUtf8(process.readAllStandardOutput()));
}

void TestLaureateListPrinter::actionsAndShortcuts()
{
    const auto action = [this](const char *name) {
        return m_window->findChild<QAction *>(QLatin1String(name));
    };
    QCOMPARE(action("exportPdfAction")->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_E));
    QCOMPARE(action("printAction")->shortcut(), QKeySequence(QKeySequence::Print));
    QCOMPARE(action("searchAllAction")->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
    for (const char *name : {"exportPdfAction", "exportCsvAction", "printAction"}) {
        QVERIFY2(action(name)->isEnabled(), name);
        // In the File menu.
        QVERIFY2(m_window->findChild<QMenu *>(QStringLiteral("fileMenu"))->actions().contains(action(name)), name);
    }
    // No other action of the window takes the same shortcut.
    QHash<QKeySequence, QString> taken;
    const QList<QAction *> actions = m_window->findChildren<QAction *>();
    for (const QAction *each : actions) {
        for (const QKeySequence &key : each->shortcuts()) {
            QVERIFY2(!taken.contains(key), qPrintable(key.toString() + QLatin1Char(' ') + each->objectName() +
                                                      QLatin1Char(' ') + taken.value(key)));
            taken.insert(key, each->objectName());
        }
    }
}

void TestLaureateListPrinter::exportActionWritesThePdf()
{
    const QString folder = m_dir->filePath(QStringLiteral("exports"));
    QVERIFY(QDir().mkpath(folder));
    QSettings().setValue(QStringLiteral("export/lastFolder"), folder);
    QVERIFY(m_window->selectPromotion(11));
    QString proposed;
    // The save dialog is answered as a user would: the name it proposes is kept.
    QTimer::singleShot(0, this, [&proposed] {
        auto *dialog = qobject_cast<QFileDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        proposed = dialog->selectedFiles().value(0);
        static_cast<QDialog *>(dialog)->accept();
    });
    QTest::keyClick(m_window, Qt::Key_E, Qt::ControlModifier);
    const QString expected = QDir(folder).filePath(QStringLiteral("FAST11-laureats.pdf"));
    QCOMPARE(proposed, expected);
    QVERIFY(QFileInfo::exists(expected));
    const QString text = pdfText(expected);
    QVERIFY2(text.contains(QStringLiteral("Promotion FAST11 — Liste des lauréats")), qPrintable(text));
    QVERIFY2(text.contains(QString::fromUtf8("Réfugiés.info")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Incubateur Sud")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Total : 2 lauréats")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("350 000 €")), qPrintable(text));
    // Closed: no provisional warning.
    QVERIFY(!text.contains(QStringLiteral("Document provisoire")));
    QCOMPARE(m_window->statusBar()->currentMessage(),
             QStringLiteral("List of the laureates of FAST11 written to %1").arg(QDir::toNativeSeparators(expected)));
    QCOMPARE(QSettings().value(QStringLiteral("export/lastFolder")).toString(), folder);
}

void TestLaureateListPrinter::exportToAMissingFolderIsRefused()
{
    const QString path = m_dir->filePath(QStringLiteral("missing/FAST13-laureats.pdf"));
    const Outcome written = m_window->exportLaureateList(path);
    QVERIFY(!written);
    QVERIFY2(written.error().startsWith(QStringLiteral("Cannot write %1").arg(path)), qPrintable(written.error()));
    QVERIFY(!QFileInfo::exists(path));
    QVERIFY(!m_window->exportCandidatesCsv(m_dir->filePath(QStringLiteral("missing/x.csv"))));
}

void TestLaureateListPrinter::exportOverTheDatabaseIsRefused()
{
    const QString database = m_window->databasePath();
    QVERIFY(QFileInfo(database).isAbsolute());
    const QByteArray before = TestSupport::readFile(database);
    QVERIFY(m_window->selectPromotion(13));
    QCOMPARE(m_window->exportLaureateList(database).error(),
             QStringLiteral("Cannot write %1: it is the database in use; choose another file.").arg(database));
    const QString journalMessage =
        QStringLiteral("Cannot write %1: it is a journal of the database in use (%2); choose another file.");
    const QString wal = database + QStringLiteral("-wal");
    QCOMPARE(m_window->exportCandidatesCsv(wal).error(), journalMessage.arg(wal, database));
    // Printing to a file writes that file too.
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(database);
    QCOMPARE(m_window->printLaureateList(printer).error(),
             QStringLiteral("Cannot write %1: it is the database in use; choose another file.").arg(database));
    QCOMPARE(TestSupport::readFile(database), before);

    // From the File menu, the refusal is shown in the window's message box. The rollback journal does not
    // exist (the database is in WAL mode), so the save dialog asks no confirmation.
    const QString journal = database + QStringLiteral("-journal");
    QVERIFY(!QFileInfo::exists(journal));
    QSettings().setValue(QStringLiteral("export/lastFolder"), QFileInfo(database).absolutePath());
    QTimer::singleShot(0, this, [&journal] {
        auto *dialog = qobject_cast<QFileDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        dialog->selectFile(journal);
        static_cast<QDialog *>(dialog)->accept();
    });
    m_window->findChild<QAction *>(QStringLiteral("exportCsvAction"))->trigger();
    auto *box = m_window->findChild<QMessageBox *>(QStringLiteral("refusalMessageBox"));
    QVERIFY(box);
    QCOMPARE(box->text(), journalMessage.arg(journal, database));
    QVERIFY(!QFileInfo::exists(journal));
    QCOMPARE(TestSupport::readFile(database), before);
}

void TestLaureateListPrinter::exportCandidatesCsvWritesTheImportBytes()
{
    const QString path = m_dir->filePath(QStringLiteral("FAST12-candidatures.csv"));
    QVERIFY(m_window->selectPromotion(12));
    const Outcome written = m_window->exportCandidatesCsv(path);
    QVERIFY2(written.ok(), qPrintable(written.error()));
    const QByteArray bytes = TestSupport::readFile(path);
    QCOMPARE(bytes, CandidateCsvExport::toCsv(*m_window->store()->promotion(12).value(), m_window->store()->candidates(12).value()));
    QVERIFY(bytes.contains("Mon Suivi Social"));
    QVERIFY(bytes.contains("Refugies.Info"));
    QCOMPARE(m_window->statusBar()->currentMessage(),
             QStringLiteral("2 candidate(s) of FAST12 exported to %1").arg(QDir::toNativeSeparators(path)));
}

void TestLaureateListPrinter::printsTheSameDocument()
{
    QVERIFY(m_window->selectPromotion(13));
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    const QString printed = m_dir->filePath(QStringLiteral("printed.pdf"));
    printer.setOutputFileName(printed);
    LaureateListPrinter::prepare(printer, LaureateList::build(*m_window->currentPromotion(), {}));
    const Outcome done = m_window->printLaureateList(printer);
    QVERIFY2(done.ok(), qPrintable(done.error()));
    QCOMPARE(m_window->statusBar()->currentMessage(),
             QStringLiteral("List of the laureates of FAST13 sent to %1").arg(QDir::toNativeSeparators(printed)));
    const QString exported = m_dir->filePath(QStringLiteral("exported.pdf"));
    QVERIFY(m_window->exportLaureateList(exported).ok());

    const QString printedText = pdfText(printed);
    QVERIFY2(printedText.contains(QStringLiteral("Promotion FAST13 — Liste des lauréats")), qPrintable(printedText));
    QVERIFY2(printedText.contains(QStringLiteral("Document provisoire")), qPrintable(printedText));
    QVERIFY2(printedText.contains(QStringLiteral("Total : 1 lauréat")), qPrintable(printedText));
    QVERIFY2(printedText.contains(QStringLiteral("250 000 €")), qPrintable(printedText));
    QVERIFY2(printedText.contains(QStringLiteral("Page 1 / 1")), qPrintable(printedText));
    // Word for word the PDF's text, except the minute of generation in the footer.
    const auto words = [](const QString &text) {
        QStringList all = text.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
        all.removeIf(
            [](const QString &word) { return word.contains(QRegularExpression(QStringLiteral("^\\d\\d:\\d\\d$"))); });
        return all;
    };
    QCOMPARE(words(printedText), words(pdfText(exported)));
}

void TestLaureateListPrinter::printerPreparedForTheDocument()
{
    QPrinter printer;
    Promotion promotion;
    promotion.number = 13;
    LaureateListPrinter::prepare(printer, LaureateList::build(promotion, {}));
    QCOMPARE(printer.pageLayout().orientation(), QPageLayout::Landscape);
    QCOMPARE(printer.pageLayout().pageSize().id(), QPageSize::A4);
    QCOMPARE(printer.docName(), LaureateListPdf::title(promotion));
}

QTEST_MAIN(TestLaureateListPrinter)
#include "tst_laureatelistprinter.moc"
