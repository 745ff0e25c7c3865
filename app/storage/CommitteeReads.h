#pragma once

#include "domain/AuditEntry.h"
#include "domain/Candidate.h"
#include "domain/CommitteeMember.h"
#include "domain/FundYear.h"
#include "domain/Promotion.h"
#include "domain/Result.h"

#include <QList>
#include <QSqlDatabase>

#include <optional>

class Database;

// The committee's reads for those that must tell "none" from "could not read": the command line, which
// prints the database's words and exits 1 rather than list nothing, and the reports built from every
// promotion (PromotionArchive). Each read fails with the read's message (StorageError::readMessage). The
// stores' plain-value reads (CommitteeStore::promotions(), candidates()…) go through it too and show a
// failed read as empty, logged, in the window's lists.
class CommitteeReads
{
public:
    explicit CommitteeReads(const Database &database);

    // By number.
    Result<QList<Promotion>> promotions() const;
    // Empty when there is no such promotion.
    Result<std::optional<Promotion>> promotion(int number) const;
    // Ordered by name (case- and accent-insensitive).
    Result<QList<Candidate>> candidates(const Promotion &promotion) const;
    // In the order they joined.
    Result<QList<CommitteeMember>> members(const Promotion &promotion) const;
    Result<QList<FundYear>> years() const;
    // Newest first; every promotion's when promotionNumber is empty.
    Result<QList<AuditEntry>> auditEntries(std::optional<int> promotionNumber) const;

private:
    QSqlDatabase m_connection;
};
