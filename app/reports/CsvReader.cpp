#include "CsvReader.h"

#include "CsvFile.h"

#include <array>

namespace {

const char utf8Bom[] = "\xEF\xBB\xBF";
constexpr qsizetype utf8BomSize = 3;

// Windows-1252 is Latin-1 except for 0x80–0x9F, where it puts typographic characters. The five bytes it
// leaves undefined (0x81, 0x8D, 0x8F, 0x90, 0x9D) keep their Latin-1 control code, as browsers do.
constexpr std::array<char16_t, 32> windows1252High = {
    0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, // 0x80–0x87
    0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F, // 0x88–0x8F
    0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, // 0x90–0x97
    0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178, // 0x98–0x9F
};

// Text files hold tabs, line breaks and form feeds among the control characters, nothing else: a NUL
// or an escape byte means a spreadsheet (.xlsx, .ods), a UTF-16 file or some other binary was given.
bool isBinaryByte(uchar byte)
{
    return byte < 0x20 && byte != '\t' && byte != '\n' && byte != '\r' && byte != '\v' && byte != '\f';
}

bool isLineBreak(QChar c)
{
    return c == QLatin1Char('\n') || c == QLatin1Char('\r');
}

// Counts the candidate delimiters on the header line, outside quotes; ';' wins a tie (French
// spreadsheets use it because ',' is their decimal mark), then ','.
QChar detectDelimiter(const QString &text, qsizetype start)
{
    int semicolons = 0;
    int commas = 0;
    int tabs = 0;
    bool quoted = false;
    for (qsizetype i = start; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('"'))
            quoted = !quoted; // a doubled quote toggles twice, which is what it should do
        else if (quoted)
            continue;
        else if (isLineBreak(c))
            break;
        else if (c == QLatin1Char(';'))
            ++semicolons;
        else if (c == QLatin1Char(','))
            ++commas;
        else if (c == QLatin1Char('\t'))
            ++tabs;
    }
    if (semicolons >= commas && semicolons >= tabs)
        return QLatin1Char(';');
    if (commas >= tabs)
        return QLatin1Char(',');
    return QLatin1Char('\t');
}

// Steps over one line break (\r\n counts as one) at i.
qsizetype skipLineBreak(const QString &text, qsizetype i)
{
    if (text.at(i) == QLatin1Char('\r') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n'))
        return i + 2;
    return i + 1;
}

// The length of the valid UTF-8 sequence that starts at i (1 for ASCII), or 0 when the byte there starts
// none: a continuation byte without a lead, an overlong form, a UTF-16 surrogate, a code point beyond
// Unicode, or a sequence cut short by a byte that does not continue it (a line break among them) or by
// the end of the data.
int utf8SequenceLength(const uchar *bytes, qsizetype i, qsizetype size)
{
    const uchar lead = bytes[i];
    if (lead < 0x80)
        return 1;
    int continuation = 0;
    uint codePoint = 0;
    uint minimum = 0;
    if (lead >= 0xC2 && lead <= 0xDF) {
        continuation = 1;
        codePoint = lead & 0x1Fu;
        minimum = 0x80;
    } else if (lead >= 0xE0 && lead <= 0xEF) {
        continuation = 2;
        codePoint = lead & 0x0Fu;
        minimum = 0x800;
    } else if (lead >= 0xF0 && lead <= 0xF4) {
        continuation = 3;
        codePoint = lead & 0x07u;
        minimum = 0x10000;
    } else {
        return 0; // a continuation byte without a lead, an overlong 0xC0/0xC1, or 0xF5 and above
    }
    if (i + continuation >= size)
        return 0;
    for (int k = 1; k <= continuation; ++k) {
        const uchar next = bytes[i + k];
        if ((next & 0xC0u) != 0x80u)
            return 0;
        codePoint = (codePoint << 6) | (next & 0x3Fu);
    }
    if (codePoint < minimum || (codePoint >= 0xD800 && codePoint <= 0xDFFF) || codePoint > 0x10FFFF)
        return 0;
    return continuation + 1;
}

} // namespace

bool CsvReader::isValidUtf8(const char *data, qsizetype size)
{
    const auto *bytes = reinterpret_cast<const uchar *>(data);
    for (qsizetype i = 0; i < size;) {
        const int length = utf8SequenceLength(bytes, i, size);
        if (length == 0)
            return false;
        i += length;
    }
    return true;
}

CsvReader::Utf8Scan CsvReader::scanUtf8(const char *data, qsizetype size)
{
    const auto *bytes = reinterpret_cast<const uchar *>(data);
    Utf8Scan scan;
    int line = 1;
    int column = 1;
    qsizetype i = 0;
    // Up to the first invalid byte, follow lines and characters to locate it.
    while (i < size) {
        const int length = utf8SequenceLength(bytes, i, size);
        if (length == 0) {
            scan.firstInvalid = i;
            scan.invalidByte = bytes[i];
            scan.line = line;
            scan.column = column;
            ++i;
            break;
        }
        if (length > 1)
            scan.hasMultiByte = true;
        if (bytes[i] == '\n' || bytes[i] == '\r') {
            if (bytes[i] == '\r' && i + 1 < size && bytes[i + 1] == '\n')
                ++i; // \r\n is one line break
            ++line;
            column = 1;
        } else {
            ++column;
        }
        i += length;
    }
    // Past it, only whether the file holds UTF-8 elsewhere still matters; a byte that starts nothing
    // is stepped over alone, so that a valid sequence right after it is still seen.
    while (i < size && !scan.hasMultiByte) {
        const int length = utf8SequenceLength(bytes, i, size);
        scan.hasMultiByte = length > 1;
        i += qMax(length, 1);
    }
    return scan;
}

QString CsvReader::decodeWindows1252(const char *data, qsizetype size)
{
    QString text(size, Qt::Uninitialized);
    QChar *out = text.data();
    for (qsizetype i = 0; i < size; ++i) {
        const auto byte = uchar(data[i]);
        out[i] = (byte >= 0x80 && byte <= 0x9F) ? QChar(windows1252High[byte - 0x80]) : QChar(char16_t(byte));
    }
    return text;
}

QString CsvReader::decode(const QByteArray &bytes, QString *encodingName)
{
    const bool hasBom = bytes.startsWith(utf8Bom);
    const qsizetype offset = hasBom ? utf8BomSize : 0;
    const char *data = bytes.constData() + offset;
    const qsizetype size = bytes.size() - offset;
    if (isValidUtf8(data, size)) {
        if (encodingName)
            *encodingName = hasBom ? QStringLiteral("UTF-8 (BOM)") : QStringLiteral("UTF-8");
        return QString::fromUtf8(data, size);
    }
    if (encodingName)
        *encodingName = QStringLiteral("Windows-1252");
    return decodeWindows1252(data, size);
}

Result<CsvTable> CsvReader::parse(const QByteArray &bytes, const QString &fileName)
{
    return parse(bytes, fileName, nullptr);
}

Result<CsvTable> CsvReader::parse(const QByteArray &bytes, const QString &fileName, CsvProblem *problem)
{
    return parse(bytes, fileName, problem, CsvLimits());
}

Result<CsvTable> CsvReader::parse(const QByteArray &bytes, const QString &fileName, CsvProblem *problem,
                                  const CsvLimits &limits)
{
    const auto refuseAt = [&](int line, const QString &column, const QString &reason) {
        const CsvProblem found{fileName, line, column, reason};
        if (problem)
            *problem = found;
        return Result<CsvTable>::failure(found.toString());
    };
    const auto refuse = [&](int line, const QString &reason) {
        return refuseAt(line, QString(), reason);
    };

    if (bytes.isEmpty())
        return refuse(0, tr("the file is empty"));
    if (bytes.size() > limits.maxBytes)
        return refuse(0, CsvFile::tooLarge(bytes.size(), limits.maxBytes));
    for (const char byte : bytes) {
        if (isBinaryByte(uchar(byte)))
            return refuse(0, tr("not a text file"));
    }
    const bool hasBom = bytes.startsWith(utf8Bom);
    if (hasBom && bytes.size() == utf8BomSize)
        return refuse(0, tr("the file is empty: it holds only a byte order mark"));
    // A byte order mark says UTF-8, and so does any valid multi-byte sequence: then a byte that is not
    // UTF-8 is a stray one (a cell pasted from elsewhere), and neither reading would keep every letter.
    const qsizetype offset = hasBom ? utf8BomSize : 0;
    const Utf8Scan scan = scanUtf8(bytes.constData() + offset, bytes.size() - offset);
    if (scan.firstInvalid >= 0 && (hasBom || scan.hasMultiByte)) {
        const QString byte =
            QStringLiteral("0x") + QStringLiteral("%1").arg(uint(scan.invalidByte), 2, 16, QLatin1Char('0')).toUpper();
        const QString column = tr("column %1").arg(scan.column);
        if (hasBom)
            return refuseAt(scan.line, column,
                            tr("byte %1 is not UTF-8, while the file starts with a UTF-8 byte order mark: save it "
                               "again as UTF-8")
                                .arg(byte));
        return refuseAt(
            scan.line, column,
            tr("byte %1 is not UTF-8, while the file elsewhere is UTF-8: save it again as UTF-8").arg(byte));
    }

    CsvTable table;
    const QString text = decode(bytes, &table.encodingName);
    const qsizetype size = text.size();

    qsizetype i = 0;
    int line = 1;
    // Empty lines before the header carry nothing; the delimiter is read on the first line that has text.
    while (i < size && isLineBreak(text.at(i))) {
        i = skipLineBreak(text, i);
        ++line;
    }
    if (i == size)
        return refuse(0, tr("the file holds only blank lines"));
    const QChar delimiter = detectDelimiter(text, i);
    table.delimiter = delimiter;

    while (i < size) {
        if (isLineBreak(text.at(i))) { // an empty line is no record
            i = skipLineBreak(text, i);
            ++line;
            continue;
        }
        CsvRecord record;
        record.line = line;
        for (;;) {
            QString field;
            if (i < size && text.at(i) == QLatin1Char('"')) {
                const int quoteLine = line;
                ++i;
                for (;;) {
                    if (i >= size)
                        return refuse(quoteLine, tr("a quoted field opened here is never closed"));
                    const QChar c = text.at(i);
                    if (c == QLatin1Char('"')) {
                        if (i + 1 < size && text.at(i + 1) == QLatin1Char('"')) {
                            field.append(c);
                            i += 2;
                            continue;
                        }
                        ++i;
                        break;
                    }
                    if (isLineBreak(c)) {
                        // Whatever the file's convention, a line break inside a value is "\n" for us.
                        field.append(QLatin1Char('\n'));
                        i = skipLineBreak(text, i);
                        ++line;
                        continue;
                    }
                    // Copy the run up to the next quote or line break at once.
                    qsizetype end = i + 1;
                    while (end < size && text.at(end) != QLatin1Char('"') && !isLineBreak(text.at(end)))
                        ++end;
                    field.append(QStringView(text).mid(i, end - i));
                    i = end;
                }
                // Spaces after the closing quote are harmless; anything else means the quoting is broken.
                while (i < size && text.at(i) == QLatin1Char(' '))
                    ++i;
                if (i < size && text.at(i) != delimiter && !isLineBreak(text.at(i)))
                    return refuse(line, tr("unexpected text after the closing quote of a field: a field that contains "
                                           "quotes must be quoted as a whole, with its quotes doubled"));
            } else {
                qsizetype end = i;
                while (end < size && text.at(end) != delimiter && !isLineBreak(text.at(end)))
                    ++end;
                field = text.mid(i, end - i);
                i = end;
            }
            record.fields.append(field);
            if (i < size && text.at(i) == delimiter) {
                ++i;
                continue;
            }
            break;
        }
        // Stop at the first record over the limit: nothing past it is read.
        if (table.records.size() == limits.maxRecords)
            return refuse(
                record.line,
                tr("the file holds more than %1 rows, the limit: split it into smaller files").arg(limits.maxRecords));
        table.records.append(record);
        if (i < size) { // at a line break
            i = skipLineBreak(text, i);
            ++line;
        }
    }
    return Result<CsvTable>::success(table);
}

Result<CsvTable> CsvReader::readFile(const QString &path)
{
    return readFile(path, nullptr);
}

Result<CsvTable> CsvReader::readFile(const QString &path, CsvProblem *problem)
{
    return readFile(path, problem, CsvLimits());
}

Result<CsvTable> CsvReader::readFile(const QString &path, CsvProblem *problem, const CsvLimits &limits)
{
    const Result<QByteArray> bytes = CsvFile::read(path, limits.maxBytes);
    if (!bytes) {
        const CsvProblem found{path, 0, QString(), bytes.error()};
        if (problem)
            *problem = found;
        return Result<CsvTable>::failure(found.toString());
    }
    return parse(bytes.value(), path, problem, limits);
}
