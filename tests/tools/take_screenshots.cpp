#include "TestSupport.h"
#include "audit/AuditLogDialog.h"
#include "candidates/CandidateDialog.h"
#include "candidates/ImportPreviewDialog.h"
#include "followup/FollowUpDialog.h"
#include "followup/FollowUpView.h"
#include "followup/PaymentScheduleDialog.h"
#include "help/AboutDialog.h"
#include "help/GuideContentsTree.h"
#include "help/UserGuideWindow.h"
#include "history/ClosePromotionDialog.h"
#include "history/PromotionDialog.h"
#include "scoring/CriteriaDialog.h"
#include "scoring/ScoringGridModel.h"
#include "scoring/ScoringGridView.h"
#include "session/HearingClock.h"
#include "shell/LanguageSetting.h"
#include "shell/MainWindow.h"
#include "shell/PreferencesDialog.h"
#include "shell/ServerConnectDialog.h"
#include "storage/CommitteeStore.h"
#include "storage/FollowUpStore.h"
#include "storage/ScoringStore.h"
#include "whatif/WhatIfView.h"
#include "widgets/AmountField.h"

#include <QAbstractItemModel>
#include <QAction>
#include <QComboBox>
#include <QLineEdit>
#include <QPointer>
#include <QProcess>
#include <QPushButton>
#include <QScrollArea>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
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
    void scoringGrid();
    void rankingView();
    void whatIfComparison();
    void laureateListPage();
    void signingDialogs();
    void auditLog();
    void criteriaEditor();
    void firstRun();
    void sessionModeTabs();
    void help();
    void dashboardSizes();
    void followUp();

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

    // Session mode on a 1 280 × 720 projector (docs/main-window-session.png).
    window.setSessionMode(true);
    window.resize(1280, 720);
    QTest::qWait(50);
    QVERIFY(window.grab().save(m_directory + QStringLiteral("/main-window-session.png")));
    window.setSessionMode(false);
    window.resize(1500, 860);

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

// The demo's FAST14 scoring grid, on the first criterion and on the total (docs/scoring-grid.png,
// docs/scoring-grid-total.png); "take_screenshots scoringGrid" writes these two alone.
void TestScreenshots::scoringGrid()
{
    MainWindow window;
    QVERIFY(window.openDemo().ok());
    window.resize(1500, 700);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.selectPromotion(14));
    window.findChild<QTabWidget *>(QStringLiteral("mainTabWidget"))
        ->setCurrentWidget(window.findChild<QWidget *>(QStringLiteral("scoringTab")));
    auto *page = window.findChild<ScoringGridView *>(QStringLiteral("scoringGridView"));
    QVERIFY(page);
    auto *table = page->findChild<QTableView *>(QStringLiteral("scoringTableView"));
    table->setFocus();
    table->setCurrentIndex(page->model()->index(0, 0));
    QTest::qWait(50);
    QVERIFY(window.grab().save(m_directory + QStringLiteral("/scoring-grid.png")));
    page->showCriterion(ScoringGridModel::totalView);
    QTest::qWait(50);
    QVERIFY(window.grab().save(m_directory + QStringLiteral("/scoring-grid-total.png")));
}

// The demo's FAST14 what-if tab comparing two saved scenarios, "Enveloppe +300 k€" and one without the
// first proposed laureate (docs/what-if-comparison.png); "take_screenshots whatIfComparison" writes it alone.
void TestScreenshots::whatIfComparison()
{
    MainWindow window;
    QVERIFY(window.openDemo().ok());
    window.resize(1600, 1000);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.selectPromotion(14));
    window.findChild<QTabWidget *>(QStringLiteral("mainTabWidget"))
        ->setCurrentWidget(window.findChild<QWidget *>(QStringLiteral("whatIfTab")));
    auto *page = window.findChild<WhatIfView *>(QStringLiteral("whatIfView"));
    QVERIFY(page);
    auto *envelope = page->findChild<QLineEdit *>(QStringLiteral("scenarioEnvelopeEdit"));
    auto *name = page->findChild<QLineEdit *>(QStringLiteral("scenarioNameEdit"));
    auto *save = page->findChild<QPushButton *>(QStringLiteral("saveScenarioButton"));

    const Money promotionEnvelope = window.store()->promotion(14).value()->envelope;
    envelope->setText((promotionEnvelope + Money::fromEuros(300000)).toNumberString());
    name->setText(QStringLiteral("Enveloppe +300 k€"));
    QTest::mouseClick(save, Qt::LeftButton);

    QTest::mouseClick(page->findChild<QPushButton *>(QStringLiteral("resetEnvelopeButton")), Qt::LeftButton);
    QAbstractItemModel *candidates =
        page->findChild<QTableView *>(QStringLiteral("scenarioCandidatesTableView"))->model();
    const QString left = candidates->index(0, 0).data().toString();
    QVERIFY(candidates->setData(candidates->index(0, 0), Qt::Unchecked, Qt::CheckStateRole));
    name->setText(QStringLiteral("Sans %1").arg(left));
    QTest::mouseClick(save, Qt::LeftButton);

    auto *comboA = page->findChild<QComboBox *>(QStringLiteral("scenarioAComboBox"));
    auto *comboB = page->findChild<QComboBox *>(QStringLiteral("scenarioBComboBox"));
    comboA->setCurrentIndex(comboA->findText(QStringLiteral("Enveloppe +300 k€")));
    comboB->setCurrentIndex(comboB->findText(QStringLiteral("Sans %1").arg(left)));
    QTest::qWait(100);
    QVERIFY(window.grab().save(m_directory + QStringLiteral("/what-if-comparison.png")));
}

// The demo's FAST14 ranking with its envelope gauge, the proposal beside the decisions
// (docs/ranking-view.png); "take_screenshots rankingView" writes it alone.
void TestScreenshots::rankingView()
{
    MainWindow window;
    QVERIFY(window.openDemo().ok());
    window.resize(1500, 860);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.selectPromotion(14));
    window.findChild<QTabWidget *>(QStringLiteral("mainTabWidget"))
        ->setCurrentWidget(window.findChild<QWidget *>(QStringLiteral("rankingTab")));
    auto *page = window.findChild<QWidget *>(QStringLiteral("rankingView"));
    QVERIFY(page);
    page->findChild<QTableView *>(QStringLiteral("rankingTableView"))->selectRow(0);
    QTest::qWait(50);
    QVERIFY(window.grab().save(m_directory + QStringLiteral("/ranking-view.png")));
}

namespace {

// Every page of the PDF at 80 dpi, in order, through pdftoppm (poppler-utils).
QStringList pdfPages(const QString &pdf, const QString &prefix)
{
    QProcess pdftoppm;
    pdftoppm.start(QStringLiteral("pdftoppm"),
                   {QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("80"), pdf, prefix});
    if (!pdftoppm.waitForFinished(30000) || pdftoppm.exitCode() != 0)
        return {};
    const QFileInfo base(prefix);
    QStringList pages =
        QDir(base.absolutePath()).entryList({base.fileName() + QStringLiteral("-*.png")}, QDir::Files, QDir::Name);
    for (QString &page : pages)
        page = base.absolutePath() + QLatin1Char('/') + page;
    return pages;
}

bool copyOver(const QString &from, const QString &to)
{
    QFile::remove(to);
    return QFile::copy(from, to);
}

} // namespace

// The demo's laureate lists exported through the File menu's function, turned into PNG by pdftoppm at
// 80 dpi: FAST13 (closed) gives docs/laureate-list-page1.png and docs/laureate-list-last-page.png (the
// approval block), FAST14 (open) docs/laureate-list-provisional.png; "take_screenshots laureateListPage".
void TestScreenshots::laureateListPage()
{
    MainWindow window;
    QVERIFY(window.openDemo().ok());
    QTemporaryDir directory;
    const struct
    {
        int number;
        QString first;
        QString last;
    } lists[] = {{13, QStringLiteral("laureate-list-page1"), QStringLiteral("laureate-list-last-page")},
                 {14, QStringLiteral("laureate-list-provisional"), QString()}};
    for (const auto &list : lists) {
        QVERIFY(window.selectPromotion(list.number));
        const QString pdf = directory.filePath(QStringLiteral("FAST%1-laureats.pdf").arg(list.number));
        const Outcome exported = window.exportLaureateList(pdf);
        QVERIFY2(exported.ok(), qPrintable(exported.error()));
        const QStringList pages = pdfPages(pdf, directory.filePath(QStringLiteral("FAST%1").arg(list.number)));
        QVERIFY(!pages.isEmpty());
        QVERIFY(copyOver(pages.constFirst(), m_directory + QLatin1Char('/') + list.first + QStringLiteral(".png")));
        if (!list.last.isEmpty())
            QVERIFY(copyOver(pages.constLast(), m_directory + QLatin1Char('/') + list.last + QStringLiteral(".png")));
        // Every page too, for whoever wants to read the whole document before it is signed.
        if (qEnvironmentVariableIsSet("FAST_SCREENSHOT_ALL_PAGES")) {
            for (const QString &page : pages)
                QVERIFY(copyOver(page, m_directory + QLatin1Char('/') + QFileInfo(page).fileName()));
        }
    }
}

// The close dialog asking for the committee's date (docs/close-promotion-dialog.png) and the preferences with
// the list's issuing authority (docs/preferences-dialog.png); "take_screenshots signingDialogs".
void TestScreenshots::signingDialogs()
{
    MainWindow window;
    QVERIFY(window.openDemo().ok());
    QVERIFY(window.selectPromotion(14));
    window.show();
    ClosePromotionDialog close(*window.currentPromotion(), QDate(2026, 6, 12), &window);
    close.show();
    close.adjustSize();
    QTest::qWait(50);
    QVERIFY(close.grab().save(m_directory + QStringLiteral("/close-promotion-dialog.png")));
    close.reject();

    QPointer<PreferencesDialog> preferences = window.openPreferencesDialog();
    QVERIFY(preferences);
    preferences->adjustSize();
    QTest::qWait(50);
    QVERIFY(preferences->grab().save(m_directory + QStringLiteral("/preferences-dialog.png")));
    preferences->reject();

    // File > Connect to a Server…, filled as a member would fill it.
    ServerConnectDialog server(&window);
    server.setAddress(QStringLiteral("postgresql://claire.martin@pg.comite-fast.gouv.fr:5432/comite_fast"));
    server.passwordEdit()->setText(QStringLiteral("secret"));
    server.show();
    server.adjustSize();
    QTest::qWait(50);
    QVERIFY(server.grab().save(m_directory + QStringLiteral("/server-connect-dialog.png")));
    server.reject();
}

// View > Audit Log on the demo, filtered on FAST14 (docs/audit-log.png); "take_screenshots auditLog".
void TestScreenshots::auditLog()
{
    MainWindow window;
    QVERIFY(window.openDemo().ok());
    window.resize(1500, 860);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.selectPromotion(14));
    window.findChild<QAction *>(QStringLiteral("auditLogAction"))->trigger();
    QPointer<AuditLogDialog> dialog = window.findChild<AuditLogDialog *>();
    QVERIFY(dialog);
    dialog->resize(1400, 640);
    QTest::qWait(50);
    QVERIFY(dialog->grab().save(m_directory + QStringLiteral("/audit-log.png")));
    dialog->close();
}

// Promotion > Criteria and Weights on a new promotion, a weight lowered so that the total says what is wrong
// (docs/criteria-editor.png); "take_screenshots criteriaEditor".
void TestScreenshots::criteriaEditor()
{
    MainWindow window;
    QVERIFY(window.openDemo().ok());
    window.resize(1500, 860);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    Promotion promotion;
    promotion.number = 16;
    promotion.year = 2026;
    promotion.envelope = Money::fromEuros(2000000);
    QVERIFY(window.addPromotion(promotion).ok());
    QVERIFY(window.selectPromotion(16));
    window.findChild<QAction *>(QStringLiteral("criteriaAction"))->trigger();
    QPointer<CriteriaDialog> dialog = window.findChild<CriteriaDialog *>();
    QVERIFY(dialog);
    dialog->table()->item(4, 1)->setText(QStringLiteral("10"));
    dialog->table()->setCurrentCell(4, 1);
    QTest::qWait(50);
    QVERIFY(dialog->grab().save(m_directory + QStringLiteral("/criteria-editor.png")));
    dialog->reject();
}

// The first run: an empty database's welcome page (docs/welcome-page.png), then a new FAST14 whose
// candidates' table and scoring grid are still empty (docs/empty-candidates.png, docs/empty-scoring.png,
// which offers to copy FAST13's committee).
void TestScreenshots::firstRun()
{
    QTemporaryDir directory;
    MainWindow window;
    window.setOperatorName(QStringLiteral("secrétariat"));
    QVERIFY(window.openDatabase(directory.filePath(QStringLiteral("first.sqlite"))).ok());
    window.resize(1500, 860);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTest::qWait(50);
    QVERIFY(window.grab().save(m_directory + QStringLiteral("/welcome-page.png")));

    for (const int number : {13, 14}) {
        Promotion promotion;
        promotion.number = number;
        promotion.year = number == 13 ? 2025 : 2026;
        promotion.envelope = Money::fromEuros(2500000);
        QVERIFY(window.addPromotion(promotion).ok());
    }
    QVERIFY(window.scoringStore()
                ->addMembers(13, {QStringLiteral("Claire Martin"), QStringLiteral("Paul Durand"),
                                  QStringLiteral("Inès Benali"), QStringLiteral("Marc Lefèvre")})
                .ok());
    QVERIFY(window.selectPromotion(14));
    QTest::qWait(50);
    QVERIFY(window.grab().save(m_directory + QStringLiteral("/empty-candidates.png")));
    Candidate candidate;
    candidate.name = QStringLiteral("Envergo");
    candidate.carrier = QStringLiteral("DGALN");
    candidate.annualBudget = Money::fromEuros(600000);
    candidate.requested = Money::fromEuros(300000);
    QVERIFY(window.addCandidate(candidate).ok());
    window.findChild<QTabWidget *>(QStringLiteral("mainTabWidget"))
        ->setCurrentWidget(window.findChild<QWidget *>(QStringLiteral("scoringTab")));
    QTest::qWait(50);
    QVERIFY(window.grab().save(m_directory + QStringLiteral("/empty-scoring.png")));
}

// Session mode on a 1 280 × 720 projector, on each tab of the demo's FAST14 with the hearing clock
// (docs/session-1-candidates.png … docs/session-5-dashboard.png, one per tab in tab order), and the
// dashboard at 1 600 × 1 000 out of session mode (docs/dashboard-1600.png); "take_screenshots
// sessionModeTabs" writes these alone.
void TestScreenshots::sessionModeTabs()
{
    MainWindow window;
    QVERIFY(window.openDemo().ok());
    window.resize(1600, 1000);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.selectPromotion(14));
    auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("mainTabWidget"));
    tabs->setCurrentWidget(window.findChild<QWidget *>(QStringLiteral("dashboardTab")));
    QTest::qWait(200);
    QVERIFY(window.grab().save(m_directory + QStringLiteral("/dashboard-1600.png")));

    window.setSessionMode(true);
    window.resize(1280, 720);
    auto *clock = window.findChild<HearingClock *>();
    QVERIFY(clock);
    clock->next();
    clock->next();
    for (int index = 0; index < tabs->count(); ++index) {
        tabs->setCurrentIndex(index);
        QTest::qWait(200);
        const QString name =
            tabs->currentWidget()->objectName().remove(QStringLiteral("Tab")).remove(QStringLiteral("PageWidget"));
        QVERIFY(window.grab().save(m_directory + QStringLiteral("/session-%1-%2.png").arg(index + 1).arg(name)));
    }
}

// Help > About Comité FAST on a committee's file (docs/about-dialog.png), and the French user guide (F1) at
// its start and at the co-financing rule (docs/user-guide.png, docs/user-guide-rule.png); "take_screenshots
// help".
void TestScreenshots::help()
{
    QTemporaryDir directory;
    MainWindow window;
    QVERIFY(window.openDatabase(directory.filePath(QStringLiteral("comite-fast.sqlite"))).ok());
    window.resize(1500, 860);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.findChild<QAction *>(QStringLiteral("aboutAction"))->trigger();
    QPointer<AboutDialog> about = window.findChild<AboutDialog *>(QStringLiteral("aboutDialog"));
    QVERIFY(about);
    about->adjustSize();
    QTest::qWait(50);
    QVERIFY(about->grab().save(m_directory + QStringLiteral("/about-dialog.png")));
    about->close();

    window.findChild<QAction *>(QStringLiteral("userGuideAction"))->trigger();
    auto *guide = window.findChild<UserGuideWindow *>(QStringLiteral("userGuideWindow"));
    QVERIFY(guide);
    guide->resize(1200, 820);
    QVERIFY(QTest::qWaitForWindowExposed(guide));
    QTest::qWait(50);
    QVERIFY(guide->grab().save(m_directory + QStringLiteral("/user-guide.png")));
    GuideContentsTree *contents = guide->contentsTree();
    QTreeWidgetItem *rule = contents->topLevelItem(0)->child(contents->topLevelItem(0)->childCount() - 1);
    contents->setCurrentItem(rule);
    guide->showHeading(GuideContentsTree::positionOf(rule));
    QTest::qWait(50);
    QVERIFY(guide->grab().save(m_directory + QStringLiteral("/user-guide-rule.png")));
}

// The dashboard on FAST13's year, every chart full, at 1 280 × 720 in normal and session mode
// (docs/dashboard-1280.png, docs/dashboard-1280-session.png), and all of it, below the fold too, as the
// scroll area holds it at 1 600 × 1 000 (docs/dashboard-whole.png).
void TestScreenshots::dashboardSizes()
{
    MainWindow window;
    QVERIFY(window.openDemo().ok());
    window.resize(1280, 720);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.selectPromotion(13));
    auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("mainTabWidget"));
    tabs->setCurrentWidget(window.findChild<QWidget *>(QStringLiteral("dashboardTab")));
    auto *scope = window.findChild<QComboBox *>(QStringLiteral("breakdownScopeCombo"));
    QVERIFY(scope);
    scope->setCurrentIndex(1);
    emit scope->activated(1);
    QTest::qWait(200);
    QVERIFY(window.grab().save(m_directory + QStringLiteral("/dashboard-1280.png")));
    window.setSessionMode(true);
    QTest::qWait(200);
    QVERIFY(window.grab().save(m_directory + QStringLiteral("/dashboard-1280-session.png")));
    window.setSessionMode(false);
    window.resize(1600, 1000);
    QTest::qWait(200);
    auto *scroll = window.findChild<QScrollArea *>(QStringLiteral("dashboardScrollArea"));
    QVERIFY(scroll);
    QVERIFY(scroll->widget()->grab().save(m_directory + QStringLiteral("/dashboard-whole.png")));
}

// The demo's FAST13 after the decision (issue #18): one laureate paid in full, one paying and late, one amended,
// one withdrawn before any payment, the others to sign; the Follow-up tab (docs/follow-up-tab.png), the late
// laureate's dialog (docs/follow-up-dialog.png) and View > Payment Schedule for the promotion's year
// (docs/payment-schedule.png); "take_screenshots followUp" writes these alone.
void TestScreenshots::followUp()
{
    MainWindow window;
    QVERIFY(window.openDemo().ok());
    window.resize(1500, 860);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    FollowUpStore *store = window.session()->followUp();
    const QList<LaureateFollowUp> laureates = store->promotionFollowUp(13).value();
    QVERIFY(laureates.size() >= 5);
    const int year = laureates.constFirst().promotionYear;
    const auto on = [year](int month, int day) {
        return QDate(year, month, day);
    };
    const qint64 full = laureates.at(0).candidateId;
    QVERIFY(store->sign(full, on(7, 1), QStringLiteral("CONV-13-01")).ok());
    QVERIFY(store->markPaid(full, 1, on(7, 8)).ok());
    QVERIFY(store->markPaid(full, 2, on(10, 6)).ok());
    for (const Milestone::Kind kind : Milestone::kinds()) {
        Milestone done = *store->laureate(full).value().milestone(kind);
        done.doneOn = done.plannedOn;
        QVERIFY(store->setMilestone(full, done).ok());
    }
    const qint64 late = laureates.at(1).candidateId;
    QVERIFY(store->sign(late, on(7, 3), QStringLiteral("CONV-13-02")).ok());
    QVERIFY(store->markPaid(late, 1, on(7, 15), std::nullopt, QStringLiteral("VIR-2024-118")).ok());
    const qint64 amended = laureates.at(2).candidateId;
    QVERIFY(store
                ->sign(amended, on(7, 10), QStringLiteral("CONV-13-03"),
                       laureates.at(2).granted - Money::fromEuros(20000), QStringLiteral("Budget revu à la baisse"))
                .ok());
    QVERIFY(store->markPaid(amended, 1, on(7, 20)).ok());
    const qint64 withdrawn = laureates.at(3).candidateId;
    QVERIFY(store->sign(withdrawn, on(7, 12), QStringLiteral("CONV-13-04")).ok());
    QVERIFY(store->withdraw(withdrawn, on(8, 1), QStringLiteral("Abandon du projet")).ok());

    QVERIFY(window.selectPromotion(13));
    window.findChild<QTabWidget *>(QStringLiteral("mainTabWidget"))
        ->setCurrentWidget(window.findChild<QWidget *>(QStringLiteral("followUpTab")));
    auto *view = window.findChild<FollowUpView *>();
    QVERIFY(view);
    view->table()->selectRow(1);
    QTest::qWait(100);
    QVERIFY(window.grab().save(m_directory + QStringLiteral("/follow-up-tab.png")));

    QPointer<FollowUpDialog> dialog = view->openSelected();
    QVERIFY(dialog);
    QTest::qWait(100);
    QVERIFY(dialog->grab().save(m_directory + QStringLiteral("/follow-up-dialog.png")));
    dialog->close();

    window.findChild<QAction *>(QStringLiteral("paymentScheduleAction"))->trigger();
    QPointer<PaymentScheduleDialog> schedule = window.findChild<PaymentScheduleDialog *>();
    QVERIFY(schedule);
    QCOMPARE(schedule->year(), year);
    QTest::qWait(100);
    QVERIFY(schedule->grab().save(m_directory + QStringLiteral("/payment-schedule.png")));
    schedule->close();
}

QTEST_MAIN(TestScreenshots)
#include "take_screenshots.moc"
