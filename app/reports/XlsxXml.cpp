#include "XlsxXml.h"

#include "XlsxSheetReader.h"

#include <QXmlStreamReader>

QStringView XlsxXml::localName(const QXmlStreamReader &xml)
{
    const QStringView name = xml.qualifiedName();
    const qsizetype colon = name.indexOf(QLatin1Char(':'));
    return colon < 0 ? name : name.mid(colon + 1);
}

QString XlsxXml::richText(QXmlStreamReader &xml)
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

QString XlsxXml::unreadable(const QString &member)
{
    // XlsxSheetReader's context, where the words were first translated.
    return XlsxSheetReader::tr("the file is damaged: its part \"%1\" cannot be read as XML").arg(member);
}
