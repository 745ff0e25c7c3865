#include "Decision.h"

#include "TextKey.h"

#include <QCoreApplication>
#include <QHash>

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
    for (Decision value : allDecisionValues()) {
        if (decisionKey(value) == key)
            return value;
    }
    return std::nullopt;
}

std::optional<Decision> decisionFromText(const QString &text)
{
    static const QHash<QString, Decision> words = [] {
        QHash<QString, Decision> table{
            {QStringLiteral("none"), Decision::None},
            {QStringLiteral("aucune"), Decision::None},
            {QStringLiteral("laureat"), Decision::Laureate},
            {QStringLiteral("laureate"), Decision::Laureate},
            {QStringLiteral("laureats"), Decision::Laureate},
            {QStringLiteral("laureates"), Decision::Laureate},
            {QStringLiteral("liste_attente"), Decision::Waitlist},
            {QStringLiteral("liste d attente"), Decision::Waitlist},
            {QStringLiteral("liste d'attente"), Decision::Waitlist},
            {QStringLiteral("waitlist"), Decision::Waitlist},
            {QStringLiteral("liste attente"), Decision::Waitlist},
            {QStringLiteral("refuse"), Decision::Rejected},
            {QStringLiteral("rejected"), Decision::Rejected},
            {QStringLiteral("non retenu"), Decision::Rejected},
            {QStringLiteral("non_retenu"), Decision::Rejected},
            {QStringLiteral("retire"), Decision::Withdrawn},
            {QStringLiteral("withdrawn"), Decision::Withdrawn},
        };
        // Underscores and spaces are the same word boundary in spreadsheets.
        QHash<QString, Decision> folded;
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
