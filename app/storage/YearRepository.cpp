#include "YearRepository.h"

#include "StorageError.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace {

FundYear fromRow(const QSqlQuery &query)
{
    FundYear year;
    year.year = query.value(0).toInt();
    if (!query.value(1).isNull())
        year.annualBudget = Money::fromCents(query.value(1).toLongLong());
    if (!query.value(2).isNull())
        year.productTarget = query.value(2).toInt();
    return year;
}

} // namespace

YearRepository::YearRepository(QSqlDatabase database) : m_database(std::move(database))
{}

Result<QList<FundYear>> YearRepository::all() const
{
    using Years = QList<FundYear>;
    Years years;
    QSqlQuery query(m_database);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT year, annual_budget_cents, product_target FROM years ORDER BY year")))
        return Result<Years>::failure(StorageError::readMessage(query.lastError(), m_database, tr("the years")));
    while (query.next())
        years.append(fromRow(query));
    if (query.lastError().isValid())
        return Result<Years>::failure(StorageError::readMessage(query.lastError(), m_database, tr("the years")));
    return Result<Years>::success(years);
}

Result<std::optional<FundYear>> YearRepository::byYear(int year) const
{
    using Found = std::optional<FundYear>;
    QSqlQuery query(m_database);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT year, annual_budget_cents, product_target FROM years WHERE year = ?"));
    query.addBindValue(year);
    const QString what = tr("the year %1").arg(year);
    if (!query.exec())
        return Result<Found>::failure(StorageError::readMessage(query.lastError(), m_database, what));
    if (!query.next()) {
        if (query.lastError().isValid())
            return Result<Found>::failure(StorageError::readMessage(query.lastError(), m_database, what));
        return Result<Found>::success(std::nullopt);
    }
    return Result<Found>::success(fromRow(query));
}

Outcome YearRepository::save(const FundYear &year)
{
    // Insert or update: a read that failed is refused, not taken for a year without a row.
    const Result<std::optional<FundYear>> stored = byYear(year.year);
    if (!stored)
        return Outcome::failure(stored.error());
    const bool exists = stored.value().has_value();
    QSqlQuery query(m_database);
    query.prepare(
        exists ? QStringLiteral("UPDATE years SET annual_budget_cents = ?, product_target = ? WHERE year = ?")
               : QStringLiteral("INSERT INTO years (annual_budget_cents, product_target, year) VALUES (?, ?, ?)"));
    query.addBindValue(year.annualBudget ? QVariant(year.annualBudget->cents())
                                         : QVariant(QMetaType(QMetaType::LongLong)));
    query.addBindValue(year.productTarget ? QVariant(*year.productTarget) : QVariant(QMetaType(QMetaType::Int)));
    query.addBindValue(year.year);
    if (!query.exec())
        return Outcome::failure(StorageError::message(
            query.lastError(), m_database,
            tr("The database refused the year %1: %2").arg(year.year).arg(query.lastError().text())));
    return Outcome::success();
}

Result<bool> YearRepository::ensure(int year)
{
    const Result<std::optional<FundYear>> stored = byYear(year);
    if (!stored)
        return Result<bool>::failure(stored.error());
    if (stored.value())
        return Result<bool>::success(false);
    FundYear empty;
    empty.year = year;
    if (const Outcome saved = save(empty); !saved)
        return Result<bool>::failure(saved.error());
    return Result<bool>::success(true);
}
