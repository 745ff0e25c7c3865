#pragma once

#include <QColor>

// The dashboard's colours: the Okabe–Ito palette, told apart by readers with any common colour vision
// deficiency and still distinct when projected. Vermillion is kept for overspend alone, so that red
// always means "over the envelope".
class ChartPalette
{
public:
    static QColor blue() { return QColor(0x00, 0x72, 0xB2); }
    static QColor orange() { return QColor(0xE6, 0x9F, 0x00); }
    static QColor green() { return QColor(0x00, 0x9E, 0x73); }
    static QColor vermillion() { return QColor(0xD5, 0x5E, 0x00); }
    static QColor skyBlue() { return QColor(0x56, 0xB4, 0xE9); }
    static QColor reddishPurple() { return QColor(0xCC, 0x79, 0xA7); }
    static QColor yellow() { return QColor(0xF0, 0xE4, 0x42); }
    static QColor black() { return QColor(0x00, 0x00, 0x00); }
};
