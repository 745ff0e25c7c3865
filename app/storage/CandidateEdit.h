#pragma once

#include "domain/Candidate.h"
#include "domain/Promotion.h"
#include "domain/Result.h"

#include <QCoreApplication>

#include <optional>

class StoreWrite;

// One candidate's edit as the store writes it: only the fields the operator changed, each written only if it
// still holds what the operator opened, so that two operators changing different fields of one candidate at
// once (two windows on a shared committee) both keep their change. A field that someone else changed since is
// refused with who changed it and to what (from the audit log), never written over; a field someone else
// already changed the same way is left as it is. The rules are checked on the row as it will be (the stored
// row with this edit's fields), and one audit row is queued per field written. It runs inside the stores' one
// write path (StoreWrite), which commits it.
class CandidateEdit
{
    Q_DECLARE_TR_FUNCTIONS(CandidateEdit)

public:
    // before: the candidate as the operator opened it; empty to edit the row as it is stored now.
    // after: what the operator left, with the candidate's id.
    CandidateEdit(StoreWrite &write, std::optional<Candidate> before, Candidate after);

    // Checks the edit and writes it. The candidate's promotion when something was written, empty when the edit
    // changes nothing the database does not already hold.
    Result<std::optional<Promotion>> write();

private:
    // "Envergo's budget was changed to 120 000 € by Claire since you opened it; your change was not saved."
    QString changedMeanwhileMessage(const Promotion &owner, const Candidate &now, int field) const;

    StoreWrite &m_write;
    std::optional<Candidate> m_before;
    Candidate m_after;
};
