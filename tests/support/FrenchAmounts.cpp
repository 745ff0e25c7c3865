#include "FrenchAmounts.h"

#include <QRegularExpression>

namespace FrenchAmounts {

QString text(const char *utf8)
{
    return text(QString::fromUtf8(utf8));
}

QString text(const QString &plain)
{
    static const QRegularExpression groups(QStringLiteral("(\\d) (?=\\d{3}\\b)"));
    static const QRegularExpression sign(QStringLiteral("(\\d) €"));
    return QString(plain).replace(groups, QStringLiteral("\\1\u00A0")).replace(sign, QStringLiteral("\\1\u00A0€"));
}

} // namespace FrenchAmounts
