#include "OdsSheetReader.h"

#include "CsvProblem.h"
#include "SpreadsheetNumber.h"
#include "SpreadsheetReader.h"
#include "SpreadsheetTableBuilder.h"
#include "SpreadsheetZip.h"

#include <QXmlStreamReader>

namespace {

const QLatin1String tableNs("urn:oasis:names:tc:opendocument:xmlns:table:1.0");
const QLatin1String officeNs("urn:oasis:names:tc:opendocument:xmlns:office:1.0");
const QLatin1String textNs("urn:oasis:names:tc:opendocument:xmlns:text:1.0");

bool isTable(const QXmlStreamReader &xml, QLatin1String name)
{
    return xml.name() == name && xml.namespaceUri() == tableNs;
}

int repeatCount(const QXmlStreamReader &xml, QLatin1String attribute)
{
    bool ok = false;
    const int count = xml.attributes().value(tableNs, attribute).toInt(&ok);
    return ok && count > 0 ? count : 1;
}

// The text of a <text:p> or one of its spans, as the cell shows it.
void appendParagraphText(QXmlStreamReader &xml, QString *text)
{
    int depth = 1;
    while (depth > 0 && !xml.atEnd()) {
        switch (xml.readNext()) {
        case QXmlStreamReader::Characters:
            text->append(xml.text());
            break;
        case QXmlStreamReader::StartElement:
            if (xml.namespaceUri() == textNs && xml.name() == QLatin1String("s")) {
                bool ok = false;
                const int count = xml.attributes().value(textNs, QLatin1String("c")).toInt(&ok);
                text->append(QString(ok && count > 0 ? qMin(count, 1000) : 1, QLatin1Char(' ')));
                xml.skipCurrentElement();
            } else if (xml.namespaceUri() == textNs && xml.name() == QLatin1String("tab")) {
                text->append(QLatin1Char('\t'));
                xml.skipCurrentElement();
            } else if (xml.namespaceUri() == textNs && xml.name() == QLatin1String("line-break")) {
                text->append(QLatin1Char('\n'));
                xml.skipCurrentElement();
            } else if (xml.namespaceUri() == officeNs && xml.name() == QLatin1String("annotation")) {
                xml.skipCurrentElement(); // a comment on the cell is not its value
            } else {
                ++depth;
            }
            break;
        case QXmlStreamReader::EndElement:
            --depth;
            break;
        default:
            break;
        }
    }
}

// A cell's value as text, read up to the cell's end tag.
QString readCell(QXmlStreamReader &xml)
{
    const QXmlStreamAttributes attributes = xml.attributes();
    QStringView type = attributes.value(officeNs, QLatin1String("value-type"));
    QString value;
    if (type == QLatin1String("float") || type == QLatin1String("currency") || type == QLatin1String("percentage")) {
        const QStringView stored = attributes.value(officeNs, QLatin1String("value"));
        value = SpreadsheetNumber::toText(stored);
        if (value.isNull())
            value = stored.toString();
    } else if (type == QLatin1String("date")) {
        value = attributes.value(officeNs, QLatin1String("date-value")).toString();
        if (value.endsWith(QLatin1String("T00:00:00")))
            value.chop(9);
    } else if (type == QLatin1String("boolean")) {
        value = attributes.value(officeNs, QLatin1String("boolean-value")) == QLatin1String("true")
                    ? QStringLiteral("TRUE")
                    : QStringLiteral("FALSE");
    } else if (attributes.hasAttribute(officeNs, QLatin1String("string-value"))) {
        value = attributes.value(officeNs, QLatin1String("string-value")).toString();
    }
    // Text (and a time, shown as typed) is in the paragraphs; typed values were taken above.
    const bool typed = !value.isNull();
    QString paragraphs;
    bool first = true;
    while (!xml.atEnd()) {
        const QXmlStreamReader::TokenType token = xml.readNext();
        if (token == QXmlStreamReader::EndElement)
            break;
        if (token != QXmlStreamReader::StartElement)
            continue;
        if (!typed && xml.namespaceUri() == textNs && xml.name() == QLatin1String("p")) {
            if (!first)
                paragraphs.append(QLatin1Char('\n'));
            first = false;
            appendParagraphText(xml, &paragraphs);
        } else {
            xml.skipCurrentElement();
        }
    }
    return typed ? value : paragraphs;
}

} // namespace

Result<CsvTable> OdsSheetReader::read(SpreadsheetZip &zip, const QString &sheetName, const SpreadsheetLimits &limits)
{
    const QString member = QStringLiteral("content.xml");
    if (!zip.contains(member))
        return Result<CsvTable>::failure(tr("the file is not an ODS spreadsheet: it has no \"content.xml\""));
    const Result<QByteArray> bytes = zip.read(member);
    if (!bytes)
        return Result<CsvTable>::failure(bytes.error());

    // One pass: every sheet's name is listed, the wanted sheet's rows are read, the others skipped.
    QStringList sheetNames;
    qsizetype wanted = -1;
    SpreadsheetTableBuilder builder;
    QXmlStreamReader xml(bytes.value());
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement || !isTable(xml, QLatin1String("table")))
            continue;
        sheetNames.append(xml.attributes().value(tableNs, QLatin1String("name")).toString());
        const bool reading = wanted < 0 && (sheetName.isEmpty() || sheetNames.constLast() == sheetName);
        if (!reading) {
            xml.skipCurrentElement();
            continue;
        }
        wanted = sheetNames.size() - 1;
        qint64 rowNumber = 1;
        // Rows may sit inside header-rows, row-groups and rows elements: walk down to the table's end.
        while (!xml.atEnd()) {
            const QXmlStreamReader::TokenType token = xml.readNext();
            if (token == QXmlStreamReader::EndElement && isTable(xml, QLatin1String("table")))
                break;
            if (token != QXmlStreamReader::StartElement)
                continue;
            if (!isTable(xml, QLatin1String("table-row"))) {
                if (isTable(xml, QLatin1String("table-column")) || xml.namespaceUri() != tableNs)
                    xml.skipCurrentElement();
                continue;
            }
            const int rowsRepeated = repeatCount(xml, QLatin1String("number-rows-repeated"));
            builder.startRow(int(qMin<qint64>(rowNumber, limits.maxRows)));
            qint64 column = 0;
            while (!xml.atEnd()) {
                const QXmlStreamReader::TokenType inner = xml.readNext();
                if (inner == QXmlStreamReader::EndElement && isTable(xml, QLatin1String("table-row")))
                    break;
                if (inner != QXmlStreamReader::StartElement)
                    continue;
                if (!isTable(xml, QLatin1String("table-cell")) && !isTable(xml, QLatin1String("covered-table-cell"))) {
                    xml.skipCurrentElement();
                    continue;
                }
                const int columnsRepeated = repeatCount(xml, QLatin1String("number-columns-repeated"));
                const QString text = readCell(xml);
                if (!text.trimmed().isEmpty()) {
                    if (column + columnsRepeated > limits.maxColumns)
                        return Result<CsvTable>::failure(
                            tr("the sheet has text past the last column a spreadsheet has (%1)")
                                .arg(CsvProblem::columnLetters(limits.maxColumns - 1)));
                    for (int copy = 0; copy < columnsRepeated; ++copy)
                        builder.addCell(int(column + copy), text);
                }
                column += columnsRepeated;
            }
            if (builder.rowHasText() && (rowNumber + rowsRepeated - 1 > limits.maxRows ||
                                         builder.recordCount() + rowsRepeated > limits.maxRows))
                return Result<CsvTable>::failure(
                    tr("the sheet has text past the last row a spreadsheet has (%1)").arg(limits.maxRows));
            builder.endRow(rowsRepeated);
            rowNumber += rowsRepeated;
        }
    }
    if (xml.hasError())
        return Result<CsvTable>::failure(tr("the file is damaged: its part \"%1\" cannot be read as XML").arg(member));
    if (sheetNames.isEmpty())
        return Result<CsvTable>::failure(tr("the spreadsheet has no sheet"));
    if (wanted < 0)
        return Result<CsvTable>::failure(SpreadsheetReader::noSuchSheet(sheetName, sheetNames));
    CsvTable table = builder.take();
    table.sheetName = sheetNames.at(wanted);
    table.sheetNames = sheetNames;
    return Result<CsvTable>::success(table);
}
