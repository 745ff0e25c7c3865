#include "candidates/CandidateDialog.h"

#include "domain/TextKey.h"
#include "widgets/AmountField.h"
#include "widgets/FormSaveBar.h"
#include "widgets/Palette.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {

QString fieldLabel(CandidateField field)
{
    switch (field) {
    case CandidateField::Name:
        return CandidateDialog::tr("Project name");
    case CandidateField::Carrier:
        return CandidateDialog::tr("Carrying administration");
    case CandidateField::Incubator:
        return CandidateDialog::tr("Incubator");
    case CandidateField::Kind:
        return CandidateDialog::tr("Kind");
    case CandidateField::Phase:
        return CandidateDialog::tr("Phase");
    case CandidateField::AnnualBudget:
        return CandidateDialog::tr("Annual budget");
    case CandidateField::Requested:
        return CandidateDialog::tr("Requested amount");
    case CandidateField::Description:
        return CandidateDialog::tr("Description");
    case CandidateField::Decision:
        return CandidateDialog::tr("Decision");
    case CandidateField::Granted:
        return CandidateDialog::tr("Granted amount");
    case CandidateField::Reference:
        return CandidateDialog::tr("File number");
    case CandidateField::ContactEmail:
        return CandidateDialog::tr("Contact e-mail");
    case CandidateField::ExtraFields:
        return CandidateDialog::tr("Other answers");
    }
    return QString();
}

} // namespace

CandidateDialog::CandidateDialog(const Promotion &promotion, const QSet<QString> &otherNameKeys, QWidget *parent)
    : QDialog(parent), m_promotion(promotion), m_otherNameKeys(otherNameKeys)
{
    setObjectName(QStringLiteral("candidateDialog"));
    setWindowTitle(tr("New candidate — %1").arg(promotion.label()));
    buildForm();
    refresh();
}

void CandidateDialog::buildForm()
{
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);

    m_nameEdit = new QLineEdit(this);
    m_nameEdit->setObjectName(QStringLiteral("nameEdit"));
    m_nameEdit->setAccessibleName(fieldLabel(CandidateField::Name));
    m_nameEdit->setMaxLength(Candidate::maximumNameLength + 1);
    form->addRow(tr("&Project name:"), m_nameEdit);

    m_carrierEdit = new QLineEdit(this);
    m_carrierEdit->setObjectName(QStringLiteral("carrierEdit"));
    m_carrierEdit->setAccessibleName(fieldLabel(CandidateField::Carrier));
    m_carrierEdit->setPlaceholderText(tr("Ministry, operator or local authority"));
    form->addRow(tr("&Carrying administration:"), m_carrierEdit);

    m_incubatorEdit = new QLineEdit(this);
    m_incubatorEdit->setObjectName(QStringLiteral("incubatorEdit"));
    m_incubatorEdit->setAccessibleName(fieldLabel(CandidateField::Incubator));
    form->addRow(tr("&Incubator:"), m_incubatorEdit);

    m_kindComboBox = new QComboBox(this);
    m_kindComboBox->setObjectName(QStringLiteral("kindComboBox"));
    m_kindComboBox->setAccessibleName(fieldLabel(CandidateField::Kind));
    for (CandidateKind kind : allCandidateKindValues())
        m_kindComboBox->addItem(candidateKindDisplayName(kind), static_cast<int>(kind));
    form->addRow(tr("&Kind:"), m_kindComboBox);

    m_phaseComboBox = new QComboBox(this);
    m_phaseComboBox->setObjectName(QStringLiteral("phaseComboBox"));
    m_phaseComboBox->setAccessibleName(fieldLabel(CandidateField::Phase));
    for (Phase phase : allPhaseValues())
        m_phaseComboBox->addItem(phaseDisplayName(phase), static_cast<int>(phase));
    form->addRow(tr("P&hase:"), m_phaseComboBox);

    m_annualBudgetField = new AmountField(QStringLiteral("annualBudget"), this);
    m_annualBudgetField->setAccessibleName(fieldLabel(CandidateField::AnnualBudget));
    m_annualBudgetField->setPlaceholderText(tr("e.g. 600 000"));
    form->addRow(tr("Annual &budget of the project:"), m_annualBudgetField);

    m_requestedField = new AmountField(QStringLiteral("requestedAmount"), this);
    m_requestedField->setAccessibleName(fieldLabel(CandidateField::Requested));
    m_requestedField->setPlaceholderText(tr("e.g. 300 000"));
    form->addRow(tr("&Requested amount:"), m_requestedField);

    m_eligibleAmountLabel = new QLabel(this);
    m_eligibleAmountLabel->setObjectName(QStringLiteral("eligibleAmountLabel"));
    m_eligibleAmountLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont bold = m_eligibleAmountLabel->font();
    bold.setBold(true);
    m_eligibleAmountLabel->setFont(bold);
    m_eligibilityReasonLabel = new QLabel(this);
    m_eligibilityReasonLabel->setObjectName(QStringLiteral("eligibilityReasonLabel"));
    auto *eligibleRow = new QHBoxLayout;
    eligibleRow->addWidget(m_eligibleAmountLabel);
    eligibleRow->addWidget(m_eligibilityReasonLabel, 1);
    form->addRow(tr("Eligible amount:"), eligibleRow);

    m_eligibilityDetailLabel = new QLabel(this);
    m_eligibilityDetailLabel->setObjectName(QStringLiteral("eligibilityDetailLabel"));
    m_eligibilityDetailLabel->setWordWrap(true);
    form->addRow(QString(), m_eligibilityDetailLabel);

    auto *ruleLabel = new QLabel(tr("Rule of %1: %2.").arg(m_promotion.label(), m_promotion.rule.describe()), this);
    ruleLabel->setObjectName(QStringLiteral("ruleLabel"));
    ruleLabel->setWordWrap(true);
    ruleLabel->setStyleSheet(Palette::textStyle(Palette::secondaryText()));
    form->addRow(QString(), ruleLabel);

    m_decisionComboBox = new QComboBox(this);
    m_decisionComboBox->setObjectName(QStringLiteral("decisionComboBox"));
    m_decisionComboBox->setAccessibleName(fieldLabel(CandidateField::Decision));
    for (Decision decision : allDecisionValues())
        m_decisionComboBox->addItem(decisionDisplayName(decision), static_cast<int>(decision));
    form->addRow(tr("&Decision:"), m_decisionComboBox);

    m_grantedField = new AmountField(QStringLiteral("grantedAmount"), this);
    m_grantedField->setAccessibleName(fieldLabel(CandidateField::Granted));
    m_grantedField->setOptional(true);
    form->addRow(tr("&Granted amount:"), m_grantedField);

    m_descriptionEdit = new QPlainTextEdit(this);
    m_descriptionEdit->setObjectName(QStringLiteral("descriptionEdit"));
    m_descriptionEdit->setAccessibleName(fieldLabel(CandidateField::Description));
    // Tab moves on to the buttons, as in every other field of the form.
    m_descriptionEdit->setTabChangesFocus(true);
    m_descriptionEdit->setMinimumHeight(60);
    form->addRow(tr("D&escription:"), m_descriptionEdit);

    m_referenceEdit = new QLineEdit(this);
    m_referenceEdit->setObjectName(QStringLiteral("referenceEdit"));
    m_referenceEdit->setAccessibleName(fieldLabel(CandidateField::Reference));
    m_referenceEdit->setPlaceholderText(tr("the application's number in the call's form"));
    m_referenceEdit->setMaxLength(Candidate::maximumReferenceLength + 1);
    form->addRow(tr("&File number:"), m_referenceEdit);

    m_contactEmailEdit = new QLineEdit(this);
    m_contactEmailEdit->setObjectName(QStringLiteral("contactEmailEdit"));
    m_contactEmailEdit->setAccessibleName(fieldLabel(CandidateField::ContactEmail));
    m_contactEmailEdit->setMaxLength(Candidate::maximumEmailLength + 1);
    form->addRow(tr("Contact e-&mail:"), m_contactEmailEdit);

    // The form's answers no committee field holds, as the import kept them: shown, not edited here.
    m_extraFieldsTable = new QTableWidget(0, 2, this);
    m_extraFieldsTable->setObjectName(QStringLiteral("extraFieldsTableWidget"));
    m_extraFieldsTable->setAccessibleName(fieldLabel(CandidateField::ExtraFields));
    m_extraFieldsTable->setHorizontalHeaderLabels({tr("Question"), tr("Answer")});
    m_extraFieldsTable->verticalHeader()->hide();
    // Question and answer share the width; long ones wrap, and rows follow their text, rather than scroll sideways.
    m_extraFieldsTable->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_extraFieldsTable->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_extraFieldsTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_extraFieldsTable->setWordWrap(true);
    m_extraFieldsTable->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_extraFieldsTable->setMinimumHeight(110);
    m_extraFieldsTable->setMaximumHeight(160);
    m_extraFieldsLabel = new QLabel(tr("&Other answers:"), this);
    m_extraFieldsLabel->setBuddy(m_extraFieldsTable);
    form->addRow(m_extraFieldsLabel, m_extraFieldsTable);
    m_extraFieldsLabel->hide();
    m_extraFieldsTable->hide();

    m_saveBar = new FormSaveBar(this);
    connect(m_saveBar, &FormSaveBar::saveClicked, this, &CandidateDialog::save);
    connect(m_saveBar, &FormSaveBar::cancelClicked, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_saveBar);

    setTabOrder(m_nameEdit, m_carrierEdit);
    setTabOrder(m_carrierEdit, m_incubatorEdit);
    setTabOrder(m_incubatorEdit, m_kindComboBox);
    setTabOrder(m_kindComboBox, m_phaseComboBox);
    setTabOrder(m_phaseComboBox, m_annualBudgetField->lineEdit());
    setTabOrder(m_annualBudgetField->lineEdit(), m_requestedField->lineEdit());
    setTabOrder(m_requestedField->lineEdit(), m_decisionComboBox);
    setTabOrder(m_decisionComboBox, m_grantedField->lineEdit());
    setTabOrder(m_grantedField->lineEdit(), m_descriptionEdit);
    setTabOrder(m_descriptionEdit, m_referenceEdit);
    setTabOrder(m_referenceEdit, m_contactEmailEdit);
    setTabOrder(m_contactEmailEdit, m_extraFieldsTable);
    setTabOrder(m_extraFieldsTable, m_saveBar->saveButton());
    setTabOrder(m_saveBar->saveButton(), m_saveBar->cancelButton());

    for (QLineEdit *edit : {m_nameEdit, m_carrierEdit, m_incubatorEdit, m_referenceEdit, m_contactEmailEdit})
        connect(edit, &QLineEdit::textChanged, this, &CandidateDialog::fieldChanged);
    for (AmountField *field : {m_annualBudgetField, m_requestedField, m_grantedField})
        connect(field, &AmountField::valueChanged, this, &CandidateDialog::fieldChanged);
    for (QComboBox *combo : {m_kindComboBox, m_phaseComboBox, m_decisionComboBox})
        connect(combo, &QComboBox::currentIndexChanged, this, &CandidateDialog::fieldChanged);
    connect(m_descriptionEdit, &QPlainTextEdit::textChanged, this, &CandidateDialog::fieldChanged);
    // Kept when empty: the form does not jump as the budget and request are typed.
    QSizePolicy detailPolicy = m_eligibilityDetailLabel->sizePolicy();
    detailPolicy.setRetainSizeWhenHidden(true);
    m_eligibilityDetailLabel->setSizePolicy(detailPolicy);
    m_eligibilityDetailLabel->setMinimumHeight(2 * m_eligibilityDetailLabel->fontMetrics().lineSpacing());
    m_eligibilityDetailLabel->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    // Nothing typed yet is not an error: the problems show once the user changes a field.
    m_saveBar->setProblemsShown(false);

    setMinimumWidth(560);
}

void CandidateDialog::fieldChanged()
{
    if (!m_filling)
        m_saveBar->setProblemsShown(true);
    refresh();
}

void CandidateDialog::setCandidate(const Candidate &candidate)
{
    m_filling = true;
    m_original = candidate;
    setWindowTitle(tr("Candidate %1 — %2").arg(candidate.name, m_promotion.label()));
    m_nameEdit->setText(candidate.name);
    m_carrierEdit->setText(candidate.carrier);
    m_incubatorEdit->setText(candidate.incubator);
    m_kindComboBox->setCurrentIndex(m_kindComboBox->findData(static_cast<int>(candidate.kind)));
    m_phaseComboBox->setCurrentIndex(m_phaseComboBox->findData(static_cast<int>(candidate.phase)));
    m_annualBudgetField->setValue(candidate.annualBudget);
    m_requestedField->setValue(candidate.requested);
    m_decisionComboBox->setCurrentIndex(m_decisionComboBox->findData(static_cast<int>(candidate.decision)));
    m_grantedField->setValue(candidate.decision == Decision::Laureate ? std::optional<Money>(candidate.granted)
                                                                      : std::nullopt);
    m_descriptionEdit->setPlainText(candidate.description);
    m_referenceEdit->setText(candidate.reference);
    m_contactEmailEdit->setText(candidate.contactEmail);
    fillExtraFields(candidate.extraFields);
    m_filling = false;
    refresh();
}

Candidate CandidateDialog::candidate() const
{
    Candidate result = m_original;
    result.name = m_nameEdit->text().trimmed();
    result.carrier = m_carrierEdit->text().trimmed();
    result.incubator = m_incubatorEdit->text().trimmed();
    result.kind = static_cast<CandidateKind>(m_kindComboBox->currentData().toInt());
    result.phase = static_cast<Phase>(m_phaseComboBox->currentData().toInt());
    result.annualBudget = m_annualBudgetField->value().value_or(Money());
    result.requested = m_requestedField->value().value_or(Money());
    result.description = m_descriptionEdit->toPlainText().trimmed();
    result.reference = m_referenceEdit->text().trimmed();
    result.contactEmail = m_contactEmailEdit->text().trimmed();
    result.decision = static_cast<Decision>(m_decisionComboBox->currentData().toInt());
    if (result.decision == Decision::Laureate) {
        // Left empty, a laureate gets its eligible amount: the rules' default.
        result.granted = m_grantedField->isEmpty() ? result.eligibility(m_promotion.rule).eligible
                                                   : m_grantedField->value().value_or(Money());
    } else {
        result.granted = Money();
    }
    return result;
}

void CandidateDialog::refresh()
{
    const Candidate current = candidate();
    const bool laureate = current.decision == Decision::Laureate;
    m_grantedField->setEnabled(laureate && !m_nameEdit->isReadOnly());

    const std::optional<Money> budget = m_annualBudgetField->value();
    const std::optional<Money> requested = m_requestedField->value();
    if (budget && requested) {
        const Eligibility eligibility = m_promotion.rule.evaluate(*budget, *requested);
        m_eligibleAmountLabel->setText(eligibility.eligible.toString());
        m_eligibilityReasonLabel->setText(m_promotion.rule.reason(eligibility.limitedBy));
        // The three bounds side by side, so that the committee sees why the smallest one wins.
        m_eligibilityDetailLabel->setText(tr("%1 % of %2 = %3 · cap %4 · requested %5")
                                              .arg(m_promotion.rule.ratePercent())
                                              .arg(budget->toString(), eligibility.share.toString(),
                                                   m_promotion.rule.cap().toString(), requested->toString()));
        m_eligibilityDetailLabel->show();
        m_grantedField->setPlaceholderText(
            tr("%1 (the eligible amount) by default").arg(eligibility.eligible.toString()));
    } else {
        m_eligibleAmountLabel->setText(QStringLiteral("—"));
        m_eligibilityReasonLabel->setText(tr("type the annual budget and the requested amount"));
        m_eligibilityDetailLabel->clear();
        m_eligibilityDetailLabel->hide();
        m_grantedField->setPlaceholderText(tr("the eligible amount by default"));
    }

    // The parser's messages first: a refused amount would otherwise also read as "must be more than 0 €".
    QStringList problems;
    QList<CandidateField> unparsed;
    const std::pair<AmountField *, CandidateField> amountFields[] = {
        {m_annualBudgetField, CandidateField::AnnualBudget},
        {m_requestedField, CandidateField::Requested},
        {m_grantedField, CandidateField::Granted}};
    for (const auto &[field, which] : amountFields) {
        if (which == CandidateField::Granted && !laureate)
            continue;
        if (!field->error().isEmpty()) {
            problems.append(tr("%1: %2").arg(fieldLabel(which), field->error()));
            unparsed.append(which);
        }
    }
    if (!current.name.isEmpty() && m_otherNameKeys.contains(TextKey::fold(current.name)))
        problems.append(tr("%1 already has a candidate called \"%2\".").arg(m_promotion.label(), current.name));
    const QList<FieldError> errors = current.validate(m_promotion.rule);
    for (const FieldError &error : errors) {
        if (!unparsed.contains(error.field))
            problems.append(error.message);
    }
    m_problems = problems;

    m_saveBar->setProblems(problems);
}

void CandidateDialog::save()
{
    if (!m_problems.isEmpty())
        return;
    if (m_saveHandler) {
        const Outcome outcome = m_saveHandler(candidate());
        if (!outcome) {
            m_saveBar->showRefusal(outcome.error());
            return;
        }
    }
    accept();
}

void CandidateDialog::setReadOnly(bool readOnly)
{
    for (QLineEdit *edit : {m_nameEdit, m_carrierEdit, m_incubatorEdit, m_referenceEdit, m_contactEmailEdit})
        edit->setReadOnly(readOnly);
    for (AmountField *field : {m_annualBudgetField, m_requestedField, m_grantedField})
        field->setReadOnly(readOnly);
    for (QComboBox *combo : {m_kindComboBox, m_phaseComboBox, m_decisionComboBox})
        combo->setEnabled(!readOnly);
    m_descriptionEdit->setReadOnly(readOnly);
    if (readOnly) {
        m_saveBar->setReadOnly(tr("%1 is closed: this candidate is read-only.").arg(m_promotion.label()));
    } else {
        refresh();
    }
}

void CandidateDialog::fillExtraFields(const CandidateExtraFields &fields)
{
    m_extraFieldsTable->setRowCount(int(fields.size()));
    for (int row = 0; row < fields.size(); ++row) {
        auto *question = new QTableWidgetItem(fields.at(row).name);
        question->setToolTip(fields.at(row).name);
        auto *answer = new QTableWidgetItem(fields.at(row).value);
        answer->setToolTip(fields.at(row).value);
        m_extraFieldsTable->setItem(row, 0, question);
        m_extraFieldsTable->setItem(row, 1, answer);
    }
    m_extraFieldsLabel->setVisible(!fields.isEmpty());
    m_extraFieldsTable->setVisible(!fields.isEmpty());
}
