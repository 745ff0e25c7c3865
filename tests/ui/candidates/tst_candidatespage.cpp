#include "candidates/CandidatesPage.h"

#include "candidates/CandidateFilterProxyModel.h"
#include "candidates/CandidateTableModel.h"
#include "candidates/EarlierApplicationsPanel.h"
#include "candidates/ImportPreviewDialog.h"
#include "commands/StoreCommand.h"
#include "shell/DatabaseSession.h"
#include "storage/CommitteeStore.h"

#include <QAction>
#include <QComboBox>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QtTest>

#define QVERIFY_OUTCOME(expression)                                                                                    \
    do {                                                                                                               \
        const Outcome outcome_ = (expression);                                                                         \
        QVERIFY2(outcome_.ok(), qPrintable(outcome_.error()));                                                         \
    } while (false)

// The candidates' tab on its own, outside the window: its rows and footer follow its undo commands, the
// search filters the count, its actions follow the promotion's state and the selection, a refusal comes
// back, and a candidate is found by name whatever the search box holds.
class TestCandidatesPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void rowsAndFooterFollowTheCommands();
    void overspendIsWrittenInRed();
    void searchCountsWhatIsShown();
    void actionsFollowStateAndSelection();
    void refusalComesBack();
    void showCandidateClearsTheSearch();
    void noPromotionHidesTheFooter();
    void importsTheSheetChosenInThePreview();

private:
    QString footer(const char *name) const { return m_page->findChild<QLabel *>(QLatin1String(name))->text(); }
    QAction *action(const char *name) const { return m_page->findChild<QAction *>(QLatin1String(name)); }
    Candidate candidate(const QString &name, qint64 budget, qint64 requested) const;
    void select(int row);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<DatabaseSession> m_session;
    std::unique_ptr<QUndoStack> m_undo;
    std::unique_ptr<CandidatesPage> m_page;
    int m_archiveReads = 0;
};

void TestCandidatesPage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("DINUM-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_candidatespage"));
}

void TestCandidatesPage::init()
{
    QSettings().clear();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_session = std::make_unique<DatabaseSession>();
    m_session->setOperatorName(QStringLiteral("test"));
    QVERIFY_OUTCOME(m_session->open(m_dir->filePath(QStringLiteral("page.sqlite"))));
    Promotion promotion;
    promotion.number = 14;
    promotion.year = 2024;
    promotion.envelope = Money::fromEuros(500000);
    QVERIFY(m_session->store()->addPromotion(promotion).ok());
    m_undo = std::make_unique<QUndoStack>();
    m_archiveReads = 0;
    const auto push = [this](StoreCommand *command) {
        QString refusal;
        command->setRefusalHandler([&refusal](const QString &message) { refusal = message; });
        m_undo->push(command);
        return refusal.isEmpty() ? Outcome::success() : Outcome::failure(refusal);
    };
    const auto archive = [this] {
        ++m_archiveReads;
        return m_session->archive();
    };
    m_page = std::make_unique<CandidatesPage>(*m_session, push, archive);
    connect(m_session.get(), &DatabaseSession::candidatesChanged, m_page.get(), [this](int number) {
        if (number == 14)
            m_page->reload();
    });
    m_page->resize(1200, 600);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    m_page->setPromotion(14);
}

void TestCandidatesPage::cleanup()
{
    m_page.reset();
    m_undo.reset();
    m_session.reset();
    m_dir.reset();
}

Candidate TestCandidatesPage::candidate(const QString &name, qint64 budget, qint64 requested) const
{
    Candidate result;
    result.name = name;
    result.carrier = QStringLiteral("DINUM");
    result.annualBudget = Money::fromEuros(budget);
    result.requested = Money::fromEuros(requested);
    return result;
}

void TestCandidatesPage::select(int row)
{
    auto *view = m_page->findChild<QTableView *>(QStringLiteral("candidatesTableView"));
    view->selectionModel()->setCurrentIndex(view->model()->index(row, 0),
                                            QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

void TestCandidatesPage::rowsAndFooterFollowTheCommands()
{
    QCOMPARE(footer("candidateCountLabel"), QStringLiteral("Candidates: 0"));
    QCOMPARE(footer("envelopeLabel"), QStringLiteral("Envelope: 500\u00a0000\u00a0€"));
    QVERIFY_OUTCOME(m_page->addCandidate(candidate(QStringLiteral("Pix"), 1200000, 500000)));
    QVERIFY_OUTCOME(m_page->addCandidate(candidate(QStringLiteral("Aides-Jeunes"), 200000, 80000)));
    QCOMPARE(m_page->model()->rowCount(), 2);
    QCOMPARE(footer("candidateCountLabel"), QStringLiteral("Candidates: 2"));
    QCOMPARE(footer("totalRequestedLabel"), QStringLiteral("Requested: 580\u00a0000\u00a0€"));
    // Pix capped at 300 000; Aides-Jeunes asks 80 000, under 50 % of its 200 000.
    QCOMPARE(footer("totalEligibleLabel"), QStringLiteral("Eligible: 380\u00a0000\u00a0€"));
    QCOMPARE(footer("consumedLabel"), QStringLiteral("Consumed: 0\u00a0€"));
    QCOMPARE(footer("remainingLabel"), QStringLiteral("Remaining: 500\u00a0000\u00a0€"));
    // The candidate just added is the one selected.
    QCOMPARE(m_page->proxy()
                 ->data(m_page->findChild<QTableView *>(QStringLiteral("candidatesTableView"))
                            ->selectionModel()
                            ->currentIndex())
                 .toString(),
             QStringLiteral("Aides-Jeunes"));

    m_undo->undo();
    QCOMPARE(m_page->model()->rowCount(), 1);
    QCOMPARE(footer("candidateCountLabel"), QStringLiteral("Candidates: 1"));
    QCOMPARE(footer("totalRequestedLabel"), QStringLiteral("Requested: 500\u00a0000\u00a0€"));
    m_undo->redo();
    QCOMPARE(footer("candidateCountLabel"), QStringLiteral("Candidates: 2"));
}

void TestCandidatesPage::overspendIsWrittenInRed()
{
    QVERIFY_OUTCOME(m_page->addCandidate(candidate(QStringLiteral("Pix"), 1200000, 300000)));
    Candidate before = m_page->model()->candidateAt(0);
    Candidate after = before;
    after.decision = Decision::Laureate;
    after.granted = Money::fromEuros(300000);
    QVERIFY_OUTCOME(m_page->editCandidate(before, after));
    QCOMPARE(footer("remainingLabel"), QStringLiteral("Remaining: 200\u00a0000\u00a0€"));
    QVERIFY(m_page->findChild<QLabel *>(QStringLiteral("remainingLabel"))->styleSheet().isEmpty());

    QVERIFY_OUTCOME(m_page->addCandidate(candidate(QStringLiteral("Zéro Papier"), 1200000, 300000)));
    before = m_page->model()->candidateAt(1);
    after = before;
    after.decision = Decision::Laureate;
    after.granted = Money::fromEuros(250000);
    QVERIFY_OUTCOME(m_page->editCandidate(before, after));
    QCOMPARE(footer("consumedLabel"), QStringLiteral("Consumed: 550\u00a0000\u00a0€"));
    QCOMPARE(footer("remainingLabel"),
             QStringLiteral("Remaining: -50\u00a0000\u00a0€ (overspent by 50\u00a0000\u00a0€)"));
    QCOMPARE(m_page->findChild<QLabel *>(QStringLiteral("remainingLabel"))->styleSheet(),
             QStringLiteral("color: #b00020; font-weight: bold;"));
}

void TestCandidatesPage::searchCountsWhatIsShown()
{
    QVERIFY_OUTCOME(m_page->addCandidate(candidate(QStringLiteral("Pix"), 1200000, 300000)));
    QVERIFY_OUTCOME(m_page->addCandidate(candidate(QStringLiteral("Aides-Jeunes"), 200000, 80000)));
    auto *search = m_page->findChild<QLineEdit *>(QStringLiteral("searchLineEdit"));
    QTest::keyClicks(search, QStringLiteral("aides"));
    QCOMPARE(m_page->proxy()->rowCount(), 1);
    QCOMPARE(footer("candidateCountLabel"), QStringLiteral("Candidates: 2 (1 shown)"));
    // The totals stay those of the whole promotion.
    QCOMPARE(footer("totalRequestedLabel"), QStringLiteral("Requested: 380\u00a0000\u00a0€"));
    search->clear();
    QCOMPARE(footer("candidateCountLabel"), QStringLiteral("Candidates: 2"));
}

void TestCandidatesPage::actionsFollowStateAndSelection()
{
    QVERIFY(action("addCandidateAction")->isEnabled());
    QVERIFY(action("importCsvAction")->isEnabled());
    QVERIFY(!action("editCandidateAction")->isEnabled());
    QVERIFY(!action("removeCandidateAction")->isEnabled());
    QVERIFY_OUTCOME(m_page->addCandidate(candidate(QStringLiteral("Pix"), 1200000, 300000)));
    QVERIFY(action("editCandidateAction")->isEnabled());
    QVERIFY(action("removeCandidateAction")->isEnabled());
    QCOMPARE(action("editCandidateAction")->text(), QStringLiteral("&Edit Candidate…"));

    // Closing needs every candidate decided.
    const Candidate before = m_page->model()->candidateAt(0);
    Candidate after = before;
    after.decision = Decision::Rejected;
    QVERIFY_OUTCOME(m_page->editCandidate(before, after));
    QVERIFY_OUTCOME(m_session->store()->closePromotion(14, QDate(2026, 11, 14)));
    m_page->setPromotion(14);
    select(0);
    QVERIFY(!action("addCandidateAction")->isEnabled());
    QVERIFY(!action("importCsvAction")->isEnabled());
    QVERIFY(!action("removeCandidateAction")->isEnabled());
    // A closed promotion's candidate still opens, read-only.
    QVERIFY(action("editCandidateAction")->isEnabled());
    QCOMPARE(action("editCandidateAction")->text(), QStringLiteral("&View Candidate…"));
    QCOMPARE(action("addCandidateAction")->toolTip(),
             QStringLiteral("FAST14 is closed: reopen it to change anything."));
    QCOMPARE(action("importCsvAction")->toolTip(), QStringLiteral("FAST14 is closed: reopen it to change anything."));
}

void TestCandidatesPage::refusalComesBack()
{
    QVERIFY_OUTCOME(m_page->addCandidate(candidate(QStringLiteral("Pix"), 1200000, 300000)));
    // The same name twice in a promotion is refused by the store, and nothing is kept.
    const Outcome twice = m_page->addCandidate(candidate(QStringLiteral("PIX"), 1200000, 300000));
    QVERIFY(!twice.ok());
    QVERIFY(!twice.error().isEmpty());
    QCOMPARE(m_page->model()->rowCount(), 1);
    QCOMPARE(m_undo->count(), 1);
}

void TestCandidatesPage::showCandidateClearsTheSearch()
{
    QVERIFY_OUTCOME(m_page->addCandidate(candidate(QStringLiteral("Pix"), 1200000, 300000)));
    QVERIFY_OUTCOME(m_page->addCandidate(candidate(QStringLiteral("Aides-Jeunes"), 200000, 80000)));
    auto *search = m_page->findChild<QLineEdit *>(QStringLiteral("searchLineEdit"));
    QTest::keyClicks(search, QStringLiteral("aides"));
    QVERIFY(m_page->showCandidate(QStringLiteral("pix")));
    QCOMPARE(search->text(), QString());
    QCOMPARE(m_page->proxy()->rowCount(), 2);
    QVERIFY(!m_page->showCandidate(QStringLiteral("Inconnu")));
    // The selection read the archive once it was over, for the earlier applications' panel (none here).
    QTRY_VERIFY(m_archiveReads > 0);
    QVERIFY(m_page->earlierApplicationsPanel()->isHidden());
}

void TestCandidatesPage::noPromotionHidesTheFooter()
{
    QVERIFY_OUTCOME(m_page->addCandidate(candidate(QStringLiteral("Pix"), 1200000, 300000)));
    m_page->setPromotion(0);
    QCOMPARE(m_page->model()->rowCount(), 0);
    QCOMPARE(footer("candidateCountLabel"), QStringLiteral("Candidates: 0"));
    QCOMPARE(footer("envelopeLabel"), QStringLiteral("Envelope: 0\u00a0€"));
    QVERIFY(m_page->findChild<QLabel *>(QStringLiteral("candidateCountLabel"))->isHidden());
    QVERIFY(m_page->findChild<QLabel *>(QStringLiteral("remainingLabel"))->isHidden());
    QVERIFY(!action("addCandidateAction")->isEnabled());
    // A promotion that does not exist shows none either.
    m_page->setPromotion(99);
    QVERIFY(m_page->findChild<QLabel *>(QStringLiteral("envelopeLabel"))->isHidden());
    m_page->setPromotion(14);
    QCOMPARE(m_page->model()->rowCount(), 1);
    QVERIFY(!m_page->findChild<QLabel *>(QStringLiteral("envelopeLabel"))->isHidden());
}

void TestCandidatesPage::importsTheSheetChosenInThePreview()
{
    // The workbook's first sheet is a note: its preview lists the problems and Import is off.
    const QString path = QStringLiteral(FAST_TEST_DATA_DIR "/spreadsheets/entete-fusionne.xlsx");
    QPointer<ImportPreviewDialog> preview = m_page->openImportPreview(path);
    QVERIFY(preview);
    QComboBox *sheets = preview->findChild<QComboBox *>(QStringLiteral("sheetComboBox"));
    QVERIFY(sheets->isVisible());
    QCOMPARE(sheets->count(), 2);
    QCOMPARE(sheets->currentText(), QStringLiteral("Lisez-moi"));
    QVERIFY(preview->problemsTable()->isVisible());
    QCOMPARE(preview->problemsTable()->horizontalHeaderItem(0)->text(), QStringLiteral("Row"));
    QCOMPARE(preview->problemsTable()->item(0, 1)->text(), QStringLiteral("A (Export du formulaire FAST)"));
    QVERIFY(!preview->importButton()->isEnabled());

    // Choosing the candidates' sheet with the keyboard reads it: two rows, Import on.
    sheets->setFocus();
    QTest::keyClick(sheets, Qt::Key_Down);
    QCOMPARE(sheets->currentText(), QStringLiteral("Candidatures"));
    QVERIFY(preview->rowsTable()->isVisible());
    QVERIFY(!preview->problemsTable()->isVisible());
    QCOMPARE(preview->rowsTable()->rowCount(), 2);
    QCOMPARE(preview->rowsTable()->item(0, 0)->text(), QStringLiteral("4"));
    QCOMPARE(preview->rowsTable()->item(0, 1)->text(), QStringLiteral("Aides Jeunes"));
    QCOMPARE(preview->rowsTable()->item(1, 5)->text(), QStringLiteral("250\u00a0000\u00a0€"));
    QVERIFY(preview->importButton()->isEnabled());

    // Import adds the chosen sheet's candidates, not the first sheet's nothing.
    QTest::mouseClick(preview->importButton(), Qt::LeftButton);
    QTRY_VERIFY(preview.isNull());
    QStringList names;
    for (const Candidate &candidate : m_session->store()->candidates(14).value())
        names.append(candidate.name);
    QCOMPARE(names, QStringList({QStringLiteral("Aides Jeunes"), QStringLiteral("DossierFacile")}));
    QCOMPARE(m_session->store()->candidates(14).value().constFirst().requested, Money::fromEuros(300000));
}

QTEST_MAIN(TestCandidatesPage)
#include "tst_candidatespage.moc"
