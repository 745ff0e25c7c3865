#include "storage/AuditLogRepository.h"
#include "storage/CandidateRepository.h"
#include "storage/CommitteeStore.h"
#include "storage/Database.h"

#include "TestDatabaseLocation.h"

#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

#include <memory>

namespace {

// Amounts as Money::toString() writes them: the spaces that group digits or come before "€" are no-break.
QString euros(const char *text)
{
    static const QRegularExpression amountSpace(QStringLiteral("(?<=\\d) (?=\\d{3}\\b|€)"));
    return QString::fromUtf8(text).replace(amountSpace, QString(QChar(0x00A0)));
}

// One audit row as "operator | action | subject | old | new".
QStringList auditRows(CommitteeStore &store)
{
    QStringList rows;
    for (const AuditEntry &entry : store.auditEntries(13).value())
        rows.append(QStringList{entry.operatorName, entry.action, entry.subject, entry.oldValue, entry.newValue}.join(
            QStringLiteral(" | ")));
    return rows;
}

} // namespace

// Two operators, each with their own connection (two windows on one committee), editing one candidate they
// both opened: different fields both land, one row written per field; the same field changed meanwhile is
// refused with who changed it and to what, and the row keeps the other's value. On both engines.
class TestCandidateEdit : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void differentFieldsBothKeepTheirChange();
    void sameFieldChangedMeanwhileIsRefused_data();
    void sameFieldChangedMeanwhileIsRefused();
    void sameChangeByBothWritesOnce();
    void rulesApplyToTheRowAsItWillBe();
    void columnsAreWrittenOnlyIfTheyStillHoldTheOpenedValue();

private:
    std::unique_ptr<TestDatabaseLocation> m_location;
    std::unique_ptr<Database> m_claireDatabase;
    std::unique_ptr<Database> m_paulDatabase;
    std::unique_ptr<CommitteeStore> m_claire;
    std::unique_ptr<CommitteeStore> m_paul;
    Candidate m_envergo;
};

void TestCandidateEdit::init()
{
    m_location = TestDatabaseLocation::underTest();
    if (m_location->address().isEmpty())
        QSKIP(qPrintable(m_location->error()));
    m_claireDatabase = std::make_unique<Database>();
    const Outcome opened = m_claireDatabase->open(m_location->address());
    QVERIFY2(opened.ok(), qPrintable(opened.error()));
    m_claire = std::make_unique<CommitteeStore>(*m_claireDatabase);
    m_claire->setOperatorName(QStringLiteral("Claire"));
    Promotion promotion;
    promotion.number = 13;
    promotion.year = 2025;
    promotion.envelope = Money::fromEuros(2000000);
    QVERIFY(m_claire->addPromotion(promotion).ok());
    Candidate envergo;
    envergo.name = QStringLiteral("Envergo");
    envergo.carrier = QStringLiteral("DGALN");
    envergo.incubator = QStringLiteral("La Fabrique");
    envergo.annualBudget = Money::fromEuros(600000);
    envergo.requested = Money::fromEuros(300000);
    const Result<Candidate> added = m_claire->addCandidate(13, envergo);
    QVERIFY2(added.ok(), qPrintable(added.error()));
    m_envergo = added.value();

    m_paulDatabase = std::make_unique<Database>();
    const Outcome paulOpened = m_paulDatabase->open(m_location->address());
    QVERIFY2(paulOpened.ok(), qPrintable(paulOpened.error()));
    m_paul = std::make_unique<CommitteeStore>(*m_paulDatabase);
    m_paul->setOperatorName(QStringLiteral("Paul"));
}

void TestCandidateEdit::cleanup()
{
    m_claire.reset();
    m_paul.reset();
    m_claireDatabase.reset();
    m_paulDatabase.reset();
    m_location.reset();
}

void TestCandidateEdit::differentFieldsBothKeepTheirChange()
{
    QSignalSpy paulSpy(m_paul.get(), &CommitteeStore::candidatesChanged);
    Candidate claireEdit = m_envergo;
    claireEdit.annualBudget = Money::fromEuros(650000);
    Candidate paulEdit = m_envergo;
    paulEdit.carrier = QStringLiteral("DGPR");
    paulEdit.phase = Phase::Construction;

    const Outcome claireSaved = m_claire->editCandidate(m_envergo, claireEdit);
    QVERIFY2(claireSaved.ok(), qPrintable(claireSaved.error()));
    const Outcome paulSaved = m_paul->editCandidate(m_envergo, paulEdit);
    QVERIFY2(paulSaved.ok(), qPrintable(paulSaved.error()));
    QCOMPARE(paulSpy.count(), 1);

    const Candidate now = *m_claire->candidate(m_envergo.id).value();
    QCOMPARE(now.annualBudget, Money::fromEuros(650000));
    QCOMPARE(now.carrier, QStringLiteral("DGPR"));
    QCOMPARE(now.phase, Phase::Construction);
    QCOMPARE(now.requested, Money::fromEuros(300000));
    QCOMPARE(now.incubator, QStringLiteral("La Fabrique"));
    QCOMPARE(auditRows(*m_claire).mid(0, 3),
             QStringList({QStringLiteral("Paul | candidate.update | FAST13 / Envergo / phase |  | construction"),
                          QStringLiteral("Paul | candidate.update | FAST13 / Envergo / carrier | DGALN | DGPR"),
                          euros("Claire | candidate.update | FAST13 / Envergo / annual budget | 600 000 € | "
                                "650 000 €")}));

    // Paul undoes his edit (after → before): Claire's budget stays.
    const Outcome undone = m_paul->editCandidate(paulEdit, m_envergo);
    QVERIFY2(undone.ok(), qPrintable(undone.error()));
    const Candidate afterUndo = *m_claire->candidate(m_envergo.id).value();
    QCOMPARE(afterUndo.carrier, QStringLiteral("DGALN"));
    QCOMPARE(afterUndo.phase, Phase::Unspecified);
    QCOMPARE(afterUndo.annualBudget, Money::fromEuros(650000));
}

void TestCandidateEdit::sameFieldChangedMeanwhileIsRefused_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("message");
    QTest::newRow("budget") << QStringLiteral("budget")
                            << euros("Envergo's budget was changed to 120 000 € by Claire since you opened it; "
                                     "your change was not saved.");
    QTest::newRow("incubator cleared")
        << QStringLiteral("incubator")
        << QStringLiteral("Envergo's incubator was cleared by Claire since you opened it; your change was not saved.");
    QTest::newRow("name") << QStringLiteral("name")
                          << QStringLiteral("Envergo's name was changed to Envergo Bis by Claire since you opened it; "
                                            "your change was not saved.");
    QTest::newRow("decision")
        << QStringLiteral("decision")
        << QStringLiteral(
               "Envergo's decision was changed to Waitlist by Claire since you opened it; your change was not saved.");
}

void TestCandidateEdit::sameFieldChangedMeanwhileIsRefused()
{
    QFETCH(QString, field);
    QFETCH(QString, message);
    Candidate claireEdit = m_envergo;
    Candidate paulEdit = m_envergo;
    if (field == QLatin1String("budget")) {
        claireEdit.annualBudget = Money::fromEuros(120000);
        paulEdit.annualBudget = Money::fromEuros(700000);
    } else if (field == QLatin1String("incubator")) {
        claireEdit.incubator.clear();
        paulEdit.incubator = QStringLiteral("beta.gouv.fr");
    } else if (field == QLatin1String("name")) {
        claireEdit.name = QStringLiteral("Envergo Bis");
        paulEdit.name = QStringLiteral("EnvergoApp");
    } else {
        claireEdit.decision = Decision::Waitlist;
        paulEdit.decision = Decision::Rejected;
    }
    // Paul's other change, to a field nobody else touched, is not saved either: an edit is all or nothing.
    paulEdit.carrier = QStringLiteral("DGPR");
    QVERIFY(m_claire->editCandidate(m_envergo, claireEdit).ok());
    const QStringList auditBefore = auditRows(*m_claire);
    QSignalSpy paulSpy(m_paul.get(), &CommitteeStore::candidatesChanged);

    const Outcome refused = m_paul->editCandidate(m_envergo, paulEdit);
    QCOMPARE(refused.error(), message);
    QCOMPARE(paulSpy.count(), 0);
    QCOMPARE(auditRows(*m_claire), auditBefore);
    const Candidate now = *m_claire->candidate(m_envergo.id).value();
    QCOMPARE(now.name, claireEdit.name);
    QCOMPARE(now.annualBudget, claireEdit.annualBudget);
    QCOMPARE(now.incubator, claireEdit.incubator);
    QCOMPARE(now.decision, claireEdit.decision);
    QCOMPARE(now.carrier, QStringLiteral("DGALN"));

    // Claire's own undo is refused the same way once Paul, having seen hers, changed the field again.
    Candidate paulAgain = now;
    paulAgain.carrier = QStringLiteral("DGPR");
    paulAgain.annualBudget = Money::fromEuros(800000);
    QVERIFY(m_paul->editCandidate(now, paulAgain).ok());
    if (field == QLatin1String("budget")) {
        QCOMPARE(m_claire->editCandidate(claireEdit, m_envergo).error(),
                 euros("Envergo's budget was changed to 800 000 € by Paul since you opened it; your change was not "
                       "saved."));
        QCOMPARE(m_claire->candidate(m_envergo.id).value()->annualBudget, Money::fromEuros(800000));
    }
}

void TestCandidateEdit::sameChangeByBothWritesOnce()
{
    Candidate edit = m_envergo;
    edit.requested = Money::fromEuros(250000);
    QVERIFY(m_claire->editCandidate(m_envergo, edit).ok());
    const int rowsBefore = int(m_claire->auditEntries(13).value().size());
    QSignalSpy paulSpy(m_paul.get(), &CommitteeStore::candidatesChanged);
    QVERIFY(m_paul->editCandidate(m_envergo, edit).ok());
    QCOMPARE(int(m_claire->auditEntries(13).value().size()), rowsBefore);
    QCOMPARE(paulSpy.count(), 0);
}

void TestCandidateEdit::rulesApplyToTheRowAsItWillBe()
{
    // Claire makes Envergo a laureate with 300 000 €; Paul, from the form he opened before, lowers the
    // budget to 400 000 €: the row would hold a grant above its eligible 200 000 €, so it is refused.
    Candidate laureate = m_envergo;
    laureate.decision = Decision::Laureate;
    laureate.granted = Money::fromEuros(300000);
    QVERIFY(m_claire->editCandidate(m_envergo, laureate).ok());
    Candidate paulEdit = m_envergo;
    paulEdit.annualBudget = Money::fromEuros(400000);
    const Outcome refused = m_paul->editCandidate(m_envergo, paulEdit);
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error().contains(euros("200 000 €")), qPrintable(refused.error()));
    QCOMPARE(m_claire->candidate(m_envergo.id).value()->annualBudget, Money::fromEuros(600000));
}

void TestCandidateEdit::columnsAreWrittenOnlyIfTheyStillHoldTheOpenedValue()
{
    // The statement's own guard, for the moment between a server transaction's read and its write.
    CandidateRepository rows(m_claireDatabase->connection());
    Candidate stale = m_envergo;
    stale.requested = Money::fromEuros(123456);
    Candidate changed = stale;
    changed.requested = Money::fromEuros(200000);
    changed.carrier = QStringLiteral("DGPR");
    const Result<bool> refused = rows.updateChangedColumns(stale, changed);
    QVERIFY2(refused.ok(), qPrintable(refused.error()));
    QCOMPARE(refused.value(), false);
    QCOMPARE(m_claire->candidate(m_envergo.id).value()->carrier, QStringLiteral("DGALN"));

    Candidate fresh = m_envergo;
    fresh.carrier = QStringLiteral("DGPR");
    const Result<bool> written = rows.updateChangedColumns(m_envergo, fresh);
    QVERIFY(written.ok());
    QCOMPARE(written.value(), true);
    const Candidate now = *m_claire->candidate(m_envergo.id).value();
    QCOMPARE(now.carrier, QStringLiteral("DGPR"));
    QCOMPARE(now.requested, Money::fromEuros(300000));
}

QTEST_GUILESS_MAIN(TestCandidateEdit)
#include "tst_candidateedit.moc"
