#include "domain/AuditAction.h"
#include "reports/CandidateFileImport.h"
#include "reports/ColumnMappingProposal.h"
#include "reports/SavedColumnMappings.h"
#include "storage/ColumnMappingStore.h"
#include "storage/CommitteeStore.h"
#include "storage/Database.h"

#include "TestDatabaseLocation.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

// The import's saved column mappings on a database file: saved under a name with its audit row and one
// signal after the commit, replaced when saved again under the same (folded) name, found again by the key of
// the header they were made for, so that a file with the same header gets the saved mapping proposed again;
// a bad name refused with nothing written.
class TestColumnMappingStore : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void saveFindAndAudit();
    void saveAgainReplaces();
    void badNameRefused();
    void savedMappingProposedAgainForTheSameHeader();
    void savedMappingReadsByTitle();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<TestDatabaseLocation> m_location;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<CommitteeStore> m_committee;
    std::unique_ptr<ColumnMappingStore> m_mappings;
};

namespace {

QString formFile()
{
    return QStringLiteral(FAST_TEST_DATA_DIR "/spreadsheets/sources/formulaire/Export.csv");
}

const QStringList header{QStringLiteral("Dossier"), QStringLiteral("Intitulé"), QStringLiteral("Ministère"),
                         QStringLiteral("Budget"), QStringLiteral("Demande")};

// Intitulé, Budget and Demande are no known titles: the user maps them.
ColumnMapping chosenMapping()
{
    ColumnMapping mapping = ColumnMappingProposal::propose(header);
    mapping.set(CandidateField::Name, 1, ColumnMapping::Source::Given);
    mapping.set(CandidateField::AnnualBudget, 3, ColumnMapping::Source::Given);
    mapping.set(CandidateField::Requested, 4, ColumnMapping::Source::Given);
    return mapping;
}

} // namespace

void TestColumnMappingStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_location = TestDatabaseLocation::underTest();
    if (m_location->address().isEmpty())
        QSKIP(qPrintable(m_location->error()));
    m_database = std::make_unique<Database>();
    const Outcome opened = m_database->open(m_location->address());
    QVERIFY2(opened.ok(), qPrintable(opened.error()));
    m_committee = std::make_unique<CommitteeStore>(*m_database);
    m_committee->setOperatorName(QStringLiteral("Secrétariat"));
    m_mappings = std::make_unique<ColumnMappingStore>(*m_committee);
}

void TestColumnMappingStore::cleanup()
{
    m_mappings.reset();
    m_committee.reset();
    m_database.reset();
    m_dir.reset();
    m_location.reset();
}

void TestColumnMappingStore::saveFindAndAudit()
{
    QSignalSpy changed(m_mappings.get(), &ColumnMappingStore::mappingsChanged);
    const SavedColumnMapping saved =
        SavedColumnMappings::toSaved(QStringLiteral("  Formulaire FAST 2026 "), header, chosenMapping());
    QCOMPARE(saved.headerKey, QStringLiteral("[\"dossier\",\"intitule\",\"ministere\",\"budget\",\"demande\"]"));
    const Result<std::optional<SavedColumnMapping>> replaced = m_mappings->save(saved);
    QVERIFY2(replaced.ok(), qPrintable(replaced.error()));
    QVERIFY(!replaced.value());
    QCOMPARE(changed.count(), 1);

    const Result<std::optional<SavedColumnMapping>> found = m_mappings->byHeaderKey(saved.headerKey);
    QVERIFY(found.ok() && found.value());
    QCOMPARE(found.value()->name, QStringLiteral("Formulaire FAST 2026"));
    QCOMPARE(found.value()->describe(),
             QString::fromUtf8("projet ← Intitulé; administration ← Ministère; budget_annuel ← Budget; "
                               "montant_demande ← Demande; numero_dossier ← Dossier"));
    QVERIFY(!m_mappings->byHeaderKey(QStringLiteral("[\"autre\"]")).value());
    QCOMPARE(m_mappings->byName(QStringLiteral("FORMULAIRE fast 2026")).value()->name,
             QStringLiteral("Formulaire FAST 2026"));
    QCOMPARE(m_mappings->names().value(), QStringList{QStringLiteral("Formulaire FAST 2026")});

    const QList<AuditEntry> audit = m_committee->auditEntries().value();
    QCOMPARE(audit.size(), 1);
    QCOMPARE(audit.constFirst().action, QString(AuditAction::mappingSave));
    QCOMPARE(audit.constFirst().subject, QStringLiteral("Formulaire FAST 2026"));
    QCOMPARE(audit.constFirst().oldValue, QString());
    QCOMPARE(audit.constFirst().newValue, found.value()->describe());
    QCOMPARE(audit.constFirst().operatorName, QString::fromUtf8("Secrétariat"));
}

void TestColumnMappingStore::saveAgainReplaces()
{
    QVERIFY(m_mappings->save(SavedColumnMappings::toSaved(QStringLiteral("Formulaire"), header, chosenMapping())).ok());
    ColumnMapping other = chosenMapping();
    other.set(CandidateField::Description, 2, ColumnMapping::Source::Given);
    const Result<std::optional<SavedColumnMapping>> replaced =
        m_mappings->save(SavedColumnMappings::toSaved(QStringLiteral("formulaire"), header, other));
    QVERIFY2(replaced.ok(), qPrintable(replaced.error()));
    QVERIFY(replaced.value());
    QCOMPARE(replaced.value()->name, QStringLiteral("Formulaire"));
    QCOMPARE(m_mappings->names().value(), QStringList{QStringLiteral("formulaire")});
    const SavedColumnMapping found = *m_mappings->byName(QStringLiteral("Formulaire")).value();
    // The carrier's column went to the description.
    QCOMPARE(found.describe(), QString::fromUtf8("projet ← Intitulé; budget_annuel ← Budget; montant_demande ← "
                                                 "Demande; description ← Ministère; numero_dossier ← Dossier"));
    const QList<AuditEntry> audit = m_committee->auditEntries().value();
    QCOMPARE(audit.size(), 2);
    QCOMPARE(audit.constFirst().oldValue,
             QString::fromUtf8("projet ← Intitulé; administration ← Ministère; budget_annuel ← Budget; "
                               "montant_demande ← Demande; numero_dossier ← Dossier"));
}

void TestColumnMappingStore::badNameRefused()
{
    const Result<std::optional<SavedColumnMapping>> refused =
        m_mappings->save(SavedColumnMappings::toSaved(QStringLiteral("   "), header, chosenMapping()));
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error(), QStringLiteral("The mapping's name is empty."));
    QVERIFY(m_mappings->names().value().isEmpty());
    QVERIFY(m_committee->auditEntries().value().isEmpty());
}

void TestColumnMappingStore::savedMappingProposedAgainForTheSameHeader()
{
    // The form's export, read through the proposal; the user moves the description to a question and saves.
    CandidateFileImport::MappingChoice choice;
    choice.saved = SavedColumnMappings::savedIn(*m_mappings);
    const CandidateCsvParse proposed =
        CandidateFileImport::parseFile(formFile(), QString(), CofinancingRule(), {}, choice);
    QVERIFY(proposed.mapping.savedName.isEmpty());
    QCOMPARE(proposed.mapping.column(CandidateField::Description), -1);
    ColumnMapping mine = proposed.mapping;
    mine.set(CandidateField::Description, 11, ColumnMapping::Source::Given);
    QStringList titles;
    for (const ImportColumn &column : proposed.columns)
        titles.append(column.title);
    QVERIFY(m_mappings->save(SavedColumnMappings::toSaved(QStringLiteral("Formulaire FAST"), titles, mine)).ok());

    // The same file again: the saved mapping, not the proposal.
    const CandidateCsvParse again =
        CandidateFileImport::parseFile(formFile(), QString(), CofinancingRule(), {}, choice);
    QVERIFY2(again.ok(), qPrintable(again.messages().join(QLatin1Char('\n'))));
    QCOMPARE(again.mapping.savedName, QStringLiteral("Formulaire FAST"));
    QCOMPARE(again.mapping.columnOf, mine.columnOf);
    for (int field = 0; field < again.mapping.columnOf.size(); ++field)
        QCOMPARE(again.mapping.sourceOf.at(field),
                 again.mapping.columnOf.at(field) >= 0 ? ColumnMapping::Source::Saved : ColumnMapping::Source::None);
    QCOMPARE(again.candidates.constFirst().description,
             QStringLiteral("Les jeunes ne connaissent pas les aides auxquelles ils ont droit"));
    QCOMPARE(again.candidates.constFirst().extraFields.size(), 3);

    // The spreadsheet saved from it has the same header: the same saved mapping.
    const CandidateCsvParse xlsx = CandidateFileImport::parseFile(
        QStringLiteral(FAST_TEST_DATA_DIR "/spreadsheets/formulaire.xlsx"), QString(), CofinancingRule(), {}, choice);
    QCOMPARE(xlsx.mapping.savedName, QStringLiteral("Formulaire FAST"));
    QCOMPARE(xlsx.mapping.columnOf, mine.columnOf);
}

void TestColumnMappingStore::savedMappingReadsByTitle()
{
    SavedColumnMapping saved = SavedColumnMappings::toSaved(QStringLiteral("F"), header, chosenMapping());
    // The same titles in another order: each field follows its title.
    const QStringList moved{QStringLiteral("Demande"), QStringLiteral("Budget"), QStringLiteral("Intitulé"),
                            QStringLiteral("Ministère"), QStringLiteral("Dossier")};
    const Result<ColumnMapping> mapping = SavedColumnMappings::fromSaved(saved, moved);
    QVERIFY(mapping.ok());
    QCOMPARE(mapping.value().column(CandidateField::Requested), 0);
    QCOMPARE(mapping.value().column(CandidateField::AnnualBudget), 1);
    QCOMPARE(mapping.value().column(CandidateField::Name), 2);
    QCOMPARE(mapping.value().column(CandidateField::Reference), 4);
    // A title the file lacks: refused, naming the field, the title and the file's columns.
    const Result<ColumnMapping> lacking =
        SavedColumnMappings::fromSaved(saved, {QStringLiteral("Dossier"), QStringLiteral("Intitulé")});
    QVERIFY(!lacking.ok());
    QCOMPARE(lacking.error(),
             QString::fromUtf8("the saved mapping \"F\" reads « Carrying administration » from the column "
                               "\"Ministère\", which this file does not have; the file's columns are \"Dossier\", "
                               "\"Intitulé\""));
}

QTEST_GUILESS_MAIN(TestColumnMappingStore)
#include "tst_columnmappingstore.moc"
