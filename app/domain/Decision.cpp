#include "Decision.h"

#include "EnumWords.h"

#include <QCoreApplication>

QString decisionKey(Decision value)
{
    switch (value) {
    case Decision::None:
        return QStringLiteral("none");
    case Decision::Laureate:
        return QStringLiteral("laureate");
    case Decision::Waitlist:
        return QStringLiteral("waitlist");
    case Decision::Rejected:
        return QStringLiteral("rejected");
    case Decision::Withdrawn:
        return QStringLiteral("withdrawn");
    }
    return QString();
}

std::optional<Decision> decisionFromKey(const QString &key)
{
    return EnumWords<Decision>::fromKey(key, allDecisionValues(), decisionKey);
}

std::optional<Decision> decisionFromText(const QString &text)
{
    static const EnumWords<Decision> words{
        {QStringLiteral("none"), Decision::None},
        {QStringLiteral("aucune"), Decision::None},
        {QStringLiteral("laureat"), Decision::Laureate},
        {QStringLiteral("laureate"), Decision::Laureate},
        {QStringLiteral("laureats"), Decision::Laureate},
        {QStringLiteral("laureates"), Decision::Laureate},
        {QStringLiteral("liste_attente"), Decision::Waitlist},
        {QStringLiteral("liste d'attente"), Decision::Waitlist},
        {QStringLiteral("waitlist"), Decision::Waitlist},
        {QStringLiteral("liste attente"), Decision::Waitlist},
        {QStringLiteral("refuse"), Decision::Rejected},
        {QStringLiteral("rejected"), Decision::Rejected},
        {QStringLiteral("non retenu"), Decision::Rejected},
        {QStringLiteral("retire"), Decision::Withdrawn},
        {QStringLiteral("withdrawn"), Decision::Withdrawn},
    };
    return words.find(text);
}

QStringList decisionAcceptedWords()
{
    return {QStringLiteral("laureat"),  QStringLiteral("liste_attente"), QStringLiteral("refuse"),
            QStringLiteral("retire"),   QStringLiteral("laureate"),      QStringLiteral("waitlist"),
            QStringLiteral("rejected"), QStringLiteral("withdrawn")};
}

QString decisionDisplayName(Decision value)
{
    switch (value) {
    case Decision::None:
        return QCoreApplication::translate("Decision", "No decision");
    case Decision::Laureate:
        return QCoreApplication::translate("Decision", "Laureate");
    case Decision::Waitlist:
        return QCoreApplication::translate("Decision", "Waitlist");
    case Decision::Rejected:
        return QCoreApplication::translate("Decision", "Not selected");
    case Decision::Withdrawn:
        return QCoreApplication::translate("Decision", "Withdrawn");
    }
    return QString();
}

QList<Decision> allDecisionValues()
{
    return {Decision::None, Decision::Laureate, Decision::Waitlist, Decision::Rejected, Decision::Withdrawn};
}
