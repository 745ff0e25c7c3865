#pragma once

#include "domain/AuditEntry.h"
#include "domain/Candidate.h"
#include "domain/FundYear.h"
#include "domain/Promotion.h"
#include "domain/Result.h"

#include <QDate>
#include <QLatin1String>
#include <QObject>
#include <QSet>

#include <optional>

class Database;

// What the window and the command line change and read, with the rules that guard each change:
// a closed promotion refuses every write, names are unique per promotion (case- and accent-
// insensitive), amounts respect the promotion's rule. Every change is one transaction and writes the
// audit log (who: operatorName()), through the stores' one write path (StoreWrite). Refusals come back as values with a
// message for the user and leave the database unchanged.
class CommitteeStore : public QObject
{
    Q_OBJECT

public:
    explicit CommitteeStore(Database &database, QObject *parent = nullptr);

    // The database the store writes, for the stores beside it (ScoringStore) to share its connection.
    Database &database() const { return m_database; }

    void setOperatorName(const QString &name) { m_operatorName = name; }
    QString operatorName() const { return m_operatorName; }

    // The reads fail with the database's words ("Cannot read the promotions from the database: …") rather
    // than answer "nothing there": a list that could not be read must not look empty (and invite the user to
    // create or import what is in fact stored). "No such row" is an empty optional or list, not a failure.

    // Promotions, by number.
    Result<QList<Promotion>> promotions() const;
    Result<std::optional<Promotion>> promotion(int number) const;
    Result<std::optional<Promotion>> promotionById(qint64 id) const;
    Result<Promotion> addPromotion(const Promotion &promotion);
    // Changes number, year, envelope, rule, minimum score or committee date of the promotion with
    // changed.id; refused when it is closed.
    Outcome updatePromotion(const Promotion &changed);
    // Removes an open promotion that has no candidates (the undo of adding one).
    Outcome removePromotion(int number);
    // Closes the promotion as the committee of committeeDate adopted its list (rules.md: a closed promotion
    // has its committee date): refused without a valid date, while a candidate has no decision or the
    // envelope is overspent. A date other than the stored one is recorded in the same write (audited).
    Outcome closePromotion(int number, const QDate &committeeDate);
    Outcome reopenPromotion(int number, const QString &reason);

    // Candidates of a promotion, ordered by name (case- and accent-insensitive); empty when there is no
    // such promotion.
    Result<QList<Candidate>> candidates(int promotionNumber) const;
    Result<std::optional<Candidate>> candidate(qint64 id) const;
    Result<Candidate> addCandidate(int promotionNumber, const Candidate &candidate);
    // Changes the fields in which changed differs from the row as stored now (the command line, imports).
    Outcome updateCandidate(const Candidate &changed);
    // The operator's edit: before is the candidate as they opened it, after what they left. Only the fields
    // they changed are written, and a field someone else changed since is refused with who changed it and to
    // what, never written over (CandidateEdit).
    Outcome editCandidate(const Candidate &before, const Candidate &after);
    Outcome removeCandidate(qint64 id);
    // Removes candidates of one promotion, as undoing an import does: one transaction, one audit row per
    // candidate, one candidatesChanged; all or nothing, so an id no longer there (or one of another
    // promotion, or a promotion closed meanwhile) removes none of them.
    Outcome removeCandidates(const QList<qint64> &ids);
    // All or nothing: every candidate is validated and checked against the promotion's names first.
    // Returns the new rows' ids, in the order of candidates.
    Result<QList<qint64>> importCandidates(int promotionNumber, const QList<Candidate> &candidates);
    // TextKey::fold of every candidate name of the promotion.
    Result<QSet<QString>> candidateNameKeys(int promotionNumber) const;

    Result<QList<FundYear>> years() const;
    Outcome setYearProductTarget(int year, std::optional<int> target);
    Outcome setYearAnnualBudget(int year, std::optional<Money> budget);

    // Newest first; all promotions when promotionNumber is empty.
    Result<QList<AuditEntry>> auditEntries(std::optional<int> promotionNumber = std::nullopt) const;

signals:
    // Emitted after a committed change, so that views and charts refresh without a restart.
    void promotionsChanged();
    void candidatesChanged(int promotionNumber);
    void yearsChanged();

private:
    // A year a promotion may have (Promotion::minimumYear to maximumYear).
    static Outcome checkYear(int year);
    Outcome writeCandidateEdit(const std::optional<Candidate> &before, const Candidate &after);
    static QString duplicateNameMessage(const Promotion &promotion, const QString &existingName);

    Database &m_database;
    QString m_operatorName;
};
