#include "reports/CandidateCsvImport.h"
#include "reports/CandidateImportPlan.h"

#include <QTest>

// The plan of a re-import: the call's export imported once (stored, with ids), then its edited export read
// again and compared by file number. Rows added, changed field by field, unchanged and decided; the fields a
// file does not carry left alone; the problems located by line.
class TestCandidateImportPlan : public QObject
{
    Q_OBJECT

private slots:
    void editedExportIsPlannedRowByRow();
    void decidedCandidatesAreForcedOnlyOnRequest();
    void aForcedLaureateMustStayWithinItsEligibleAmount();
    void fieldsTheFileDoesNotCarryStay();
    void anEmptyDecisionNeverTakesADecisionBack();
    void extraFieldsAreMergedByQuestion();
    void problemsAreLocatedByLine_data();
    void problemsAreLocatedByLine();
    void refusedNameKeysAreThoseWithoutAFileNumber();
    void aFirstImportOnlyAdds();
};

namespace {

const QString exportPath = QStringLiteral(FAST_TEST_DATA_DIR "/reimport/candidatures-export.csv");
const QString editedPath = QStringLiteral(FAST_TEST_DATA_DIR "/reimport/candidatures-export-modifie.csv");
const QString nbsp(QChar(0x00A0));
const QString fileName = QStringLiteral("c.csv");

QString euros(int thousands)
{
    return QString::number(thousands) + nbsp + QStringLiteral("000") + nbsp + QStringLiteral("€");
}

CandidateCsvParse parse(const QString &path)
{
    return CandidateCsvImport::parseFile(path, CofinancingRule(), {});
}

CandidateCsvParse parseText(const QByteArray &text)
{
    return CandidateCsvImport::parse(text, QStringLiteral("c.csv"), CofinancingRule(), {});
}

// The export's candidates as the store holds them: normalised, with ids 1, 2, ...
QList<Candidate> storedExport()
{
    QList<Candidate> stored;
    const CandidateCsvParse read = parse(exportPath);
    for (const Candidate &candidate : read.candidates) {
        stored.append(candidate.normalised());
        stored.last().id = stored.size();
        stored.last().promotionId = 7;
    }
    return stored;
}

QStringList names(const QList<CandidateImportRow> &rows)
{
    QStringList texts;
    for (const CandidateImportRow &row : rows)
        texts.append(row.update.before.name);
    return texts;
}

QStringList changeTexts(const CandidateImportRow &row)
{
    QStringList texts;
    for (const CandidateImportChange &change : row.changes)
        texts.append(change.toString());
    return texts;
}

Candidate candidate(const QString &name, const QString &reference)
{
    Candidate made;
    made.id = 1;
    made.name = name;
    made.carrier = QStringLiteral("DGALN");
    made.annualBudget = Money::fromEuros(600000);
    made.requested = Money::fromEuros(300000);
    made.reference = reference;
    return made;
}

} // namespace

void TestCandidateImportPlan::editedExportIsPlannedRowByRow()
{
    const QList<Candidate> stored = storedExport();
    QCOMPARE(stored.size(), 4);
    const CandidateCsvParse edited = parse(editedPath);
    QVERIFY2(edited.ok(), qPrintable(edited.messages().join(QLatin1Char('\n'))));
    const CandidateImportPlan plan = CandidateImportPlan::build(stored, edited, CofinancingRule(), editedPath);

    QVERIFY(plan.ok());
    QVERIFY(!plan.onlyAdds());
    QCOMPARE(plan.added.size(), 1);
    QCOMPARE(plan.added.constFirst().name, QStringLiteral("Carte des Mobilités"));
    QCOMPARE(plan.added.constFirst().reference, QStringLiteral("2026-0005"));
    QCOMPARE(plan.addedLines, QList<int>{6});

    QCOMPARE(names(plan.changed), QStringList({QStringLiteral("Envergo"), QStringLiteral("Docubra")}));
    QCOMPARE(plan.changed.at(0).line, 2);
    QCOMPARE(changeTexts(plan.changed.at(0)),
             QStringList(QStringLiteral("annual budget: %1 → %2").arg(euros(600), euros(650))));
    QCOMPARE(plan.changed.at(0).changes.constFirst().field, CandidateField::AnnualBudget);
    QCOMPARE(plan.changed.at(0).update.after.annualBudget, Money::fromEuros(650000));
    QCOMPARE(plan.changed.at(0).update.after.id, 1);
    QCOMPARE(plan.changed.at(1).line, 4);
    QCOMPARE(changeTexts(plan.changed.at(1)), QStringList(QStringLiteral("project: Docubra → Docurba")));

    QCOMPARE(names(plan.decided), QStringList(QStringLiteral("Mano")));
    QCOMPARE(plan.decided.constFirst().line, 3);
    QCOMPARE(changeTexts(plan.decided.constFirst()),
             QStringList(QStringLiteral("annual budget: %1 → %2").arg(euros(360), euros(380))));
    QCOMPARE(names(plan.unchanged), QStringList(QStringLiteral("Aides Jeunes")));
    QVERIFY(plan.forcedProblems.isEmpty());

    QCOMPARE(plan.updates(false).size(), 2);
    QCOMPARE(plan.updates(true).size(), 3);
    QCOMPARE(plan.updates(true).constLast().after.annualBudget, Money::fromEuros(380000));
    QCOMPARE(plan.updates(true).constLast().after.decision, Decision::Laureate);
    QCOMPARE(plan.updates(true).constLast().after.granted, Money::fromEuros(180000));

    QCOMPARE(plan.describe(false),
             QStringList({QStringLiteral("~ Envergo: annual budget: %1 → %2").arg(euros(600), euros(650)),
                          QStringLiteral("~ Docubra: project: Docubra → Docurba"),
                          QStringLiteral("! Mano: annual budget: %1 → %2 (decided: Laureate; not changed)")
                              .arg(euros(360), euros(380)),
                          QStringLiteral("+ Carte des Mobilités"), QStringLiteral("= 1 unchanged")}));
    QCOMPARE(plan.describe(true).at(2),
             QStringLiteral("~ Mano: annual budget: %1 → %2 (decided: Laureate)").arg(euros(360), euros(380)));
}

void TestCandidateImportPlan::decidedCandidatesAreForcedOnlyOnRequest()
{
    const CandidateImportPlan plan =
        CandidateImportPlan::build(storedExport(), parse(editedPath), CofinancingRule(), editedPath);
    QVERIFY(plan.writes(false));
    for (const CandidateUpdate &update : plan.updates(false))
        QCOMPARE(update.before.decision, Decision::None);
    // Only the decided row to write: nothing without force.
    CandidateImportPlan decidedOnly = plan;
    decidedOnly.added.clear();
    decidedOnly.changed.clear();
    QVERIFY(!decidedOnly.writes(false));
    QVERIFY(decidedOnly.writes(true));
}

void TestCandidateImportPlan::aForcedLaureateMustStayWithinItsEligibleAmount()
{
    // Mano (laureate, 180 000 € granted) asks for 170 000 € now: forcing would leave granted above eligible.
    const CandidateCsvParse edited = parseText("projet;administration;budget_annuel;montant_demande;numero_dossier\n"
                                               "Mano;DIHAL;360 000;170 000;2026-0002\n");
    const CandidateImportPlan plan = CandidateImportPlan::build(storedExport(), edited, CofinancingRule(), fileName);
    QVERIFY(plan.ok());
    QCOMPARE(names(plan.decided), QStringList(QStringLiteral("Mano")));
    QCOMPARE(plan.messages(false), QStringList());
    const QStringList forced = plan.messages(true);
    QCOMPARE(forced.size(), 1);
    QVERIFY2(forced.constFirst().startsWith(QStringLiteral("c.csv:2: montant_accorde: \"Mano\": ")),
             qPrintable(forced.constFirst()));
}

void TestCandidateImportPlan::fieldsTheFileDoesNotCarryStay()
{
    // A form export: no incubator, kind, phase, decision or granted column. Envergo's incubator and phase and
    // Mano's decision stay as stored; only the budget counts.
    const CandidateCsvParse edited = parseText("projet;administration;budget_annuel;montant_demande;numero_dossier\n"
                                               "Envergo;DGALN;650 000;300 000;2026-0001\n"
                                               "Mano;DIHAL;360 000;180 000;2026-0002\n");
    QCOMPARE(edited.fieldsGiven,
             QList<CandidateField>({CandidateField::Name, CandidateField::Carrier, CandidateField::AnnualBudget,
                                    CandidateField::Requested, CandidateField::Reference}));
    const CandidateImportPlan plan = CandidateImportPlan::build(storedExport(), edited, CofinancingRule(), fileName);
    QCOMPARE(names(plan.changed), QStringList(QStringLiteral("Envergo")));
    QCOMPARE(changeTexts(plan.changed.constFirst()),
             QStringList(QStringLiteral("annual budget: %1 → %2").arg(euros(600), euros(650))));
    const Candidate &after = plan.changed.constFirst().update.after;
    QCOMPARE(after.incubator, QStringLiteral("Fabrique numérique"));
    QCOMPARE(after.phase, Phase::Acceleration);
    QCOMPARE(names(plan.unchanged), QStringList(QStringLiteral("Mano")));
    QCOMPARE(plan.unchanged.constFirst().update.after.decision, Decision::Laureate);
    QVERIFY(plan.decided.isEmpty());
}

void TestCandidateImportPlan::anEmptyDecisionNeverTakesADecisionBack()
{
    // The file has a decision column, empty on Mano's row: Mano stays a laureate with its granted amount.
    const CandidateCsvParse edited =
        parseText("projet;administration;incubateur;type;phase;budget_annuel;montant_demande;decision;montant_accorde;"
                  "numero_dossier\n"
                  "Mano;DIHAL;beta.gouv.fr;produit;construction;360 000;180 000;;;2026-0002\n");
    const CandidateImportPlan plan = CandidateImportPlan::build(storedExport(), edited, CofinancingRule(), fileName);
    QCOMPARE(names(plan.unchanged), QStringList(QStringLiteral("Mano")));
    QVERIFY(plan.changed.isEmpty());
    QVERIFY(plan.decided.isEmpty());

    // A decision the file does give, and that differs, is a change of a decided candidate.
    const CandidateCsvParse waitlisted =
        parseText("projet;administration;budget_annuel;montant_demande;decision;numero_dossier\n"
                  "Mano;DIHAL;360 000;180 000;liste_attente;2026-0002\n");
    const CandidateImportPlan changed =
        CandidateImportPlan::build(storedExport(), waitlisted, CofinancingRule(), fileName);
    QCOMPARE(names(changed.decided), QStringList(QStringLiteral("Mano")));
    QCOMPARE(changeTexts(changed.decided.constFirst()),
             QStringList({QStringLiteral("decision: Laureate → Waitlist"),
                          QStringLiteral("granted amount: %1 → 0").arg(euros(180)) + nbsp + QStringLiteral("€")}));
}

void TestCandidateImportPlan::extraFieldsAreMergedByQuestion()
{
    Candidate stored = candidate(QStringLiteral("Envergo"), QStringLiteral("2026-0001"));
    stored.extraFields = {{QStringLiteral("Nombre d’usagers"), QStringLiteral("1 200")},
                          {QStringLiteral("Site"), QStringLiteral("envergo.beta.gouv.fr")}};
    Candidate row = stored;
    row.id = 0;
    // The row answers one stored question anew (its title in other case), a new question, and not "Site".
    row.extraFields = {{QStringLiteral("NOMBRE D’USAGERS"), QStringLiteral("1 500")},
                       {QStringLiteral("Équipe"), QStringLiteral("4 personnes")}};
    CandidateCsvParse parsed;
    parsed.candidates = {row};
    parsed.lines = {2};
    const CandidateImportPlan plan = CandidateImportPlan::build({stored}, parsed, CofinancingRule(), fileName);
    QCOMPARE(plan.changed.size(), 1);
    const CandidateExtraFields expected{{QStringLiteral("Nombre d’usagers"), QStringLiteral("1 500")},
                                        {QStringLiteral("Site"), QStringLiteral("envergo.beta.gouv.fr")},
                                        {QStringLiteral("Équipe"), QStringLiteral("4 personnes")}};
    QCOMPARE(plan.changed.constFirst().update.after.extraFields, expected);
    QCOMPARE(changeTexts(plan.changed.constFirst()), QStringList({QStringLiteral("Nombre d’usagers: 1 200 → 1 500"),
                                                                  QStringLiteral("Équipe: (empty) → 4 personnes")}));
}

void TestCandidateImportPlan::problemsAreLocatedByLine_data()
{
    QTest::addColumn<QByteArray>("file");
    QTest::addColumn<QStringList>("messages");
    const QByteArray header = "projet;administration;budget_annuel;montant_demande;numero_dossier\n";
    QTest::newRow("a file number twice") << header + "Envergo;DGALN;600 000;300 000;2026-0001\n"
                                                     "Autre;DGALN;600 000;300 000;2026-0001\n"
                                         << QStringList(QStringLiteral("c.csv:3: the file number 2026-0001 is "
                                                                       "already on line 2"));
    QTest::newRow("a new row with a stored name")
        << header + "ENVERGO;DGALN;600 000;300 000;2026-0099\n"
        << QStringList(QStringLiteral(
               "c.csv:2: \"ENVERGO\" is already a candidate of this promotion, under the file number 2026-0001"));
    QTest::newRow("a new row without file number")
        << header + "Mano;DGALN;600 000;300 000;\n"
        << QStringList(QStringLiteral(
               "c.csv:2: \"Mano\" is already a candidate of this promotion, under the file number 2026-0002"));
    QTest::newRow("renamed to another's name")
        << header + "Envergo;DGALN;480 000;240 000;2026-0003\n"
        << QStringList(QStringLiteral("c.csv:2: the file number 2026-0003 renames \"Docubra\" to \"Envergo\", "
                                      "the name of another candidate of this promotion"));
    QTest::newRow("a name kept in other case is no clash") << header + "ENVERGO;DGALN;600 000;300 000;2026-0001\n"
                                                           << QStringList();
}

void TestCandidateImportPlan::problemsAreLocatedByLine()
{
    QFETCH(QByteArray, file);
    QFETCH(QStringList, messages);
    const CandidateCsvParse parsed = parseText(file);
    QVERIFY2(parsed.ok(), qPrintable(parsed.messages().join(QLatin1Char('\n'))));
    const CandidateImportPlan plan = CandidateImportPlan::build(storedExport(), parsed, CofinancingRule(), fileName);
    QCOMPARE(plan.messages(), messages);
    QCOMPARE(plan.ok(), messages.isEmpty());
}

void TestCandidateImportPlan::refusedNameKeysAreThoseWithoutAFileNumber()
{
    const QList<Candidate> stored{candidate(QStringLiteral("Envergo"), QStringLiteral("2026-0001")),
                                  candidate(QStringLiteral("Mon Suivi"), QString())};
    QCOMPARE(CandidateImportPlan::refusedNameKeys(stored), QSet<QString>{QStringLiteral("mon suivi")});
}

void TestCandidateImportPlan::aFirstImportOnlyAdds()
{
    const CandidateCsvParse read = parse(exportPath);
    const CandidateImportPlan plan = CandidateImportPlan::build({}, read, CofinancingRule(), exportPath);
    QVERIFY(plan.onlyAdds());
    QCOMPARE(plan.added.size(), 4);
    QCOMPARE(plan.addedLines, QList<int>({2, 3, 4, 5}));
    QCOMPARE(plan.added.at(1).decision, Decision::Laureate);
    QCOMPARE(plan.describe(false).size(), 4);
}

QTEST_GUILESS_MAIN(TestCandidateImportPlan)
#include "tst_candidateimportplan.moc"
