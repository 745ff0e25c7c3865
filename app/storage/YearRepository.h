#pragma once

#include "domain/FundYear.h"
#include "domain/Result.h"

#include <QCoreApplication>
#include <QSqlDatabase>

#include <optional>

// The years table: the fund's annual budget and the indicator 1.2 target of each year that has one.
class YearRepository
{
    Q_DECLARE_TR_FUNCTIONS(YearRepository)

public:
    explicit YearRepository(QSqlDatabase database);

    // Ordered by year.
    Result<QList<FundYear>> all() const;
    // Empty when the year has no row; failed when it could not be read.
    Result<std::optional<FundYear>> byYear(int year) const;
    // Inserts the row or replaces its values.
    Outcome save(const FundYear &year);
    // Adds an empty row for the year unless there is one; true when it was added.
    Result<bool> ensure(int year);

private:
    QSqlDatabase m_database;
};
