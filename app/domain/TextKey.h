#pragma once

#include <QString>

// The comparison key of names typed by people: case-, accent- and spacing-insensitive, so that
// "Réfugiés.info", "refugies.info" and " REFUGIES.INFO " are one candidate and "Montant demandé"
// matches the column "montant_demande".
class TextKey
{
public:
    static QString fold(const QString &text);
};
