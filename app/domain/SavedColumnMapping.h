#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <utility>

// A column mapping of the candidate import as it is saved under a name: the header it was made for (its
// key: the folded titles, so that a file with the same header gets it proposed again) and, per field mapped,
// the field's French column name ("budget_annuel") and the title of the column that holds it. Titles rather
// than positions, so that the mapping still reads a file whose columns moved.
struct SavedColumnMapping
{
    QString name;
    QString headerKey;
    QList<std::pair<QString, QString>> fields; // (field, column title), in field order

    // "budget_annuel ← Budget annuel du projet (€); projet ← Nom du projet": for the audit log.
    QString describe() const
    {
        QStringList parts;
        for (const auto &[field, title] : fields)
            parts.append(field + QStringLiteral(" ← ") + title);
        return parts.join(QLatin1String("; "));
    }
};
