#include "XlsxSheetData.h"

#include "CsvProblem.h"
#include "XlsxSheetReader.h"
#include "XlsxXml.h"

#include <QByteArrayView>
#include <QThread>
#include <QXmlStreamReader>

#include <algorithm>
#include <memory>
#include <vector>

namespace {

// "D7" -> 3; -1 when the reference has no letters.
int columnOfReference(QStringView reference)
{
    int column = 0;
    qsizetype at = 0;
    for (; at < reference.size(); ++at) {
        // ASCII only, as references are: the Unicode tables cost a third of a 10 000-row sheet's reading.
        const char16_t c = reference.at(at).unicode();
        if (c >= u'a' && c <= u'z')
            column = column * 26 + (c - u'a' + 1);
        else if (c >= u'A' && c <= u'Z')
            column = column * 26 + (c - u'A' + 1);
        else
            break;
        if (column > 1 << 20)
            return -1;
    }
    return at == 0 ? -1 : column - 1;
}

XlsxSheetData::Type typeOf(QStringView type)
{
    using Type = XlsxSheetData::Type;
    if (type == QLatin1String("s"))
        return Type::SharedString;
    if (type == QLatin1String("str"))
        return Type::FormulaString;
    if (type == QLatin1String("inlineStr"))
        return Type::InlineString;
    if (type == QLatin1String("b"))
        return Type::Boolean;
    if (type == QLatin1String("e"))
        return Type::Error;
    if (type == QLatin1String("d"))
        return Type::Date;
    return Type::Number;
}

bool isNameCharacter(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '-' ||
           c == '.';
}

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

// Where a sheet's rows are, and where they may be cut.
struct Layout
{
    QByteArray prefix; // "x:" when the file writes <x:sheetData>
    QList<qsizetype> cuts;
};

// The encoding the XML declaration names is UTF-8 (or none, which means UTF-8): a piece read without the
// declaration is then read the same way.
bool isUtf8(QByteArrayView sheet)
{
    if (sheet.startsWith("\xFE\xFF") || sheet.startsWith("\xFF\xFE"))
        return false;
    if (!sheet.startsWith("<?xml"))
        return true;
    const qsizetype end = sheet.indexOf("?>");
    if (end < 0)
        return false;
    const QByteArrayView declaration = sheet.first(end);
    const qsizetype encoding = declaration.indexOf("encoding");
    if (encoding < 0)
        return true;
    const QByteArray rest = declaration.sliced(encoding + 8).toByteArray().toLower();
    return rest.contains("\"utf-8\"") || rest.contains("'utf-8'");
}

// A <row tag at position that gives its row number first (<row r="12" ...>): the piece it starts then
// numbers its rows as the whole sheet does.
bool startsNumberedRow(QByteArrayView sheet, qsizetype position, qsizetype tagLength)
{
    qsizetype at = position + tagLength;
    if (at >= sheet.size() || !isSpace(sheet.at(at)))
        return false;
    while (at < sheet.size() && isSpace(sheet.at(at)))
        ++at;
    if (!sheet.sliced(at).startsWith("r=") || at + 3 >= sheet.size())
        return false;
    const char quote = sheet.at(at + 2);
    if (quote != '"' && quote != '\'')
        return false;
    at += 3;
    const qsizetype digits = at;
    while (at < sheet.size() && sheet.at(at) >= '0' && sheet.at(at) <= '9')
        ++at;
    return at > digits && at < sheet.size() && sheet.at(at) == quote;
}

Layout layoutOf(QByteArrayView sheet, int pieces)
{
    Layout layout;
    if (pieces < 2 || sheet.size() < 2 * XlsxSheetData::minimumPieceBytes || !isUtf8(sheet) ||
        sheet.indexOf("<!DOCTYPE") >= 0)
        return layout;
    // The <sheetData> start tag, with the prefix the file gives it.
    qsizetype name = sheet.indexOf("sheetData");
    while (name >= 0) {
        qsizetype open = name;
        while (open > 0 && (isNameCharacter(sheet.at(open - 1)) || sheet.at(open - 1) == ':'))
            --open;
        if (open > 0 && sheet.at(open - 1) == '<') {
            layout.prefix = sheet.sliced(open, name - open).toByteArray();
            break;
        }
        name = sheet.indexOf("sheetData", name + 1);
    }
    if (name < 0)
        return layout;
    const qsizetype startTagEnd = sheet.indexOf('>', name);
    if (startTagEnd < 0 || sheet.at(startTagEnd - 1) == '/')
        return layout;
    const qsizetype bodyStart = startTagEnd + 1;
    const qsizetype bodyEnd = sheet.indexOf(QByteArray("</" + layout.prefix + "sheetData"), bodyStart);
    if (bodyEnd < 0)
        return layout;
    const QByteArrayView body = sheet.sliced(bodyStart, bodyEnd - bodyStart);
    // Comments, CDATA and processing instructions could hold "<row" that is no tag.
    if (body.indexOf("<!") >= 0 || body.indexOf("<?") >= 0)
        return layout;
    pieces = int(std::min<qsizetype>(pieces, body.size() / XlsxSheetData::minimumPieceBytes));
    const QByteArray rowTag = "<" + layout.prefix + "row";
    for (int piece = 1; piece < pieces; ++piece) {
        qsizetype at = sheet.indexOf(rowTag, bodyStart + body.size() * piece / pieces);
        while (at >= 0 && at < bodyEnd && !startsNumberedRow(sheet, at, rowTag.size()))
            at = sheet.indexOf(rowTag, at + 1);
        if (at < 0 || at >= bodyEnd)
            break;
        if (layout.cuts.isEmpty() || at > layout.cuts.constLast())
            layout.cuts.append(at);
    }
    return layout;
}

} // namespace

QList<qsizetype> XlsxSheetData::cutPoints(const QByteArray &sheet, int pieces)
{
    return layoutOf(sheet, pieces).cuts;
}

Result<QList<XlsxSheetData::Row>> XlsxSheetData::read(const QByteArray &sheet, const QString &member,
                                                      const SpreadsheetLimits &limits, int pieces)
{
    if (pieces <= 0)
        pieces = std::clamp(QThread::idealThreadCount(), 1, 8);
    const Layout layout = layoutOf(sheet, pieces);
    if (layout.cuts.isEmpty())
        return readPiece(sheet, member, limits);

    // Each piece a document of its own: the first is the sheet up to the first cut, closed; the others are
    // their rows inside a <sheetData> of the same name; the last runs to the end of the sheet.
    const QByteArray open = "<" + layout.prefix + "sheetData>";
    const QByteArray close = "</" + layout.prefix + "sheetData>";
    QList<QByteArray> xml;
    xml.append(sheet.left(layout.cuts.constFirst()) + close);
    for (qsizetype cut = 0; cut < layout.cuts.size(); ++cut) {
        const qsizetype from = layout.cuts.at(cut);
        if (cut + 1 < layout.cuts.size())
            xml.append(open + sheet.mid(from, layout.cuts.at(cut + 1) - from) + close);
        else
            xml.append(open + sheet.mid(from));
    }
    QList<Result<QList<Row>>> results(xml.size(), Result<QList<Row>>::success({}));
    std::vector<std::unique_ptr<QThread>> threads;
    for (qsizetype piece = 1; piece < xml.size(); ++piece) {
        threads.emplace_back(
            QThread::create([&, piece] { results[piece] = readPiece(xml.at(piece), member, limits); }));
        threads.back()->start();
    }
    results[0] = readPiece(xml.at(0), member, limits);
    for (const std::unique_ptr<QThread> &thread : threads)
        thread->wait();

    QList<Row> rows;
    for (Result<QList<Row>> &result : results) {
        if (!result)
            return result;
        rows.append(std::move(result.value()));
    }
    return Result<QList<Row>>::success(rows);
}

Result<QList<XlsxSheetData::Row>> XlsxSheetData::readPiece(const QByteArray &bytes, const QString &member,
                                                           const SpreadsheetLimits &limits)
{
    using Rows = QList<Row>;
    Rows rows;
    QXmlStreamReader xml(bytes);
    // Namespaces are not resolved in the big parts (a third of the reading time): elements are told by
    // their local name, whichever prefix the file gives them.
    xml.setNamespaceProcessing(false);
    int rowNumber = 0;
    int column = -1;
    Row *row = nullptr;
    while (!xml.atEnd()) {
        const QXmlStreamReader::TokenType token = xml.readNext();
        if (token == QXmlStreamReader::EndElement && XlsxXml::localName(xml) == QLatin1String("sheetData"))
            return Result<Rows>::success(rows); // what follows (merged cells, page setup) says nothing of the values
        if (token == QXmlStreamReader::EndElement && XlsxXml::localName(xml) == QLatin1String("row")) {
            row = nullptr;
            continue;
        }
        if (token != QXmlStreamReader::StartElement)
            continue;
        const QStringView name = XlsxXml::localName(xml);
        if (name == QLatin1String("row")) {
            bool ok = false;
            const int given = xml.attributes().value(QLatin1String("r")).toInt(&ok);
            rowNumber = ok ? given : rowNumber + 1;
            if (rowNumber < 1 || rowNumber > limits.maxRows)
                return Result<Rows>::failure(
                    XlsxSheetReader::tr("the sheet has a row %1, past the last row a spreadsheet has (%2)")
                        .arg(rowNumber)
                        .arg(limits.maxRows));
            rows.append(Row{rowNumber, {}});
            row = &rows.last();
            column = -1;
            continue;
        }
        if (name != QLatin1String("c") || !row)
            continue;
        const QXmlStreamAttributes attributes = xml.attributes();
        const int given = columnOfReference(attributes.value(QLatin1String("r")));
        column = given >= 0 ? given : column + 1;
        if (column >= limits.maxColumns)
            return Result<Rows>::failure(
                XlsxSheetReader::tr("the sheet has a column past the last one a spreadsheet has (%1)")
                    .arg(CsvProblem::columnLetters(limits.maxColumns - 1)));
        Cell cell;
        cell.column = column;
        cell.type = typeOf(attributes.value(QLatin1String("t")));
        cell.style = attributes.value(QLatin1String("s")).toInt();
        while (!xml.atEnd()) {
            const QXmlStreamReader::TokenType inner = xml.readNext();
            if (inner == QXmlStreamReader::EndElement && XlsxXml::localName(xml) == QLatin1String("c"))
                break;
            if (inner != QXmlStreamReader::StartElement)
                continue;
            if (XlsxXml::localName(xml) == QLatin1String("v")) {
                // The value's text directly: readElementText() costs more than the value on a large sheet.
                while (!xml.atEnd() && xml.readNext() == QXmlStreamReader::Characters)
                    cell.value += xml.text();
                if (!xml.isEndElement())
                    return Result<Rows>::failure(XlsxXml::unreadable(member));
            } else if (XlsxXml::localName(xml) == QLatin1String("is")) {
                cell.inlineText = XlsxXml::richText(xml);
                cell.isInline = true;
            } else {
                xml.skipCurrentElement(); // a formula: its saved value is in <v>
            }
        }
        row->cells.append(cell);
    }
    if (xml.hasError())
        return Result<Rows>::failure(XlsxXml::unreadable(member));
    return Result<Rows>::success(rows);
}
