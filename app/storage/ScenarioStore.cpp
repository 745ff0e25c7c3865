#include "ScenarioStore.h"

#include "CandidateRepository.h"
#include "CommitteeStore.h"
#include "Database.h"
#include "ScenarioRepository.h"
#include "StoreWrite.h"

#include "domain/AuditAction.h"
#include "domain/NameText.h"
#include "domain/TextKey.h"

#include <algorithm>

ScenarioStore::ScenarioStore(CommitteeStore &committee, QObject *parent)
    : QObject(parent), m_committee(committee), m_database(committee.database())
{}

Result<QList<Scenario>> ScenarioStore::scenarios(int promotionNumber) const
{
    const Result<std::optional<Promotion>> promotion = m_committee.promotion(promotionNumber);
    if (!promotion)
        return Result<QList<Scenario>>::failure(promotion.error());
    if (!promotion.value())
        return Result<QList<Scenario>>::success({});
    return ScenarioRepository(m_database.connection()).forPromotion(promotion.value()->id, promotionNumber);
}

Result<std::optional<Scenario>> ScenarioStore::scenario(int promotionNumber, const QString &name) const
{
    const Result<std::optional<Promotion>> promotion = m_committee.promotion(promotionNumber);
    if (!promotion)
        return Result<std::optional<Scenario>>::failure(promotion.error());
    if (!promotion.value())
        return Result<std::optional<Scenario>>::success(std::nullopt);
    return ScenarioRepository(m_database.connection())
        .byNameKey(promotion.value()->id, promotionNumber, TextKey::fold(name.trimmed()));
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

    StoreWrite write(m_database, m_committee.operatorName());
    if (const Outcome begun = write.begun(); !begun)
        return Result<Replaced>::failure(begun.error());
    const Result<Promotion> promotion = write.writablePromotion(toSave.promotionNumber);
    if (!promotion)
        return Result<Replaced>::failure(promotion.error());
    const Promotion &owner = promotion.value();

    ScenarioRepository rows(write.connection());
    const QString key = TextKey::fold(toSave.name);
    const Result<Replaced> found = rows.byNameKey(owner.id, owner.number, key);
    if (!found)
        return Result<Replaced>::failure(found.error());
    const Replaced &replaced = found.value();
    const Result<QString> replacedText = replaced ? describe(*replaced) : Result<QString>::success(QString());
    const Result<QString> savedText = describe(toSave);
    if (!replacedText || !savedText)
        return Result<Replaced>::failure(replacedText ? savedText.error() : replacedText.error());
    if (replaced) {
        if (const Outcome removed = rows.removeByNameKey(owner.id, key); !removed)
            return Result<Replaced>::failure(removed.error());
    }
    if (const Outcome inserted = rows.insert(owner.id, toSave); !inserted)
        return Result<Replaced>::failure(inserted.error());
    write.audit(AuditAction::scenarioSave, owner.number, owner.label() + QStringLiteral(" / ") + toSave.name,
                replacedText.value(), savedText.value());
    write.notifyAfterCommit([this, number = owner.number] { emit scenariosChanged(number); });
    if (const Outcome committed = write.commit(); !committed)
        return Result<Replaced>::failure(committed.error());
    return Result<Replaced>::success(replaced);
}

Outcome ScenarioStore::removeScenario(int promotionNumber, const QString &name)
{
    StoreWrite write(m_database, m_committee.operatorName());
    if (const Outcome begun = write.begun(); !begun)
        return begun;
    const Result<Promotion> promotion = write.writablePromotion(promotionNumber);
    if (!promotion)
        return Outcome::failure(promotion.error());
    const Promotion &owner = promotion.value();

    ScenarioRepository rows(write.connection());
    const QString key = TextKey::fold(name.trimmed());
    const Result<std::optional<Scenario>> found = rows.byNameKey(owner.id, owner.number, key);
    if (!found || !found.value())
        return Outcome::failure(found ? tr("%1 has no scenario called \"%2\".").arg(owner.label(), name.trimmed())
                                      : found.error());
    const std::optional<Scenario> &existing = found.value();
    const Result<QString> removedText = describe(*existing);
    if (!removedText)
        return Outcome::failure(removedText.error());
    if (const Outcome removed = rows.removeByNameKey(owner.id, key); !removed)
        return removed;
    write.audit(AuditAction::scenarioRemove, owner.number, owner.label() + QStringLiteral(" / ") + existing->name,
                removedText.value(), QString());
    write.notifyAfterCommit([this, number = owner.number] { emit scenariosChanged(number); });
    return write.commit();
}

Result<QString> ScenarioStore::describe(const Scenario &scenario) const
{
    QStringList parts{tr("envelope %1").arg(scenario.envelope.toString())};
    if (!scenario.excludedCandidateIds.isEmpty()) {
        QStringList names;
        for (const qint64 id : scenario.excludedCandidateIds) {
            const Result<std::optional<Candidate>> candidate = CandidateRepository(m_database.connection()).byId(id);
            if (!candidate)
                return Result<QString>::failure(candidate.error());
            names.append(candidate.value() ? candidate.value()->name : QString::number(id));
        }
        std::sort(names.begin(), names.end(),
                  [](const QString &left, const QString &right) { return TextKey::fold(left) < TextKey::fold(right); });
        parts.append(tr("excluded: %1").arg(names.join(QStringLiteral(", "))));
    }
    if (!scenario.note.isEmpty())
        parts.append(tr("note: %1").arg(scenario.note));
    return Result<QString>::success(parts.join(QStringLiteral("; ")));
}
