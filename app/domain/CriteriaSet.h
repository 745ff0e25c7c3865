#pragma once

#include "Criterion.h"
#include "Result.h"

#include <QCoreApplication>
#include <QList>
#include <QMetaType>
#include <QString>

#include <utility>

// The ordered criteria a promotion's committee scores with (rules.md, "Scoring"). Order matters: the
// mean note on the first criterion is the ranking's second key. Weights are positive integers that add
// up to 100, so that a member's score S = Σ weight × note / 5 lies between 0 and 100. A promotion
// starts with the fund's five default criteria; validate() is the one check every path (dialog,
// command line, import) applies before storing a changed set.
class CriteriaSet
{
    Q_DECLARE_TR_FUNCTIONS(CriteriaSet)

public:
    static constexpr int requiredWeightTotal = 100;

    CriteriaSet() = default;
    explicit CriteriaSet(QList<Criterion> criteria) : m_criteria(std::move(criteria)) {}

    // The fund's criteria: Impact potentiel 30 · Problème public et usagers 20 · Équipe et portage 20 ·
    // Trajectoire d'accélération 15 · Utilisation du cofinancement 15. The names are the fund's own
    // French labels, stored with the promotion as data, hence not translated.
    static CriteriaSet defaults();

    // Refuses, with the first problem found: no criterion, an empty name, a name the text policy refuses
    // (NameText: a line break, a control, zero-width or bidirectional character, more than 200 characters),
    // a name that repeats another (TextKey: case-, accent-, space- and invisible-insensitive), a weight that
    // is not positive, weights not adding up to 100.
    Outcome validate() const;
    // The same criteria with their names as stored: NFC-normalised and trimmed (NameText). A name that
    // validate() refuses is left as it is.
    CriteriaSet normalised() const;

    int count() const { return int(m_criteria.size()); }
    bool isEmpty() const { return m_criteria.isEmpty(); }
    const Criterion &at(int index) const { return m_criteria.at(index); }
    const QList<Criterion> &criteria() const { return m_criteria; }
    int weight(int index) const { return m_criteria.at(index).weight; }
    qint64 totalWeight() const;
    // The index of the criterion with this storage id, or -1.
    int indexOfId(qint64 id) const;
    // The index of the criterion with this name (case-, accent- and space-insensitive), or -1.
    int indexOfName(const QString &name) const;

    bool operator==(const CriteriaSet &other) const { return m_criteria == other.m_criteria; }
    bool operator!=(const CriteriaSet &other) const { return !(*this == other); }

private:
    QList<Criterion> m_criteria;
};

Q_DECLARE_METATYPE(CriteriaSet)
