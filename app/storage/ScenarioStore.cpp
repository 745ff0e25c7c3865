#include "ScenarioStore.h"

#include "AuditLogRepository.h"
#include "CandidateRepository.h"
#include "CommitteeStore.h"
#include "Database.h"
#include "PromotionRepository.h"
#include "ScenarioRepository.h"
#include "TransactionGuard.h"

#include "domain/AuditAction.h"
#include "domain/AuditEntry.h"
#include "domain/NameText.h"
#include "domain/TextKey.h"

#include <QDateTime>

#include <algorithm>

ScenarioStore::ScenarioStore(CommitteeStore &committee, QObject *parent)
    : QObject(parent), m_committee(committee), m_database(committee.database())
{}

QList<Scenario> ScenarioStore::scenarios(int promotionNumber) const
{
    const std::optional<Promotion> promotion = PromotionRepository(m_database.connection()).byNumber(promotionNumber);
    if (!promotion)
        return {};
    return ScenarioRepository(m_database.connection()).forPromotion(promotion->id, promotionNumber);
}

std::optional<Scenario> ScenarioStore::scenario(int promotionNumber, const QString &name) const
{
    const std::optional<Promotion> promotion = PromotionRepository(m_database.connection()).byNumber(promotionNumber);
    if (!promotion)
        return std::nullopt;
    return ScenarioRepository(m_database.connection())
        .byNameKey(promotion->id, promotionNumber, TextKey::fold(name.trimmed()));
}

Result<Promotion> ScenarioStore::writablePromotion(int promotionNumber) const
{
    const std::optional<Promotion> promotion = PromotionRepository(m_database.connection()).byNumber(promotionNumber);
    if (!promotion)
        return Result<Promotion>::failure(tr("There is no promotion FAST%1.").arg(promotionNumber));
    if (promotion->isClosed())
        return Result<Promotion>::failure(tr("%1 is closed: reopen it before changing it.").arg(promotion->label()));
    return Result<Promotion>::success(*promotion);
}

Result<std::optional<Scenario>> ScenarioStore::saveScenario(const Scenario &scenario)
{
    using Replaced = std::optional<Scenario>;
    Scenario toSave = scenario;
    if (const Outcome valid = toSave.validate(); !valid)
        return Result<Replaced>::failure(valid.error());
    // Stored as the text policy says (NFC, trimmed), so that the audit log and the lists show what the
    // checks saw.
    toSave.name = Scenario::normaliseName(scenario.name).value();
    toSave.note = NameText::normaliseFreeText(scenario.note, QString()).value();

    TransactionGuard transaction(m_database.connection());
    if (!transaction.isActive())
        return Result<Replaced>::failure(transaction.beginError());
    const Result<Promotion> promotion = writablePromotion(toSave.promotionNumber);
    if (!promotion)
        return Result<Replaced>::failure(promotion.error());
    const Promotion &owner = promotion.value();

    ScenarioRepository rows(m_database.connection());
    const QString key = TextKey::fold(toSave.name);
    const Replaced replaced = rows.byNameKey(owner.id, owner.number, key);
    if (replaced) {
        if (const Outcome removed = rows.removeByNameKey(owner.id, key); !removed)
            return Result<Replaced>::failure(removed.error());
    }
    if (const Outcome inserted = rows.insert(owner.id, toSave); !inserted)
        return Result<Replaced>::failure(inserted.error());
    if (const Outcome logged = AuditLogRepository(m_database.connection())
                                   .append(auditEntry(AuditAction::scenarioSave, owner.number,
                                                      owner.label() + QStringLiteral(" / ") + toSave.name,
                                                      replaced ? describe(*replaced) : QString(), describe(toSave)));
        !logged)
        return Result<Replaced>::failure(logged.error());
    if (const Outcome committed = transaction.commit(); !committed)
        return Result<Replaced>::failure(committed.error());
    emit scenariosChanged(owner.number);
    return Result<Replaced>::success(replaced);
}

Outcome ScenarioStore::removeScenario(int promotionNumber, const QString &name)
{
    TransactionGuard transaction(m_database.connection());
    if (!transaction.isActive())
        return Outcome::failure(transaction.beginError());
    const Result<Promotion> promotion = writablePromotion(promotionNumber);
    if (!promotion)
        return Outcome::failure(promotion.error());
    const Promotion &owner = promotion.value();

    ScenarioRepository rows(m_database.connection());
    const QString key = TextKey::fold(name.trimmed());
    const std::optional<Scenario> existing = rows.byNameKey(owner.id, owner.number, key);
    if (!existing)
        return Outcome::failure(tr("%1 has no scenario called \"%2\".").arg(owner.label(), name.trimmed()));
    if (const Outcome removed = rows.removeByNameKey(owner.id, key); !removed)
        return removed;
    if (const Outcome logged = AuditLogRepository(m_database.connection())
                                   .append(auditEntry(AuditAction::scenarioRemove, owner.number,
                                                      owner.label() + QStringLiteral(" / ") + existing->name,
                                                      describe(*existing), QString()));
        !logged)
        return logged;
    if (const Outcome committed = transaction.commit(); !committed)
        return committed;
    emit scenariosChanged(owner.number);
    return Outcome::success();
}

AuditEntry ScenarioStore::auditEntry(QLatin1String action, int promotionNumber, const QString &subject,
                                     const QString &oldValue, const QString &newValue) const
{
    AuditEntry entry;
    entry.at = QDateTime::currentDateTimeUtc();
    entry.operatorName = m_committee.operatorName();
    entry.promotionNumber = promotionNumber;
    entry.action = action;
    entry.subject = subject;
    entry.oldValue = oldValue;
    entry.newValue = newValue;
    return entry;
}

QString ScenarioStore::describe(const Scenario &scenario) const
{
    QStringList parts{tr("envelope %1").arg(scenario.envelope.toString())};
    if (!scenario.excludedCandidateIds.isEmpty()) {
        QStringList names;
        for (const qint64 id : scenario.excludedCandidateIds) {
            const std::optional<Candidate> candidate = CandidateRepository(m_database.connection()).byId(id);
            names.append(candidate ? candidate->name : QString::number(id));
        }
        std::sort(names.begin(), names.end(),
                  [](const QString &left, const QString &right) { return TextKey::fold(left) < TextKey::fold(right); });
        parts.append(tr("excluded: %1").arg(names.join(QStringLiteral(", "))));
    }
    if (!scenario.note.isEmpty())
        parts.append(tr("note: %1").arg(scenario.note));
    return parts.join(QStringLiteral("; "));
}
