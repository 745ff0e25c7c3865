#include "widgets/AmountField.h"
#include "candidates/CandidateDialog.h"
#include "domain/TextKey.h"

#include <QComboBox>
#include <QLabel>
#include <QLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QtTest>

// The candidate form driven as a user does: typed keys, the live eligible amount, the refusals shown
// under the fields and next to the disabled save button.
class TestCandidateDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void eligibleIsWorkedOutLive_data();
    void eligibleIsWorkedOutLive();
    void ambiguousAmountIsRefusedInline_data();
    void ambiguousAmountIsRefusedInline();
    void emptyFormCannotBeSaved();
    void emptyFormOpensWithoutMessage();
    void formKeepsItsHeightAsMessagesComeAndGo();
    void duplicateNameIsRefused();
    void hiddenCharacterInNameIsRefused();
    void laureateGetsEligibleByDefault();
    void grantedAboveEligibleIsRefused();
    void saveCallsHandlerAndAccepts();
    void storeRefusalKeepsFormOpen();
    void editFillsEveryField();
    void readOnlyHidesSave();
    void tabOrderFollowsForm();
    void formFieldsShownAndEdited();

private:
    static Promotion fast13();
    static void fillValid(CandidateDialog &dialog, const QString &budget, const QString &requested);
    template <typename T> static T *child(const QWidget &parent, const char *name)
    {
        T *found = parent.findChild<T *>(QLatin1String(name));
        if (!found)
            qFatal("no child %s", name);
        return found;
    }
};

Promotion TestCandidateDialog::fast13()
{
    Promotion promotion;
    promotion.id = 1;
    promotion.number = 13;
    promotion.year = 2023;
    promotion.envelope = Money::fromEuros(2550000);
    return promotion;
}

void TestCandidateDialog::fillValid(CandidateDialog &dialog, const QString &budget, const QString &requested)
{
    QTest::keyClicks(child<QLineEdit>(dialog, "nameEdit"), QStringLiteral("DossierFacile"));
    QTest::keyClicks(child<QLineEdit>(dialog, "carrierEdit"), QStringLiteral("DIHAL"));
    QTest::keyClicks(child<QLineEdit>(dialog, "annualBudgetEdit"), budget);
    QTest::keyClicks(child<QLineEdit>(dialog, "requestedAmountEdit"), requested);
}

void TestCandidateDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestCandidateDialog::eligibleIsWorkedOutLive_data()
{
    QTest::addColumn<QString>("budget");
    QTest::addColumn<QString>("requested");
    QTest::addColumn<QString>("eligible");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<QString>("detail");
    // rules.md's examples, typed in the French forms users type.
    const QString nb = QStringLiteral("\u00a0");
    const auto euros = [nb](const char *digits) {
        return QString::fromLatin1(digits).replace(QLatin1Char(' '), nb) + nb + QStringLiteral("€");
    };
    const auto detail = [](const QString &budget, const QString &share, const QString &requested) {
        return QStringLiteral("50 % of %1 = %2 · cap 300\u00a0000\u00a0€ · requested %3").arg(budget, share, requested);
    };
    QTest::newRow("requested") << QStringLiteral("400 000") << QStringLiteral("150 000") << euros("150 000")
                               << QStringLiteral("requested amount")
                               << detail(euros("400 000"), euros("200 000"), euros("150 000"));
    QTest::newRow("rate") << QStringLiteral("400000") << QStringLiteral("250000") << euros("200 000")
                          << QStringLiteral("capped at 50 %")
                          << detail(euros("400 000"), euros("200 000"), euros("250 000"));
    QTest::newRow("cap") << QStringLiteral("1.000.000") << QStringLiteral("400 000 EUR") << euros("300 000")
                         << QStringLiteral("capped at 300\u00a0000\u00a0€")
                         << detail(euros("1 000 000"), euros("500 000"), euros("400 000"));
    QTest::newRow("equal") << QStringLiteral("600 000") << QStringLiteral("300 000") << euros("300 000")
                           << QStringLiteral("requested amount")
                           << detail(euros("600 000"), euros("300 000"), euros("300 000"));
    QTest::newRow("cents") << QStringLiteral("0,03") << QStringLiteral("1") << euros("0,01")
                           << QStringLiteral("capped at 50 %") << detail(euros("0,03"), euros("0,01"), euros("1"));
}

void TestCandidateDialog::eligibleIsWorkedOutLive()
{
    QFETCH(QString, budget);
    QFETCH(QString, requested);
    QFETCH(QString, eligible);
    QFETCH(QString, reason);
    QFETCH(QString, detail);

    CandidateDialog dialog(fast13(), {});
    dialog.show();
    QCOMPARE(child<QLabel>(dialog, "eligibleAmountLabel")->text(), QStringLiteral("—"));
    fillValid(dialog, budget, requested);
    QCOMPARE(child<QLabel>(dialog, "eligibleAmountLabel")->text(), eligible);
    QCOMPARE(child<QLabel>(dialog, "eligibilityReasonLabel")->text(), reason);
    QCOMPARE(child<QLabel>(dialog, "eligibilityDetailLabel")->text(), detail);
    QVERIFY(child<QPushButton>(dialog, "saveButton")->isEnabled());
    QCOMPARE(dialog.problems(), QStringList());
    QVERIFY(!child<QLabel>(dialog, "saveBlockedLabel")->isVisible());
}

void TestCandidateDialog::ambiguousAmountIsRefusedInline_data()
{
    QTest::addColumn<QString>("typed");
    QTest::newRow("comma thousands") << QStringLiteral("300,000");
    QTest::newRow("three decimals") << QStringLiteral("12,345");
    QTest::newRow("letters") << QStringLiteral("300k");
    QTest::newRow("negative") << QStringLiteral("-5");
}

void TestCandidateDialog::ambiguousAmountIsRefusedInline()
{
    QFETCH(QString, typed);
    CandidateDialog dialog(fast13(), {});
    dialog.show();
    fillValid(dialog, QStringLiteral("600 000"), typed);

    const QString parserMessage = Money::parse(typed).error();
    QVERIFY(!parserMessage.isEmpty());
    auto *errorLabel = child<QLabel>(dialog, "requestedAmountErrorLabel");
    QVERIFY(errorLabel->isVisible());
    QCOMPARE(errorLabel->text(), parserMessage);

    auto *save = child<QPushButton>(dialog, "saveButton");
    QVERIFY(!save->isEnabled());
    const QString why = QStringLiteral("Cannot save yet: Requested amount: %1").arg(parserMessage);
    QCOMPARE(save->toolTip(), why);
    auto *blocked = child<QLabel>(dialog, "saveBlockedLabel");
    QVERIFY(blocked->isVisible());
    QCOMPARE(blocked->text(), why);
    QCOMPARE(dialog.problems().size(), 1);
    QCOMPARE(child<QLabel>(dialog, "eligibleAmountLabel")->text(), QStringLiteral("—"));

    // Correcting the field clears the message and enables saving.
    child<QLineEdit>(dialog, "requestedAmountEdit")->clear();
    QTest::keyClicks(child<QLineEdit>(dialog, "requestedAmountEdit"), QStringLiteral("300 000"));
    QVERIFY(!errorLabel->isVisible());
    QVERIFY(save->isEnabled());
    QCOMPARE(save->toolTip(), QString());
}

void TestCandidateDialog::emptyFormCannotBeSaved()
{
    CandidateDialog dialog(fast13(), {});
    dialog.show();
    QVERIFY(!child<QPushButton>(dialog, "saveButton")->isEnabled());
    QCOMPARE(dialog.problems(), QStringList({QStringLiteral("The project name is required."),
                                             QStringLiteral("The carrying administration is required."),
                                             QStringLiteral("The annual budget must be more than 0 €."),
                                             QStringLiteral("The requested amount must be more than 0 €.")}));
}

void TestCandidateDialog::emptyFormOpensWithoutMessage()
{
    // Issue 14: the empty form opened with an orange "Cannot save yet" before anything was typed.
    CandidateDialog dialog(fast13(), {});
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *blocked = child<QLabel>(dialog, "saveBlockedLabel");
    QVERIFY(!blocked->isVisible());
    QCOMPARE(blocked->text(), QString());
    auto *save = child<QPushButton>(dialog, "saveButton");
    QVERIFY(!save->isEnabled());
    // The tooltip still says why, for whoever asks.
    QVERIFY(save->toolTip().startsWith(QStringLiteral("Cannot save yet: The project name is required.")));
    // Once the user has typed, what is still missing is said.
    QTest::keyClicks(child<QLineEdit>(dialog, "nameEdit"), QStringLiteral("Envergo"));
    QVERIFY(blocked->isVisible());
    QCOMPARE(blocked->text(), QStringLiteral("Cannot save yet: The carrying administration is required. The annual "
                                             "budget must be more than 0 €. The requested amount must be more than "
                                             "0 €."));
}

void TestCandidateDialog::formKeepsItsHeightAsMessagesComeAndGo()
{
    // Issue 14: the form jumped as the messages appeared and went. Where the description and the Save
    // button are tells whether anything above them moved.
    CandidateDialog dialog(fast13(), {});
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *description = child<QPlainTextEdit>(dialog, "descriptionEdit");
    auto *save = child<QPushButton>(dialog, "saveButton");
    const auto positions = [&] {
        dialog.layout()->activate();
        QCoreApplication::processEvents();
        return QPair<int, int>(description->mapTo(&dialog, QPoint()).y(), save->mapTo(&dialog, QPoint()).y());
    };
    const QPair<int, int> opened = positions();
    // The usual messages fit the space kept for them: nothing moves.
    QTest::keyClicks(child<QLineEdit>(dialog, "nameEdit"), QStringLiteral("DossierFacile"));
    QVERIFY(child<QLabel>(dialog, "saveBlockedLabel")->isVisible());
    QCOMPARE(positions(), opened);
    QTest::keyClicks(child<QLineEdit>(dialog, "carrierEdit"), QStringLiteral("DIHAL"));
    QTest::keyClicks(child<QLineEdit>(dialog, "annualBudgetEdit"), QStringLiteral("600 000"));
    auto *requested = child<QLineEdit>(dialog, "requestedAmountEdit");
    QTest::keyClicks(requested, QStringLiteral("-5"));
    QVERIFY(child<QLabel>(dialog, "requestedAmountErrorLabel")->isVisible());
    QCOMPARE(positions(), opened);
    requested->clear();
    // A longer message may take more room once; it keeps it when it goes, so nothing jumps back and forth.
    QTest::keyClicks(requested, QStringLiteral("300,000"));
    requested->clear();
    QTest::keyClicks(requested, QStringLiteral("300 000"));
    const QPair<int, int> corrected = positions();
    requested->clear();
    QTest::keyClicks(requested, QStringLiteral("300,000"));
    requested->clear();
    QTest::keyClicks(requested, QStringLiteral("300 000"));
    QCOMPARE(positions(), corrected);
}

void TestCandidateDialog::hiddenCharacterInNameIsRefused()
{
    // Pasted (a key press cannot type it): a right-to-left override that would print "Projetexe.jpg".
    CandidateDialog dialog(fast13(), {});
    dialog.show();
    fillValid(dialog, QStringLiteral("400 000"), QStringLiteral("100 000"));
    auto *nameEdit = child<QLineEdit>(dialog, "nameEdit");
    nameEdit->clear();
    nameEdit->insert(QStringLiteral("Projet\u202Egpj.exe"));
    const QString why =
        QStringLiteral("Project name: character 7 is U+202E (right-to-left override), which is not allowed in a name.");
    QCOMPARE(dialog.problems(), QStringList(why));
    auto *save = child<QPushButton>(dialog, "saveButton");
    QVERIFY(!save->isEnabled());
    QCOMPARE(save->toolTip(), QStringLiteral("Cannot save yet: ") + why);
    // Never stripped behind the user's back: the field keeps what was pasted until it is corrected.
    QCOMPARE(nameEdit->text(), QStringLiteral("Projet\u202Egpj.exe"));

    nameEdit->clear();
    nameEdit->insert(QStringLiteral("Al\u200Bpha"));
    QCOMPARE(dialog.problems(),
             QStringList(QStringLiteral(
                 "Project name: character 3 is U+200B (zero-width space), which is not allowed in a name.")));
    nameEdit->clear();
    QTest::keyClicks(nameEdit, QStringLiteral("Alpha"));
    QCOMPARE(dialog.problems(), QStringList());
    QVERIFY(save->isEnabled());
}

void TestCandidateDialog::duplicateNameIsRefused()
{
    CandidateDialog dialog(fast13(), {TextKey::fold(QStringLiteral("Réfugiés.info"))});
    dialog.show();
    QTest::keyClicks(child<QLineEdit>(dialog, "nameEdit"), QStringLiteral("REFUGIES.INFO"));
    QTest::keyClicks(child<QLineEdit>(dialog, "carrierEdit"), QStringLiteral("DIAIR"));
    QTest::keyClicks(child<QLineEdit>(dialog, "annualBudgetEdit"), QStringLiteral("440 000"));
    QTest::keyClicks(child<QLineEdit>(dialog, "requestedAmountEdit"), QStringLiteral("240 000"));
    QCOMPARE(dialog.problems(),
             QStringList(QStringLiteral("FAST13 already has a candidate called \"REFUGIES.INFO\".")));
    QVERIFY(!child<QPushButton>(dialog, "saveButton")->isEnabled());
}

void TestCandidateDialog::laureateGetsEligibleByDefault()
{
    CandidateDialog dialog(fast13(), {});
    dialog.show();
    fillValid(dialog, QStringLiteral("1 200 000"), QStringLiteral("500 000"));
    auto *granted = child<QLineEdit>(dialog, "grantedAmountEdit");
    QVERIFY(!granted->isEnabled());
    auto *decision = child<QComboBox>(dialog, "decisionComboBox");
    decision->setCurrentIndex(decision->findData(static_cast<int>(Decision::Laureate)));
    QVERIFY(granted->isEnabled());
    QCOMPARE(dialog.candidate().granted, Money::fromEuros(300000));
    QVERIFY(child<QPushButton>(dialog, "saveButton")->isEnabled());

    QTest::keyClicks(granted, QStringLiteral("250 000"));
    QCOMPARE(dialog.candidate().granted, Money::fromEuros(250000));
    QVERIFY(child<QPushButton>(dialog, "saveButton")->isEnabled());

    // Back to "no decision": the granted amount is dropped rather than refused.
    decision->setCurrentIndex(decision->findData(static_cast<int>(Decision::Waitlist)));
    QCOMPARE(dialog.candidate().granted, Money());
    QVERIFY(child<QPushButton>(dialog, "saveButton")->isEnabled());
}

void TestCandidateDialog::grantedAboveEligibleIsRefused()
{
    CandidateDialog dialog(fast13(), {});
    dialog.show();
    fillValid(dialog, QStringLiteral("400 000"), QStringLiteral("250 000"));
    auto *decision = child<QComboBox>(dialog, "decisionComboBox");
    decision->setCurrentIndex(decision->findData(static_cast<int>(Decision::Laureate)));
    QTest::keyClicks(child<QLineEdit>(dialog, "grantedAmountEdit"), QStringLiteral("200 000,01"));
    const QString expected =
        CofinancingRule()
            .checkGranted(Money::fromCents(20000001), Money::fromEuros(400000), Money::fromEuros(250000))
            .error();
    QVERIFY(expected.startsWith(QStringLiteral(
        "The granted amount 200\u00a0000,01\u00a0€ is more than the eligible amount 200\u00a0000\u00a0€")));
    QCOMPARE(dialog.problems(), QStringList(expected));
    QVERIFY(!child<QPushButton>(dialog, "saveButton")->isEnabled());
}

void TestCandidateDialog::saveCallsHandlerAndAccepts()
{
    CandidateDialog dialog(fast13(), {});
    QList<Candidate> saved;
    dialog.setSaveHandler([&saved](const Candidate &candidate) {
        saved.append(candidate);
        return Outcome::success();
    });
    dialog.show();
    fillValid(dialog, QStringLiteral("1 200 000"), QStringLiteral("500 000"));
    QTest::keyClicks(child<QLineEdit>(dialog, "incubatorEdit"), QStringLiteral("Incubateur DINUM"));
    QTest::mouseClick(child<QPushButton>(dialog, "saveButton"), Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(saved.size(), 1);
    QCOMPARE(saved.at(0).name, QStringLiteral("DossierFacile"));
    QCOMPARE(saved.at(0).carrier, QStringLiteral("DIHAL"));
    QCOMPARE(saved.at(0).incubator, QStringLiteral("Incubateur DINUM"));
    QCOMPARE(saved.at(0).annualBudget, Money::fromEuros(1200000));
    QCOMPARE(saved.at(0).requested, Money::fromEuros(500000));
    QCOMPARE(saved.at(0).decision, Decision::None);
    QCOMPARE(saved.at(0).granted, Money());
}

void TestCandidateDialog::storeRefusalKeepsFormOpen()
{
    CandidateDialog dialog(fast13(), {});
    dialog.setSaveHandler([](const Candidate &) { return Outcome::failure(QStringLiteral("FAST13 is closed.")); });
    dialog.show();
    fillValid(dialog, QStringLiteral("600 000"), QStringLiteral("300 000"));
    QTest::mouseClick(child<QPushButton>(dialog, "saveButton"), Qt::LeftButton);
    QVERIFY(dialog.isVisible());
    auto *storeError = child<QLabel>(dialog, "storeErrorLabel");
    QVERIFY(storeError->isVisible());
    QCOMPARE(storeError->text(), QStringLiteral("FAST13 is closed."));
}

void TestCandidateDialog::editFillsEveryField()
{
    Candidate candidate;
    candidate.id = 7;
    candidate.name = QStringLiteral("Mobilic");
    candidate.carrier = QStringLiteral("Ministère chargé des Transports");
    candidate.incubator = QStringLiteral("Fabrique numérique");
    candidate.kind = CandidateKind::Product;
    candidate.phase = Phase::Acceleration;
    candidate.annualBudget = Money::fromCents(40000050);
    candidate.requested = Money::fromEuros(180000);
    candidate.description = QStringLiteral("Temps de travail des travailleurs mobiles.");
    candidate.decision = Decision::Laureate;
    candidate.granted = Money::fromEuros(180000);

    CandidateDialog dialog(fast13(), {});
    dialog.setCandidate(candidate);
    QCOMPARE(child<QLineEdit>(dialog, "annualBudgetEdit")->text(), QStringLiteral("400\u00a0000,50"));
    QCOMPARE(child<QLineEdit>(dialog, "grantedAmountEdit")->text(), QStringLiteral("180\u00a0000"));
    QCOMPARE(child<QLabel>(dialog, "eligibleAmountLabel")->text(), QStringLiteral("180\u00a0000\u00a0€"));
    const Candidate read = dialog.candidate();
    QCOMPARE(read.id, qint64(7));
    QCOMPARE(read.name, candidate.name);
    QCOMPARE(read.carrier, candidate.carrier);
    QCOMPARE(read.incubator, candidate.incubator);
    QCOMPARE(read.phase, Phase::Acceleration);
    QCOMPARE(read.annualBudget, candidate.annualBudget);
    QCOMPARE(read.requested, candidate.requested);
    QCOMPARE(read.description, candidate.description);
    QCOMPARE(read.decision, Decision::Laureate);
    QCOMPARE(read.granted, candidate.granted);
    QCOMPARE(dialog.problems(), QStringList());
}

void TestCandidateDialog::readOnlyHidesSave()
{
    CandidateDialog dialog(fast13(), {});
    dialog.setReadOnly(true);
    dialog.show();
    QVERIFY(!child<QPushButton>(dialog, "saveButton")->isVisible());
    QVERIFY(child<QLineEdit>(dialog, "nameEdit")->isReadOnly());
    QVERIFY(child<QLineEdit>(dialog, "requestedAmountEdit")->isReadOnly());
    QVERIFY(!child<QComboBox>(dialog, "decisionComboBox")->isEnabled());
    QCOMPARE(child<QLabel>(dialog, "saveBlockedLabel")->text(),
             QStringLiteral("FAST13 is closed: this candidate is read-only."));
}

void TestCandidateDialog::tabOrderFollowsForm()
{
    CandidateDialog dialog(fast13(), {});
    const char *order[] = {
        "nameEdit",         "carrierEdit",         "incubatorEdit",          "kindComboBox",      "phaseComboBox",
        "annualBudgetEdit", "requestedAmountEdit", "decisionComboBox",       "grantedAmountEdit", "descriptionEdit",
        "referenceEdit",    "contactEmailEdit",    "extraFieldsTableWidget", "saveButton"};
    QWidget *widget = child<QWidget>(dialog, order[0]);
    for (std::size_t i = 1; i < std::size(order); ++i) {
        widget = widget->nextInFocusChain();
        // Skip what is not an input (labels take no focus, but sit in the chain).
        while (widget->focusPolicy() == Qt::NoFocus)
            widget = widget->nextInFocusChain();
        QCOMPARE(widget->objectName(), QLatin1String(order[i]));
    }
    QVERIFY(!child<QLineEdit>(dialog, "requestedAmountEdit")->accessibleName().isEmpty());
}

void TestCandidateDialog::formFieldsShownAndEdited()
{
    // An imported candidate: its file number and e-mail editable, the form's other answers listed.
    Candidate imported;
    imported.name = QStringLiteral("Aides Jeunes");
    imported.carrier = QStringLiteral("DJEPVA");
    imported.annualBudget = Money::fromEuros(400000);
    imported.requested = Money::fromEuros(150000);
    imported.reference = QStringLiteral("13-0412");
    imported.contactEmail = QStringLiteral("equipe@aides-jeunes.beta.gouv.fr");
    imported.extraFields = {{QString::fromUtf8("Date de dépôt"), QStringLiteral("02/03/2026")},
                            {QString::fromUtf8("Combien d’usagers ?"), QStringLiteral("120 000 simulations par mois")}};
    CandidateDialog dialog(fast13(), {});
    QList<Candidate> saved;
    dialog.setSaveHandler([&saved](const Candidate &candidate) {
        saved.append(candidate);
        return Outcome::success();
    });
    dialog.setCandidate(imported);
    dialog.show();
    QCOMPARE(child<QLineEdit>(dialog, "referenceEdit")->text(), QStringLiteral("13-0412"));
    QCOMPARE(child<QLineEdit>(dialog, "contactEmailEdit")->text(), QStringLiteral("equipe@aides-jeunes.beta.gouv.fr"));
    auto *answers = child<QTableWidget>(dialog, "extraFieldsTableWidget");
    QVERIFY(answers->isVisible());
    QCOMPARE(answers->rowCount(), 2);
    QCOMPARE(answers->item(0, 0)->text(), QString::fromUtf8("Date de dépôt"));
    QCOMPARE(answers->item(0, 1)->text(), QStringLiteral("02/03/2026"));
    QCOMPARE(answers->item(1, 0)->text(), QString::fromUtf8("Combien d’usagers ?"));
    QCOMPARE(answers->item(1, 1)->text(), QStringLiteral("120 000 simulations par mois"));
    QCOMPARE(answers->editTriggers(), QAbstractItemView::NoEditTriggers);

    // A wrong e-mail cannot be saved; a right one is, with the answers kept.
    auto *email = child<QLineEdit>(dialog, "contactEmailEdit");
    email->clear();
    QTest::keyClicks(email, QStringLiteral("equipe at beta"));
    QVERIFY(!child<QPushButton>(dialog, "saveButton")->isEnabled());
    email->clear();
    QTest::keyClicks(email, QStringLiteral("contact@beta.gouv.fr"));
    auto *reference = child<QLineEdit>(dialog, "referenceEdit");
    reference->clear();
    QTest::keyClicks(reference, QStringLiteral("13-0413"));
    QVERIFY(child<QPushButton>(dialog, "saveButton")->isEnabled());
    QTest::mouseClick(child<QPushButton>(dialog, "saveButton"), Qt::LeftButton);
    QCOMPARE(saved.size(), 1);
    QCOMPARE(saved.at(0).reference, QStringLiteral("13-0413"));
    QCOMPARE(saved.at(0).contactEmail, QStringLiteral("contact@beta.gouv.fr"));
    QCOMPARE(saved.at(0).extraFields, imported.extraFields);

    // A candidate typed by hand has no other answers: no empty list shown.
    CandidateDialog blank(fast13(), {});
    blank.show();
    QVERIFY(!child<QTableWidget>(blank, "extraFieldsTableWidget")->isVisible());
}

QTEST_MAIN(TestCandidateDialog)
#include "tst_candidatedialog.moc"
