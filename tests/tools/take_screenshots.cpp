#include "AmountField.h"
#include "CandidateDialog.h"
#include "ImportPreviewDialog.h"
#include "LanguageSetting.h"
#include "MainWindow.h"
#include "PromotionDialog.h"
#include "TestSupport.h"

#include <QAction>
#include <QComboBox>
#include <QLineEdit>
#include <QPointer>
#include <QTableView>
#include <QtTest>

// Not a check but the documentation's pictures, so not a ctest suite: with FAST_SCREENSHOT_DIR set
// (FAST_SCREENSHOT_DIR=docs build/tests/take_screenshots), draws the demonstration's window and the
// candidate form in French and saves them there (docs/main-window.png, docs/candidate-form.png).
class TestScreenshots : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void mainWindowAndForm();

private:
    QString m_directory;
};

void TestScreenshots::initTestCase()
{
    m_directory = qEnvironmentVariable("FAST_SCREENSHOT_DIR");
    if (m_directory.isEmpty())
        QSKIP("FAST_SCREENSHOT_DIR is not set");
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("DINUM-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_screenshots"));
    QVERIFY(LanguageSetting::install(*QCoreApplication::instance(), QStringLiteral("fr")));
}

void TestScreenshots::mainWindowAndForm()
{
    MainWindow window;
    QVERIFY(window.openDemo().ok());
    window.resize(1500, 860);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.selectPromotion(13));
    QTest::qWait(50);
    QVERIFY(window.grab().save(m_directory + QStringLiteral("/main-window.png")));

    window.findChild<QAction *>(QStringLiteral("dashboardAction"))->trigger();
    QTest::qWait(200);
    QVERIFY(window.grab().save(m_directory + QStringLiteral("/main-window-dashboard.png")));
    window.findChild<QAction *>(QStringLiteral("dashboardAction"))->trigger();

    window.setSessionMode(true);
    QTest::qWait(50);
    QVERIFY(window.grab().save(m_directory + QStringLiteral("/main-window-session.png")));
    window.setSessionMode(false);

    QVERIFY(window.selectPromotion(14));
    QPointer<CandidateDialog> dialog = window.openCandidateDialog(std::nullopt);
    QVERIFY(dialog);
    // Typed text with accents is set directly: QTest::keyClicks only types Latin-1 keys.
    dialog->findChild<QLineEdit *>(QStringLiteral("nameEdit"))->setText(QStringLiteral("Mon Suivi Social"));
    dialog->findChild<QLineEdit *>(QStringLiteral("carrierEdit"))
        ->setText(QStringLiteral("Ministère des Solidarités et des Familles"));
    dialog->findChild<QLineEdit *>(QStringLiteral("incubatorEdit"))
        ->setText(QStringLiteral("Fabrique numérique des ministères sociaux"));
    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("annualBudgetEdit")), QStringLiteral("520 000"));
    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("requestedAmountEdit")), QStringLiteral("300,000"));
    dialog->adjustSize();
    QTest::qWait(50);
    QVERIFY(dialog->grab().save(m_directory + QStringLiteral("/candidate-form-error.png")));
    auto *requested = dialog->findChild<QLineEdit *>(QStringLiteral("requestedAmountEdit"));
    requested->clear();
    QTest::keyClicks(requested, QStringLiteral("300 000"));
    dialog->adjustSize();
    QTest::qWait(50);
    QVERIFY(dialog->grab().save(m_directory + QStringLiteral("/candidate-form.png")));
    dialog->reject();

    QPointer<PromotionDialog> promotionDialog = window.openPromotionDialog(true);
    QVERIFY(promotionDialog);
    promotionDialog->adjustSize();
    QTest::qWait(50);
    QVERIFY(promotionDialog->grab().save(m_directory + QStringLiteral("/promotion-dialog.png")));
    promotionDialog->reject();

    QTemporaryDir dir;
    const QString csv = TestSupport::writeFile(dir, QStringLiteral("candidatures.csv"),
                                               "projet;administration;type;budget_annuel;montant_demande\n"
                                               "Docurba;DGALN;produit;480 000;300,000\n"
                                               ";DGITM;produit;400 000;180 000\n"
                                               "Mano;DIHAL;startup;360 000;200 000\n");
    QPointer<ImportPreviewDialog> preview = window.openImportPreview(csv);
    QVERIFY(preview);
    QTest::qWait(50);
    QVERIFY(preview->grab().save(m_directory + QStringLiteral("/import-preview.png")));
    preview->reject();
}

QTEST_MAIN(TestScreenshots)
#include "take_screenshots.moc"
