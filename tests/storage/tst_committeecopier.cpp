#include "domain/AuditAction.h"
#include "storage/CommitteeStore.h"
#include "storage/Database.h"
#include "storage/ScoringStore.h"

#include "TestDatabaseLocation.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

namespace {

// One audit row as "action | subject | old | new", the part a test states exactly.
QStringList rows(const QList<AuditEntry> &entries)
{
    QStringList all;
    for (const AuditEntry &entry : entries)
        all.append(
            QStringList{entry.action, entry.subject, entry.oldValue, entry.newValue}.join(QStringLiteral(" | ")));
    return all;
}

QStringList criterionRows(const CriteriaSet &criteria)
{
    QStringList all;
    for (const Criterion &criterion : criteria.criteria())
        all.append(QStringLiteral("%1 %2").arg(criterion.name).arg(criterion.weight));
    return all;
}

QStringList memberNames(const QList<CommitteeMember> &members)
{
    QStringList names;
    for (const CommitteeMember &member : members)
        names.append(member.name);
    return names;
}

const QString defaultCriteriaText = QStringLiteral(
    "Impact potentiel 30; Problème public et usagers 20; Équipe et portage 20; Trajectoire d'accélération 15; "
    "Utilisation du cofinancement 15");

} // namespace

// Copying a committee from an earlier promotion (ScoringStore::copyCommittee, written by CommitteeCopier) on a
// database file: the members the target lacks are added by name, the criteria replaced, all in one write with
// its audit rows; every refusal leaves the database and the audit log as they were.
class TestCommitteeCopier : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void copiesMembersAndCriteria();
    void skipsMembersAlreadyThere();
    void refusals_data();
    void refusals();
    void refusedOnceTheTargetHasNotes();

private:
    void addPromotion(int number);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<TestDatabaseLocation> m_location;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<CommitteeStore> m_committee;
    std::unique_ptr<ScoringStore> m_scoring;
};

void TestCommitteeCopier::init()
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
    m_scoring = std::make_unique<ScoringStore>(*m_committee);
    // FAST13 with its committee and its own criteria; FAST14 new, with the fund's default criteria.
    addPromotion(13);
    addPromotion(14);
    QVERIFY(
        m_scoring->addMembers(13, {QStringLiteral("Alice"), QStringLiteral("Bruno"), QStringLiteral("Chloé")}).ok());
    const CriteriaSet criteria(QList<Criterion>{
        {0, QStringLiteral("Impact"), 50}, {0, QStringLiteral("Équipe"), 30}, {0, QStringLiteral("Budget"), 20}});
    const Outcome set = m_scoring->setCriteria(13, criteria);
    QVERIFY2(set.ok(), qPrintable(set.error()));
}

void TestCommitteeCopier::cleanup()
{
    m_scoring.reset();
    m_committee.reset();
    m_database.reset();
    m_dir.reset();
    m_location.reset();
}

void TestCommitteeCopier::addPromotion(int number)
{
    Promotion promotion;
    promotion.number = number;
    promotion.year = 2026;
    promotion.envelope = Money::fromEuros(1000000);
    const Result<Promotion> added = m_committee->addPromotion(promotion);
    QVERIFY2(added.ok(), qPrintable(added.error()));
}

void TestCommitteeCopier::copiesMembersAndCriteria()
{
    const int auditBefore = int(m_committee->auditEntries().value().size());
    QSignalSpy members(m_scoring.get(), &ScoringStore::membersChanged);
    QSignalSpy criteria(m_scoring.get(), &ScoringStore::criteriaChanged);

    const Result<CommitteeCopy> copied = m_scoring->copyCommittee(13, 14);
    QVERIFY2(copied.ok(), qPrintable(copied.error()));
    QCOMPARE(memberNames(copied.value().addedMembers),
             QStringList({QStringLiteral("Alice"), QStringLiteral("Bruno"), QStringLiteral("Chloé")}));
    QVERIFY(copied.value().membersAlreadyThere.isEmpty());
    QVERIFY(copied.value().criteriaChanged);
    QCOMPARE(criterionRows(copied.value().criteriaBefore).size(), 5);

    QCOMPARE(m_scoring->members(14).value(), copied.value().addedMembers);
    QCOMPARE(criterionRows(m_scoring->criteria(14).value()),
             QStringList({QStringLiteral("Impact 50"), QStringLiteral("Équipe 30"), QStringLiteral("Budget 20")}));
    // The source keeps its committee.
    QCOMPARE(memberNames(m_scoring->members(13).value()),
             QStringList({QStringLiteral("Alice"), QStringLiteral("Bruno"), QStringLiteral("Chloé")}));

    // One write: three members and the criteria, newest first, under the operator's name.
    const QList<AuditEntry> entries = m_committee->auditEntries(14).value();
    QCOMPARE(int(m_committee->auditEntries().value().size()), auditBefore + 4);
    QCOMPARE(rows(entries.mid(0, 4)),
             QStringList({QStringLiteral("criteria.update | FAST14 / criteria | ") + defaultCriteriaText +
                              QStringLiteral(" | Impact 50; Équipe 30; Budget 20"),
                          QStringLiteral("member.add | FAST14 / Chloé |  | Chloé"),
                          QStringLiteral("member.add | FAST14 / Bruno |  | Bruno"),
                          QStringLiteral("member.add | FAST14 / Alice |  | Alice")}));
    QCOMPARE(entries.first().operatorName, QStringLiteral("Secrétariat"));
    QCOMPARE(members.size(), 1);
    QCOMPARE(members.first().first().toInt(), 14);
    QCOMPARE(criteria.size(), 1);
    QCOMPARE(criteria.first().first().toInt(), 14);
}

void TestCommitteeCopier::skipsMembersAlreadyThere()
{
    // Same person, other case and no accent: not added twice. The criteria are already equal: not rewritten.
    QVERIFY(m_scoring->addMembers(14, {QStringLiteral("chloe"), QStringLiteral("David")}).ok());
    QVERIFY(m_scoring->setCriteria(14, m_scoring->criteria(13).value()).ok());
    const int auditBefore = int(m_committee->auditEntries().value().size());
    QSignalSpy criteria(m_scoring.get(), &ScoringStore::criteriaChanged);

    const Result<CommitteeCopy> copied = m_scoring->copyCommittee(13, 14);
    QVERIFY2(copied.ok(), qPrintable(copied.error()));
    QCOMPARE(memberNames(copied.value().addedMembers), QStringList({QStringLiteral("Alice"), QStringLiteral("Bruno")}));
    QCOMPARE(copied.value().membersAlreadyThere, QStringList(QStringLiteral("Chloé")));
    QVERIFY(!copied.value().criteriaChanged);
    QCOMPARE(memberNames(m_scoring->members(14).value()),
             QStringList(
                 {QStringLiteral("chloe"), QStringLiteral("David"), QStringLiteral("Alice"), QStringLiteral("Bruno")}));
    QCOMPARE(int(m_committee->auditEntries().value().size()), auditBefore + 2);
    QCOMPARE(criteria.size(), 0);

    // Copied again: nothing left to copy, refused, nothing written.
    const Result<CommitteeCopy> again = m_scoring->copyCommittee(13, 14);
    QCOMPARE(again.error(),
             QStringLiteral("Nothing to copy: FAST14 already has every member and the criteria of FAST13."));
    QCOMPARE(int(m_committee->auditEntries().value().size()), auditBefore + 2);
}

void TestCommitteeCopier::refusals_data()
{
    QTest::addColumn<int>("source");
    QTest::addColumn<int>("target");
    QTest::addColumn<bool>("closeTarget");
    QTest::addColumn<QString>("message");
    QTest::newRow("closed target") << 13 << 14 << true
                                   << QStringLiteral("FAST14 is closed: reopen it before changing it.");
    QTest::newRow("no source") << 12 << 14 << false
                               << QStringLiteral("There is no promotion FAST12 to copy a committee from.");
    QTest::newRow("no target") << 13 << 15 << false << QStringLiteral("There is no promotion FAST15.");
    QTest::newRow("itself") << 14 << 14 << false
                            << QStringLiteral(
                                   "FAST14's committee cannot be copied onto itself: choose an earlier promotion.");
}

void TestCommitteeCopier::refusals()
{
    QFETCH(int, source);
    QFETCH(int, target);
    QFETCH(bool, closeTarget);
    QFETCH(QString, message);
    if (closeTarget) {
        const Outcome closed = m_committee->closePromotion(14, QDate(2026, 11, 14));
        QVERIFY2(closed.ok(), qPrintable(closed.error()));
    }
    const int auditBefore = int(m_committee->auditEntries().value().size());
    const CriteriaSet criteriaBefore = m_scoring->criteria(14).value();
    QCOMPARE(m_scoring->copyCommittee(source, target).error(), message);
    QVERIFY(m_scoring->members(14).value().isEmpty());
    QCOMPARE(m_scoring->criteria(14).value(), criteriaBefore);
    QCOMPARE(int(m_committee->auditEntries().value().size()), auditBefore);
}

void TestCommitteeCopier::refusedOnceTheTargetHasNotes()
{
    Candidate candidate;
    candidate.name = QStringLiteral("Envergo");
    candidate.carrier = QStringLiteral("DGALN");
    candidate.annualBudget = Money::fromEuros(400000);
    candidate.requested = Money::fromEuros(100000);
    QVERIFY(m_committee->addCandidate(14, candidate).ok());
    const Result<QList<CommitteeMember>> added = m_scoring->addMembers(14, {QStringLiteral("Eve")});
    QVERIFY(added.ok());
    const qint64 candidateId = m_committee->candidates(14).value().constFirst().id;
    QVERIFY(m_scoring->setNote(14, candidateId, added.value().constFirst().id, 0, 4).ok());
    const int auditBefore = int(m_committee->auditEntries().value().size());

    QCOMPARE(m_scoring->copyCommittee(13, 14).error(),
             QStringLiteral("FAST14 already has notes: its criteria can no longer change, so FAST13's committee cannot "
                            "be copied into it. Add the missing members one by one instead."));
    QCOMPARE(memberNames(m_scoring->members(14).value()), QStringList(QStringLiteral("Eve")));
    QCOMPARE(criterionRows(m_scoring->criteria(14).value()).size(), 5);
    QCOMPARE(int(m_committee->auditEntries().value().size()), auditBefore);
}

QTEST_GUILESS_MAIN(TestCommitteeCopier)
#include "tst_committeecopier.moc"
