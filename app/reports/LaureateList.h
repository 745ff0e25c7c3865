#pragma once

#include "domain/Candidate.h"
#include "domain/Money.h"
#include "domain/Promotion.h"

#include <QList>
#include <QString>
#include <QStringList>

// What the official list of a promotion's laureates says, as data: the laureates and the waitlist in the
// order they are published (the ranking when there is one, else by name), the total granted and what it
// leaves of the envelope, and what makes it signable: the issuing authority, the committee's members and
// their recusals. LaureateListPdf prints it; a window can show the same numbers without a PDF.
struct LaureateList
{
    // A candidate some members did not score (conflict of interest), for the document's annex.
    struct Recusal
    {
        QString candidate;
        QStringList members; // in committee order
    };

    Promotion promotion;
    // Printed at the top of every page; a preference of the window, an option of the command line.
    QString authority = defaultAuthority();
    QStringList members;     // the promotion's committee, in the order they joined
    QList<Recusal> recusals; // candidates with at least one recused member, by name
    QList<Candidate> laureates;
    QList<Candidate> waitlist;
    Money granted;       // Σ granted of the laureates
    bool ranked = false; // in ranking order; else by name

    // Negative when the laureates overspend the envelope: shown, never hidden.
    Money remaining() const { return promotion.envelope - granted; }
    bool overspent() const { return remaining().isNegative(); }
    // An open promotion's decisions can still change: its list is not adopted and cannot be signed.
    bool provisional() const { return !promotion.isClosed(); }

    // "Direction interministérielle du numérique — Fonds d'accélération des startups d'État et de
    // territoires": the official name, in French as the document is.
    static QString defaultAuthority();

    // ranking holds candidate ids in ranking order; candidates it does not name come after the ranked
    // ones, by name. With an empty ranking every list is by name (case- and accent-insensitive).
    static LaureateList build(const Promotion &promotion, const QList<Candidate> &candidates,
                              const QList<qint64> &ranking = {});

    // Granted as a share of the annual budget, one decimal, French form: "37,5 %" (no-break space);
    // an em dash when the budget is zero. Rounded half up on exact integers, never through floating point.
    static QString shareText(Money granted, Money annualBudget);
};
