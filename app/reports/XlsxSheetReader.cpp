#include "XlsxSheetReader.h"

#include "SpreadsheetNumber.h"
#include "SpreadsheetReader.h"
#include "SpreadsheetTableBuilder.h"
#include "SpreadsheetZip.h"
#include "XlsxSheetData.h"
#include "XlsxStyles.h"
#include "XlsxXml.h"

#include <QHash>
#include <QList>
#include <QThread>
#include <QXmlStreamReader>

#include <memory>

namespace {

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
        return Result<Relationships>::failure(XlsxXml::unreadable(relsMember));
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
        return Result<Workbook>::failure(XlsxXml::unreadable(workbookMember));
    return Result<Workbook>::success(workbook);
}

Result<QStringList> readSharedStrings(const QByteArray &bytes, const QString &member)
{
    QStringList strings;
    if (bytes.isEmpty())
        return Result<QStringList>::success(strings);
    QXmlStreamReader xml(bytes);
    // Namespaces are not resolved in the big parts (a third of the reading time): elements are told by
    // their local name, whichever prefix the file gives them.
    xml.setNamespaceProcessing(false);
    while (!xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::StartElement && XlsxXml::localName(xml) == QLatin1String("si"))
            strings.append(XlsxXml::richText(xml));
    }
    if (xml.hasError())
        return Result<QStringList>::failure(XlsxXml::unreadable(member));
    return Result<QStringList>::success(strings);
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

    // Both big parts inflated here (the zip is read by one thread), then parsed at the same time: the shared
    // strings in a thread of their own, the sheet in pieces (XlsxSheetData).
    QByteArray sharedBytes;
    if (!workbook.sharedStringsMember.isEmpty() && zip.contains(workbook.sharedStringsMember)) {
        Result<QByteArray> inflated = zip.read(workbook.sharedStringsMember);
        if (!inflated)
            return Result<CsvTable>::failure(inflated.error());
        sharedBytes = std::move(inflated.value());
    }
    const Result<XlsxStyles> styles = XlsxStyles::read(zip, workbook.stylesMember);
    if (!styles)
        return Result<CsvTable>::failure(styles.error());
    const Result<QByteArray> bytes = zip.read(member);
    if (!bytes)
        return Result<CsvTable>::failure(bytes.error());

    Result<QStringList> shared = Result<QStringList>::success({});
    std::unique_ptr<QThread> sharedThread;
    if (!sharedBytes.isEmpty()) {
        sharedThread.reset(
            QThread::create([&] { shared = readSharedStrings(sharedBytes, workbook.sharedStringsMember); }));
        sharedThread->start();
    }
    const Result<QList<XlsxSheetData::Row>> rows = XlsxSheetData::read(bytes.value(), member, limits);
    if (sharedThread)
        sharedThread->wait();
    if (!shared)
        return Result<CsvTable>::failure(shared.error());
    if (!rows)
        return Result<CsvTable>::failure(rows.error());

    SpreadsheetTableBuilder builder;
    using Type = XlsxSheetData::Type;
    for (const XlsxSheetData::Row &row : rows.value()) {
        builder.startRow(row.number);
        for (const XlsxSheetData::Cell &cell : row.cells) {
            const QString &value = cell.value;
            QString text;
            if (cell.type == Type::SharedString) {
                bool ok = false;
                const int index = value.toInt(&ok);
                if (!ok || index < 0 || index >= shared.value().size())
                    return Result<CsvTable>::failure(
                        tr("the file is damaged: cell %1%2 names a shared string that is not there")
                            .arg(CsvProblem::columnLetters(cell.column))
                            .arg(row.number));
                text = shared.value().at(index);
            } else if (cell.type == Type::InlineString || cell.isInline) {
                text = cell.inlineText;
            } else if (cell.type == Type::FormulaString || cell.type == Type::Error) {
                text = value;
            } else if (cell.type == Type::Boolean) {
                text = value == QLatin1String("1") ? QStringLiteral("TRUE") : QStringLiteral("FALSE");
            } else if (cell.type == Type::Date) {
                text = value.endsWith(QLatin1String("T00:00:00")) ? value.left(10) : value;
            } else if (!value.isEmpty()) {
                QString converted;
                switch (styles.value().kindOf(cell.style)) {
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
            builder.addCell(cell.column, text);
        }
        builder.endRow();
    }
    CsvTable table = builder.take();
    table.sheetName = workbook.sheetNames.at(sheet);
    table.sheetNames = workbook.sheetNames;
    return Result<CsvTable>::success(table);
}
