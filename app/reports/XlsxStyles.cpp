#include "XlsxStyles.h"

#include "SpreadsheetZip.h"

#include <QHash>
#include <QXmlStreamReader>

namespace {

XlsxStyles::Kind kindOfBuiltIn(int numFmtId)
{
    if ((numFmtId >= 14 && numFmtId <= 17) || numFmtId == 22)
        return XlsxStyles::Kind::Date;
    if ((numFmtId >= 18 && numFmtId <= 21) || (numFmtId >= 45 && numFmtId <= 47))
        return XlsxStyles::Kind::Time;
    return XlsxStyles::Kind::Number;
}

} // namespace

XlsxStyles::Kind XlsxStyles::kindOfFormatCode(const QString &code)
{
    // Quoted text, escaped characters and [brackets] (colours, locales, elapsed times) are not date parts.
    QString parts;
    bool quoted = false;
    int bracket = 0;
    for (qsizetype at = 0; at < code.size(); ++at) {
        const QChar c = code.at(at);
        if (c == QLatin1Char('"'))
            quoted = !quoted;
        else if (quoted)
            continue;
        else if (c == QLatin1Char('\\') || c == QLatin1Char('_') || c == QLatin1Char('*'))
            ++at;
        else if (c == QLatin1Char('['))
            ++bracket;
        else if (c == QLatin1Char(']'))
            bracket = qMax(0, bracket - 1);
        else if (bracket == 0)
            parts.append(c.toLower());
    }
    if (parts.contains(QLatin1Char('d')) || parts.contains(QLatin1Char('y')))
        return Kind::Date;
    if (parts.contains(QLatin1Char('h')) || parts.contains(QLatin1Char('s')))
        return Kind::Time;
    return Kind::Number;
}

Result<XlsxStyles> XlsxStyles::read(SpreadsheetZip &zip, const QString &member)
{
    XlsxStyles styles;
    if (member.isEmpty() || !zip.contains(member))
        return Result<XlsxStyles>::success(styles);
    const Result<QByteArray> bytes = zip.read(member);
    if (!bytes)
        return Result<XlsxStyles>::failure(bytes.error());
    QHash<int, Kind> kindOfFormat;
    QList<int> formatOfStyle;
    bool inCellXfs = false;
    QXmlStreamReader xml(bytes.value());
    while (!xml.atEnd()) {
        const QXmlStreamReader::TokenType token = xml.readNext();
        if (token == QXmlStreamReader::EndElement && xml.name() == QLatin1String("cellXfs"))
            inCellXfs = false;
        if (token != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == QLatin1String("numFmt")) {
            kindOfFormat.insert(xml.attributes().value(QLatin1String("numFmtId")).toInt(),
                                kindOfFormatCode(xml.attributes().value(QLatin1String("formatCode")).toString()));
        } else if (xml.name() == QLatin1String("cellXfs")) {
            inCellXfs = true;
        } else if (inCellXfs && xml.name() == QLatin1String("xf")) {
            formatOfStyle.append(xml.attributes().value(QLatin1String("numFmtId")).toInt());
        }
    }
    if (xml.hasError())
        return Result<XlsxStyles>::failure(
            tr("the file is damaged: its part \"%1\" cannot be read as XML").arg(member));
    for (const int format : std::as_const(formatOfStyle))
        styles.m_kinds.append(kindOfFormat.contains(format) ? kindOfFormat.value(format) : kindOfBuiltIn(format));
    return Result<XlsxStyles>::success(styles);
}
