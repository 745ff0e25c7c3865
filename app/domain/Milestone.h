#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

#include <optional>

// One step of a laureate's six-month accompaniment: the kick-off, the mid-term review (where the second
// tranche is paid) and the end, each with its planned and done dates and a free note.
struct Milestone
{
    Q_DECLARE_TR_FUNCTIONS(Milestone)

public:
    enum class Kind { KickOff, MidTermReview, End };

    Kind kind = Kind::KickOff;
    QDate plannedOn; // null when not planned
    QDate doneOn;    // null until done
    QString note;

    bool isDone() const { return doneOn.isValid(); }

    // The three milestones of an accompaniment starting on that date: kick-off then, mid-term review three
    // months later, end six months later.
    static QList<Milestone> planned(const QDate &start);
    static QList<Kind> kinds() { return {Kind::KickOff, Kind::MidTermReview, Kind::End}; }
    // The stored key: "kickoff", "midterm", "end".
    static QString key(Kind kind);
    static std::optional<Kind> fromKey(const QString &key);
    // "Kick-off", "Mid-term review", "End of accompaniment", through tr().
    static QString displayName(Kind kind);

    bool operator==(const Milestone &other) const
    {
        return kind == other.kind && plannedOn == other.plannedOn && doneOn == other.doneOn && note == other.note;
    }
    bool operator!=(const Milestone &other) const { return !(*this == other); }
};
