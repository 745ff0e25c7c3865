#include "Phase.h"

#include "TextKey.h"

#include <QCoreApplication>
#include <QHash>

QString phaseKey(Phase value)
{
    switch (value) {
    case Phase::Unspecified:
        return QStringLiteral("");
    case Phase::Investigation:
        return QStringLiteral("investigation");
    case Phase::Construction:
        return QStringLiteral("construction");
    case Phase::Acceleration:
        return QStringLiteral("acceleration");
    case Phase::Consolidation:
        return QStringLiteral("consolidation");
    }
    return QString();
}

std::optional<Phase> phaseFromKey(const QString &key)
{
    for (Phase value : allPhaseValues()) {
        if (phaseKey(value) == key)
            return value;
    }
    return std::nullopt;
}

std::optional<Phase> phaseFromText(const QString &text)
{
    static const QHash<QString, Phase> words = [] {
        QHash<QString, Phase> table{
            {QStringLiteral("investigation"), Phase::Investigation},
            {QStringLiteral("construction"), Phase::Construction},
            {QStringLiteral("acceleration"), Phase::Acceleration},
            {QStringLiteral("consolidation"), Phase::Consolidation},
            {QStringLiteral("perennisation"), Phase::Consolidation},
        };
        // Underscores and spaces are the same word boundary in spreadsheets.
        QHash<QString, Phase> folded;
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

QStringList phaseAcceptedWords()
{
    return {QStringLiteral("investigation"), QStringLiteral("construction"), QStringLiteral("acceleration"),
            QStringLiteral("consolidation"), QStringLiteral("perennisation")};
}

QString phaseDisplayName(Phase value)
{
    switch (value) {
    case Phase::Unspecified:
        return QCoreApplication::translate("Phase", "Unspecified");
    case Phase::Investigation:
        return QCoreApplication::translate("Phase", "Investigation");
    case Phase::Construction:
        return QCoreApplication::translate("Phase", "Construction");
    case Phase::Acceleration:
        return QCoreApplication::translate("Phase", "Acceleration");
    case Phase::Consolidation:
        return QCoreApplication::translate("Phase", "Consolidation");
    }
    return QString();
}

QList<Phase> allPhaseValues()
{
    return {Phase::Unspecified, Phase::Investigation, Phase::Construction, Phase::Acceleration, Phase::Consolidation};
}
