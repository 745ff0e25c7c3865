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

QList<FundYear> YearRepository::all() const
{
    QList<FundYear> years;
    QSqlQuery query(m_database);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT year, annual_budget_cents, product_target FROM years ORDER BY year"))) {
        qWarning("years: %s", qPrintable(StorageError::describe(query.lastError(), m_database)));
        return years;
    }
    while (query.next())
        years.append(fromRow(query));
    return years;
}

std::optional<FundYear> YearRepository::byYear(int year) const
{
    QSqlQuery query(m_database);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT year, annual_budget_cents, product_target FROM years WHERE year = ?"));
    query.addBindValue(year);
    if (!query.exec()) {
        qWarning("year: %s", qPrintable(StorageError::describe(query.lastError(), m_database)));
        return std::nullopt;
    }
    if (!query.next())
        return std::nullopt;
    return fromRow(query);
}

Outcome YearRepository::save(const FundYear &year)
{
    const bool exists = byYear(year.year).has_value();
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
    if (byYear(year))
        return Result<bool>::success(false);
    FundYear empty;
    empty.year = year;
    if (const Outcome saved = save(empty); !saved)
        return Result<bool>::failure(saved.error());
    return Result<bool>::success(true);
}
