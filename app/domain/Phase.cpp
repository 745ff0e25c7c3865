#include "Phase.h"

#include "EnumWords.h"

#include <QCoreApplication>

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
    return EnumWords<Phase>::fromKey(key, allPhaseValues(), phaseKey);
}

std::optional<Phase> phaseFromText(const QString &text)
{
    static const EnumWords<Phase> words{
        {QStringLiteral("investigation"), Phase::Investigation},
        {QStringLiteral("construction"), Phase::Construction},
        {QStringLiteral("acceleration"), Phase::Acceleration},
        {QStringLiteral("consolidation"), Phase::Consolidation},
        {QStringLiteral("perennisation"), Phase::Consolidation},
    };
    return words.find(text);
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
