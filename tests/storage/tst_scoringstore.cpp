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

// Amounts as Money::toString() writes them: the spaces that group digits or come before "€" become
// no-break spaces, the other spaces of the sentence stay.
QString euros(const char *text)
{
    static const QRegularExpression amountSpace(QStringLiteral("(?<=\\d) (?=\\d{3}\\b|€)"));
    return QString::fromUtf8(text).replace(amountSpace, QString(QChar(0x00A0)));
}

Candidate makeCandidate(const QString &name, qint64 budgetEuros, qint64 requestedEuros)
{
    Candidate candidate;
    candidate.name = name;
    candidate.carrier = QStringLiteral("DGALN");
    candidate.annualBudget = Money::fromEuros(budgetEuros);
    candidate.requested = Money::fromEuros(requestedEuros);
    return candidate;
}

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

const QStringList defaultCriterionRows{
    QStringLiteral("Impact potentiel 30"), QStringLiteral("Problème public et usagers 20"),
    QStringLiteral("Équipe et portage 20"), QStringLiteral("Trajectoire d'accélération 15"),
    QStringLiteral("Utilisation du cofinancement 15")};

const QString closedMessage = QStringLiteral("FAST13 is closed: reopen it before changing it.");

} // namespace

Q_DECLARE_METATYPE(Criterion)

// The scoring facade on a database file: members, criteria, notes, recusals, imports, ranking, proposal and
// decisions, each write with its audit rows and each refusal with its exact message, leaving the database as it
// was. Also the schema step 2 on a file written by version 1.
class TestScoringStore : public QObject
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
    void applyProposal();
    void setDecision();
    void setDecisionRefusals_data();
    void setDecisionRefusals();
    void closedPromotionRefusesEveryWrite();
    void removingCandidateRemovesItsNotes();
    void restoreDecisionsUndoesAppliedProposal();
    void restoreDecisionsRefusals();
    void noPathMakesAZeroEuroLaureate();

private:
    // Promotion 13 (envelope 300 000 €) with Alpha (eligible 100 000 €), Beta (150 000 €), Gamma (300 000 €)
    // and Delta (50 000 €), and the committee Alice, Bruno, Chloé.
    void addCommittee();
    // Every criterion of the candidate noted `note` by the member.
    void noteAll(qint64 candidateId, qint64 memberId, int note);
    qint64 candidateId(const QString &name) const;
    int noteCount() const;
    int auditCount() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<CommitteeStore> m_committee;
    std::unique_ptr<ScoringStore> m_scoring;
    std::unique_ptr<DecisionStore> m_decisions;
    QList<CommitteeMember> m_members;
};

void TestScoringStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_database = std::make_unique<Database>();
    const Outcome opened = m_database->open(m_dir->filePath(QStringLiteral("scoring.sqlite")));
    QVERIFY2(opened.ok(), qPrintable(opened.error()));
    m_committee = std::make_unique<CommitteeStore>(*m_database);
    m_committee->setOperatorName(QStringLiteral("Secrétariat"));
    m_scoring = std::make_unique<ScoringStore>(*m_committee);
    m_decisions = std::make_unique<DecisionStore>(*m_committee, *m_scoring);
    m_members.clear();
}

void TestScoringStore::cleanup()
{
    m_decisions.reset();
    m_scoring.reset();
    m_committee.reset();
    m_database.reset();
    m_dir.reset();
}

void TestScoringStore::addCommittee()
{
    Promotion promotion;
    promotion.number = 13;
    promotion.year = 2025;
    promotion.envelope = Money::fromEuros(300000);
    QVERIFY(m_committee->addPromotion(promotion).ok());
    QVERIFY(m_committee->addCandidate(13, makeCandidate(QStringLiteral("Alpha"), 400000, 100000)).ok());
    QVERIFY(m_committee->addCandidate(13, makeCandidate(QStringLiteral("Beta"), 300000, 200000)).ok());
    QVERIFY(m_committee->addCandidate(13, makeCandidate(QStringLiteral("Gamma"), 1000000, 400000)).ok());
    QVERIFY(m_committee->addCandidate(13, makeCandidate(QStringLiteral("Delta"), 200000, 50000)).ok());
    const Result<QList<CommitteeMember>> added =
        m_scoring->addMembers(13, {QStringLiteral("Alice"), QStringLiteral("Bruno"), QStringLiteral("Chloé")});
    QVERIFY2(added.ok(), qPrintable(added.error()));
    m_members = added.value();
}

void TestScoringStore::noteAll(qint64 candidate, qint64 memberId, int note)
{
    for (int criterion = 0; criterion < 5; ++criterion) {
        const Outcome noted = m_scoring->setNote(13, candidate, memberId, criterion, note);
        QVERIFY2(noted.ok(), qPrintable(noted.error()));
    }
}

qint64 TestScoringStore::candidateId(const QString &name) const
{
    for (const Candidate &candidate : m_committee->candidates(13)) {
        if (candidate.name == name)
            return candidate.id;
    }
    return 0;
}

int TestScoringStore::noteCount() const
{
    QSqlQuery query(m_database->connection());
    if (!query.exec(QStringLiteral("SELECT COUNT(*) FROM notes")) || !query.next())
        return -1;
    return query.value(0).toInt();
}

int TestScoringStore::auditCount() const
{
    return int(m_committee->auditEntries().size());
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
    QCOMPARE(database.schemaVersion().value(), 3);
    CommitteeStore committee(database);
    ScoringStore scoring(committee);

    const QList<Candidate> candidates = committee.candidates(11);
    QCOMPARE(candidates.size(), 1);
    QCOMPARE(candidates.first().name, QStringLiteral("Envergo"));
    QCOMPARE(candidates.first().decision, Decision::Laureate);
    QCOMPARE(candidates.first().granted, Money::fromEuros(150000));
    QCOMPARE(committee.promotion(11)->status, PromotionStatus::Closed);
    QCOMPARE(committee.promotion(12)->rule, CofinancingRule(40, Money::fromEuros(200000)));
    QCOMPARE(rows(committee.auditEntries()), QStringList(QStringLiteral("promotion.add | FAST11 |  | ")));

    // Both promotions, closed or not, got the fund's default criteria, in order, with ids.
    QCOMPARE(criterionRows(scoring.criteria(11)), defaultCriterionRows);
    QCOMPARE(criterionRows(scoring.criteria(12)), defaultCriterionRows);
    QVERIFY(scoring.criteria(11).at(0).id > 0);
    QCOMPARE(scoring.members(11).size(), 0);
    const Result<ScoreSheet> sheet = scoring.scoreSheet(11);
    QVERIFY(sheet.ok());
    QCOMPARE(sheet.value().candidateIds(), QList<qint64>{candidates.first().id});
    QCOMPARE(sheet.value().noteCount(), 0);
}

void TestScoringStore::newPromotionGetsDefaultCriteria()
{
    addCommittee();
    const CriteriaSet criteria = m_scoring->criteria(13);
    QCOMPARE(criterionRows(criteria), defaultCriterionRows);
    QVERIFY(criteria.validate().ok());
    QCOMPARE(criterionRows(m_scoring->criteria(99)), QStringList());
}

void TestScoringStore::addMembers()
{
    addCommittee();
    QCOMPARE(m_members.size(), 3);
    QStringList names;
    for (const CommitteeMember &member : m_scoring->members(13)) {
        names.append(member.name);
        QVERIFY(member.id > 0);
    }
    QCOMPARE(names, QStringList({QStringLiteral("Alice"), QStringLiteral("Bruno"), QStringLiteral("Chloé")}));
    QCOMPARE(m_scoring->members(13), m_members);

    QSignalSpy spy(m_scoring.get(), &ScoringStore::membersChanged);
    QVERIFY(m_scoring->addMembers(13, {QStringLiteral("  David ")}).ok());
    QCOMPARE(spy.size(), 1);
    QCOMPARE(spy.first().first().toInt(), 13);
    QCOMPARE(m_scoring->members(13).last().name, QStringLiteral("David"));

    const QList<AuditEntry> entries = m_committee->auditEntries(13);
    QCOMPARE(rows(entries.mid(0, 4)), QStringList({QStringLiteral("member.add | FAST13 / David |  | David"),
                                                   QStringLiteral("member.add | FAST13 / Chloé |  | Chloé"),
                                                   QStringLiteral("member.add | FAST13 / Bruno |  | Bruno"),
                                                   QStringLiteral("member.add | FAST13 / Alice |  | Alice")}));
    QCOMPARE(entries.first().operatorName, QStringLiteral("Secrétariat"));
    m_scoring->setOperatorName(QStringLiteral("Présidente"));
    QVERIFY(m_scoring->addMembers(13, {QStringLiteral("Eve")}).ok());
    QCOMPARE(m_committee->auditEntries(13).first().operatorName, QStringLiteral("Présidente"));
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
    QCOMPARE(m_scoring->members(13), m_members);
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
    QCOMPARE(m_scoring->members(13), m_members);
    QCOMPARE(spy.size(), 1);
    QCOMPARE(spy.first().first().toInt(), 13);
    QCOMPARE(auditCount(), auditBefore + 1);
    QCOMPARE(rows(m_committee->auditEntries(13).mid(0, 1)),
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
    QCOMPARE(m_scoring->members(13), m_members);
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
    QCOMPARE(criterionRows(m_scoring->criteria(13)),
             QStringList({QStringLiteral("Impact 50"), QStringLiteral("Équipe 50")}));
    QCOMPARE(rows(m_committee->auditEntries(13).mid(0, 1)),
             QStringList(QStringLiteral("criteria.update | FAST13 / criteria | Impact potentiel 30; Problème public "
                                        "et usagers 20; Équipe et portage 20; Trajectoire d'accélération 15; "
                                        "Utilisation du cofinancement 15 | Impact 50; Équipe 50")));
    // The same set again changes nothing and writes nothing.
    const int audits = auditCount();
    QVERIFY(m_scoring->setCriteria(13, m_scoring->criteria(13)).ok());
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
    QCOMPARE(criterionRows(m_scoring->criteria(13)), defaultCriterionRows);
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
    QCOMPARE(criterionRows(m_scoring->criteria(13)), defaultCriterionRows);
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

    QCOMPARE(rows(m_committee->auditEntries(13).mid(0, 3)),
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
    QCOMPARE(rows(m_committee->auditEntries(13).mid(0, 1)),
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
    QCOMPARE(rows(m_committee->auditEntries(13).mid(0, 1)),
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
    QCOMPARE(rows(m_committee->auditEntries(13).mid(0, 4)),
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
    Candidate withdrawn = *m_committee->candidate(alpha);
    withdrawn.decision = Decision::Withdrawn;
    QVERIFY(m_committee->updateCandidate(withdrawn).ok());
    const Result<Proposal> after = m_scoring->proposal(13);
    QCOMPARE(after.value().decisions().size(), 2);
    QCOMPARE(after.value().decisions().at(0).name, QStringLiteral("Beta"));
    QCOMPARE(after.value().decisions().at(1).decision, Decision::Waitlist);
    QVERIFY(!m_scoring->ranking(99).ok());
    QCOMPARE(m_scoring->ranking(99).error(), QStringLiteral("There is no promotion FAST99."));
}

void TestScoringStore::applyProposal()
{
    addCommittee();
    const qint64 alpha = candidateId(QStringLiteral("Alpha"));
    const qint64 beta = candidateId(QStringLiteral("Beta"));
    const qint64 gamma = candidateId(QStringLiteral("Gamma"));
    for (const CommitteeMember &member : std::as_const(m_members)) {
        noteAll(alpha, member.id, 4);
        noteAll(beta, member.id, 3);
        noteAll(gamma, member.id, 2);
    }
    // Beta already has the decision the proposal makes: it is not counted as changed.
    QVERIFY(m_decisions->setDecision(beta, Decision::Laureate).ok());
    QSignalSpy decisions(m_decisions.get(), &DecisionStore::decisionsChanged);
    QSignalSpy candidates(m_committee.get(), &CommitteeStore::candidatesChanged);

    const Result<QList<ProposedDecision>> changed = m_decisions->applyProposal(13);
    QVERIFY2(changed.ok(), qPrintable(changed.error()));
    QCOMPARE(changed.value().size(), 2);
    QCOMPARE(changed.value().at(0).name, QStringLiteral("Alpha"));
    QCOMPARE(changed.value().at(1).name, QStringLiteral("Gamma"));
    QCOMPARE(decisions.size(), 1);
    // Decisions are the decision store's change: the committee store says nothing of them.
    QCOMPARE(candidates.size(), 0);
    QCOMPARE(m_committee->candidate(alpha)->decision, Decision::Laureate);
    QCOMPARE(m_committee->candidate(alpha)->granted, Money::fromEuros(100000));
    QCOMPARE(m_committee->candidate(gamma)->decision, Decision::Waitlist);
    QCOMPARE(m_committee->candidate(gamma)->granted, Money());
    QCOMPARE(m_committee->candidate(candidateId(QStringLiteral("Delta")))->decision, Decision::None);
    QCOMPARE(rows(m_committee->auditEntries(13).mid(0, 2)),
             QStringList({QStringLiteral("proposal.apply | FAST13 / Gamma | none | waitlist"),
                          euros("proposal.apply | FAST13 / Alpha | none | laureate 100 000 €")}));

    // Applied again: nothing left to change.
    const int audits = auditCount();
    QCOMPARE(m_decisions->applyProposal(13).value().size(), 0);
    QCOMPARE(auditCount(), audits);
    QCOMPARE(decisions.size(), 1);
}

void TestScoringStore::setDecision()
{
    addCommittee();
    const qint64 gamma = candidateId(QStringLiteral("Gamma"));
    QVERIFY(m_decisions->setDecision(gamma, Decision::Laureate).ok());
    QCOMPARE(m_committee->candidate(gamma)->granted, Money::fromEuros(300000));
    QVERIFY(m_decisions->setDecision(gamma, Decision::Laureate, Money::fromEuros(250000)).ok());
    QCOMPARE(m_committee->candidate(gamma)->granted, Money::fromEuros(250000));
    QVERIFY(m_decisions->setDecision(gamma, Decision::Waitlist).ok());
    QCOMPARE(m_committee->candidate(gamma)->decision, Decision::Waitlist);
    QCOMPARE(m_committee->candidate(gamma)->granted, Money());
    QVERIFY(m_decisions->setDecision(gamma, Decision::Rejected, Money()).ok());
    QCOMPARE(rows(m_committee->auditEntries(13).mid(0, 4)),
             QStringList({QStringLiteral("decision.update | FAST13 / Gamma | waitlist | rejected"),
                          euros("decision.update | FAST13 / Gamma | laureate 250 000 € | waitlist"),
                          euros("decision.update | FAST13 / Gamma | laureate 300 000 € | laureate 250 000 €"),
                          euros("decision.update | FAST13 / Gamma | none | laureate 300 000 €")}));
}

void TestScoringStore::setDecisionRefusals_data()
{
    QTest::addColumn<int>("decision");
    QTest::addColumn<qint64>("grantedEuros"); // -1: not given
    QTest::addColumn<QString>("message");
    QTest::newRow("above eligible")
        << int(Decision::Laureate) << qint64(350000)
        << euros("The granted amount 350 000 € is more than the eligible amount 300 000 €: the fund pays at most 50 "
                 "% of the annual budget (500 000 € of 1 000 000 €) and at most 300 000 €, and never more than the "
                 "requested 400 000 €.");
    QTest::newRow("zero granted") << int(Decision::Laureate) << qint64(0)
                                  << QStringLiteral(
                                         "A laureate's granted amount must be more than 0 € (given: 0\u00A0€).");
    QTest::newRow("granted to a waitlisted one")
        << int(Decision::Waitlist) << qint64(1000)
        << euros("Only a laureate has a granted amount: Gamma would be Waitlist with 1 000 € granted.");
}

void TestScoringStore::setDecisionRefusals()
{
    QFETCH(int, decision);
    QFETCH(qint64, grantedEuros);
    QFETCH(QString, message);
    addCommittee();
    const qint64 gamma = candidateId(QStringLiteral("Gamma"));
    const int audits = auditCount();
    const std::optional<Money> granted =
        grantedEuros < 0 ? std::nullopt : std::optional<Money>(Money::fromEuros(grantedEuros));
    const Outcome decided = m_decisions->setDecision(gamma, Decision(decision), granted);
    QVERIFY(!decided.ok());
    QCOMPARE(decided.error(), message);
    QCOMPARE(m_committee->candidate(gamma)->decision, Decision::None);
    QCOMPARE(auditCount(), audits);
    QCOMPARE(m_decisions->setDecision(123456, Decision::Rejected).error(),
             QStringLiteral("This candidate no longer exists."));
}

void TestScoringStore::closedPromotionRefusesEveryWrite()
{
    addCommittee();
    const qint64 alpha = candidateId(QStringLiteral("Alpha"));
    const qint64 alice = m_members.at(0).id;
    QVERIFY(m_scoring->setNote(13, alpha, alice, 0, 3).ok());
    for (const Candidate &candidate : m_committee->candidates(13))
        QVERIFY(m_decisions->setDecision(candidate.id, Decision::Rejected).ok());
    const Outcome closed = m_committee->closePromotion(13);
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
    QCOMPARE(m_scoring->members(13).size(), 3);
    QCOMPARE(m_committee->candidate(alpha)->decision, Decision::Rejected);
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
void TestScoringStore::restoreDecisionsUndoesAppliedProposal()
{
    addCommittee();
    const qint64 alpha = candidateId(QStringLiteral("Alpha"));
    const qint64 beta = candidateId(QStringLiteral("Beta"));
    const qint64 gamma = candidateId(QStringLiteral("Gamma"));
    for (const CommitteeMember &member : std::as_const(m_members)) {
        noteAll(alpha, member.id, 4);
        noteAll(beta, member.id, 3);
        noteAll(gamma, member.id, 2);
    }
    QVERIFY(m_decisions->setDecision(alpha, Decision::Laureate, Money::fromCents(5000050)).ok());
    QVERIFY(m_decisions->setDecision(gamma, Decision::Rejected).ok());
    const QList<CandidateDecision> before{{alpha, Decision::Laureate, Money::fromCents(5000050)},
                                          {beta, Decision::None, Money()},
                                          {gamma, Decision::Rejected, Money()}};
    QCOMPARE(m_decisions->applyProposal(13).value().size(), 3);
    QCOMPARE(m_committee->candidate(alpha)->granted, Money::fromEuros(100000));
    QCOMPARE(m_committee->candidate(gamma)->decision, Decision::Waitlist);

    const int audits = auditCount();
    QSignalSpy decisions(m_decisions.get(), &DecisionStore::decisionsChanged);
    const Outcome restored = m_decisions->restoreDecisions(13, before);
    QVERIFY2(restored.ok(), qPrintable(restored.error()));
    QCOMPARE(decisions.size(), 1);
    QCOMPARE(m_committee->candidate(alpha)->decision, Decision::Laureate);
    QCOMPARE(m_committee->candidate(alpha)->granted, Money::fromCents(5000050));
    QCOMPARE(m_committee->candidate(beta)->decision, Decision::None);
    QCOMPARE(m_committee->candidate(beta)->granted, Money());
    QCOMPARE(m_committee->candidate(gamma)->decision, Decision::Rejected);
    QCOMPARE(auditCount(), audits + 3);
    QCOMPARE(rows(m_committee->auditEntries(13).mid(0, 3)),
             QStringList({QStringLiteral("decision.update | FAST13 / Gamma | waitlist | rejected"),
                          euros("decision.update | FAST13 / Beta | laureate 150 000 € | none"),
                          QStringLiteral("decision.update | FAST13 / Alpha | laureate 100\u00A0000\u00A0€ | "
                                         "laureate 50\u00A0000,50\u00A0€")}));

    // Restoring what already stands writes nothing.
    QCOMPARE(m_decisions->restoreDecisions(13, before).ok(), true);
    QCOMPARE(auditCount(), audits + 3);
    QCOMPARE(decisions.size(), 1);
}

void TestScoringStore::restoreDecisionsRefusals()
{
    addCommittee();
    const qint64 alpha = candidateId(QStringLiteral("Alpha"));
    const qint64 gamma = candidateId(QStringLiteral("Gamma"));
    const int audits = auditCount();

    // All or nothing: Alpha's valid restore is not written when Gamma's amount is refused.
    const Outcome aboveEligible = m_decisions->restoreDecisions(
        13, {{alpha, Decision::Rejected, Money()}, {gamma, Decision::Laureate, Money::fromEuros(350000)}});
    QCOMPARE(aboveEligible.error(),
             euros("Gamma: The granted amount 350 000 € is more than the eligible amount 300 000 €: the fund pays at "
                   "most 50 % of the annual budget (500 000 € of 1 000 000 €) and at most 300 000 €, and never more "
                   "than the requested 400 000 €."));
    QCOMPARE(m_committee->candidate(alpha)->decision, Decision::None);
    QCOMPARE(m_decisions->restoreDecisions(13, {{gamma, Decision::Waitlist, Money::fromEuros(10)}}).error(),
             euros("Only a laureate has a granted amount: Gamma would be Waitlist with 10 € granted."));
    QCOMPARE(m_decisions->restoreDecisions(13, {{987654, Decision::Rejected, Money()}}).error(),
             QStringLiteral("Candidate 987654 is not in FAST13: its decision cannot be restored."));
    QCOMPARE(m_decisions->restoreDecisions(99, {}).error(), QStringLiteral("There is no promotion FAST99."));
    QCOMPARE(auditCount(), audits);

    for (const Candidate &candidate : m_committee->candidates(13))
        QVERIFY(m_decisions->setDecision(candidate.id, Decision::Rejected).ok());
    QVERIFY(m_committee->closePromotion(13).ok());
    QCOMPARE(m_decisions->restoreDecisions(13, {{alpha, Decision::None, Money()}}).error(), closedMessage);
    QCOMPARE(m_committee->candidate(alpha)->decision, Decision::Rejected);
}

void TestScoringStore::noPathMakesAZeroEuroLaureate()
{
    // rules.md: a laureate always has 0 < granted ≤ eligible, whatever path set it. A budget of 0,01 € at
    // 50 % makes floor(0,5 cent) = 0 € eligible: the candidate is ranked first, yet nothing may be granted.
    addCommittee();
    Candidate nothing = makeCandidate(QStringLiteral("Zéro"), 0, 1);
    nothing.annualBudget = Money::fromCents(1);
    QVERIFY(m_committee->addCandidate(13, nothing).ok());
    const qint64 zero = candidateId(QStringLiteral("Zéro"));
    const qint64 alpha = candidateId(QStringLiteral("Alpha"));
    for (const CommitteeMember &member : std::as_const(m_members)) {
        noteAll(zero, member.id, 5);
        noteAll(alpha, member.id, 4);
    }
    const QString zeroRefusal = QStringLiteral("A laureate's granted amount must be more than 0 € (given: 0\u00A0€).");

    // The proposal: rejected, and says why.
    const Result<Proposal> proposal = m_scoring->proposal(13);
    QVERIFY(proposal.ok());
    QCOMPARE(proposal.value().decisions().size(), 2);
    const ProposedDecision first = proposal.value().decisions().at(0);
    QCOMPARE(first.name, QStringLiteral("Zéro"));
    QCOMPARE(first.decision, Decision::Rejected);
    QCOMPARE(first.reason, ProposalReason::NothingEligible);
    QCOMPARE(first.explanation, euros("nothing eligible: its eligible amount is 0 €"));
    QCOMPARE(first.granted, Money());
    QCOMPARE(proposal.value().decisions().at(1).explanation, euros("within the envelope (remaining after: 200 000 €)"));

    // 1. propose --apply: Zéro is rejected, never a 0 € laureate.
    QVERIFY(m_decisions->applyProposal(13).ok());
    QCOMPARE(m_committee->candidate(zero)->decision, Decision::Rejected);
    QCOMPARE(m_committee->candidate(zero)->granted, Money());

    // 2. decide: refused, whether the amount is defaulted to eligible or given as 0 €.
    const int audits = auditCount();
    QCOMPARE(m_decisions->setDecision(zero, Decision::Laureate).error(), zeroRefusal);
    QCOMPARE(m_decisions->setDecision(zero, Decision::Laureate, Money()).error(), zeroRefusal);

    // 3. undo (restoring decisions): refused, all or nothing.
    QCOMPARE(
        m_decisions->restoreDecisions(13, {{alpha, Decision::Waitlist, Money()}, {zero, Decision::Laureate, Money()}})
            .error(),
        QStringLiteral("Zéro: ") + zeroRefusal);
    QCOMPARE(m_committee->candidate(alpha)->decision, Decision::Laureate);

    // 4. import: a laureate row with 0 € granted is refused, nothing written.
    Candidate imported = makeCandidate(QStringLiteral("Importé"), 400000, 100000);
    imported.decision = Decision::Laureate;
    imported.granted = Money();
    QVERIFY(!m_committee->importCandidates(13, {imported}).ok());
    QCOMPARE(candidateId(QStringLiteral("Importé")), qint64(0));
    QCOMPARE(m_committee->candidate(zero)->decision, Decision::Rejected);
    QCOMPARE(auditCount(), audits);

    // A file written before the rule held on every path, or changed by hand, is never closed with it.
    QSqlQuery query(m_database->connection());
    QVERIFY(
        query.prepare(QStringLiteral("UPDATE candidates SET decision = 'laureate', granted_cents = 0 WHERE id = ?")));
    query.addBindValue(zero);
    QVERIFY(query.exec());
    for (const Candidate &candidate : m_committee->candidates(13)) {
        if (candidate.id != zero && candidate.decision == Decision::None)
            QVERIFY(m_decisions->setDecision(candidate.id, Decision::Rejected).ok());
    }
    QCOMPARE(m_committee->closePromotion(13).error(),
             QStringLiteral("FAST13 cannot be closed: The laureate Zéro breaks the rule: ") + zeroRefusal);
    QVERIFY(!m_committee->promotion(13)->isClosed());
}

QTEST_GUILESS_MAIN(TestScoringStore)
#include "tst_scoringstore.moc"
