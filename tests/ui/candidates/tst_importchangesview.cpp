#include "candidates/CandidatesPage.h"
#include "candidates/ImportChangesView.h"
#include "candidates/ImportPreviewDialog.h"
#include "commands/StoreCommand.h"
#include "shell/DatabaseSession.h"
#include "storage/CommitteeStore.h"

#include "TestSupport.h"

#include <QCheckBox>
#include <QLabel>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <QUndoStack>
#include <QtTest>

// The import preview of an edited export of the call's form into FAST14, which holds the first export
// (tests/data/reimport), driven through the real candidates' page and dialog: the changes view lists the rows
// to add, to update (each change beneath its row), the decided one left alone and the unchanged one with
// their counts; the checkbox and the Import button say what Import will do; Import writes exactly that, and
// undo and redo put the candidates back and forth.
class TestImportChangesView : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void firstImportShowsTheRowsAsBefore();
    void reimportListsTheChangesByGroup();
    void importUndoRedo();
    void forcedDecidedCandidateIsChangedToo();
    void severalChangesAreListedBeneathTheirRow();
    void aForcedLaureateAboveItsEligibleAmountDisablesImport();

private:
    ImportPreviewDialog *preview(const QString &path);
    // "name budget decision" of every candidate of FAST14, in name order.
    QStringList candidates() const;
    // Each top-level item's text, then its children's "line | project | change", indented.
    static QStringList treeLines(const QTreeWidget *tree);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<DatabaseSession> m_session;
    std::unique_ptr<QUndoStack> m_undo;
    std::unique_ptr<CandidatesPage> m_page;
};

namespace {

const QString exportPath = QStringLiteral(FAST_TEST_DATA_DIR "/reimport/candidatures-export.csv");
const QString editedPath = QStringLiteral(FAST_TEST_DATA_DIR "/reimport/candidatures-export-modifie.csv");

QString euros(const QString &text)
{
    return QString(text).replace(QLatin1Char('_'), QChar(0x00A0));
}

} // namespace

void TestImportChangesView::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("DINUM-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_importchangesview"));
}

void TestImportChangesView::init()
{
    QSettings().clear();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_session = std::make_unique<DatabaseSession>();
    m_session->setOperatorName(QStringLiteral("Secrétariat"));
    QVERIFY(m_session->open(m_dir->filePath(QStringLiteral("page.sqlite"))).ok());
    Promotion promotion;
    promotion.number = 14;
    promotion.year = 2026;
    promotion.envelope = Money::fromEuros(2000000);
    QVERIFY(m_session->store()->addPromotion(promotion).ok());
    m_undo = std::make_unique<QUndoStack>();
    const auto push = [this](StoreCommand *command) {
        QString refusal;
        command->setRefusalHandler([&refusal](const QString &message) { refusal = message; });
        m_undo->push(command);
        return refusal.isEmpty() ? Outcome::success() : Outcome::failure(refusal);
    };
    m_page = std::make_unique<CandidatesPage>(*m_session, push, [this] { return m_session->archive(); });
    m_page->resize(1200, 600);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    m_page->setPromotion(14);
}

void TestImportChangesView::cleanup()
{
    m_page.reset();
    m_undo.reset();
    m_session.reset();
    m_dir.reset();
}

ImportPreviewDialog *TestImportChangesView::preview(const QString &path)
{
    return m_page->openImportPreview(path);
}

QStringList TestImportChangesView::candidates() const
{
    QStringList rows;
    for (const Candidate &candidate : m_session->store()->candidates(14).value())
        rows.append(
            QStringList{candidate.name, candidate.annualBudget.toPlainString(), decisionKey(candidate.decision)}.join(
                QLatin1Char(' ')));
    return rows;
}

QStringList TestImportChangesView::treeLines(const QTreeWidget *tree)
{
    QStringList lines;
    const std::function<void(QTreeWidgetItem *, int)> walk = [&](QTreeWidgetItem *item, int depth) {
        const QString indent(depth * 2, QLatin1Char(' '));
        lines.append(
            depth == 0 ? item->text(0)
                       : indent + QStringList{item->text(0), item->text(1), item->text(2)}.join(QStringLiteral(" | ")));
        for (int child = 0; child < item->childCount(); ++child)
            walk(item->child(child), depth + 1);
    };
    for (int top = 0; top < tree->topLevelItemCount(); ++top)
        walk(tree->topLevelItem(top), 0);
    return lines;
}

void TestImportChangesView::firstImportShowsTheRowsAsBefore()
{
    QPointer<ImportPreviewDialog> dialog = preview(exportPath);
    QVERIFY(dialog);
    QVERIFY(dialog->rowsTable()->isVisible());
    QCOMPARE(dialog->rowsTable()->rowCount(), 4);
    QVERIFY(!dialog->changesView()->isVisible());
    QCOMPARE(dialog->importButton()->text(), QStringLiteral("&Import"));
    QTest::mouseClick(dialog->importButton(), Qt::LeftButton);
    QTRY_VERIFY(dialog.isNull());
    QCOMPARE(m_undo->undoText(), QStringLiteral("Import 4 candidate(s)"));
    QCOMPARE(candidates(),
             QStringList({QStringLiteral("Aides Jeunes 500000 none"), QStringLiteral("Docubra 480000 none"),
                          QStringLiteral("Envergo 600000 none"), QStringLiteral("Mano 360000 laureate")}));
}

void TestImportChangesView::reimportListsTheChangesByGroup()
{
    QPointer<ImportPreviewDialog> first = preview(exportPath);
    QTest::mouseClick(first->importButton(), Qt::LeftButton);
    QTRY_VERIFY(first.isNull());

    QPointer<ImportPreviewDialog> dialog = preview(editedPath);
    QVERIFY(dialog);
    ImportChangesView *view = dialog->changesView();
    QVERIFY(view->isVisible());
    QVERIFY(!dialog->rowsTable()->isVisible());
    QVERIFY(!dialog->problemsTable()->isVisible());
    auto *tree = dialog->findChild<QTreeWidget *>(QStringLiteral("importChangesTreeWidget"));
    QVERIFY(tree);
    QCOMPARE(treeLines(tree),
             QStringList({QStringLiteral("To add (1)"),
                          QStringLiteral("  6 | Carte des Mobilités | new, file number 2026-0005"),
                          QStringLiteral("To update (2)"),
                          euros(QStringLiteral("  2 | Envergo | annual budget: 600_000_€ → 650_000_€")),
                          QStringLiteral("  4 | Docubra | project: Docubra → Docurba"),
                          QStringLiteral("Decided, left as they are (1)"),
                          euros(QStringLiteral("  3 | Mano | Laureate: annual budget: 360_000_€ → 380_000_€")),
                          QStringLiteral("Unchanged (1)"), QStringLiteral("  5 | Aides Jeunes | ")}));
    QVERIFY(tree->topLevelItem(1)->isExpanded());
    QVERIFY(!tree->topLevelItem(3)->isExpanded());
    auto *summary = dialog->findChild<QLabel *>(QStringLiteral("importSummaryLabel"));
    QCOMPARE(summary->text(), QStringLiteral("Compared with FAST14 by file number: 1 to add, 2 to update, 1 unchanged, "
                                             "1 decided left as it is. Nothing is written until you press Import."));
    QCOMPARE(dialog->importButton()->text(), QStringLiteral("&Import 1, update 2"));
    QVERIFY(dialog->importButton()->isEnabled());

    // Ticking the box with the keyboard counts the decided candidate in.
    auto *box = dialog->findChild<QCheckBox *>(QStringLiteral("updateDecidedCheckBox"));
    QVERIFY(box->isVisible());
    QVERIFY(!box->isChecked());
    box->setFocus();
    QTest::keyClick(box, Qt::Key_Space);
    QVERIFY(box->isChecked());
    QCOMPARE(tree->topLevelItem(2)->text(0), QStringLiteral("Decided, changed too (1)"));
    QCOMPARE(dialog->importButton()->text(), QStringLiteral("&Import 1, update 3"));
    QCOMPARE(summary->text(), QStringLiteral("Compared with FAST14 by file number: 1 to add, 3 to update, 1 unchanged. "
                                             "Nothing is written until you press Import."));
    dialog->reject();
    QTRY_VERIFY(dialog.isNull());
    // Nothing written by the preview.
    QCOMPARE(candidates().size(), 4);
}

void TestImportChangesView::importUndoRedo()
{
    QPointer<ImportPreviewDialog> first = preview(exportPath);
    QTest::mouseClick(first->importButton(), Qt::LeftButton);
    QTRY_VERIFY(first.isNull());
    const QStringList before = candidates();

    QPointer<ImportPreviewDialog> dialog = preview(editedPath);
    QSignalSpy changed(m_session->store(), &CommitteeStore::candidatesChanged);
    QTest::mouseClick(dialog->importButton(), Qt::LeftButton);
    QTRY_VERIFY(dialog.isNull());
    QCOMPARE(changed.count(), 1);
    const QStringList after{QStringLiteral("Aides Jeunes 500000 none"),
                            QStringLiteral("Carte des Mobilités 200000 none"), QStringLiteral("Docurba 480000 none"),
                            QStringLiteral("Envergo 650000 none"), QStringLiteral("Mano 360000 laureate")};
    QCOMPARE(candidates(), after);
    QCOMPARE(m_undo->undoText(), QStringLiteral("Import 1 and update 2 candidate(s)"));

    m_undo->undo();
    QCOMPARE(changed.count(), 2);
    QCOMPARE(candidates(), before);
    const QList<AuditEntry> audit = m_session->store()->auditEntries(14).value();
    QCOMPARE(audit.constFirst().action, QStringLiteral("candidate.update"));
    m_undo->redo();
    QCOMPARE(changed.count(), 3);
    QCOMPARE(candidates(), after);
}

void TestImportChangesView::forcedDecidedCandidateIsChangedToo()
{
    QPointer<ImportPreviewDialog> first = preview(exportPath);
    QTest::mouseClick(first->importButton(), Qt::LeftButton);
    QTRY_VERIFY(first.isNull());
    QPointer<ImportPreviewDialog> dialog = preview(editedPath);
    dialog->findChild<QCheckBox *>(QStringLiteral("updateDecidedCheckBox"))->setChecked(true);
    QTest::mouseClick(dialog->importButton(), Qt::LeftButton);
    QTRY_VERIFY(dialog.isNull());
    QVERIFY(candidates().contains(QStringLiteral("Mano 380000 laureate")));
    m_undo->undo();
    QVERIFY(candidates().contains(QStringLiteral("Mano 360000 laureate")));
}

void TestImportChangesView::severalChangesAreListedBeneathTheirRow()
{
    QPointer<ImportPreviewDialog> first = preview(exportPath);
    QTest::mouseClick(first->importButton(), Qt::LeftButton);
    QTRY_VERIFY(first.isNull());
    const QString edited = TestSupport::writeFile(*m_dir, QStringLiteral("edited.csv"),
                                                  "projet;administration;budget_annuel;montant_demande;numero_dossier\n"
                                                  "Envergo;DGALN;650 000;320 000;2026-0001\n");
    QPointer<ImportPreviewDialog> dialog = preview(edited);
    auto *tree = dialog->findChild<QTreeWidget *>(QStringLiteral("importChangesTreeWidget"));
    QCOMPARE(treeLines(tree),
             QStringList({QStringLiteral("To update (1)"), QStringLiteral("  2 | Envergo | 2 change(s)"),
                          euros(QStringLiteral("     |  | annual budget: 600_000_€ → 650_000_€")),
                          euros(QStringLiteral("     |  | requested amount: 300_000_€ → 320_000_€"))}));
    QVERIFY(!dialog->findChild<QCheckBox *>(QStringLiteral("updateDecidedCheckBox"))->isVisible());
    QCOMPARE(dialog->importButton()->text(), QStringLiteral("&Update 1"));
    dialog->reject();
}

void TestImportChangesView::aForcedLaureateAboveItsEligibleAmountDisablesImport()
{
    QPointer<ImportPreviewDialog> first = preview(exportPath);
    QTest::mouseClick(first->importButton(), Qt::LeftButton);
    QTRY_VERIFY(first.isNull());
    // Mano, laureate with 180 000 € granted, now asks for 170 000 €.
    const QString edited = TestSupport::writeFile(*m_dir, QStringLiteral("edited.csv"),
                                                  "projet;administration;budget_annuel;montant_demande;numero_dossier\n"
                                                  "Mano;DIHAL;360 000;170 000;2026-0002\n");
    QPointer<ImportPreviewDialog> dialog = preview(edited);
    QVERIFY(!dialog->importButton()->isEnabled());
    auto *box = dialog->findChild<QCheckBox *>(QStringLiteral("updateDecidedCheckBox"));
    box->setChecked(true);
    QVERIFY(!dialog->importButton()->isEnabled());
    const QString summary = dialog->findChild<QLabel *>(QStringLiteral("importSummaryLabel"))->text();
    QVERIFY2(summary.startsWith(QStringLiteral("Compared with FAST14 by file number: 1 to update. The decided "
                                               "candidates cannot all be changed: line 2: \"Mano\": ")),
             qPrintable(summary));
    QCOMPARE(dialog->importButton()->toolTip(), summary);
    box->setChecked(false);
    QVERIFY(!dialog->importButton()->isEnabled());
    dialog->reject();
}

QTEST_MAIN(TestImportChangesView)
#include "tst_importchangesview.moc"
