#pragma once

#include "TextKey.h"

#include <QHash>
#include <QList>
#include <QString>

#include <initializer_list>
#include <optional>
#include <utility>

// The words people write for the values of an enum (French or English, any case, with or without
// accents, '_' or space between words), and the lookups every enum of the domain shares.
template <typename Enum> class EnumWords
{
public:
    EnumWords(std::initializer_list<std::pair<QString, Enum>> words)
    {
        for (const auto &[word, value] : words)
            m_words.insert(comparisonKey(word), value);
    }

    std::optional<Enum> find(const QString &text) const
    {
        const auto found = m_words.constFind(comparisonKey(text));
        if (found == m_words.cend())
            return std::nullopt;
        return found.value();
    }

    // The value whose stable key (as stored and printed in JSON) is exactly key.
    template <typename KeyFunction>
    static std::optional<Enum> fromKey(const QString &key, const QList<Enum> &values, KeyFunction keyOf)
    {
        for (Enum value : values) {
            if (keyOf(value) == key)
                return value;
        }
        return std::nullopt;
    }

private:
    // Underscores and spaces are the same word boundary in spreadsheets.
    static QString comparisonKey(const QString &text)
    {
        return TextKey::fold(QString(text).replace(QLatin1Char('_'), QLatin1Char(' ')));
    }

    QHash<QString, Enum> m_words;
};
