#include "XlsxSheetXml.h"

#include "LaureateList.h"
#include "domain/Score.h"

#include <QXmlStreamWriter>

#include <algorithm>

namespace {

const QString mainNamespace = QStringLiteral("http://schemas.openxmlformats.org/spreadsheetml/2006/main");

// The widest a column is made: a long description or reason runs past it rather than pushing every
// other column off the screen.
constexpr double widestColumn = 60.0;

int kindOffset(const WorkbookCell &cell)
{
    switch (cell.kind) {
    case WorkbookCell::Kind::Empty:
    case WorkbookCell::Kind::Text:
        return 0;
    case WorkbookCell::Kind::Integer:
        return 1;
    case WorkbookCell::Kind::Amount:
        // Whole euros without decimals, "300 000 €"; cents shown only where an amount has some.
        return cell.amount.cents() % 100 == 0 ? 2 : 3;
    case WorkbookCell::Kind::Decimal:
        return 4;
    case WorkbookCell::Kind::Percent:
        return 5;
    }
    return 0;
}

qsizetype longestLine(const QString &text)
{
    qsizetype longest = 0;
    for (const QStringView line : QStringView(text).split(QLatin1Char('\n')))
        longest = std::max(longest, line.size());
    return longest;
}

void writeCell(QXmlStreamWriter &xml, qsizetype row, qsizetype column, const WorkbookCell &cell, bool bold,
               XlsxSheetXml::SharedStrings &strings)
{
    if (cell.kind == WorkbookCell::Kind::Empty)
        return;
    xml.writeStartElement(QStringLiteral("c"));
    xml.writeAttribute(QStringLiteral("r"), XlsxSheetXml::cellReference(row, column));
    const int style = (bold ? XlsxSheetXml::FirstBold : XlsxSheetXml::FirstPlain) + kindOffset(cell);
    xml.writeAttribute(QStringLiteral("s"), QString::number(style));
    if (cell.kind == WorkbookCell::Kind::Text) {
        // A shared string: text, whatever it starts with ("=1+1" is never a formula).
        xml.writeAttribute(QStringLiteral("t"), QStringLiteral("s"));
        xml.writeTextElement(QStringLiteral("v"), QString::number(strings.add(cell.text)));
    } else {
        xml.writeTextElement(QStringLiteral("v"), XlsxSheetXml::numberText(cell));
    }
    xml.writeEndElement();
}

} // namespace

int XlsxSheetXml::SharedStrings::add(const QString &text)
{
    const auto found = index.constFind(text);
    if (found != index.constEnd())
        return found.value();
    const int added = int(strings.size());
    strings.append(text);
    index.insert(text, added);
    return added;
}

QString XlsxSheetXml::columnName(qsizetype column)
{
    QString name;
    for (qsizetype rest = column + 1; rest > 0; rest = (rest - 1) / 26)
        name.prepend(QChar(u'A' + char16_t((rest - 1) % 26)));
    return name;
}

QString XlsxSheetXml::cellReference(qsizetype row, qsizetype column)
{
    return columnName(column) + QString::number(row + 1);
}

QString XlsxSheetXml::tableRange(const WorkbookSheet &sheet)
{
    const qsizetype lastColumn = std::max<qsizetype>(0, sheet.headers.size() - 1);
    return cellReference(0, 0) + QLatin1Char(':') + cellReference(sheet.rows.size(), lastColumn);
}

QString XlsxSheetXml::numberText(const WorkbookCell &cell)
{
    switch (cell.kind) {
    case WorkbookCell::Kind::Integer:
        return QString::number(cell.integer);
    case WorkbookCell::Kind::Amount:
        return cell.amount.toPlainString();
    case WorkbookCell::Kind::Decimal:
    case WorkbookCell::Kind::Percent:
        // A score or a share is a fraction; a spreadsheet holds a double, shown to the 15 digits it keeps.
        // The sheet only displays and sorts it: the ranking's order and ex aequo come from the exact value.
        return cell.denominator == 0 ? QStringLiteral("0")
                                     : QString::number(double(cell.numerator) / double(cell.denominator), 'g', 15);
    case WorkbookCell::Kind::Empty:
    case WorkbookCell::Kind::Text:
        break;
    }
    return QString();
}

QString XlsxSheetXml::xmlSafe(const QString &text)
{
    QString safe;
    safe.reserve(text.size());
    for (const QChar character : text) {
        const char16_t code = character.unicode();
        const bool allowed = code >= 0x20 || code == u'\t' || code == u'\n' || code == u'\r';
        if (allowed && code != 0xFFFE && code != 0xFFFF)
            safe.append(character);
        else
            safe.append(QStringLiteral("_x%1_").arg(
                QString::number(int(code), 16).toUpper().rightJustified(4, QLatin1Char('0'))));
    }
    return safe;
}

QString XlsxSheetXml::shownText(const WorkbookCell &cell)
{
    switch (cell.kind) {
    case WorkbookCell::Kind::Empty:
        return QString();
    case WorkbookCell::Kind::Text:
        return cell.text;
    case WorkbookCell::Kind::Integer:
        return QString::number(cell.integer);
    case WorkbookCell::Kind::Amount:
        return cell.amount.toString();
    case WorkbookCell::Kind::Decimal:
        return cell.denominator == 0 ? QString() : Score(cell.numerator, cell.denominator).toDisplayString();
    case WorkbookCell::Kind::Percent:
        // A share of an amount: tenths of a percent, as the laureate list prints them.
        if (cell.denominator <= 0)
            return QString();
        return LaureateList::shareText(Money::fromCents(cell.numerator), Money::fromCents(cell.denominator));
    }
    return QString();
}

double XlsxSheetXml::columnWidth(qsizetype widestValue, qsizetype headerLength)
{
    // A character of the default font is one unit; bold is about a tenth wider, and the filter's button
    // takes about three units at the header's right. Values get three units of margin, so that a
    // right-aligned amount stays apart from the next column's left-aligned text.
    const double header = double(headerLength) * 1.1 + 3.0;
    const double value = double(widestValue) + 3.0;
    return std::min(widestColumn, std::max(header, value));
}

QByteArray XlsxSheetXml::write(const WorkbookSheet &sheet, bool selected, SharedStrings &strings)
{
    // The widest text of each column, header apart. Digits are wider than the average letter a column's
    // unit stands for: a number counts a fifth more, so that "1 200 000 €" never touches the next column.
    QList<qsizetype> widest(sheet.headers.size(), 0);
    const auto measure = [&widest](const QList<QList<WorkbookCell>> &rows) {
        for (const QList<WorkbookCell> &cells : rows) {
            for (qsizetype column = 0; column < cells.size(); ++column) {
                if (column >= widest.size())
                    widest.resize(column + 1, 0);
                const WorkbookCell &cell = cells.at(column);
                qsizetype length = longestLine(shownText(cell));
                if (cell.kind != WorkbookCell::Kind::Text)
                    length = (length * 6 + 4) / 5;
                widest[column] = std::max(widest.at(column), length);
            }
        }
    };
    measure(sheet.rows);
    measure(sheet.totals);

    QByteArray bytes;
    QXmlStreamWriter xml(&bytes);
    xml.writeStartDocument(QStringLiteral("1.0"), true);
    xml.writeDefaultNamespace(mainNamespace);
    xml.writeStartElement(mainNamespace, QStringLiteral("worksheet"));
    // Printed, a sheet fits the width of a page (pageSetup below) rather than cutting its columns across pages.
    xml.writeStartElement(QStringLiteral("sheetPr"));
    xml.writeEmptyElement(QStringLiteral("pageSetUpPr"));
    xml.writeAttribute(QStringLiteral("fitToPage"), QStringLiteral("1"));
    xml.writeEndElement();
    const qsizetype lastRow = sheet.totals.isEmpty() ? sheet.rows.size() : sheet.rows.size() + 1 + sheet.totals.size();
    xml.writeEmptyElement(QStringLiteral("dimension"));
    xml.writeAttribute(QStringLiteral("ref"),
                       QStringLiteral("A1:") + cellReference(lastRow, std::max<qsizetype>(0, widest.size() - 1)));

    // The header row stays in view while the table scrolls.
    xml.writeStartElement(QStringLiteral("sheetViews"));
    xml.writeStartElement(QStringLiteral("sheetView"));
    if (selected)
        xml.writeAttribute(QStringLiteral("tabSelected"), QStringLiteral("1"));
    xml.writeAttribute(QStringLiteral("workbookViewId"), QStringLiteral("0"));
    xml.writeEmptyElement(QStringLiteral("pane"));
    xml.writeAttribute(QStringLiteral("ySplit"), QStringLiteral("1"));
    xml.writeAttribute(QStringLiteral("topLeftCell"), QStringLiteral("A2"));
    xml.writeAttribute(QStringLiteral("activePane"), QStringLiteral("bottomLeft"));
    xml.writeAttribute(QStringLiteral("state"), QStringLiteral("frozen"));
    xml.writeEmptyElement(QStringLiteral("selection"));
    xml.writeAttribute(QStringLiteral("pane"), QStringLiteral("bottomLeft"));
    xml.writeAttribute(QStringLiteral("activeCell"), QStringLiteral("A2"));
    xml.writeAttribute(QStringLiteral("sqref"), QStringLiteral("A2"));
    xml.writeEndElement();
    xml.writeEndElement();

    xml.writeEmptyElement(QStringLiteral("sheetFormatPr"));
    xml.writeAttribute(QStringLiteral("defaultRowHeight"), QStringLiteral("15"));
    if (!widest.isEmpty()) {
        xml.writeStartElement(QStringLiteral("cols"));
        for (qsizetype column = 0; column < widest.size(); ++column) {
            const qsizetype header = column < sheet.headers.size() ? sheet.headers.at(column).size() : 0;
            xml.writeEmptyElement(QStringLiteral("col"));
            xml.writeAttribute(QStringLiteral("min"), QString::number(column + 1));
            xml.writeAttribute(QStringLiteral("max"), QString::number(column + 1));
            xml.writeAttribute(QStringLiteral("width"),
                               QString::number(columnWidth(widest.at(column), header), 'f', 2));
            xml.writeAttribute(QStringLiteral("customWidth"), QStringLiteral("1"));
        }
        xml.writeEndElement();
    }

    xml.writeStartElement(QStringLiteral("sheetData"));
    xml.writeStartElement(QStringLiteral("row"));
    xml.writeAttribute(QStringLiteral("r"), QStringLiteral("1"));
    for (qsizetype column = 0; column < sheet.headers.size(); ++column) {
        xml.writeStartElement(QStringLiteral("c"));
        xml.writeAttribute(QStringLiteral("r"), cellReference(0, column));
        xml.writeAttribute(QStringLiteral("s"), QString::number(Header));
        xml.writeAttribute(QStringLiteral("t"), QStringLiteral("s"));
        xml.writeTextElement(QStringLiteral("v"), QString::number(strings.add(sheet.headers.at(column))));
        xml.writeEndElement();
    }
    xml.writeEndElement();
    const auto writeRows = [&xml, &strings](const QList<QList<WorkbookCell>> &rows, qsizetype firstRow, bool bold) {
        for (qsizetype index = 0; index < rows.size(); ++index) {
            xml.writeStartElement(QStringLiteral("row"));
            xml.writeAttribute(QStringLiteral("r"), QString::number(firstRow + index + 1));
            const QList<WorkbookCell> &cells = rows.at(index);
            for (qsizetype column = 0; column < cells.size(); ++column)
                writeCell(xml, firstRow + index, column, cells.at(column), bold, strings);
            xml.writeEndElement();
        }
    };
    writeRows(sheet.rows, 1, false);
    // The totals after an empty row, outside the filtered table, bold.
    writeRows(sheet.totals, sheet.rows.size() + 2, true);
    xml.writeEndElement();

    if (!sheet.headers.isEmpty()) {
        xml.writeEmptyElement(QStringLiteral("autoFilter"));
        xml.writeAttribute(QStringLiteral("ref"), tableRange(sheet));
    }
    xml.writeEmptyElement(QStringLiteral("pageMargins"));
    for (const auto &[name, value] :
         {std::pair{"left", "0.7"}, std::pair{"right", "0.7"}, std::pair{"top", "0.75"}, std::pair{"bottom", "0.75"},
          std::pair{"header", "0.3"}, std::pair{"footer", "0.3"}})
        xml.writeAttribute(QLatin1String(name), QLatin1String(value));
    // A4 landscape, one page wide and as many pages down as the rows need.
    xml.writeEmptyElement(QStringLiteral("pageSetup"));
    xml.writeAttribute(QStringLiteral("paperSize"), QStringLiteral("9"));
    xml.writeAttribute(QStringLiteral("orientation"), QStringLiteral("landscape"));
    xml.writeAttribute(QStringLiteral("fitToWidth"), QStringLiteral("1"));
    xml.writeAttribute(QStringLiteral("fitToHeight"), QStringLiteral("0"));
    xml.writeEndElement();
    xml.writeEndDocument();
    return bytes;
}
