#include "XlsxWorkbookWriter.h"

#include "OutputFile.h"
#include "XlsxSheetXml.h"

#include <QBuffer>
#include <QRegularExpression>
#include <QXmlStreamWriter>

#include <quazip.h>
#include <quazipfile.h>
#include <quazipnewinfo.h>

#include <array>

namespace {

const QString mainNamespace = QStringLiteral("http://schemas.openxmlformats.org/spreadsheetml/2006/main");
const QString relationshipsNamespace =
    QStringLiteral("http://schemas.openxmlformats.org/officeDocument/2006/relationships");
const QString packageRelationships = QStringLiteral("http://schemas.openxmlformats.org/package/2006/relationships");
const QLatin1String officeDocumentType("http://schemas.openxmlformats.org/officeDocument/2006/relationships/");
const QLatin1String contentTypeBase("application/vnd.openxmlformats-officedocument.spreadsheetml.");

// One XML part, started with its declaration and root element in namespace; the caller writes the
// content and ends it with finish().
class Part
{
public:
    Part(const QString &namespaceUri, const QString &root) : m_xml(&m_bytes)
    {
        m_xml.writeStartDocument(QStringLiteral("1.0"), true);
        m_xml.writeDefaultNamespace(namespaceUri);
        m_xml.writeStartElement(namespaceUri, root);
    }
    QXmlStreamWriter &xml() { return m_xml; }
    QByteArray finish()
    {
        m_xml.writeEndElement();
        m_xml.writeEndDocument();
        return m_bytes;
    }

private:
    QByteArray m_bytes;
    QXmlStreamWriter m_xml;
};

void relationship(QXmlStreamWriter &xml, const QString &id, const QString &type, const QString &target)
{
    xml.writeEmptyElement(QStringLiteral("Relationship"));
    xml.writeAttribute(QStringLiteral("Id"), id);
    xml.writeAttribute(QStringLiteral("Type"), officeDocumentType + type);
    xml.writeAttribute(QStringLiteral("Target"), target);
}

QByteArray contentTypes(qsizetype sheetCount)
{
    Part part(QStringLiteral("http://schemas.openxmlformats.org/package/2006/content-types"), QStringLiteral("Types"));
    QXmlStreamWriter &xml = part.xml();
    const auto byDefault = [&xml](const char *extension, const QString &type) {
        xml.writeEmptyElement(QStringLiteral("Default"));
        xml.writeAttribute(QStringLiteral("Extension"), QLatin1String(extension));
        xml.writeAttribute(QStringLiteral("ContentType"), type);
    };
    const auto override = [&xml](const QString &partName, const QString &type) {
        xml.writeEmptyElement(QStringLiteral("Override"));
        xml.writeAttribute(QStringLiteral("PartName"), partName);
        xml.writeAttribute(QStringLiteral("ContentType"), type);
    };
    byDefault("rels", QStringLiteral("application/vnd.openxmlformats-package.relationships+xml"));
    byDefault("xml", QStringLiteral("application/xml"));
    override(QStringLiteral("/xl/workbook.xml"), contentTypeBase + QLatin1String("sheet.main+xml"));
    for (qsizetype sheet = 1; sheet <= sheetCount; ++sheet)
        override(QStringLiteral("/xl/worksheets/sheet%1.xml").arg(sheet),
                 contentTypeBase + QLatin1String("worksheet+xml"));
    override(QStringLiteral("/xl/styles.xml"), contentTypeBase + QLatin1String("styles+xml"));
    override(QStringLiteral("/xl/sharedStrings.xml"), contentTypeBase + QLatin1String("sharedStrings+xml"));
    return part.finish();
}

QByteArray packageRels()
{
    Part part(packageRelationships, QStringLiteral("Relationships"));
    relationship(part.xml(), QStringLiteral("rId1"), QStringLiteral("officeDocument"),
                 QStringLiteral("xl/workbook.xml"));
    return part.finish();
}

QByteArray workbookRels(qsizetype sheetCount)
{
    Part part(packageRelationships, QStringLiteral("Relationships"));
    for (qsizetype sheet = 1; sheet <= sheetCount; ++sheet)
        relationship(part.xml(), QStringLiteral("rId%1").arg(sheet), QStringLiteral("worksheet"),
                     QStringLiteral("worksheets/sheet%1.xml").arg(sheet));
    relationship(part.xml(), QStringLiteral("rId%1").arg(sheetCount + 1), QStringLiteral("styles"),
                 QStringLiteral("styles.xml"));
    relationship(part.xml(), QStringLiteral("rId%1").arg(sheetCount + 2), QStringLiteral("sharedStrings"),
                 QStringLiteral("sharedStrings.xml"));
    return part.finish();
}

QByteArray workbook(const QList<WorkbookSheet> &sheets)
{
    Part part(mainNamespace, QStringLiteral("workbook"));
    QXmlStreamWriter &xml = part.xml();
    xml.writeNamespace(relationshipsNamespace, QStringLiteral("r"));
    xml.writeStartElement(QStringLiteral("bookViews"));
    xml.writeEmptyElement(QStringLiteral("workbookView"));
    xml.writeAttribute(QStringLiteral("activeTab"), QStringLiteral("0"));
    xml.writeEndElement();
    xml.writeStartElement(QStringLiteral("sheets"));
    for (qsizetype index = 0; index < sheets.size(); ++index) {
        xml.writeEmptyElement(QStringLiteral("sheet"));
        xml.writeAttribute(QStringLiteral("name"), sheets.at(index).name);
        xml.writeAttribute(QStringLiteral("sheetId"), QString::number(index + 1));
        xml.writeAttribute(relationshipsNamespace, QStringLiteral("id"), QStringLiteral("rId%1").arg(index + 1));
    }
    xml.writeEndElement();
    // The filters' ranges, as the spreadsheets themselves record them next to each sheet's <autoFilter>.
    xml.writeStartElement(QStringLiteral("definedNames"));
    for (qsizetype index = 0; index < sheets.size(); ++index) {
        const WorkbookSheet &sheet = sheets.at(index);
        if (sheet.headers.isEmpty())
            continue;
        const QStringList corners = XlsxSheetXml::tableRange(sheet).split(QLatin1Char(':'));
        const auto absolute = [](const QString &reference) {
            const qsizetype digits = reference.indexOf(QRegularExpression(QStringLiteral("[0-9]")));
            return QLatin1Char('$') + reference.left(digits) + QLatin1Char('$') + reference.mid(digits);
        };
        xml.writeStartElement(QStringLiteral("definedName"));
        xml.writeAttribute(QStringLiteral("name"), QStringLiteral("_xlnm._FilterDatabase"));
        xml.writeAttribute(QStringLiteral("localSheetId"), QString::number(index));
        xml.writeAttribute(QStringLiteral("hidden"), QStringLiteral("1"));
        QString quotedName = sheet.name;
        quotedName.replace(QLatin1Char('\''), QLatin1String("''"));
        xml.writeCharacters(QLatin1Char('\'') + quotedName + QLatin1String("'!") + absolute(corners.at(0)) +
                            QLatin1Char(':') + absolute(corners.at(1)));
        xml.writeEndElement();
    }
    xml.writeEndElement();
    return part.finish();
}

// cellXfs in XlsxSheetXml::Style's order: the default, the header (bold, ruled under), then for plain and
// for bold: text, integer, whole euros, euros and cents, one decimal, percentage.
QByteArray styles()
{
    Part part(mainNamespace, QStringLiteral("styleSheet"));
    QXmlStreamWriter &xml = part.xml();
    // The euro sign quoted, a literal in every locale; the grouping and decimal marks are the reader's.
    const std::array<std::pair<int, const char *>, 4> custom{
        {{164, "#,##0 \"€\""}, {165, "#,##0.00 \"€\""}, {166, "0.0"}, {167, "0.0 %"}}};
    xml.writeStartElement(QStringLiteral("numFmts"));
    xml.writeAttribute(QStringLiteral("count"), QString::number(custom.size()));
    for (const auto &[id, code] : custom) {
        xml.writeEmptyElement(QStringLiteral("numFmt"));
        xml.writeAttribute(QStringLiteral("numFmtId"), QString::number(id));
        xml.writeAttribute(QStringLiteral("formatCode"), QString::fromUtf8(code));
    }
    xml.writeEndElement();
    xml.writeStartElement(QStringLiteral("fonts"));
    xml.writeAttribute(QStringLiteral("count"), QStringLiteral("2"));
    for (const bool bold : {false, true}) {
        xml.writeStartElement(QStringLiteral("font"));
        if (bold)
            xml.writeEmptyElement(QStringLiteral("b"));
        xml.writeEmptyElement(QStringLiteral("sz"));
        xml.writeAttribute(QStringLiteral("val"), QStringLiteral("11"));
        xml.writeEmptyElement(QStringLiteral("name"));
        xml.writeAttribute(QStringLiteral("val"), QStringLiteral("Calibri"));
        xml.writeEmptyElement(QStringLiteral("family"));
        xml.writeAttribute(QStringLiteral("val"), QStringLiteral("2"));
        xml.writeEndElement();
    }
    xml.writeEndElement();
    xml.writeStartElement(QStringLiteral("fills"));
    xml.writeAttribute(QStringLiteral("count"), QStringLiteral("2"));
    for (const char *pattern : {"none", "gray125"}) {
        xml.writeStartElement(QStringLiteral("fill"));
        xml.writeEmptyElement(QStringLiteral("patternFill"));
        xml.writeAttribute(QStringLiteral("patternType"), QLatin1String(pattern));
        xml.writeEndElement();
    }
    xml.writeEndElement();
    xml.writeStartElement(QStringLiteral("borders"));
    xml.writeAttribute(QStringLiteral("count"), QStringLiteral("2"));
    for (const bool ruled : {false, true}) {
        xml.writeStartElement(QStringLiteral("border"));
        for (const char *side : {"left", "right", "top", "bottom", "diagonal"}) {
            if (ruled && QLatin1String(side) == QLatin1String("bottom")) {
                xml.writeStartElement(QStringLiteral("bottom"));
                xml.writeAttribute(QStringLiteral("style"), QStringLiteral("thin"));
                xml.writeEmptyElement(QStringLiteral("color"));
                xml.writeAttribute(QStringLiteral("auto"), QStringLiteral("1"));
                xml.writeEndElement();
            } else {
                xml.writeEmptyElement(QLatin1String(side));
            }
        }
        xml.writeEndElement();
    }
    xml.writeEndElement();
    xml.writeStartElement(QStringLiteral("cellStyleXfs"));
    xml.writeAttribute(QStringLiteral("count"), QStringLiteral("1"));
    xml.writeEmptyElement(QStringLiteral("xf"));
    for (const char *attribute : {"numFmtId", "fontId", "fillId", "borderId"})
        xml.writeAttribute(QLatin1String(attribute), QStringLiteral("0"));
    xml.writeEndElement();

    const auto xf = [&xml](int numberFormat, int font, int border) {
        xml.writeEmptyElement(QStringLiteral("xf"));
        xml.writeAttribute(QStringLiteral("numFmtId"), QString::number(numberFormat));
        xml.writeAttribute(QStringLiteral("fontId"), QString::number(font));
        xml.writeAttribute(QStringLiteral("fillId"), QStringLiteral("0"));
        xml.writeAttribute(QStringLiteral("borderId"), QString::number(border));
        xml.writeAttribute(QStringLiteral("xfId"), QStringLiteral("0"));
        if (numberFormat != 0)
            xml.writeAttribute(QStringLiteral("applyNumberFormat"), QStringLiteral("1"));
        if (font != 0)
            xml.writeAttribute(QStringLiteral("applyFont"), QStringLiteral("1"));
        if (border != 0)
            xml.writeAttribute(QStringLiteral("applyBorder"), QStringLiteral("1"));
    };
    xml.writeStartElement(QStringLiteral("cellXfs"));
    xml.writeAttribute(QStringLiteral("count"), QStringLiteral("14"));
    xf(0, 0, 0);
    xf(0, 1, 1);
    for (const int font : {0, 1}) {
        // Text, then the built-in integer format 1 ("0"), then the custom ones.
        for (const int numberFormat : {0, 1, 164, 165, 166, 167})
            xf(numberFormat, font, 0);
    }
    xml.writeEndElement();
    xml.writeStartElement(QStringLiteral("cellStyles"));
    xml.writeAttribute(QStringLiteral("count"), QStringLiteral("1"));
    xml.writeEmptyElement(QStringLiteral("cellStyle"));
    xml.writeAttribute(QStringLiteral("name"), QStringLiteral("Normal"));
    xml.writeAttribute(QStringLiteral("xfId"), QStringLiteral("0"));
    xml.writeAttribute(QStringLiteral("builtinId"), QStringLiteral("0"));
    xml.writeEndElement();
    return part.finish();
}

QByteArray sharedStrings(const QStringList &strings)
{
    Part part(mainNamespace, QStringLiteral("sst"));
    QXmlStreamWriter &xml = part.xml();
    xml.writeAttribute(QStringLiteral("uniqueCount"), QString::number(strings.size()));
    for (const QString &text : strings) {
        xml.writeStartElement(QStringLiteral("si"));
        xml.writeStartElement(QStringLiteral("t"));
        // Leading or trailing spaces and line breaks are kept as they are.
        if (text != text.trimmed())
            xml.writeAttribute(QStringLiteral("xml:space"), QStringLiteral("preserve"));
        xml.writeCharacters(XlsxSheetXml::xmlSafe(text));
        xml.writeEndElement();
        xml.writeEndElement();
    }
    return part.finish();
}

} // namespace

Result<QByteArray> XlsxWorkbookWriter::toBytes(const QList<WorkbookSheet> &sheets)
{
    QList<std::pair<QString, QByteArray>> parts;
    XlsxSheetXml::SharedStrings strings;
    for (qsizetype index = 0; index < sheets.size(); ++index)
        parts.append({QStringLiteral("xl/worksheets/sheet%1.xml").arg(index + 1),
                      XlsxSheetXml::write(sheets.at(index), index == 0, strings)});
    parts.prepend({QStringLiteral("xl/workbook.xml"), workbook(sheets)});
    parts.prepend({QStringLiteral("_rels/.rels"), packageRels()});
    parts.prepend({QStringLiteral("[Content_Types].xml"), contentTypes(sheets.size())});
    parts.append({QStringLiteral("xl/_rels/workbook.xml.rels"), workbookRels(sheets.size())});
    parts.append({QStringLiteral("xl/styles.xml"), styles()});
    parts.append({QStringLiteral("xl/sharedStrings.xml"), sharedStrings(strings.strings)});

    QByteArray bytes;
    QBuffer buffer(&bytes);
    QuaZip zip(&buffer);
    const auto failure = [&zip](const QString &what) {
        return Result<QByteArray>::failure(
            tr("The workbook could not be laid out: %1 (zip error %2).").arg(what).arg(zip.getZipError()));
    };
    if (!zip.open(QuaZip::mdCreate))
        return failure(tr("the archive could not be started"));
    for (const auto &[name, content] : std::as_const(parts)) {
        QuaZipFile member(&zip);
        if (!member.open(QIODevice::WriteOnly, QuaZipNewInfo(name)) || member.write(content) != content.size()) {
            member.close();
            zip.close();
            return failure(name);
        }
        member.close();
        if (member.getZipError() != 0)
            return failure(name);
    }
    zip.close();
    if (zip.getZipError() != 0)
        return failure(tr("the archive could not be finished"));
    return Result<QByteArray>::success(bytes);
}

Outcome XlsxWorkbookWriter::writeFile(const QString &path, const QList<WorkbookSheet> &sheets)
{
    // Refused before anything is laid out; OutputFile::write asks again when it writes.
    if (const Outcome allowed = OutputFile::checkTarget(path); !allowed)
        return allowed;
    const Result<QByteArray> bytes = toBytes(sheets);
    if (!bytes)
        return Outcome::failure(bytes.error());
    return OutputFile::write(path, bytes.value());
}
