#pragma once

#include "domain/Promotion.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

#include <optional>

class CliContext;

// What the follow-up commands share: the laureate named by --promotion and --candidate (case and accents do
// not matter), and a --date read as 2025-07-14 or 14/07/2025. Each prints its refusal on the context's error
// stream and returns nothing; the store then says whether the candidate is a laureate.
class LaureateOption
{
    Q_DECLARE_TR_FUNCTIONS(LaureateOption)

public:
    static std::optional<qint64> find(CliContext &context, const Promotion &promotion, const QString &name);
    static std::optional<QDate> date(CliContext &context, const QString &option, const QString &text);
};
