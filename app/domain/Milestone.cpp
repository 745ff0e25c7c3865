#include "Milestone.h"

QList<Milestone> Milestone::planned(const QDate &start)
{
    QList<Milestone> milestones;
    const QList<std::pair<Kind, int>> offsets{{Kind::KickOff, 0}, {Kind::MidTermReview, 3}, {Kind::End, 6}};
    for (const auto &[kind, months] : offsets) {
        Milestone milestone;
        milestone.kind = kind;
        milestone.plannedOn = start.addMonths(months);
        milestones.append(milestone);
    }
    return milestones;
}

QString Milestone::key(Kind kind)
{
    switch (kind) {
    case Kind::KickOff:
        return QStringLiteral("kickoff");
    case Kind::MidTermReview:
        return QStringLiteral("midterm");
    case Kind::End:
        return QStringLiteral("end");
    }
    return QString();
}

std::optional<Milestone::Kind> Milestone::fromKey(const QString &key)
{
    for (const Kind kind : kinds()) {
        if (Milestone::key(kind) == key)
            return kind;
    }
    return std::nullopt;
}

QString Milestone::displayName(Kind kind)
{
    switch (kind) {
    case Kind::KickOff:
        return tr("Kick-off");
    case Kind::MidTermReview:
        return tr("Mid-term review");
    case Kind::End:
        return tr("End of accompaniment");
    }
    return QString();
}
