#include "CriteriaSet.h"

#include "NameText.h"
#include "TextKey.h"

#include <QSet>

CriteriaSet CriteriaSet::defaults()
{
    return CriteriaSet({{0, QStringLiteral("Impact potentiel"), 30},
                        {0, QStringLiteral("Problème public et usagers"), 20},
                        {0, QStringLiteral("Équipe et portage"), 20},
                        {0, QStringLiteral("Trajectoire d'accélération"), 15},
                        {0, QStringLiteral("Utilisation du cofinancement"), 15}});
}

Outcome CriteriaSet::validate() const
{
    if (m_criteria.isEmpty())
        return Outcome::failure(tr("Add at least one criterion."));
    QSet<QString> keys;
    for (int i = 0; i < count(); ++i) {
        const Criterion &criterion = m_criteria.at(i);
        if (criterion.name.trimmed().isEmpty())
            return Outcome::failure(tr("Criterion %1 has no name.").arg(i + 1));
        if (const Result<QString> named =
                NameText::normalise(criterion.name, tr("The name of criterion %1").arg(i + 1));
            !named)
            return Outcome::failure(named.error());
        const QString key = TextKey::fold(criterion.name);
        if (keys.contains(key))
            return Outcome::failure(tr("The criterion \"%1\" is listed twice.").arg(criterion.name.trimmed()));
        keys.insert(key);
        if (criterion.weight <= 0)
            return Outcome::failure(tr("The weight of \"%1\" must be a whole number above 0, not %2.")
                                        .arg(criterion.name.trimmed())
                                        .arg(criterion.weight));
    }
    const qint64 total = totalWeight();
    if (total != requiredWeightTotal)
        return Outcome::failure(
            tr("The weights add up to %1; they must add up to %2.").arg(total).arg(requiredWeightTotal));
    return Outcome::success();
}

CriteriaSet CriteriaSet::normalised() const
{
    CriteriaSet stored = *this;
    for (Criterion &criterion : stored.m_criteria) {
        if (const Result<QString> named = NameText::normalise(criterion.name, QString()))
            criterion.name = named.value();
    }
    return stored;
}

qint64 CriteriaSet::totalWeight() const
{
    // Summed in 64 bits so that large weights typed by a user cannot wrap around into a valid-looking 100.
    qint64 total = 0;
    for (const Criterion &criterion : m_criteria)
        total += criterion.weight;
    return total;
}

int CriteriaSet::indexOfId(qint64 id) const
{
    for (int i = 0; i < count(); ++i) {
        if (m_criteria.at(i).id == id)
            return i;
    }
    return -1;
}

int CriteriaSet::indexOfName(const QString &name) const
{
    const QString key = TextKey::fold(name);
    for (int i = 0; i < count(); ++i) {
        if (TextKey::fold(m_criteria.at(i).name) == key)
            return i;
    }
    return -1;
}
