#include "TextKey.h"

#include "NameText.h"

#include <array>

namespace {

// The whole fold but for the final simplified(), as first written: decompose, drop the marks and the
// invisible characters, case-fold, spell out the ligatures and the typographic apostrophe.
QString foldWithoutSimplifying(const QString &text)
{
    // Decomposing first turns "é" into "e" + a combining mark, which is then dropped; it also makes the
    // key the same whatever normal form the text came in (NFC "é" or "e" + U+0301 typed on a Mac).
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    QString folded;
    folded.reserve(decomposed.size());
    for (qsizetype i = 0; i < decomposed.size(); ++i) {
        const QChar c = decomposed.at(i);
        if (c.isHighSurrogate() && i + 1 < decomposed.size() && decomposed.at(i + 1).isLowSurrogate()) {
            const char32_t point = QChar::surrogateToUcs4(c, decomposed.at(i + 1));
            if (!NameText::isInvisible(point))
                folded.append(c).append(decomposed.at(i + 1));
            ++i;
            continue;
        }
        if (c.category() == QChar::Mark_NonSpacing || c.category() == QChar::Mark_SpacingCombining ||
            c.category() == QChar::Mark_Enclosing)
            continue;
        // "Al\u200Bpha" is "Alpha" to a reader: a zero-width or bidirectional character must not make a
        // second candidate, member or scenario of the same name.
        if (NameText::isInvisible(c.unicode()))
            continue;
        folded.append(c);
    }
    folded = folded.toCaseFolded();
    // Ligatures and typographic apostrophes do not decompose, yet French spreadsheets use both spellings.
    folded.replace(QChar(0x0153), QLatin1String("oe"));
    folded.replace(QChar(0x00E6), QLatin1String("ae"));
    folded.replace(QChar(0x2019), QLatin1Char('\''));
    return folded;
}

// Below U+0250 (Latin-1 and Latin Extended-A/B, every letter of French names) and for U+2019, each
// character folds on its own: none is a combining mark, so the decomposition of a string is the
// concatenation of its characters' decompositions up to the order of the marks, which are dropped;
// case folding and the replacements are per character too. Folding each once, then concatenating,
// gives the same key as folding the string, about twenty times faster (names are folded on every
// import, sort and search).
constexpr char16_t tableEnd = 0x0250;
constexpr char16_t rightQuote = 0x2019;

const std::array<QString, tableEnd> &foldedCharacters()
{
    static const std::array<QString, tableEnd> table = [] {
        std::array<QString, tableEnd> folded;
        for (char16_t u = 0; u < tableEnd; ++u)
            folded[u] = foldWithoutSimplifying(QString(QChar(u)));
        return folded;
    }();
    return table;
}

} // namespace

QString TextKey::fold(const QString &text)
{
    const std::array<QString, tableEnd> &table = foldedCharacters();
    QString folded;
    folded.reserve(text.size() + 8);
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u >= 0x20 && u < 0x7F && (u < u'A' || u > u'Z'))
            folded.append(c); // most characters: nothing to look up (controls go through the table, which drops them)
        else if (u < tableEnd)
            folded.append(table[u]);
        else if (u == rightQuote)
            folded.append(QLatin1Char('\''));
        else
            return foldWithoutSimplifying(text).simplified();
    }
    return folded.simplified();
}
