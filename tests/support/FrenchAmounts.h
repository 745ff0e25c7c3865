#pragma once

#include <QString>

// Expected texts written with plain spaces, given the no-break spaces Money::toString() puts in amounts:
// "300 000 €" in a test's source is compared with "300\u00A0000\u00A0€". Only a space between digit groups
// and before "€" after a digit changes.
namespace FrenchAmounts {

QString text(const char *utf8);
QString text(const QString &plain);

} // namespace FrenchAmounts
