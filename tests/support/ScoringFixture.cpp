#include "ScoringFixture.h"

#include <QRegularExpression>
#include <QSqlQuery>
#include <QTest>

void ScoringFixture::openStores(const QString &fileName)
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    // The committee on the engine under test; the folder stays for a suite's other files.
    if (TestDatabaseLocation::engineUnderTest() == TestDatabaseLocation::Engine::PostgreSql) {
        m_location = std::make_unique<TestDatabaseLocation>(TestDatabaseLocation::Engine::PostgreSql,
                                                            TestDatabaseLocation::Reuse::Committee);
        if (m_location->address().isEmpty())
            QSKIP(qPrintable(m_location->error()));
    }
    m_database = std::make_unique<Database>();
    m_address = m_location ? m_location->address() : m_dir->filePath(fileName);
    const Outcome opened = m_database->open(m_address);
    QVERIFY2(opened.ok(), qPrintable(opened.error()));
    m_committee = std::make_unique<CommitteeStore>(*m_database);
    m_committee->setOperatorName(QStringLiteral("Secrétariat"));
    m_scoring = std::make_unique<ScoringStore>(*m_committee);
    m_decisions = std::make_unique<DecisionStore>(*m_committee, *m_scoring);
    m_members.clear();
}

void ScoringFixture::closeStores()
{
    m_decisions.reset();
    m_scoring.reset();
    m_committee.reset();
    m_database.reset();
    m_location.reset();
    m_dir.reset();
}

void ScoringFixture::addCommittee()
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

void ScoringFixture::noteAll(qint64 candidate, qint64 memberId, int note)
{
    for (int criterion = 0; criterion < 5; ++criterion) {
        const Outcome noted = m_scoring->setNote(13, candidate, memberId, criterion, note);
        QVERIFY2(noted.ok(), qPrintable(noted.error()));
    }
}

qint64 ScoringFixture::candidateId(const QString &name) const
{
    const Result<QList<Candidate>> candidates = m_committee->candidates(13);
    for (const Candidate &candidate : candidates ? candidates.value() : QList<Candidate>()) {
        if (candidate.name == name)
            return candidate.id;
    }
    return 0;
}

int ScoringFixture::noteCount() const
{
    QSqlQuery query(m_database->connection());
    if (!query.exec(QStringLiteral("SELECT COUNT(*) FROM notes")) || !query.next())
        return -1;
    return query.value(0).toInt();
}

int ScoringFixture::auditCount() const
{
    const Result<QList<AuditEntry>> entries = m_committee->auditEntries();
    return entries ? int(entries.value().size()) : -1;
}

QString ScoringFixture::euros(const char *text)
{
    static const QRegularExpression amountSpace(QStringLiteral("(?<=\\d) (?=\\d{3}\\b|€)"));
    return QString::fromUtf8(text).replace(amountSpace, QString(QChar(0x00A0)));
}

Candidate ScoringFixture::makeCandidate(const QString &name, qint64 budgetEuros, qint64 requestedEuros)
{
    Candidate candidate;
    candidate.name = name;
    candidate.carrier = QStringLiteral("DGALN");
    candidate.annualBudget = Money::fromEuros(budgetEuros);
    candidate.requested = Money::fromEuros(requestedEuros);
    return candidate;
}

QStringList ScoringFixture::rows(const QList<AuditEntry> &entries)
{
    QStringList all;
    for (const AuditEntry &entry : entries)
        all.append(
            QStringList{entry.action, entry.subject, entry.oldValue, entry.newValue}.join(QStringLiteral(" | ")));
    return all;
}
