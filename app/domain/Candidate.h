#pragma once

#include "CandidateExtraField.h"
#include "CandidateKind.h"
#include "CofinancingRule.h"
#include "Decision.h"
#include "FieldError.h"
#include "Money.h"
#include "Phase.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

// A project applying to one promotion, with what it asks for and what the committee decided.
// A plain value: storage gives it an id; the rule it is judged under is its promotion's.
struct Candidate
{
    Q_DECLARE_TR_FUNCTIONS(Candidate)

public:
    static constexpr int maximumNameLength = 200;
    static constexpr int maximumReferenceLength = 100;
    static constexpr int maximumEmailLength = 254; // RFC 5321's longest path

    qint64 id = 0;
    qint64 promotionId = 0;
    QString name;
    QString carrier;
    QString incubator;
    CandidateKind kind = CandidateKind::Product;
    Phase phase = Phase::Unspecified;
    Money annualBudget;
    Money requested;
    QString description;
    Decision decision = Decision::None;
    Money granted; // zero unless laureate
    // What the laureate's withdrawal after the decision gave back to the envelope (granted − paid, issue #18);
    // zero otherwise. Read from the follow-up, never written with the candidate.
    Money released;
    // The application's number in the call's form ("numéro de dossier"): what a re-import of an updated
    // export recognises the candidate by. Empty for a candidate entered by hand; unique in a promotion.
    QString reference;
    QString contactEmail;             // the applicant's, as the form gave it; may be empty
    CandidateExtraFields extraFields; // the form's other answers, in the file's column order

    // What the candidate takes from its promotion's envelope: a laureate's granted amount less what a
    // withdrawal released; nothing for anyone else.
    Money consumed() const { return decision == Decision::Laureate ? granted - released : Money(); }

    Eligibility eligibility(const CofinancingRule &rule) const { return rule.evaluate(annualBudget, requested); }

    // Every problem with the candidate's own fields under the rule: required text, names, reference,
    // e-mail, description and extra fields within the text policy (NameText: no line break, control, zero-width or
    // bidirectional character in a name, at most maximumNameLength characters), positive amounts, and a laureate's
    // granted amount within 0 < g ≤ eligible; a granted amount on anyone else.
    QList<FieldError> validate(const CofinancingRule &rule) const;
    // The same candidate with its names and description as they are stored: NFC-normalised and trimmed.
    // A field that validate() refuses is left as it is.
    Candidate normalised() const;
};
