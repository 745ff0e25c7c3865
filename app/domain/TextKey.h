#pragma once

#include <QString>

// The comparison key of names typed by people: case-, accent- and spacing-insensitive, so that
// "Réfugiés.info", "refugies.info" and " REFUGIES.INFO " are one candidate and "Montant demandé"
// matches the column "montant_demande". The key ignores the normal form ("é" or "e" + U+0301) and the
// invisible characters (zero-width, bidirectional controls: NameText::isInvisible), so that "Al\u200Bpha"
// and "Alpha" are one name.
class TextKey
{
public:
    static QString fold(const QString &text);
};
