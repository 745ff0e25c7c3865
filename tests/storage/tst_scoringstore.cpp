#include "ScoringFixture.h"
#include "StatementFaults.h"
#include "domain/AuditAction.h"
#include "storage/CommitteeStore.h"
#include "storage/Database.h"
#include "storage/DecisionStore.h"
#include "storage/ScoringStore.h"

#include <QRegularExpression>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

namespace {

QStringList criterionRows(const CriteriaSet &criteria)
{
    QStringList all;
    for (const Criterion &criterion : criteria.criteria())
        all.append(QStringLiteral("%1 %2").arg(criterion.name).arg(criterion.weight));
    return all;
}

const QStringList defaultCriterionRows{
    QStringLiteral("Impact potentiel 30"), QStringLiteral("Problème public et usagers 20"),
    QStringLiteral("Équipe et portage 20"), QStringLiteral("Trajectoire d'accélération 15"),
    QStringLiteral("Utilisation du cofinancement 15")};

const QString closedMessage = QStringLiteral("FAST13 is closed: reopen it before changing it.");

} // namespace

Q_DECLARE_METATYPE(Criterion)

// The scoring facade on a database file: members, criteria, notes, recusals, imports, ranking and proposal,
// each write with its audit rows and each refusal with its exact message, leaving the database as it was. Also
// the schema step 2 on a file written by version 1. The decisions are tst_decisionstore's.
class TestScoringStore : public QObject, protected ScoringFixture
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void migrationFromVersionOneKeepsData();
    void newPromotionGetsDefaultCriteria();
    void addMembers();
    void addMembersRefusals_data();
    void addMembersRefusals();
    void removeMember();
    void removeMemberRefusals();
    void setCriteria();
    void setCriteriaRefusals_data();
    void setCriteriaRefusals();
    void criteriaFrozenAfterFirstNote();
    void setChangeAndClearNote();
    void setNoteRefusals_data();
    void setNoteRefusals();
    void recusalRemovesNotes();
    void importScores();
    void importScoresIsAllOrNothing();
    void rankingAndProposal();
    void closedPromotionRefusesEveryWrite();
    void removingCandidateRemovesItsNotes();
    void failedReadsSayWhyInsteadOfListingNothing();
};

void TestScoringStore::init()
{
    openStores(QStringLiteral("scoring.sqlite"));
}

void TestScoringStore::cleanup()
{
    closeStores();
}

void TestScoringStore::migrationFromVersionOneKeepsData()
{
    // A file as version 1 wrote it: its schema (step 1, as released), a promotion, a candidate, an audit row.
    const QString path = m_dir->filePath(QStringLiteral("version1.sqlite"));
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("version1"));
        raw.setDatabaseName(path);
        QVERIFY(raw.open());
        QSqlQuery query(raw);
        const QStringList statements{
            QStringLiteral("CREATE TABLE years (year INTEGER PRIMARY KEY, annual_budget_cents BIGINT NULL, "
                           "product_target INTEGER NULL)"),
            QStringLiteral("INSERT INTO years (year, product_target) VALUES (2023, 12)"),
            QStringLiteral("CREATE TABLE promotions (id INTEGER PRIMARY KEY AUTOINCREMENT, number INTEGER NOT NULL "
                           "UNIQUE, year INTEGER NOT NULL, envelope_cents BIGINT NOT NULL, rate_percent INTEGER NOT "
                           "NULL, cap_cents BIGINT NOT NULL, min_score INTEGER NOT NULL, status TEXT NOT NULL CHECK "
                           "(status IN ('open', 'closed')), committee_date TEXT NULL)"),
            QStringLiteral("CREATE TABLE candidates (id INTEGER PRIMARY KEY AUTOINCREMENT, promotion_id BIGINT NOT "
                           "NULL REFERENCES promotions(id) ON DELETE CASCADE, name TEXT NOT NULL, name_key TEXT NOT "
                           "NULL, carrier TEXT NOT NULL, incubator TEXT NOT NULL, kind TEXT NOT NULL CHECK (kind IN "
                           "('product', 'incubator')), phase TEXT NOT NULL, annual_budget_cents BIGINT NOT NULL, "
                           "requested_cents BIGINT NOT NULL, description TEXT NOT NULL, decision TEXT NOT NULL CHECK "
                           "(decision IN ('none', 'laureate', 'waitlist', 'rejected', 'withdrawn')), granted_cents "
                           "BIGINT NOT NULL DEFAULT 0, UNIQUE (promotion_id, name_key))"),
            QStringLiteral("CREATE INDEX candidates_promotion ON candidates (promotion_id)"),
            QStringLiteral("CREATE TABLE audit_log (id INTEGER PRIMARY KEY AUTOINCREMENT, at TEXT NOT NULL, operator "
                           "TEXT NOT NULL, promotion_number INTEGER NULL, action TEXT NOT NULL, subject TEXT NOT "
                           "NULL, old_value TEXT NULL, new_value TEXT NULL)"),
            QStringLiteral("CREATE INDEX audit_log_promotion ON audit_log (promotion_number)"),
            QStringLiteral("INSERT INTO promotions (number, year, envelope_cents, rate_percent, cap_cents, min_score, "
                           "status) VALUES (11, 2023, 100000000, 50, 30000000, 0, 'closed')"),
            QStringLiteral("INSERT INTO promotions (number, year, envelope_cents, rate_percent, cap_cents, min_score, "
                           "status) VALUES (12, 2023, 200000000, 40, 20000000, 0, 'open')"),
            QStringLiteral("INSERT INTO candidates (promotion_id, name, name_key, carrier, incubator, kind, phase, "
                           "annual_budget_cents, requested_cents, description, decision, granted_cents) VALUES (1, "
                           "'Envergo', 'envergo', 'DGALN', '', 'product', '', 40000000, 15000000, '', 'laureate', "
                           "15000000)"),
            QStringLiteral("INSERT INTO audit_log (at, operator, promotion_number, action, subject) VALUES "
                           "('2023-06-01T10:00:00.000Z', 'Secrétariat', 11, 'promotion.add', 'FAST11')"),
            QStringLiteral("PRAGMA user_version = 1"),
        };
        for (const QString &statement : statements)
            QVERIFY2(query.exec(statement), qPrintable(statement));
        query = QSqlQuery();
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("version1"));

    Database database;
    const Outcome opened = database.open(path);
    QVERIFY2(opened.ok(), qPrintable(opened.error()));
    QCOMPARE(database.schemaVersion().value(), 6);
    CommitteeStore committee(database);
    ScoringStore scoring(committee);

    const QList<Candidate> candidates = committee.candidates(11).value();
    QCOMPARE(candidates.size(), 1);
    QCOMPARE(candidates.first().name, QStringLiteral("Envergo"));
    QCOMPARE(candidates.first().decision, Decision::Laureate);
    QCOMPARE(candidates.first().granted, Money::fromEuros(150000));
    QCOMPARE(committee.promotion(11).value()->status, PromotionStatus::Closed);
    QCOMPARE(committee.promotion(12).value()->rule, CofinancingRule(40, Money::fromEuros(200000)));
    QCOMPARE(rows(committee.auditEntries().value()), QStringList(QStringLiteral("promotion.add | FAST11 |  | ")));

    // Both promotions, closed or not, got the fund's default criteria, in order, with ids.
    QCOMPARE(criterionRows(scoring.criteria(11).value()), defaultCriterionRows);
    QCOMPARE(criterionRows(scoring.criteria(12).value()), defaultCriterionRows);
    QVERIFY(scoring.criteria(11).value().at(0).id > 0);
    QCOMPARE(scoring.members(11).value().size(), 0);
    const Result<ScoreSheet> sheet = scoring.scoreSheet(11);
    QVERIFY(sheet.ok());
    QCOMPARE(sheet.value().candidateIds(), QList<qint64>{candidates.first().id});
    QCOMPARE(sheet.value().noteCount(), 0);
}

void TestScoringStore::newPromotionGetsDefaultCriteria()
{
    addCommittee();
    const CriteriaSet criteria = m_scoring->criteria(13).value();
    QCOMPARE(criterionRows(criteria), defaultCriterionRows);
    QVERIFY(criteria.validate().ok());
    QCOMPARE(criterionRows(m_scoring->criteria(99).value()), QStringList());
}

void TestScoringStore::addMembers()
{
    addCommittee();
    QCOMPARE(m_members.size(), 3);
    QStringList names;
    for (const CommitteeMember &member : m_scoring->members(13).value()) {
        names.append(member.name);
        QVERIFY(member.id > 0);
    }
    QCOMPARE(names, QStringList({QStringLiteral("Alice"), QStringLiteral("Bruno"), QStringLiteral("Chloé")}));
    QCOMPARE(m_scoring->members(13).value(), m_members);

    QSignalSpy spy(m_scoring.get(), &ScoringStore::membersChanged);
    QVERIFY(m_scoring->addMembers(13, {QStringLiteral("  David ")}).ok());
    QCOMPARE(spy.size(), 1);
    QCOMPARE(spy.first().first().toInt(), 13);
    QCOMPARE(m_scoring->members(13).value().last().name, QStringLiteral("David"));

    const QList<AuditEntry> entries = m_committee->auditEntries(13).value();
    QCOMPARE(rows(entries.mid(0, 4)), QStringList({QStringLiteral("member.add | FAST13 / David |  | David"),
                                                   QStringLiteral("member.add | FAST13 / Chloé |  | Chloé"),
                                                   QStringLiteral("member.add | FAST13 / Bruno |  | Bruno"),
                                                   QStringLiteral("member.add | FAST13 / Alice |  | Alice")}));
    QCOMPARE(entries.first().operatorName, QStringLiteral("Secrétariat"));
    m_scoring->setOperatorName(QStringLiteral("Présidente"));
    QVERIFY(m_scoring->addMembers(13, {QStringLiteral("Eve")}).ok());
    QCOMPARE(m_committee->auditEntries(13).value().first().operatorName, QStringLiteral("Présidente"));
}

void TestScoringStore::addMembersRefusals_data()
{
    QTest::addColumn<int>("promotion");
    QTest::addColumn<QStringList>("names");
    QTest::addColumn<QString>("message");

    QTest::newRow("already on the committee, other case and accents")
        << 13 << QStringList{QStringLiteral("David"), QStringLiteral("CHLOE")}
        << QStringLiteral("Chloé is already on this committee.");
    QTest::newRow("twice in the list") << 13 << QStringList{QStringLiteral("David"), QStringLiteral("dàvid")}
                                       << QStringLiteral("David is already on this committee.");
    QTest::newRow("empty name") << 13 << QStringList{QStringLiteral("David"), QStringLiteral("  ")}
                                << QStringLiteral("A committee member needs a name.");
    QTest::newRow("no name") << 13 << QStringList() << QStringLiteral("Give at least one committee member's name.");
    QTest::newRow("201 characters") << 13 << QStringList{QStringLiteral("David"), QString(201, QLatin1Char('d'))}
                                    << QStringLiteral("Committee member name is 201 characters long; at most 200 are "
                                                      "allowed.");
    QTest::newRow("zero-width only") << 13 << QStringList{QStringLiteral("\u200B\u200B")}
                                     << QStringLiteral("Committee member name: character 1 is U+200B (zero-width "
                                                       "space), which is not allowed in a name.");
    QTest::newRow("line break") << 13 << QStringList{QStringLiteral("David\nEve")}
                                << QStringLiteral("Committee member name: character 6 is U+000A (line feed), which is "
                                                  "not allowed in a name.");
    QTest::newRow("Chloé written decomposed is Chloé")
        << 13 << QStringList{QStringLiteral("Chloe\u0301")} << QStringLiteral("Chloé is already on this committee.");
    QTest::newRow("unknown promotion") << 14 << QStringList{QStringLiteral("David")}
                                       << QStringLiteral("There is no promotion FAST14.");
}

void TestScoringStore::addMembersRefusals()
{
    QFETCH(int, promotion);
    QFETCH(QStringList, names);
    QFETCH(QString, message);
    addCommittee();
    const int audits = auditCount();
    QSignalSpy spy(m_scoring.get(), &ScoringStore::membersChanged);
    const Result<QList<CommitteeMember>> added = m_scoring->addMembers(promotion, names);
    QVERIFY(!added.ok());
    QCOMPARE(added.error(), message);
    QCOMPARE(m_scoring->members(13).value(), m_members);
    QCOMPARE(auditCount(), audits);
    QCOMPARE(spy.size(), 0);
}

void TestScoringStore::removeMember()
{
    addCommittee();
    const Result<QList<CommitteeMember>> added = m_scoring->addMembers(13, {QStringLiteral("David")});
    QVERIFY(added.ok());
    const int auditBefore = auditCount();
    QSignalSpy spy(m_scoring.get(), &ScoringStore::membersChanged);
    const Outcome removed = m_scoring->removeMember(13, added.value().first().id);
    QVERIFY2(removed.ok(), qPrintable(removed.error()));
    QCOMPARE(m_scoring->members(13).value(), m_members);
    QCOMPARE(spy.size(), 1);
    QCOMPARE(spy.first().first().toInt(), 13);
    QCOMPARE(auditCount(), auditBefore + 1);
    QCOMPARE(rows(m_committee->auditEntries(13).value().mid(0, 1)),
             QStringList{QStringLiteral("member.remove | FAST13 / David | David | ")});
    // The name is free again.
    QVERIFY(m_scoring->addMembers(13, {QStringLiteral("David")}).ok());
}

void TestScoringStore::removeMemberRefusals()
{
    addCommittee();
    const qint64 alice = m_members.at(0).id;
    const qint64 bruno = m_members.at(1).id;
    m_scoring->setNote(13, candidateId(QStringLiteral("Alpha")), alice, 2, 4);
    QVERIFY(m_scoring->recordRecusal(13, candidateId(QStringLiteral("Beta")), bruno).ok());
    const int auditBefore = auditCount();
    QCOMPARE(m_scoring->removeMember(13, alice).error(),
             QStringLiteral("Alice has already noted or recused themselves on candidates of FAST13: they stay on the "
                            "committee."));
    QCOMPARE(m_scoring->removeMember(13, bruno).error(),
             QStringLiteral("Bruno has already noted or recused themselves on candidates of FAST13: they stay on the "
                            "committee."));
    QCOMPARE(m_scoring->removeMember(13, 9999).error(),
             QStringLiteral("This committee member is no longer on FAST13."));
    QCOMPARE(m_scoring->removeMember(14, alice).error(), QStringLiteral("There is no promotion FAST14."));
    QCOMPARE(m_scoring->members(13).value(), m_members);
    QCOMPARE(auditCount(), auditBefore);
}

void TestScoringStore::setCriteria()
{
    addCommittee();
    const CriteriaSet changed({{0, QStringLiteral("Impact"), 50}, {0, QStringLiteral("Équipe"), 50}});
    QSignalSpy spy(m_scoring.get(), &ScoringStore::criteriaChanged);
    const Outcome set = m_scoring->setCriteria(13, changed);
    QVERIFY2(set.ok(), qPrintable(set.error()));
    QCOMPARE(spy.size(), 1);
    QCOMPARE(criterionRows(m_scoring->criteria(13).value()),
             QStringList({QStringLiteral("Impact 50"), QStringLiteral("Équipe 50")}));
    QCOMPARE(rows(m_committee->auditEntries(13).value().mid(0, 1)),
             QStringList(QStringLiteral("criteria.update | FAST13 / criteria | Impact potentiel 30; Problème public "
                                        "et usagers 20; Équipe et portage 20; Trajectoire d'accélération 15; "
                                        "Utilisation du cofinancement 15 | Impact 50; Équipe 50")));
    // The same set again changes nothing and writes nothing.
    const int audits = auditCount();
    QVERIFY(m_scoring->setCriteria(13, m_scoring->criteria(13).value()).ok());
    QCOMPARE(auditCount(), audits);
    QCOMPARE(spy.size(), 1);
    // The sheet scores with the new criteria.
    const qint64 alpha = candidateId(QStringLiteral("Alpha"));
    QVERIFY(m_scoring->setNote(13, alpha, m_members.at(0).id, 0, 5).ok());
    QVERIFY(m_scoring->setNote(13, alpha, m_members.at(0).id, 1, 2).ok());
    QCOMPARE(m_scoring->scoreSheet(13).value().memberScore(alpha, m_members.at(0).id)->toFixedString(2),
             QStringLiteral("70.00"));
}

void TestScoringStore::setCriteriaRefusals_data()
{
    QTest::addColumn<QList<Criterion>>("criteria");
    QTest::addColumn<QString>("message");
    QTest::newRow("weights 90") << QList<Criterion>{{0, QStringLiteral("Impact"), 50},
                                                    {0, QStringLiteral("Équipe"), 40}}
                                << QStringLiteral("The weights add up to 90; they must add up to 100.");
    QTest::newRow("same name") << QList<Criterion>{{0, QStringLiteral("Impact"), 50}, {0, QStringLiteral("IMPACT"), 50}}
                               << QStringLiteral("The criterion \"IMPACT\" is listed twice.");
    QTest::newRow("empty") << QList<Criterion>{} << QStringLiteral("Add at least one criterion.");
}

void TestScoringStore::setCriteriaRefusals()
{
    QFETCH(QList<Criterion>, criteria);
    QFETCH(QString, message);
    addCommittee();
    const int audits = auditCount();
    const Outcome set = m_scoring->setCriteria(13, CriteriaSet(criteria));
    QVERIFY(!set.ok());
    QCOMPARE(set.error(), message);
    QCOMPARE(criterionRows(m_scoring->criteria(13).value()), defaultCriterionRows);
    QCOMPARE(auditCount(), audits);
}

void TestScoringStore::criteriaFrozenAfterFirstNote()
{
    addCommittee();
    QVERIFY(m_scoring->setNote(13, candidateId(QStringLiteral("Beta")), m_members.at(1).id, 2, 3).ok());
    const Outcome set =
        m_scoring->setCriteria(13, CriteriaSet({{0, QStringLiteral("Impact"), 50}, {0, QStringLiteral("Équipe"), 50}}));
    QVERIFY(!set.ok());
    QCOMPARE(set.error(), QStringLiteral("The criteria cannot change once any score exists (1 note(s) given)."));
    QCOMPARE(criterionRows(m_scoring->criteria(13).value()), defaultCriterionRows);
    QCOMPARE(noteCount(), 1);
}

void TestScoringStore::setChangeAndClearNote()
{
    addCommittee();
    const qint64 alpha = candidateId(QStringLiteral("Alpha"));
    const qint64 bruno = m_members.at(1).id;
    QSignalSpy spy(m_scoring.get(), &ScoringStore::scoresChanged);

    QVERIFY(m_scoring->setNote(13, alpha, bruno, 0, 4).ok());
    QCOMPARE(m_scoring->scoreSheet(13).value().note(alpha, bruno, 0), std::optional<int>(4));
    QVERIFY(m_scoring->setNote(13, alpha, bruno, 0, 2).ok());
    QCOMPARE(m_scoring->scoreSheet(13).value().note(alpha, bruno, 0), std::optional<int>(2));
    QCOMPARE(noteCount(), 1);
    // The same note again is no change.
    const int audits = auditCount();
    QVERIFY(m_scoring->setNote(13, alpha, bruno, 0, 2).ok());
    QCOMPARE(auditCount(), audits);
    QVERIFY(m_scoring->setNote(13, alpha, bruno, 0, std::nullopt).ok());
    QCOMPARE(m_scoring->scoreSheet(13).value().note(alpha, bruno, 0), std::nullopt);
    QCOMPARE(noteCount(), 0);
    // Clearing an empty cell is no change either.
    QVERIFY(m_scoring->setNote(13, alpha, bruno, 0, std::nullopt).ok());
    QCOMPARE(spy.size(), 3);

    QCOMPARE(rows(m_committee->auditEntries(13).value().mid(0, 3)),
             QStringList({QStringLiteral("score.clear | FAST13 / Alpha / Bruno / Impact potentiel | 2 | "),
                          QStringLiteral("score.set | FAST13 / Alpha / Bruno / Impact potentiel | 4 | 2"),
                          QStringLiteral("score.set | FAST13 / Alpha / Bruno / Impact potentiel |  | 4")}));
}

void TestScoringStore::setNoteRefusals_data()
{
    QTest::addColumn<int>("memberIndex"); // -1: a member of no committee
    QTest::addColumn<int>("criterion");
    QTest::addColumn<int>("note");
    QTest::addColumn<QString>("message");
    QTest::newRow("note 6") << 0 << 0 << 6 << QStringLiteral("A note must be a whole number from 0 to 5, not 6.");
    QTest::newRow("note -1") << 0 << 0 << -1 << QStringLiteral("A note must be a whole number from 0 to 5, not -1.");
    QTest::newRow("criterion 6") << 0 << 5 << 3
                                 << QStringLiteral("There is no criterion 6: this promotion has 5 criteria.");
    QTest::newRow("unknown member") << -1 << 0 << 3 << QStringLiteral("Committee member 999 is not on this committee.");
}

void TestScoringStore::setNoteRefusals()
{
    QFETCH(int, memberIndex);
    QFETCH(int, criterion);
    QFETCH(int, note);
    QFETCH(QString, message);
    addCommittee();
    const qint64 member = memberIndex < 0 ? 999 : m_members.at(memberIndex).id;
    const int audits = auditCount();
    const Outcome noted = m_scoring->setNote(13, candidateId(QStringLiteral("Alpha")), member, criterion, note);
    QVERIFY(!noted.ok());
    QCOMPARE(noted.error(), message);
    QCOMPARE(noteCount(), 0);
    QCOMPARE(auditCount(), audits);
}

void TestScoringStore::recusalRemovesNotes()
{
    addCommittee();
    const qint64 beta = candidateId(QStringLiteral("Beta"));
    const qint64 chloe = m_members.at(2).id;
    QVERIFY(m_scoring->setNote(13, beta, chloe, 0, 4).ok());
    QVERIFY(m_scoring->setNote(13, beta, chloe, 3, 1).ok());
    QVERIFY(m_scoring->setNote(13, beta, m_members.at(0).id, 0, 5).ok());

    const Result<QList<ScoreNote>> removed = m_scoring->recordRecusal(13, beta, chloe);
    QVERIFY2(removed.ok(), qPrintable(removed.error()));
    QCOMPARE(removed.value(), (QList<ScoreNote>{{beta, chloe, 0, 4}, {beta, chloe, 3, 1}}));
    QCOMPARE(noteCount(), 1);
    const ScoreSheet sheet = m_scoring->scoreSheet(13).value();
    QVERIFY(sheet.isRecused(beta, chloe));
    QCOMPARE(sheet.scoringMemberCount(beta), 2);
    QCOMPARE(rows(m_committee->auditEntries(13).value().mid(0, 1)),
             QStringList(QStringLiteral("recusal.record | FAST13 / Beta / Chloé | notes removed: Impact potentiel: "
                                        "4; Trajectoire d'accélération: 1 | recused")));

    // Recorded twice: nothing more removed, nothing more written.
    const int audits = auditCount();
    QCOMPARE(m_scoring->recordRecusal(13, beta, chloe).value(), QList<ScoreNote>());
    QCOMPARE(auditCount(), audits);

    const Outcome refused = m_scoring->setNote(13, beta, chloe, 1, 3);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error(), QStringLiteral("Chloé is recused on this candidate and cannot score it."));

    QVERIFY(m_scoring->liftRecusal(13, beta, chloe).ok());
    QCOMPARE(rows(m_committee->auditEntries(13).value().mid(0, 1)),
             QStringList(QStringLiteral("recusal.lift | FAST13 / Beta / Chloé | recused | ")));
    QVERIFY(!m_scoring->scoreSheet(13).value().isRecused(beta, chloe));
    QVERIFY(m_scoring->setNote(13, beta, chloe, 1, 3).ok());
}

void TestScoringStore::importScores()
{
    addCommittee();
    const qint64 alpha = candidateId(QStringLiteral("Alpha"));
    const qint64 beta = candidateId(QStringLiteral("Beta"));
    const qint64 alice = m_members.at(0).id;
    const qint64 bruno = m_members.at(1).id;
    QVERIFY(m_scoring->setNote(13, alpha, alice, 0, 1).ok());
    QVERIFY(m_scoring->setNote(13, beta, bruno, 0, 2).ok());
    QSignalSpy spy(m_scoring.get(), &ScoringStore::scoresChanged);

    // Alice's 1 becomes 4 (audited with the old note); Bruno's recusal on Beta removes his 2.
    const Outcome imported = m_scoring->importScores(
        13, {{alpha, alice, 0, 4}, {alpha, alice, 1, 3}, {beta, alice, 0, 5}}, {ScoringStore::Recusal(beta, bruno)});
    QVERIFY2(imported.ok(), qPrintable(imported.error()));
    QCOMPARE(spy.size(), 1);
    QCOMPARE(noteCount(), 3);
    const ScoreSheet sheet = m_scoring->scoreSheet(13).value();
    QCOMPARE(sheet.note(alpha, alice, 0), std::optional<int>(4));
    QCOMPARE(sheet.note(alpha, alice, 1), std::optional<int>(3));
    QCOMPARE(sheet.note(beta, alice, 0), std::optional<int>(5));
    QVERIFY(sheet.isRecused(beta, bruno));
    QCOMPARE(rows(m_committee->auditEntries(13).value().mid(0, 4)),
             QStringList({QStringLiteral("score.import | FAST13 / Beta / Alice / Impact potentiel |  | 5"),
                          QStringLiteral("score.import | FAST13 / Alpha / Alice / Problème public et usagers |  | 3"),
                          QStringLiteral("score.import | FAST13 / Alpha / Alice / Impact potentiel | 1 | 4"),
                          QStringLiteral("recusal.record | FAST13 / Beta / Bruno | notes removed: Impact potentiel: "
                                         "2 | recused")}));
}

void TestScoringStore::importScoresIsAllOrNothing()
{
    addCommittee();
    const qint64 alpha = candidateId(QStringLiteral("Alpha"));
    const qint64 beta = candidateId(QStringLiteral("Beta"));
    const qint64 alice = m_members.at(0).id;
    const int audits = auditCount();
    QSignalSpy spy(m_scoring.get(), &ScoringStore::scoresChanged);
    // The last note is for a member the same import recuses: the whole import is refused.
    const Outcome imported =
        m_scoring->importScores(13, {{alpha, alice, 0, 4}, {beta, alice, 0, 5}}, {ScoringStore::Recusal(beta, alice)});
    QVERIFY(!imported.ok());
    QCOMPARE(imported.error(), QStringLiteral("Alice is recused on this candidate and cannot score it."));
    QCOMPARE(noteCount(), 0);
    QVERIFY(!m_scoring->scoreSheet(13).value().isRecused(beta, alice));
    QCOMPARE(auditCount(), audits);
    QCOMPARE(spy.size(), 0);

    const Outcome badNote = m_scoring->importScores(13, {{alpha, alice, 0, 4}, {alpha, alice, 1, 9}}, {});
    QCOMPARE(badNote.error(), QStringLiteral("A note must be a whole number from 0 to 5, not 9."));
    QCOMPARE(noteCount(), 0);
}

void TestScoringStore::rankingAndProposal()
{
    addCommittee();
    const qint64 alpha = candidateId(QStringLiteral("Alpha"));
    const qint64 beta = candidateId(QStringLiteral("Beta"));
    const qint64 gamma = candidateId(QStringLiteral("Gamma"));
    const qint64 delta = candidateId(QStringLiteral("Delta"));
    // Alpha 80 (4, 4, 4); Beta 80 (5, 3; Chloé recused); Gamma 73.33 (4, 4, 3); Delta incomplete.
    for (const CommitteeMember &member : std::as_const(m_members))
        noteAll(alpha, member.id, 4);
    noteAll(beta, m_members.at(0).id, 5);
    noteAll(beta, m_members.at(1).id, 3);
    QVERIFY(m_scoring->recordRecusal(13, beta, m_members.at(2).id).ok());
    noteAll(gamma, m_members.at(0).id, 4);
    noteAll(gamma, m_members.at(1).id, 4);
    noteAll(gamma, m_members.at(2).id, 3);
    noteAll(delta, m_members.at(0).id, 5);

    const Result<QList<RankedCandidate>> ranking = m_scoring->ranking(13);
    QVERIFY(ranking.ok());
    QStringList shown;
    for (const RankedCandidate &row : ranking.value())
        shown.append(QStringLiteral("%1 %2 %3 %4 %5 %6")
                         .arg(row.rank ? QString::number(*row.rank) : QStringLiteral("-"), row.name,
                              row.score ? row.score->toFixedString(2) : QStringLiteral("-"),
                              row.exAequo ? QStringLiteral("=") : QStringLiteral("."),
                              QString::number(row.eligible.cents()))
                         .arg(row.missingNotes));
    QCOMPARE(shown,
             QStringList({QStringLiteral("1 Alpha 80.00 = 10000000 0"), QStringLiteral("1 Beta 80.00 = 15000000 0"),
                          QStringLiteral("3 Gamma 73.33 . 30000000 0"), QStringLiteral("- Delta - . 5000000 10")}));

    const Result<Proposal> proposal = m_scoring->proposal(13);
    QVERIFY(proposal.ok());
    QCOMPARE(proposal.value().decisions().size(), 3);
    QCOMPARE(proposal.value().decisions().at(0).decision, Decision::Laureate);
    QCOMPARE(proposal.value().decisions().at(0).granted, Money::fromEuros(100000));
    QCOMPARE(proposal.value().decisions().at(1).decision, Decision::Laureate);
    QCOMPARE(proposal.value().decisions().at(1).consumedAfter, Money::fromEuros(250000));
    QCOMPARE(proposal.value().decisions().at(2).decision, Decision::Waitlist);
    QCOMPARE(proposal.value().remaining(), Money::fromEuros(50000));

    // Nothing decided yet: the whole proposal is "proposed" on the envelope; once Beta is decided,
    // only Alpha's 100 000 € remain proposed.
    QCOMPARE(m_scoring->proposedUndecided(13).value(), Money::fromEuros(250000));
    QVERIFY(m_decisions->setDecision(beta, Decision::Laureate).ok());
    QCOMPARE(m_scoring->proposedUndecided(13).value(), Money::fromEuros(100000));
    QCOMPARE(m_scoring->proposedUndecided(99).error(), QStringLiteral("There is no promotion FAST99."));

    // A withdrawn candidate leaves the ranking; the proposal moves up.
    Candidate withdrawn = *m_committee->candidate(alpha).value();
    withdrawn.decision = Decision::Withdrawn;
    QVERIFY(m_committee->updateCandidate(withdrawn).ok());
    const Result<Proposal> after = m_scoring->proposal(13);
    QCOMPARE(after.value().decisions().size(), 2);
    QCOMPARE(after.value().decisions().at(0).name, QStringLiteral("Beta"));
    QCOMPARE(after.value().decisions().at(1).decision, Decision::Waitlist);
    QVERIFY(!m_scoring->ranking(99).ok());
    QCOMPARE(m_scoring->ranking(99).error(), QStringLiteral("There is no promotion FAST99."));
}

void TestScoringStore::closedPromotionRefusesEveryWrite()
{
    addCommittee();
    const qint64 alpha = candidateId(QStringLiteral("Alpha"));
    const qint64 alice = m_members.at(0).id;
    QVERIFY(m_scoring->setNote(13, alpha, alice, 0, 3).ok());
    for (const Candidate &candidate : m_committee->candidates(13).value())
        QVERIFY(m_decisions->setDecision(candidate.id, Decision::Rejected).ok());
    const Outcome closed = m_committee->closePromotion(13, QDate(2026, 11, 14));
    QVERIFY2(closed.ok(), qPrintable(closed.error()));

    const int audits = auditCount();
    QSignalSpy scores(m_scoring.get(), &ScoringStore::scoresChanged);
    QCOMPARE(m_scoring->addMembers(13, {QStringLiteral("David")}).error(), closedMessage);
    QCOMPARE(m_scoring->setCriteria(13, CriteriaSet::defaults()).error(), closedMessage);
    QCOMPARE(m_scoring->setNote(13, alpha, alice, 0, 5).error(), closedMessage);
    QCOMPARE(m_scoring->setNote(13, alpha, alice, 0, std::nullopt).error(), closedMessage);
    QCOMPARE(m_scoring->recordRecusal(13, alpha, alice).error(), closedMessage);
    QCOMPARE(m_scoring->liftRecusal(13, alpha, alice).error(), closedMessage);
    QCOMPARE(m_scoring->importScores(13, {{alpha, alice, 1, 5}}, {}).error(), closedMessage);
    QCOMPARE(m_decisions->applyProposal(13).error(), closedMessage);
    QCOMPARE(m_decisions->setDecision(alpha, Decision::Laureate).error(), closedMessage);
    QCOMPARE(auditCount(), audits);
    QCOMPARE(scores.size(), 0);
    QCOMPARE(noteCount(), 1);
    QCOMPARE(m_scoring->members(13).value().size(), 3);
    QCOMPARE(m_committee->candidate(alpha).value()->decision, Decision::Rejected);
    // Reading still works.
    QCOMPARE(m_scoring->ranking(13).value().size(), 4);
}

void TestScoringStore::removingCandidateRemovesItsNotes()
{
    addCommittee();
    const qint64 delta = candidateId(QStringLiteral("Delta"));
    noteAll(delta, m_members.at(0).id, 2);
    QVERIFY(m_scoring->recordRecusal(13, delta, m_members.at(1).id).ok());
    QVERIFY(m_scoring->setNote(13, candidateId(QStringLiteral("Alpha")), m_members.at(0).id, 0, 1).ok());
    QCOMPARE(noteCount(), 6);
    QVERIFY(m_committee->removeCandidate(delta).ok());
    QCOMPARE(noteCount(), 1);
    QSqlQuery query(m_database->connection());
    QVERIFY(query.exec(QStringLiteral("SELECT COUNT(*) FROM recusals")) && query.next());
    QCOMPARE(query.value(0).toInt(), 0);
    QCOMPARE(m_scoring->scoreSheet(13).value().candidateCount(), 3);
}

// The undo of an applied proposal: the decisions before it come back in one transaction, one
// decision.update row per candidate changed back, and one signal.

void TestScoringStore::failedReadsSayWhyInsteadOfListingNothing()
{
    if (TestDatabaseLocation::engineUnderTest() == TestDatabaseLocation::Engine::PostgreSql)
        QSKIP("the faults are injected through SQLite's own hooks: this case runs on the SQLite file only");
    // The committee and the criteria the window lists: a read that fails is said, never an empty committee.
    addCommittee();
    StatementFaults faults(m_database->connection(), StatementFaults::Counted::Reads);
    QVERIFY(faults.isInstalled());
    const QString interrupted = QStringLiteral(" from the database: interrupted Unable to fetch row");
    faults.arm(1);
    QCOMPARE(m_scoring->members(13).error(), QStringLiteral("Cannot read the promotion FAST13") + interrupted);
    faults.arm(2);
    QCOMPARE(m_scoring->members(13).error(), QStringLiteral("Cannot read the committee members") + interrupted);
    faults.arm(1);
    QCOMPARE(m_scoring->criteria(13).error(), QStringLiteral("Cannot read the promotion FAST13") + interrupted);
    faults.arm(2);
    QCOMPARE(m_scoring->criteria(13).error(), QStringLiteral("Cannot read the criteria") + interrupted);
    QVERIFY(faults.failed());
    faults.disarm();
    QCOMPARE(m_scoring->members(13).value().size(), 3);
    QCOMPARE(m_scoring->criteria(13).value().count(), 5);
    // An unknown promotion has no member: that is an answer, not a failure.
    QVERIFY(m_scoring->members(99).value().isEmpty());
}

QTEST_GUILESS_MAIN(TestScoringStore)
#include "tst_scoringstore.moc"
