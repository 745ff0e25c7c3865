#pragma once

#include "domain/Candidate.h"
#include "domain/Promotion.h"
#include "domain/Result.h"

#include <QDialog>
#include <QSet>
#include <QStringList>

#include <functional>

class AmountField;
class FormSaveBar;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;

// The form that adds or edits a candidate. Amounts are read as typed (Money::parse) with the parser's
// message under the field; the eligible amount and its reason are worked out live by the promotion's
// CofinancingRule. Nothing invalid can be saved: the save button is disabled and the form says why,
// in its tooltip and, once the user has changed a field, in a visible line (an empty form opens without
// any), using Candidate::validate's own messages.
class CandidateDialog : public QDialog
{
    Q_OBJECT

public:
    // Called on save; a refusal (from the store) is shown in the form, which stays open.
    using SaveHandler = std::function<Outcome(const Candidate &candidate)>;

    // otherNameKeys: TextKey::fold of the names already used in the promotion, the edited one excluded.
    CandidateDialog(const Promotion &promotion, const QSet<QString> &otherNameKeys, QWidget *parent = nullptr);

    void setCandidate(const Candidate &candidate);
    // The candidate as the form holds it; amounts that do not parse count as 0 €.
    Candidate candidate() const;
    // Why the form cannot be saved; empty when it can.
    QStringList problems() const { return m_problems; }

    void setSaveHandler(SaveHandler handler) { m_saveHandler = std::move(handler); }
    // For a closed promotion: every input disabled, no save button.
    void setReadOnly(bool readOnly);

private:
    void buildForm();
    void refresh();
    // A field changed: by the user (the problems are shown from now on) or by setCandidate (not).
    void fieldChanged();
    void save();
    void fillExtraFields(const CandidateExtraFields &fields);

    Promotion m_promotion;
    QSet<QString> m_otherNameKeys;
    Candidate m_original;
    SaveHandler m_saveHandler;
    QStringList m_problems;
    bool m_filling = false;

    QLineEdit *m_nameEdit = nullptr;
    QLineEdit *m_carrierEdit = nullptr;
    QLineEdit *m_incubatorEdit = nullptr;
    QComboBox *m_kindComboBox = nullptr;
    QComboBox *m_phaseComboBox = nullptr;
    AmountField *m_annualBudgetField = nullptr;
    AmountField *m_requestedField = nullptr;
    QLabel *m_eligibleAmountLabel = nullptr;
    QLabel *m_eligibilityReasonLabel = nullptr;
    QLabel *m_eligibilityDetailLabel = nullptr;
    QComboBox *m_decisionComboBox = nullptr;
    AmountField *m_grantedField = nullptr;
    QPlainTextEdit *m_descriptionEdit = nullptr;
    QLineEdit *m_referenceEdit = nullptr;
    QLineEdit *m_contactEmailEdit = nullptr;
    QLabel *m_extraFieldsLabel = nullptr;
    QTableWidget *m_extraFieldsTable = nullptr; // the form's other answers, read-only
    FormSaveBar *m_saveBar = nullptr;
};
