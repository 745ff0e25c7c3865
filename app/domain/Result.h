#pragma once

#include <QString>

#include <optional>
#include <utility>

// The outcome of an operation that can be refused: a value, or the message that says why not.
// Errors cross layers as values (house style), never as exceptions.
template <typename T> class Result
{
public:
    static Result success(T value) { return Result(std::move(value), QString()); }
    static Result failure(QString message) { return Result(std::nullopt, std::move(message)); }

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }
    const T &value() const & { return *m_value; }
    T &value() & { return *m_value; }
    // On a temporary (a store's read used at once, `for (… : store.candidates(13).value())`): the value
    // itself, so that it outlives the Result instead of referring into it.
    T value() && { return std::move(*m_value); }
    const QString &error() const { return m_error; }

private:
    Result(std::optional<T> value, QString error) : m_value(std::move(value)), m_error(std::move(error)) {}

    std::optional<T> m_value;
    QString m_error;
};

// An operation that yields nothing but may be refused.
template <> class Result<void>
{
public:
    static Result success() { return Result(QString()); }
    static Result failure(QString message) { return Result(std::move(message)); }

    bool ok() const { return m_error.isEmpty(); }
    explicit operator bool() const { return ok(); }
    const QString &error() const { return m_error; }

private:
    explicit Result(QString error) : m_error(std::move(error)) {}

    QString m_error;
};

using Outcome = Result<void>;
