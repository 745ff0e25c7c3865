#pragma once

#include "FollowUpChange.h"

#include "domain/LaureateFollowUp.h"
#include "domain/OpeningKey.h"
#include "domain/PaymentRecord.h"
#include "domain/Result.h"

#include <QDate>
#include <QList>
#include <QObject>

#include <functional>
#include <optional>

class CommitteeStore;
class Database;
class FollowUpRepository;
class StoreWrite;

// The laureates' follow-up after the committee's decision (issue #18), beside CommitteeStore and on its
// database: the agreement signed, amended or withdrawn, payment tranches added and paid, payments imported
// from the bank's file, milestones, and each year's opening key. Every change goes through the stores' one
// write path (StoreWrite): one transaction, the rules of LaureateFollowUp::validate() (FollowUpEdit), one
// audit row per changed field, followUpChanged once after the commit. Unlike the decisions, a closed
// promotion's follow-up stays editable (StoreWrite::followUpCandidate). Each write returns the follow-up
// before and after it, which is what the window's undo needs: save(before) puts it back. A withdrawal
// changes what the laureate takes from its envelope, so followUpChanged is relayed to
// CommitteeStore::candidatesChanged for the views that sum the envelope.
class FollowUpStore : public QObject
{
    Q_OBJECT

public:
    explicit FollowUpStore(CommitteeStore &committee, QObject *parent = nullptr);

    // The reads: none is ever answered as empty when it failed.
    Result<QList<LaureateFollowUp>> promotionFollowUp(int promotionNumber) const;
    Result<LaureateFollowUp> laureate(qint64 candidateId) const;
    Result<QList<LaureateFollowUp>> allLaureates() const;
    Result<OpeningKey> openingKey(int year) const;

    // The whole follow-up as given (the window's dialog, an undo or a redo), checked by the rules.
    Result<FollowUpChange> save(const LaureateFollowUp &wanted);
    // Signs with the opening key of the signature's year (FollowUpEdit::sign).
    Result<FollowUpChange> sign(qint64 candidateId, const QDate &signedOn, const QString &reference,
                                std::optional<Money> amended = std::nullopt,
                                const QString &amendmentReason = QString());
    Result<FollowUpChange> amend(qint64 candidateId, Money committed, const QString &reason);
    Result<FollowUpChange> withdraw(qint64 candidateId, const QDate &withdrawnOn, const QString &reason);
    Result<FollowUpChange> addTranche(qint64 candidateId, const QDate &plannedOn, Money amount,
                                      const QString &reference = QString());
    Result<FollowUpChange> markPaid(qint64 candidateId, int position, const QDate &paidOn,
                                    std::optional<Money> amount = std::nullopt, const QString &reference = QString());
    Result<FollowUpChange> setMilestone(qint64 candidateId, const Milestone &milestone);
    // The payments of a bank file, all or nothing in one transaction; a refusal starts with the payment's
    // where. Returns one change per laureate paid, in the order first met.
    Result<QList<FollowUpChange>> recordPayments(const QList<PaymentRecord> &payments);
    // Puts several laureates back as they were (the undo of an import), all or nothing.
    Outcome restore(const QList<LaureateFollowUp> &before);

    // Returns the key it replaced (the undo's).
    Result<OpeningKey> setOpeningKey(int year, int firstBasisPoints);

signals:
    void followUpChanged(int promotionNumber);
    void openingKeysChanged();

private:
    using Edit = std::function<Result<LaureateFollowUp>(const LaureateFollowUp &before, FollowUpRepository &rows)>;
    Result<FollowUpChange> edit(qint64 candidateId, const Edit &change);
    // Inside a write: reads the laureate (past the closed guard), applies the change, writes and audits it.
    Result<FollowUpChange> editIn(StoreWrite &write, qint64 candidateId, const Edit &change);
    Result<FollowUpChange> editIn(StoreWrite &write, const LaureateFollowUp &before, const Edit &change);

    CommitteeStore &m_committee;
    Database &m_database;
};
