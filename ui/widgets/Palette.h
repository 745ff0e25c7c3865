#pragma once

#include <QColor>
#include <QString>

// The window's colours other than the charts' (ChartPalette): named here once by what they mean, so that
// the same meaning is the same colour on every page, and a change of shade is one line. Text colours are
// dark enough for small type on a white background; backgrounds light enough for black text on a projector.
class Palette
{
public:
    // A refusal or an overspend: the one red of the window's text.
    static QColor errorText() { return QColor(0xb0, 0x00, 0x20); }
    // A warning that does not refuse (a note to check, a save that waits).
    static QColor warningText() { return QColor(0xa3, 0x3c, 0x00); }
    static QColor blockedText() { return QColor(0x8a, 0x4b, 0x00); }
    // A laureate's decision and granted amount.
    static QColor laureateText() { return QColor(0x00, 0x6b, 0x3c); }
    // Rows out of the ranking, greyed so that the eye goes to the ranked ones first.
    static QColor outOfRankingText() { return QColor(0x70, 0x70, 0x70); }
    // Secondary text: a rule reminder under a form; the outline of the closed lock icon.
    static QColor secondaryText() { return QColor(0x55, 0x55, 0x55); }
    // A recused member's cell: text and background, both grey so that the cell reads as "not to score".
    static QColor recusedText() { return QColor(0x4d, 0x4d, 0x4d); }
    static QColor recusedBackground() { return QColor(0xD9, 0xD9, 0xD9); }
    // Okabe–Ito yellow, lightened: a note still expected.
    static QColor missingBackground() { return QColor(0xFB, 0xF3, 0xB5); }
    // Okabe–Ito orange, light enough for black text to stay readable on a projector: a what-if difference.
    static QColor differenceBackground() { return QColor(0xFD, 0xE8, 0xC4); }
    // The scoring legend's swatches, drawn like the grid's cells.
    static QColor swatchBorder() { return QColor(0xa0, 0xa0, 0xa0); }
    static QColor swatchText() { return QColor(0x20, 0x20, 0x20); }
    // Icons: the pole of the spread flag, the closed lock's body and keyhole, the open promotion's mark.
    static QColor iconOutline() { return QColor(0x33, 0x33, 0x33); }
    static QColor lockBody() { return QColor(0xb0, 0x7d, 0x10); }
    static QColor lockKeyhole() { return QColor(0x40, 0x2c, 0x00); }
    static QColor openMark() { return QColor(0x1e, 0x8e, 0x3e); }
    // The demonstration database's banner (information, blue) and a closed promotion's (read-only, amber).
    static QColor infoBannerBackground() { return QColor(0xe8, 0xf0, 0xfe); }
    static QColor infoBannerText() { return QColor(0x1a, 0x3d, 0x7c); }
    static QColor infoBannerBorder() { return QColor(0x9b, 0xb7, 0xe8); }
    static QColor noticeBannerBackground() { return QColor(0xff, 0xf4, 0xce); }
    static QColor noticeBannerText() { return QColor(0x5c, 0x44, 0x00); }
    static QColor noticeBannerBorder() { return QColor(0xe0, 0xc0, 0x60); }

    // Style sheets, built from the colours above (QColor::name() is "#rrggbb").
    static QString textStyle(const QColor &colour) { return QStringLiteral("color: %1;").arg(colour.name()); }
    static QString boldTextStyle(const QColor &colour)
    {
        return QStringLiteral("color: %1; font-weight: bold;").arg(colour.name());
    }
    static QString bannerStyle(const QColor &background, const QColor &text, const QColor &border)
    {
        return QStringLiteral("background: %1; color: %2; border: 1px solid %3; padding: 6px;")
            .arg(background.name(), text.name(), border.name());
    }
};
