#include "CandidateKind.h"

#include "EnumWords.h"

#include <QCoreApplication>

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
    return EnumWords<CandidateKind>::fromKey(key, allCandidateKindValues(), candidateKindKey);
}

std::optional<CandidateKind> candidateKindFromText(const QString &text)
{
    static const EnumWords<CandidateKind> words{
        {QStringLiteral("produit"), CandidateKind::Product},
        {QStringLiteral("product"), CandidateKind::Product},
        {QStringLiteral("incubateur"), CandidateKind::Incubator},
        {QStringLiteral("incubator"), CandidateKind::Incubator},
    };
    return words.find(text);
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
