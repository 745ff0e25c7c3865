#pragma once

#include <QString>
#include <QStringView>

class QXmlStreamReader;

// What the readers of an XLSX package's XML parts share: elements told by their local name (the big parts
// are read without namespace processing, whichever prefix the file gives them), the text of a rich-text
// element, and the words for a part that is not XML.
class XlsxXml
{
public:
    // The current element's name without its prefix.
    static QStringView localName(const QXmlStreamReader &xml);
    // The text of an <si> or <is> the reader is on: its <t>, or its runs' <t> in order; phonetic guides
    // (<rPh>) are not text. Leaves the reader on the element's end.
    static QString richText(QXmlStreamReader &xml);
    // "the file is damaged: its part "xl/sharedStrings.xml" cannot be read as XML"
    static QString unreadable(const QString &member);
};
