#include "NameText.h"

namespace {

constexpr char16_t lineFeed = u'\n';
constexpr char16_t carriageReturn = u'\r';
constexpr char16_t tab = u'\t';
constexpr char32_t lineSeparator = 0x2028;
constexpr char32_t paragraphSeparator = 0x2029;
constexpr char32_t mongolianVowelSeparator = 0x180E; // a space before Unicode 6.3, an invisible format character since

// Walks a string by code point, a lone surrogate counting as one (and being refused).
struct CodePoint
{
    char32_t value;
    qsizetype next; // the index of the following UTF-16 unit
};

CodePoint codePointAt(const QString &text, qsizetype i)
{
    const QChar first = text.at(i);
    if (first.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate())
        return {QChar::surrogateToUcs4(first, text.at(i + 1)), i + 2};
    return {first.unicode(), i + 1};
}

// Removes white space (Unicode category Zs: the space, the no-break spaces, the typographic spaces) from
// both ends; a line break or a tab at an end is not white space here but a character to refuse.
QString trimmedSpaces(const QString &text)
{
    qsizetype begin = 0;
    qsizetype end = text.size();
    while (begin < end && text.at(begin).category() == QChar::Separator_Space)
        ++begin;
    while (end > begin && text.at(end - 1).category() == QChar::Separator_Space)
        --end;
    return text.mid(begin, end - begin);
}

} // namespace

Result<QString> NameText::normalise(const QString &raw, const QString &fieldLabel, int maximum)
{
    const Result<QString> checked = check(raw, fieldLabel, Kind::Name);
    if (!checked)
        return checked;
    const QString text = trimmedSpaces(checked.value());
    if (text.isEmpty())
        return Result<QString>::failure(tr("%1 is empty.").arg(fieldLabel));
    if (const qsizetype characters = length(text); characters > maximum)
        return Result<QString>::failure(tr("%1 is %2 characters long; at most %3 are allowed.")
                                            .arg(fieldLabel, QString::number(characters), QString::number(maximum)));
    return Result<QString>::success(text);
}

Result<QString> NameText::normaliseFreeText(const QString &raw, const QString &fieldLabel)
{
    const Result<QString> checked = check(raw, fieldLabel, Kind::FreeText);
    if (!checked)
        return checked;
    QString text = checked.value();
    text.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    return Result<QString>::success(text.trimmed());
}

bool NameText::isRefusedInName(char32_t c)
{
    return QChar::isSurrogate(c) || c == lineSeparator || c == paragraphSeparator || c == mongolianVowelSeparator ||
           QChar::category(c) == QChar::Other_Format || QChar::category(c) == QChar::Other_Control;
}

QString NameText::visible(const QString &stored)
{
    QString shown;
    shown.reserve(stored.size());
    for (qsizetype i = 0; i < stored.size();) {
        const CodePoint point = codePointAt(stored, i);
        if (isRefusedInName(point.value))
            shown += QStringLiteral("<U+%1>").arg(uint(point.value), 4, 16, QLatin1Char('0')).toUpper();
        else
            shown += QStringView(stored).mid(i, point.next - i);
        i = point.next;
    }
    return shown;
}

qsizetype NameText::length(const QString &text)
{
    qsizetype characters = 0;
    for (qsizetype i = 0; i < text.size(); i = codePointAt(text, i).next)
        ++characters;
    return characters;
}

bool NameText::isInvisible(char32_t character)
{
    const QChar::Category category = QChar::category(character);
    if (category == QChar::Other_Format || character == mongolianVowelSeparator)
        return true;
    return category == QChar::Other_Control && !QChar::isSpace(character);
}

Result<QString> NameText::check(const QString &raw, const QString &fieldLabel, Kind kind)
{
    // Checked on the text as typed, so that the position points where the user sees the character;
    // normalising composes letters and marks but never adds nor removes one of these characters.
    qsizetype position = 0;
    for (qsizetype i = 0; i < raw.size();) {
        const CodePoint point = codePointAt(raw, i);
        ++position;
        const char32_t c = point.value;
        bool refused = false;
        if (QChar::category(c) != QChar::Other_Control) {
            refused = isRefusedInName(c);
        } else {
            // Free text keeps its paragraphs and tabs; a Windows line end is one line break.
            const bool windowsLineEnd =
                c == carriageReturn && point.next < raw.size() && raw.at(point.next) == QChar(lineFeed);
            refused = kind == Kind::Name || !(c == lineFeed || c == tab || windowsLineEnd);
        }
        if (refused) {
            const QString codePoint = QStringLiteral("%1").arg(uint(c), 4, 16, QLatin1Char('0')).toUpper();
            // One arg() call: a label holding "%2" (a settings path) must not take the next argument.
            const QString where = QString::number(position);
            return Result<QString>::failure(
                kind == Kind::Name ? tr("%1: character %2 is U+%3 (%4), which is not allowed in a name.")
                                         .arg(fieldLabel, where, codePoint, describe(c))
                                   : tr("%1: character %2 is U+%3 (%4), which is not allowed in this text.")
                                         .arg(fieldLabel, where, codePoint, describe(c)));
        }
        i = point.next;
    }
    return Result<QString>::success(raw.normalized(QString::NormalizationForm_C));
}

QString NameText::describe(char32_t character)
{
    switch (character) {
    case 0x0009:
        return tr("tab");
    case 0x000A:
        return tr("line feed");
    case 0x000D:
        return tr("carriage return");
    case 0x2028:
        return tr("line separator");
    case 0x2029:
        return tr("paragraph separator");
    case 0x200B:
        return tr("zero-width space");
    case 0x200C:
        return tr("zero-width non-joiner");
    case 0x200D:
        return tr("zero-width joiner");
    case 0x2060:
        return tr("word joiner");
    case 0xFEFF:
        return tr("zero-width no-break space");
    case 0x180E:
        return tr("Mongolian vowel separator");
    case 0x00AD:
        return tr("soft hyphen");
    case 0x200E:
        return tr("left-to-right mark");
    case 0x200F:
        return tr("right-to-left mark");
    case 0x061C:
        return tr("Arabic letter mark");
    case 0x202A:
        return tr("left-to-right embedding");
    case 0x202B:
        return tr("right-to-left embedding");
    case 0x202C:
        return tr("pop directional formatting");
    case 0x202D:
        return tr("left-to-right override");
    case 0x202E:
        return tr("right-to-left override");
    case 0x2066:
        return tr("left-to-right isolate");
    case 0x2067:
        return tr("right-to-left isolate");
    case 0x2068:
        return tr("first strong isolate");
    case 0x2069:
        return tr("pop directional isolate");
    default:
        break;
    }
    if (QChar::isSurrogate(character))
        return tr("half of a broken character pair");
    if (QChar::category(character) == QChar::Other_Control)
        return tr("control character");
    return tr("invisible formatting character");
}
