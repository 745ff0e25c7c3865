#include "TextKey.h"

QString TextKey::fold(const QString &text)
{
    // Decomposing first turns "é" into "e" + a combining mark, which is then dropped.
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    QString folded;
    folded.reserve(decomposed.size());
    for (QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing || c.category() == QChar::Mark_SpacingCombining ||
            c.category() == QChar::Mark_Enclosing)
            continue;
        folded.append(c);
    }
    folded = folded.toCaseFolded();
    // Ligatures and typographic apostrophes do not decompose, yet French spreadsheets use both spellings.
    folded.replace(QChar(0x0153), QLatin1String("oe"));
    folded.replace(QChar(0x00E6), QLatin1String("ae"));
    folded.replace(QChar(0x2019), QLatin1Char('\''));
    return folded.simplified();
}
