#include "candidates/ColumnMappingPanel.h"
#include "candidates/ImportFileReader.h"
#include "candidates/ImportPreviewDialog.h"
#include "storage/CommitteeStore.h"
#include "storage/Database.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

// The mapping step of the import preview, driven through its real combo boxes on the call's form export: the
// proposal preselected, every column shown with its first values, a field left without a column re-reads the
// rows at once, disables Import and says why beside it, choosing the column back enables it, and a mapping
// saved under a name is applied again to a file with the same header. The dialog fits a 1280×720 screen.
class TestColumnMappingPanel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void proposalShownWithTheColumns();
    void unmappedRequiredFieldDisablesImport();
    void savedMappingAppliedAgain();
    void fitsA1280By720Screen();

private:
    ImportPreviewDialog *openPreview(const QString &path);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<CommitteeStore> m_store;
    QList<ImportPreviewDialog *> m_dialogs;
};

namespace {

QString formFile()
{
    return QStringLiteral(FAST_TEST_DATA_DIR "/spreadsheets/sources/formulaire/Export.csv");
}

QComboBox *combo(ImportPreviewDialog *dialog, const char *name)
{
    return dialog->findChild<QComboBox *>(QLatin1String(name));
}

} // namespace

void TestColumnMappingPanel::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestColumnMappingPanel::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_database = std::make_unique<Database>();
    const Outcome opened = m_database->open(m_dir->filePath(QStringLiteral("committee.sqlite")));
    QVERIFY2(opened.ok(), qPrintable(opened.error()));
    m_store = std::make_unique<CommitteeStore>(*m_database);
    m_store->setOperatorName(QStringLiteral("Secrétariat"));
}

void TestColumnMappingPanel::cleanup()
{
    qDeleteAll(m_dialogs);
    m_dialogs.clear();
    m_store.reset();
    m_database.reset();
    m_dir.reset();
}

ImportPreviewDialog *TestColumnMappingPanel::openPreview(const QString &path)
{
    auto *reader = new ImportFileReader(*m_store, path, CofinancingRule(), {});
    auto *dialog = new ImportPreviewDialog(QStringLiteral("Export.csv"), reader->read(QString()), CofinancingRule(),
                                           QStringLiteral("FAST14"));
    reader->setParent(dialog);
    reader->attach(dialog);
    m_dialogs.append(dialog);
    dialog->show();
    return dialog;
}

void TestColumnMappingPanel::proposalShownWithTheColumns()
{
    ImportPreviewDialog *dialog = openPreview(formFile());
    QVERIFY(dialog->mappingPanel()->isVisible());
    QCOMPARE(combo(dialog, "nameMappingComboBox")->currentText(), QString::fromUtf8("E · Nom du projet"));
    QCOMPARE(combo(dialog, "annualBudgetMappingComboBox")->currentText(),
             QString::fromUtf8("J · Budget annuel du projet (€)"));
    QCOMPARE(combo(dialog, "requestedMappingComboBox")->currentText(),
             QString::fromUtf8("K · Quel est le montant demandé au FAST pour l’année ?"));
    QCOMPARE(combo(dialog, "fileNumberMappingComboBox")->currentText(), QString::fromUtf8("A · Numéro de dossier"));
    QCOMPARE(combo(dialog, "contactEmailMappingComboBox")->currentText(), QStringLiteral("B · E-mail"));
    QCOMPARE(combo(dialog, "descriptionMappingComboBox")->currentText(), QString::fromUtf8("— not in the file —"));
    QCOMPARE(combo(dialog, "descriptionMappingComboBox")->count(), 14); // none, then the 13 columns
    QCOMPARE(dialog->findChild<QLabel *>(QStringLiteral("nameSamplesLabel"))->toolTip(),
             QString::fromUtf8("Aides Jeunes · DossierFacile · Zéro Logement Vacant"));

    const QTableWidget *columns = dialog->mappingPanel()->columnsTable();
    QCOMPARE(columns->rowCount(), 13);
    QCOMPARE(columns->item(10, 0)->text(), QString::fromUtf8("K · Quel est le montant demandé au FAST pour l’année ?"));
    QCOMPARE(columns->item(10, 1)->text(), QString::fromUtf8("150000 · 250000 · 200000"));
    QCOMPARE(columns->item(10, 2)->text(), QStringLiteral("Requested amount"));
    QCOMPARE(columns->item(2, 2)->text(), QStringLiteral("other answer"));
    QVERIFY(dialog->importButton()->isEnabled());
    QCOMPARE(dialog->importReasonLabel()->text(), QString());
    QCOMPARE(dialog->rowsTable()->rowCount(), 7);
}

void TestColumnMappingPanel::unmappedRequiredFieldDisablesImport()
{
    ImportPreviewDialog *dialog = openPreview(formFile());
    QComboBox *budget = combo(dialog, "annualBudgetMappingComboBox");
    budget->setFocus();
    QTest::keyClick(budget, Qt::Key_Home);
    QCOMPARE(budget->currentText(), QString::fromUtf8("— not in the file —"));

    // Read again at once: no candidate, the missing field as the one problem, Import disabled with the reason.
    QVERIFY(!dialog->importButton()->isEnabled());
    QCOMPARE(dialog->importReasonLabel()->text(), QString::fromUtf8("Map a column to « Annual budget » to import"));
    QVERIFY(dialog->importReasonLabel()->isVisible());
    QVERIFY(dialog->problemsTable()->isVisible());
    QCOMPARE(dialog->problemsTable()->rowCount(), 1);
    QVERIFY(dialog->problemsTable()->item(0, 2)->text().startsWith(
        QString::fromUtf8("no column is mapped to the required field « Annual budget »; the file's columns are "
                          "\"Numéro de dossier\", ")));
    QCOMPARE(dialog->parse().mapping.column(CandidateField::AnnualBudget), -1);
    QCOMPARE(dialog->mappingPanel()->columnsTable()->item(9, 2)->text(), QStringLiteral("other answer"));

    // Choosing the column back by its letter: the rows again, Import enabled, no reason left.
    QTest::keyClicks(budget, QStringLiteral("J"));
    QCOMPARE(budget->currentText(), QString::fromUtf8("J · Budget annuel du projet (€)"));
    QVERIFY(dialog->importButton()->isEnabled());
    QCOMPARE(dialog->importReasonLabel()->text(), QString());
    QCOMPARE(dialog->rowsTable()->rowCount(), 7);
    QCOMPARE(dialog->parse().mapping.source(CandidateField::AnnualBudget), ColumnMapping::Source::Given);

    // A column chosen for a second field leaves the first: the carrier's column read as the incubator.
    QComboBox *incubator = combo(dialog, "incubatorMappingComboBox");
    QTest::keyClicks(incubator, QStringLiteral("F"));
    QCOMPARE(incubator->currentText(), QString::fromUtf8("F · Administration porteuse"));
    QCOMPARE(combo(dialog, "carrierMappingComboBox")->currentText(), QString::fromUtf8("— not in the file —"));
    QCOMPARE(dialog->importReasonLabel()->text(),
             QString::fromUtf8("Map a column to « Carrying administration » to import"));
}

void TestColumnMappingPanel::savedMappingAppliedAgain()
{
    ImportPreviewDialog *dialog = openPreview(formFile());
    QComboBox *description = combo(dialog, "descriptionMappingComboBox");
    QTest::keyClicks(description, QStringLiteral("L"));
    QCOMPARE(dialog->parse().candidates.constFirst().description,
             QStringLiteral("Les jeunes ne connaissent pas les aides auxquelles ils ont droit"));
    QLineEdit *name = dialog->mappingPanel()->mappingNameEdit();
    QVERIFY(!dialog->mappingPanel()->saveMappingButton()->isEnabled());
    QTest::keyClicks(name, QStringLiteral("Formulaire FAST"));
    QTest::mouseClick(dialog->mappingPanel()->saveMappingButton(), Qt::LeftButton);
    QCOMPARE(dialog->findChild<QLabel *>(QStringLiteral("mappingSaveResultLabel"))->text(),
             QString::fromUtf8("Mapping « Formulaire FAST » saved."));
    QCOMPARE(dialog->mappingPanel()->statusLabel()->text(), QString::fromUtf8("Mapping « Formulaire FAST » applied."));

    // The same header in another preview: the saved mapping, with the description read from the question.
    ImportPreviewDialog *again = openPreview(QStringLiteral(FAST_TEST_DATA_DIR "/spreadsheets/formulaire.ods"));
    QCOMPARE(again->mappingPanel()->statusLabel()->text(), QString::fromUtf8("Mapping « Formulaire FAST » applied."));
    QCOMPARE(combo(again, "descriptionMappingComboBox")->currentText(),
             QString::fromUtf8("L · Décrivez le problème public auquel répond le projet"));
    QCOMPARE(again->parse().mapping.source(CandidateField::Description), ColumnMapping::Source::Saved);
    QVERIFY(again->importButton()->isEnabled());
}

void TestColumnMappingPanel::fitsA1280By720Screen()
{
    ImportPreviewDialog *dialog = openPreview(formFile());
    QVERIFY2(dialog->width() <= 1280 && dialog->height() <= 720,
             qPrintable(QStringLiteral("%1×%2").arg(dialog->width()).arg(dialog->height())));
    QVERIFY2(dialog->minimumSizeHint().height() <= 720,
             qPrintable(QString::number(dialog->minimumSizeHint().height())));
    // The rows keep room to be read under the mapping.
    QVERIFY2(dialog->rowsTable()->height() >= 120, qPrintable(QString::number(dialog->rowsTable()->height())));
    QVERIFY(dialog->findChild<QScrollArea *>(QStringLiteral("mappingScrollArea")));
}

QTEST_MAIN(TestColumnMappingPanel)
#include "tst_columnmappingpanel.moc"
