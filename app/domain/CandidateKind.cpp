#include "CandidateKind.h"

#include "TextKey.h"

#include <QCoreApplication>
#include <QHash>

QString candidateKindKey(CandidateKind value)
{
    switch (value) {
    case CandidateKind::Product:
        return QStringLiteral("product");
    case CandidateKind::Incubator:
        return QStringLiteral("incubator");
    }
    return QString();
}

std::optional<CandidateKind> candidateKindFromKey(const QString &key)
{
    for (CandidateKind value : allCandidateKindValues()) {
        if (candidateKindKey(value) == key)
            return value;
    }
    return std::nullopt;
}

std::optional<CandidateKind> candidateKindFromText(const QString &text)
{
    static const QHash<QString, CandidateKind> words = [] {
        QHash<QString, CandidateKind> table{
            {QStringLiteral("produit"), CandidateKind::Product},
            {QStringLiteral("product"), CandidateKind::Product},
            {QStringLiteral("incubateur"), CandidateKind::Incubator},
            {QStringLiteral("incubator"), CandidateKind::Incubator},
        };
        // Underscores and spaces are the same word boundary in spreadsheets.
        QHash<QString, CandidateKind> folded;
        for (auto it = table.cbegin(); it != table.cend(); ++it)
            folded.insert(TextKey::fold(QString(it.key()).replace(QLatin1Char('_'), QLatin1Char(' '))), it.value());
        return folded;
    }();
    const QString key = TextKey::fold(QString(text).replace(QLatin1Char('_'), QLatin1Char(' ')));
    const auto found = words.constFind(key);
    if (found == words.cend())
        return std::nullopt;
    return found.value();
}

QStringList candidateKindAcceptedWords()
{
    return {QStringLiteral("produit"), QStringLiteral("product"), QStringLiteral("incubateur"),
            QStringLiteral("incubator")};
}

QString candidateKindDisplayName(CandidateKind value)
{
    switch (value) {
    case CandidateKind::Product:
        return QCoreApplication::translate("CandidateKind", "Product");
    case CandidateKind::Incubator:
        return QCoreApplication::translate("CandidateKind", "Incubator");
    }
    return QString();
}

QList<CandidateKind> allCandidateKindValues()
{
    return {CandidateKind::Product, CandidateKind::Incubator};
}
