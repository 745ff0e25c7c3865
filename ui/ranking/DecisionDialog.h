#pragma once

#include "domain/Candidate.h"
#include "domain/CofinancingRule.h"

#include <QDialog>

#include <optional>

class AmountField;
class QComboBox;
class QDialogButtonBox;
class QLabel;

// Sets one candidate's decision and, for a laureate, its granted amount (the eligible amount by
// default). A granted amount the co-financing rule refuses is shown as the user types, in the rule's
// own words with the numbers (CofinancingRule::checkGranted), and OK stays disabled with that reason.
// The dialog only collects the choice; the caller pushes the command.
class DecisionDialog : public QDialog
{
    Q_OBJECT

public:
    // initial: the decision preselected (the current one, or the proposal's for an undecided candidate).
    DecisionDialog(const Candidate &candidate, const CofinancingRule &rule, Decision initial,
                   QWidget *parent = nullptr);

    Decision decision() const;
    // The granted amount for a laureate; nothing otherwise.
    std::optional<Money> granted() const;
    // Why OK is disabled; empty when it is enabled.
    QString refusal() const { return m_refusal; }

private:
    void revalidate();

    Candidate m_candidate;
    CofinancingRule m_rule;
    Money m_eligible;
    QComboBox *m_decisionCombo;
    AmountField *m_grantedField;
    QLabel *m_ruleLabel;
    QDialogButtonBox *m_buttons;
    QString m_refusal;
};
