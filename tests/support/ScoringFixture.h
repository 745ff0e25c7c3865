#pragma once

#include "storage/CommitteeStore.h"
#include "storage/Database.h"
#include "storage/DecisionStore.h"
#include "storage/ScoringStore.h"

#include "TestDatabaseLocation.h"

#include <QTemporaryDir>

#include <memory>

// The stores of a committee on a database file in a temporary folder, for the suites of ScoringStore and
// DecisionStore, which test the same promotion from the two sides: a test class derives from it, opens the
// stores in init() and closes them in cleanup(). addCommittee() writes promotion 13 (envelope 300 000 €) with
// Alpha (eligible 100 000 €), Beta (150 000 €), Gamma (300 000 €) and Delta (50 000 €), and the committee
// Alice, Bruno, Chloé (m_members), the operator being "Secrétariat".
class ScoringFixture
{
protected:
    void openStores(const QString &fileName);
    void closeStores();

    void addCommittee();
    // Every criterion of the candidate noted `note` by the member.
    void noteAll(qint64 candidateId, qint64 memberId, int note);
    // The id of promotion 13's candidate of that name, 0 when there is none.
    qint64 candidateId(const QString &name) const;
    int noteCount() const;
    int auditCount() const;

    // Amounts as Money::toString() writes them: the spaces that group digits or come before "€" become
    // no-break spaces, the other spaces of the sentence stay.
    static QString euros(const char *text);
    static Candidate makeCandidate(const QString &name, qint64 budgetEuros, qint64 requestedEuros);
    // One audit row as "action | subject | old | new", the part a test states exactly.
    static QStringList rows(const QList<AuditEntry> &entries);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<TestDatabaseLocation> m_location; // on a PostgreSQL server only
    QString m_address;                                // the committee's file or server address
    std::unique_ptr<Database> m_database;
    std::unique_ptr<CommitteeStore> m_committee;
    std::unique_ptr<ScoringStore> m_scoring;
    std::unique_ptr<DecisionStore> m_decisions;
    QList<CommitteeMember> m_members;
};
