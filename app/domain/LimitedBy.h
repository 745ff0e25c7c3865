#pragma once

#include <QString>

#include <optional>

// Which bound of the co-financing rule set a candidate's eligible amount (rules.md, "limited_by").
enum class LimitedBy { Requested, Rate, Cap };

// "requested", "rate", "cap": the keys of the command line's JSON and of the database.
QString limitedByKey(LimitedBy limitedBy);
std::optional<LimitedBy> limitedByFromKey(const QString &key);
