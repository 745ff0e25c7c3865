#include "XlsxSheetReader.h"

#include "SpreadsheetNumber.h"
#include "SpreadsheetReader.h"
#include "SpreadsheetTableBuilder.h"
#include "SpreadsheetZip.h"
#include "XlsxStyles.h"

#include <QHash>
#include <QList>
#include <QXmlStreamReader>

namespace {

QString unreadable(const QString &member)
{
    return XlsxSheetReader::tr("the file is damaged: its part \"%1\" cannot be read as XML").arg(member);
}

// A relationship's target, relative to the folder of the part that names it, as a member name.
QString resolve(const QString &folder, const QString &target)
{
    const QString path = target.startsWith(QLatin1Char('/')) ? target : folder + QLatin1Char('/') + target;
    QStringList parts;
    for (const QString &part : path.split(QLatin1Char('/'), Qt::SkipEmptyParts)) {
        if (part == QLatin1String(".."))
            parts.isEmpty() ? void() : parts.removeLast();
        else if (part != QLatin1String("."))
            parts.append(part);
    }
    return parts.join(QLatin1Char('/'));
}

QString folderOf(const QString &member)
{
    const qsizetype slash = member.lastIndexOf(QLatin1Char('/'));
    return slash < 0 ? QString() : member.left(slash);
}

// A relationships part (Id -> target member), with the type of each, from folder/_rels/name.rels.
struct Relationships
{
    QHash<QString, QString> targetOf;
    QHash<QString, QString> typeOf;
};

Result<Relationships> readRelationships(SpreadsheetZip &zip, const QString &part)
{
    const QString relsMember = (folderOf(part).isEmpty() ? QString() : folderOf(part) + QLatin1Char('/')) +
                               QLatin1String("_rels/") + part.mid(part.lastIndexOf(QLatin1Char('/')) + 1) +
                               QLatin1String(".rels");
    Relationships relationships;
    if (!zip.contains(relsMember))
        return Result<Relationships>::success(relationships);
    const Result<QByteArray> bytes = zip.read(relsMember);
    if (!bytes)
        return Result<Relationships>::failure(bytes.error());
    QXmlStreamReader xml(bytes.value());
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement || xml.name() != QLatin1String("Relationship"))
            continue;
        const QString id = xml.attributes().value(QLatin1String("Id")).toString();
        relationships.targetOf.insert(
            id, resolve(folderOf(part), xml.attributes().value(QLatin1String("Target")).toString()));
        relationships.typeOf.insert(id, xml.attributes().value(QLatin1String("Type")).toString());
    }
    if (xml.hasError())
        return Result<Relationships>::failure(unreadable(relsMember));
    return Result<Relationships>::success(relationships);
}

// The r:id of a <sheet>, whichever prefix the file binds the relationships namespace to.
QString relationshipId(const QXmlStreamAttributes &attributes)
{
    for (const QXmlStreamAttribute &attribute : attributes) {
        if (attribute.name() == QLatin1String("id") &&
            attribute.namespaceUri().contains(QLatin1String("relationships")))
            return attribute.value().toString();
    }
    return QString();
}

struct Workbook
{
    QStringList sheetNames;
    QStringList sheetMembers;
    QString sharedStringsMember;
    QString stylesMember;
    bool date1904 = false;
};

Result<Workbook> readWorkbook(SpreadsheetZip &zip)
{
    // The package's own relationships say where the workbook is; xl/workbook.xml when they do not.
    QString workbookMember = QStringLiteral("xl/workbook.xml");
    const Result<Relationships> package = readRelationships(zip, QStringLiteral(".rels"));
    if (!package)
        return Result<Workbook>::failure(package.error());
    for (auto it = package.value().typeOf.cbegin(); it != package.value().typeOf.cend(); ++it) {
        if (it.value().endsWith(QLatin1String("/officeDocument")))
            workbookMember = package.value().targetOf.value(it.key());
    }
    if (!zip.contains(workbookMember))
        return Result<Workbook>::failure(
            XlsxSheetReader::tr("the file is not an XLSX workbook: it has no \"%1\"").arg(workbookMember));
    const Result<Relationships> relationships = readRelationships(zip, workbookMember);
    if (!relationships)
        return Result<Workbook>::failure(relationships.error());
    Workbook workbook;
    for (auto it = relationships.value().typeOf.cbegin(); it != relationships.value().typeOf.cend(); ++it) {
        if (it.value().endsWith(QLatin1String("/sharedStrings")))
            workbook.sharedStringsMember = relationships.value().targetOf.value(it.key());
        else if (it.value().endsWith(QLatin1String("/styles")))
            workbook.stylesMember = relationships.value().targetOf.value(it.key());
    }

    const Result<QByteArray> bytes = zip.read(workbookMember);
    if (!bytes)
        return Result<Workbook>::failure(bytes.error());
    QXmlStreamReader xml(bytes.value());
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == QLatin1String("workbookPr")) {
            const auto value = xml.attributes().value(QLatin1String("date1904"));
            workbook.date1904 = value == QLatin1String("1") || value == QLatin1String("true");
        } else if (xml.name() == QLatin1String("sheet")) {
            workbook.sheetNames.append(xml.attributes().value(QLatin1String("name")).toString());
            workbook.sheetMembers.append(relationships.value().targetOf.value(relationshipId(xml.attributes())));
        }
    }
    if (xml.hasError())
        return Result<Workbook>::failure(unreadable(workbookMember));
    return Result<Workbook>::success(workbook);
}

// An element's name without its prefix, for the parts read without namespace processing.
QStringView localName(const QXmlStreamReader &xml)
{
    const QStringView name = xml.qualifiedName();
    const qsizetype colon = name.indexOf(QLatin1Char(':'));
    return colon < 0 ? name : name.mid(colon + 1);
}

// The text of an <si> or <is>: its <t>, or its runs' <t> in order; phonetic guides (<rPh>) are not text.
QString readRichText(QXmlStreamReader &xml)
{
    QString text;
    int depth = 1;
    while (depth > 0 && !xml.atEnd()) {
        switch (xml.readNext()) {
        case QXmlStreamReader::StartElement:
            if (localName(xml) == QLatin1String("t"))
                text += xml.readElementText(QXmlStreamReader::IncludeChildElements);
            else if (localName(xml) == QLatin1String("rPh"))
                xml.skipCurrentElement();
            else
                ++depth;
            break;
        case QXmlStreamReader::EndElement:
            --depth;
            break;
        default:
            break;
        }
    }
    return text;
}

Result<QStringList> readSharedStrings(SpreadsheetZip &zip, const QString &member)
{
    QStringList strings;
    if (member.isEmpty() || !zip.contains(member))
        return Result<QStringList>::success(strings);
    const Result<QByteArray> bytes = zip.read(member);
    if (!bytes)
        return Result<QStringList>::failure(bytes.error());
    QXmlStreamReader xml(bytes.value());
    // Namespaces are not resolved in the big parts (a third of the reading time): elements are told by
    // their local name, whichever prefix the file gives them.
    xml.setNamespaceProcessing(false);
    while (!xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::StartElement && localName(xml) == QLatin1String("si"))
            strings.append(readRichText(xml));
    }
    if (xml.hasError())
        return Result<QStringList>::failure(unreadable(member));
    return Result<QStringList>::success(strings);
}

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

} // namespace

Result<CsvTable> XlsxSheetReader::read(SpreadsheetZip &zip, const QString &sheetName, const SpreadsheetLimits &limits)
{
    const Result<Workbook> read = readWorkbook(zip);
    if (!read)
        return Result<CsvTable>::failure(read.error());
    const Workbook &workbook = read.value();
    if (workbook.sheetNames.isEmpty())
        return Result<CsvTable>::failure(tr("the workbook has no sheet"));
    const qsizetype sheet = sheetName.isEmpty() ? 0 : workbook.sheetNames.indexOf(sheetName);
    if (sheet < 0)
        return Result<CsvTable>::failure(SpreadsheetReader::noSuchSheet(sheetName, workbook.sheetNames));
    const QString member = workbook.sheetMembers.at(sheet);
    if (!zip.contains(member))
        return Result<CsvTable>::failure(
            tr("the file is damaged: the sheet \"%1\" has no part \"%2\"").arg(workbook.sheetNames.at(sheet), member));

    const Result<QStringList> shared = readSharedStrings(zip, workbook.sharedStringsMember);
    if (!shared)
        return Result<CsvTable>::failure(shared.error());
    const Result<XlsxStyles> styles = XlsxStyles::read(zip, workbook.stylesMember);
    if (!styles)
        return Result<CsvTable>::failure(styles.error());
    const Result<QByteArray> bytes = zip.read(member);
    if (!bytes)
        return Result<CsvTable>::failure(bytes.error());

    SpreadsheetTableBuilder builder;
    QXmlStreamReader xml(bytes.value());
    // Namespaces are not resolved in the big parts (a third of the reading time): elements are told by
    // their local name, whichever prefix the file gives them.
    xml.setNamespaceProcessing(false);
    int rowNumber = 0;
    int column = -1;
    while (!xml.atEnd()) {
        const QXmlStreamReader::TokenType token = xml.readNext();
        if (token == QXmlStreamReader::EndElement && localName(xml) == QLatin1String("sheetData"))
            break; // what follows (merged cells, page setup) says nothing of the values
        if (token == QXmlStreamReader::EndElement && localName(xml) == QLatin1String("row")) {
            builder.endRow();
            continue;
        }
        if (token != QXmlStreamReader::StartElement)
            continue;
        if (localName(xml) == QLatin1String("row")) {
            bool ok = false;
            const int given = xml.attributes().value(QLatin1String("r")).toInt(&ok);
            rowNumber = ok ? given : rowNumber + 1;
            if (rowNumber < 1 || rowNumber > limits.maxRows)
                return Result<CsvTable>::failure(tr("the sheet has a row %1, past the last row a spreadsheet has (%2)")
                                                     .arg(rowNumber)
                                                     .arg(limits.maxRows));
            builder.startRow(rowNumber);
            column = -1;
            continue;
        }
        if (localName(xml) != QLatin1String("c"))
            continue;
        const QXmlStreamAttributes attributes = xml.attributes();
        const int given = columnOfReference(attributes.value(QLatin1String("r")));
        column = given >= 0 ? given : column + 1;
        if (column >= limits.maxColumns)
            return Result<CsvTable>::failure(tr("the sheet has a column past the last one a spreadsheet has (%1)")
                                                 .arg(CsvProblem::columnLetters(limits.maxColumns - 1)));
        const QStringView type = attributes.value(QLatin1String("t"));
        const int style = attributes.value(QLatin1String("s")).toInt();
        QString value;
        QString inlineText;
        bool isInline = false;
        while (!xml.atEnd()) {
            const QXmlStreamReader::TokenType inner = xml.readNext();
            if (inner == QXmlStreamReader::EndElement && localName(xml) == QLatin1String("c"))
                break;
            if (inner != QXmlStreamReader::StartElement)
                continue;
            if (localName(xml) == QLatin1String("v")) {
                // The value's text directly: readElementText() costs more than the value on a large sheet.
                while (!xml.atEnd() && xml.readNext() == QXmlStreamReader::Characters)
                    value += xml.text();
                if (!xml.isEndElement())
                    return Result<CsvTable>::failure(unreadable(member));
            } else if (localName(xml) == QLatin1String("is")) {
                inlineText = readRichText(xml);
                isInline = true;
            } else {
                xml.skipCurrentElement(); // a formula: its saved value is in <v>
            }
        }
        QString text;
        if (type == QLatin1String("s")) {
            bool ok = false;
            const int index = value.toInt(&ok);
            if (!ok || index < 0 || index >= shared.value().size())
                return Result<CsvTable>::failure(
                    tr("the file is damaged: cell %1%2 names a shared string that is not there")
                        .arg(CsvProblem::columnLetters(column))
                        .arg(rowNumber));
            text = shared.value().at(index);
        } else if (type == QLatin1String("inlineStr") || isInline) {
            text = inlineText;
        } else if (type == QLatin1String("str") || type == QLatin1String("e")) {
            text = value;
        } else if (type == QLatin1String("b")) {
            text = value == QLatin1String("1") ? QStringLiteral("TRUE") : QStringLiteral("FALSE");
        } else if (type == QLatin1String("d")) {
            text = value.endsWith(QLatin1String("T00:00:00")) ? value.left(10) : value;
        } else if (!value.isEmpty()) {
            QString converted;
            switch (styles.value().kindOf(style)) {
            case XlsxStyles::Kind::Date:
                converted = SpreadsheetNumber::serialToIsoDate(value, workbook.date1904);
                break;
            case XlsxStyles::Kind::Time:
                converted = SpreadsheetNumber::serialToIsoTime(value);
                break;
            case XlsxStyles::Kind::Number:
                converted = SpreadsheetNumber::toText(value);
                break;
            }
            text = converted.isNull() ? value : converted;
        }
        builder.addCell(column, text);
    }
    if (xml.hasError())
        return Result<CsvTable>::failure(unreadable(member));
    CsvTable table = builder.take();
    table.sheetName = workbook.sheetNames.at(sheet);
    table.sheetNames = workbook.sheetNames;
    return Result<CsvTable>::success(table);
}
