#include "PastPromotionsFixture.h"
#include "TestSupport.h"
#include "followup/FollowUpDialog.h"
#include "followup/FollowUpPdfExport.h"
#include "followup/FollowUpView.h"
#include "followup/PaymentScheduleDialog.h"
#include "reports/LaureateList.h"
#include "shell/DatabaseSession.h"
#include "shell/MainWindow.h"
#include "storage/FollowUpStore.h"

#include <QAction>
#include <QFileDialog>
#include <QMessageBox>
#include <QPointer>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>

// The follow-up's PDFs from the real window, each button clicked and its save dialog answered: the payment
// schedule's Export to PDF… for the year shown, the follow-up dialog's Export Sheet (PDF)…, and the Follow-up
// tab's button and row context menu, each proposing its file name in the last export folder, writing the PDF
// (read back with pdftotext) and saying so in the window's status bar; a refused file (the open database)
// shown in a message box that names it and says why, the database left byte for byte.
// The committee: PastPromotionsFixture, with FAST11's Réfugiés.info signed on 01/09/2022 (157 860 € paid on
// 15/09/2022, 42 140 € planned on 01/12/2022) and FAST13's Pix signed on 01/10/2023, nothing paid.
class TestFollowUpPdfExport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void scheduleFromItsDialog();
    void sheetFromTheFollowUpDialog();
    void sheetFromTheTab();
    void sheetFromTheContextMenu();
    void refusalInAMessageBox();

private:
    // Answers the next save dialog: keeps the name it proposes (returned through proposed) or selects path,
    // accepts it, and says yes when asked whether to replace a file.
    void answerSaveDialog(const QString &path, QString *proposed);
    QStringList pdfLines(const QString &path) const;
    FollowUpView *showFollowUpTab(const QString &selected);
    QString exportFolder() const { return m_dir->filePath(QStringLiteral("exports")); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<MainWindow> m_window;
    qint64 m_refugees = 0;
};

namespace {

QString u8(const char *text)
{
    return QString::fromUtf8(text);
}

qint64 idOf(MainWindow &window, int promotion, const QString &name)
{
    const Result<QList<Candidate>> candidates = window.store()->candidates(promotion);
    for (const Candidate &candidate : candidates.value()) {
        if (candidate.name == name)
            return candidate.id;
    }
    return 0;
}

} // namespace

void TestFollowUpPdfExport::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("DINUM-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_followuppdfexport"));
    QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty(),
             "pdftotext is needed to read the PDF back: install poppler-utils");
}

void TestFollowUpPdfExport::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_window = std::make_unique<MainWindow>();
    const QString opened =
        PastPromotionsFixture::openInWindow(*m_window, m_dir->filePath(QStringLiteral("committee.sqlite")));
    QVERIFY2(opened.isEmpty(), qPrintable(opened));
    FollowUpStore &followUp = *m_window->session()->followUp();
    m_refugees = idOf(*m_window, 11, u8("Réfugiés.info"));
    QVERIFY(followUp.sign(m_refugees, QDate(2022, 9, 1), QStringLiteral("CONV-11-01")).ok());
    QVERIFY(followUp.markPaid(m_refugees, 1, QDate(2022, 9, 15), std::nullopt, QStringLiteral("VIR-1")).ok());
    QVERIFY(followUp.sign(idOf(*m_window, 13, QStringLiteral("Pix")), QDate(2023, 10, 1), QString()).ok());
    m_window->resize(1400, 820);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QVERIFY(QDir().mkpath(exportFolder()));
    QSettings().setValue(QStringLiteral("export/lastFolder"), exportFolder());
    QSettings().remove(QStringLiteral("laureateList/authority"));
}

void TestFollowUpPdfExport::cleanup()
{
    m_window.reset();
    m_dir.reset();
}

void TestFollowUpPdfExport::answerSaveDialog(const QString &path, QString *proposed)
{
    QTimer::singleShot(0, this, [this, path, proposed] {
        auto *dialog = qobject_cast<QFileDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        if (proposed)
            *proposed = dialog->selectedFiles().value(0);
        if (!path.isEmpty())
            dialog->selectFile(path);
        // Replacing a file is asked first: yes.
        QTimer::singleShot(0, this, [] {
            if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget()))
                box->button(QMessageBox::Yes)->click();
        });
        static_cast<QDialog *>(dialog)->accept();
    });
}

QStringList TestFollowUpPdfExport::pdfLines(const QString &path) const
{
    QProcess process;
    process.start(
        QStandardPaths::findExecutable(QStringLiteral("pdftotext")),
        {QStringLiteral("-layout"), QStringLiteral("-enc"), QStringLiteral("UTF-8"), path, QStringLiteral("-")});
    if (!process.waitForFinished(60000) || process.exitCode() != 0)
        return {QStringLiteral("pdftotext failed")};
    // pdftotext glues a right-aligned "0 €" into "0€": the space is put back.
    static const QRegularExpression glued(QStringLiteral("(\\d)€"));
    QStringList lines;
    for (QString line : QString::fromUtf8(process.readAllStandardOutput()).split(QLatin1Char('\n'))) {
        line = line.replace(QChar(0x00A0), QLatin1Char(' ')).simplified().replace(glued, QStringLiteral("\\1 €"));
        if (!line.isEmpty())
            lines.append(line);
    }
    return lines;
}

FollowUpView *TestFollowUpPdfExport::showFollowUpTab(const QString &selected)
{
    auto *tabs = m_window->findChild<QTabWidget *>(QStringLiteral("mainTabWidget"));
    tabs->setCurrentWidget(m_window->findChild<QWidget *>(QStringLiteral("followUpTab")));
    auto *view = m_window->findChild<FollowUpView *>();
    if (!view)
        return nullptr;
    QTableView *table = view->table();
    for (int row = 0; row < table->model()->rowCount(); ++row) {
        if (table->model()->index(row, 0).data().toString() == selected)
            table->selectRow(row);
    }
    return view;
}

void TestFollowUpPdfExport::scheduleFromItsDialog()
{
    // View > Payment Schedule… opens on FAST13's year, 2023.
    m_window->findChild<QAction *>(QStringLiteral("paymentScheduleAction"))->trigger();
    auto *dialog = m_window->findChild<PaymentScheduleDialog *>();
    QVERIFY(dialog);
    QCOMPARE(dialog->year(), 2023);
    auto *button = dialog->findChild<QPushButton *>(QStringLiteral("exportSchedulePdfButton"));
    QVERIFY(button);
    QCOMPARE(button->text(), QStringLiteral("Export to &PDF…"));
    QString proposed;
    answerSaveDialog(QString(), &proposed);
    QTest::mouseClick(button, Qt::LeftButton);
    const QString expected = QDir(exportFolder()).filePath(QStringLiteral("echeancier-CP-2023.pdf"));
    QCOMPARE(proposed, expected);
    QCOMPARE(m_window->statusBar()->currentMessage(),
             QStringLiteral("Payment schedule 2023 written to %1").arg(QDir::toNativeSeparators(expected)));
    const QStringList lines = pdfLines(expected);
    QCOMPARE(lines.value(0), LaureateList::defaultAuthority());
    QCOMPARE(lines.value(2), u8("Échéancier des crédits de paiement — exercice 2023"));
    // Réfugiés.info's 42 140 € left at the start of 2023, still late; Pix's 250 000 € signed in 2023.
    QVERIFY2(lines.contains(u8("Reste à payer au 31/12/2022 42 140 €")), qPrintable(lines.join(QLatin1Char('\n'))));
    QVERIFY(lines.contains(u8("AE engagées en 2023 (1 convention signée) 250 000 €")));
    QVERIFY(lines.contains(u8("FAST11 Réfugiés.info En paiement, en retard 200 000 € 0 € 157 860 € 42 140 € "
                              "42 140 € le 01/12/2022")));
    QVERIFY(lines.contains(u8("FAST13 Pix Signé, en retard 250 000 € 0 € 0 € 250 000 € 197 325 € le 01/10/2023")));
    QVERIFY(lines.contains(u8("Total (2 lauréats) 450 000 € 0 € 157 860 € 292 140 €")));

    // Another year shown, another year exported.
    dialog->setYear(2022);
    const QString path2022 = QDir(exportFolder()).filePath(QStringLiteral("2022.pdf"));
    answerSaveDialog(path2022, nullptr);
    QTest::mouseClick(button, Qt::LeftButton);
    QVERIFY(pdfLines(path2022).contains(u8("AE engagées en 2022 (1 convention signée) 200 000 €")));
    dialog->close();
}

void TestFollowUpPdfExport::sheetFromTheFollowUpDialog()
{
    QVERIFY(m_window->selectPromotion(11));
    FollowUpView *view = showFollowUpTab(u8("Réfugiés.info"));
    QVERIFY(view);
    QPointer<FollowUpDialog> dialog = view->openSelected();
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    auto *button = dialog->findChild<QPushButton *>(QStringLiteral("exportSheetPdfButton"));
    QVERIFY(button);
    QCOMPARE(button->text(), QStringLiteral("E&xport Sheet (PDF)…"));
    QVERIFY(button->isEnabled());
    QString proposed;
    answerSaveDialog(QString(), &proposed);
    QTest::mouseClick(button, Qt::LeftButton);
    const QString expected = QDir(exportFolder()).filePath(u8("FAST11-suivi-Réfugiés.info.pdf"));
    QCOMPARE(proposed, expected);
    // The follow-up dialog is a window of its own: the main window's status bar says it.
    QCOMPARE(m_window->statusBar()->currentMessage(),
             u8("Follow-up sheet of FAST11 / Réfugiés.info written to %1").arg(QDir::toNativeSeparators(expected)));
    const QStringList lines = pdfLines(expected);
    QCOMPARE(lines.value(2), u8("Fiche de suivi du lauréat"));
    for (const QString &line :
         {u8("Lauréat Réfugiés.info"), u8("Administration porteuse Ministère de l'Intérieur"),
          u8("Incubateur Fabrique numérique"), u8("Référence CONV-11-01"),
          u8("1 01/09/2022 157 860 € 15/09/2022 157 860 € VIR-1"), u8("2 01/12/2022 42 140 € en retard — —"),
          u8("Reste à payer 42 140 €"), u8("Tranche 2 de 42 140 € prévue le 01/12/2022, non payée.")})
        QVERIFY2(lines.contains(line), qPrintable(line + QStringLiteral("\n---\n") + lines.join(QLatin1Char('\n'))));
    dialog->close();
}

void TestFollowUpPdfExport::sheetFromTheTab()
{
    QVERIFY(m_window->selectPromotion(11));
    FollowUpView *view = showFollowUpTab(QStringLiteral("Incubateur Sud"));
    QVERIFY(view);
    auto *button = view->findChild<QPushButton *>(QStringLiteral("exportSheetButton"));
    QVERIFY(button);
    QCOMPARE(button->text(), QStringLiteral("E&xport Sheet (PDF)…"));
    QVERIFY(button->isEnabled());
    QString proposed;
    answerSaveDialog(QString(), &proposed);
    QTest::mouseClick(button, Qt::LeftButton);
    const QString expected = QDir(exportFolder()).filePath(QStringLiteral("FAST11-suivi-Incubateur-Sud.pdf"));
    QCOMPARE(proposed, expected);
    QCOMPARE(m_window->statusBar()->currentMessage(),
             QStringLiteral("Follow-up sheet of FAST11 / Incubateur Sud written to %1")
                 .arg(QDir::toNativeSeparators(expected)));
    const QStringList lines = pdfLines(expected);
    for (const QString &line :
         {u8("Lauréat Incubateur Sud"), u8("Type Incubateur"), u8("Statut À signer"), u8("Signée le non signée")})
        QVERIFY2(lines.contains(line), qPrintable(line + QStringLiteral("\n---\n") + lines.join(QLatin1Char('\n'))));

    // Without a selected row there is nothing to export.
    view->table()->clearSelection();
    QVERIFY(!button->isEnabled());
    QVERIFY(!view->findChild<QAction *>(QStringLiteral("exportSheetAction"))->isEnabled());
}

void TestFollowUpPdfExport::sheetFromTheContextMenu()
{
    QVERIFY(m_window->selectPromotion(13));
    FollowUpView *view = showFollowUpTab(QStringLiteral("Pix"));
    QVERIFY(view);
    QCOMPARE(view->table()->contextMenuPolicy(), Qt::ActionsContextMenu);
    const QList<QAction *> menu = view->table()->actions();
    QCOMPARE(menu.size(), 2);
    QCOMPARE(menu.at(0)->text(), QStringLiteral("Open follow-up…"));
    QCOMPARE(menu.at(1)->text(), QStringLiteral("Export Sheet (PDF)…"));
    const QString path = QDir(exportFolder()).filePath(QStringLiteral("pix.pdf"));
    answerSaveDialog(path, nullptr);
    menu.at(1)->trigger();
    QCOMPARE(m_window->statusBar()->currentMessage(),
             QStringLiteral("Follow-up sheet of FAST13 / Pix written to %1").arg(QDir::toNativeSeparators(path)));
    QVERIFY(pdfLines(path).contains(u8("Lauréat Pix")));

    menu.at(0)->trigger();
    QPointer<FollowUpDialog> dialog = view->findChild<FollowUpDialog *>();
    QVERIFY(dialog);
    QCOMPARE(dialog->windowTitle(), QStringLiteral("Follow-up of FAST13 / Pix"));
    dialog->close();
}

void TestFollowUpPdfExport::refusalInAMessageBox()
{
    QVERIFY(m_window->selectPromotion(11));
    FollowUpView *view = showFollowUpTab(u8("Réfugiés.info"));
    QVERIFY(view);
    const QString database = m_window->databasePath();
    const QByteArray before = TestSupport::readFile(database);
    m_window->statusBar()->clearMessage();
    answerSaveDialog(database, nullptr);
    QTest::mouseClick(view->findChild<QPushButton *>(QStringLiteral("exportSheetButton")), Qt::LeftButton);
    auto *box = view->findChild<QMessageBox *>(QStringLiteral("exportRefusalMessageBox"));
    QVERIFY(box);
    QTRY_VERIFY(box->isVisible());
    QCOMPARE(box->windowTitle(), QStringLiteral("PDF not written"));
    QCOMPARE(box->text(),
             QStringLiteral("Cannot write %1: it is the database in use; choose another file.").arg(database));
    QCOMPARE(m_window->statusBar()->currentMessage(), QString());
    QCOMPARE(TestSupport::readFile(database), before);
    box->close();

    // The same from the payment schedule's own button.
    m_window->findChild<QAction *>(QStringLiteral("paymentScheduleAction"))->trigger();
    auto *dialog = m_window->findChild<PaymentScheduleDialog *>();
    QVERIFY(dialog);
    answerSaveDialog(database, nullptr);
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("exportSchedulePdfButton")), Qt::LeftButton);
    auto *scheduleBox = dialog->findChild<QMessageBox *>(QStringLiteral("exportRefusalMessageBox"));
    QVERIFY(scheduleBox);
    QCOMPARE(scheduleBox->text(),
             QStringLiteral("Cannot write %1: it is the database in use; choose another file.").arg(database));
    QCOMPARE(TestSupport::readFile(database), before);
    scheduleBox->close();
    dialog->close();
}

QTEST_MAIN(TestFollowUpPdfExport)
#include "tst_followuppdfexport.moc"
