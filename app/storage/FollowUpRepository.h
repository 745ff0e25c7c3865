#pragma once

#include "domain/LaureateFollowUp.h"
#include "domain/OpeningKey.h"
#include "domain/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QVariantList>

#include <optional>

// The rows of the laureates' follow-up (schema 6: agreements, tranches, milestones, and the years' opening
// keys) read as LaureateFollowUp values and written back. It reads laureates only (decision = laureate), each
// with its promotion's number and year, granted amount and kind; a write replaces one laureate's rows with
// the value given. It checks no rule and writes no audit row: FollowUpStore does both inside its StoreWrite.
class FollowUpRepository
{
    Q_DECLARE_TR_FUNCTIONS(FollowUpRepository)

public:
    explicit FollowUpRepository(QSqlDatabase database);

    // The laureates of a promotion, by name (case- and accent-insensitive).
    Result<QList<LaureateFollowUp>> forPromotion(int promotionNumber) const;
    // Every laureate of every promotion, by promotion then name: what the year's figures are computed from.
    Result<QList<LaureateFollowUp>> all() const;
    // None when the candidate is gone or is not a laureate.
    Result<std::optional<LaureateFollowUp>> forCandidate(qint64 candidateId) const;

    // Writes what differs between before and after (the same laureate): its agreement row, its tranches, its
    // milestones, each part replaced whole when it changed.
    Outcome replace(const LaureateFollowUp &before, const LaureateFollowUp &after);

    // The year's key; the 2021 seed for a year without a row.
    Result<OpeningKey> openingKey(int year) const;
    Outcome setOpeningKey(const OpeningKey &key);

private:
    Result<QList<LaureateFollowUp>> read(const QString &condition, const QVariantList &values) const;
    Outcome exec(const QString &statement, const QVariantList &values, const QString &refusal);

    QSqlDatabase m_database;
};
