#include "CommitteeReads.h"

#include "AuditLogRepository.h"
#include "CandidateRepository.h"
#include "Database.h"
#include "MemberRepository.h"
#include "PromotionRepository.h"
#include "YearRepository.h"

CommitteeReads::CommitteeReads(const Database &database) : m_connection(database.connection())
{}

Result<QList<Promotion>> CommitteeReads::promotions() const
{
    return PromotionRepository(m_connection).all();
}

Result<std::optional<Promotion>> CommitteeReads::promotion(int number) const
{
    return PromotionRepository(m_connection).byNumber(number);
}

Result<QList<Candidate>> CommitteeReads::candidates(const Promotion &promotion) const
{
    return CandidateRepository(m_connection).forPromotion(promotion.id);
}

Result<QList<CommitteeMember>> CommitteeReads::members(const Promotion &promotion) const
{
    return MemberRepository(m_connection).forPromotion(promotion.id);
}

Result<QList<FundYear>> CommitteeReads::years() const
{
    return YearRepository(m_connection).all();
}

Result<QList<AuditEntry>> CommitteeReads::auditEntries(std::optional<int> promotionNumber) const
{
    return AuditLogRepository(m_connection).entries(promotionNumber);
}
