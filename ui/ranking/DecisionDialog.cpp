#include "ranking/DecisionDialog.h"

#include "widgets/AmountField.h"
#include "widgets/Palette.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

DecisionDialog::DecisionDialog(const Candidate &candidate, const CofinancingRule &rule, Decision initial,
                               QWidget *parent)
    : QDialog(parent), m_candidate(candidate), m_rule(rule), m_eligible(candidate.eligibility(rule).eligible),
      m_decisionCombo(new QComboBox(this)), m_grantedField(new AmountField(QStringLiteral("granted"), this)),
      m_ruleLabel(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("decisionDialog"));
    setWindowTitle(tr("Decision on %1").arg(candidate.name));

    m_decisionCombo->setObjectName(QStringLiteral("decisionCombo"));
    const QList<Decision> choices{Decision::Laureate, Decision::Waitlist, Decision::Rejected, Decision::Withdrawn,
                                  Decision::None};
    for (Decision choice : choices)
        m_decisionCombo->addItem(decisionDisplayName(choice), int(choice));
    m_decisionCombo->setCurrentIndex(std::max(0, m_decisionCombo->findData(int(initial))));

    m_grantedField->setValue(candidate.decision == Decision::Laureate ? candidate.granted : m_eligible);
    m_grantedField->setAccessibleName(tr("Granted amount"));

    m_ruleLabel->setObjectName(QStringLiteral("grantedRuleLabel"));
    m_ruleLabel->setWordWrap(true);
    m_ruleLabel->setStyleSheet(Palette::textStyle(Palette::errorText()));
    m_ruleLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_ruleLabel->hide();

    auto *eligibleLabel =
        new QLabel(tr("%1 (%2)").arg(m_eligible.toString(), rule.reason(candidate.eligibility(rule).limitedBy)), this);
    eligibleLabel->setObjectName(QStringLiteral("eligibleLabel"));

    auto *nameLabel = new QLabel(candidate.name, this);
    nameLabel->setObjectName(QStringLiteral("nameLabel"));
    nameLabel->setTextFormat(Qt::PlainText);

    auto *form = new QFormLayout;
    form->addRow(tr("Project:"), nameLabel);
    form->addRow(tr("Eligible amount:"), eligibleLabel);
    form->addRow(tr("&Decision:"), m_decisionCombo);
    form->addRow(tr("&Granted amount:"), m_grantedField);
    if (auto *label = qobject_cast<QLabel *>(form->labelForField(m_grantedField)))
        label->setBuddy(m_grantedField);

    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("okButton"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_ruleLabel);
    layout->addStretch(1);
    layout->addWidget(m_buttons);

    connect(m_decisionCombo, &QComboBox::currentIndexChanged, this, &DecisionDialog::revalidate);
    connect(m_grantedField, &AmountField::valueChanged, this, &DecisionDialog::revalidate);
    revalidate();
    setMinimumWidth(520);
}

Decision DecisionDialog::decision() const
{
    return Decision(m_decisionCombo->currentData().toInt());
}

std::optional<Money> DecisionDialog::granted() const
{
    if (decision() != Decision::Laureate)
        return std::nullopt;
    return m_grantedField->value();
}

void DecisionDialog::revalidate()
{
    const bool laureate = decision() == Decision::Laureate;
    m_grantedField->setEnabled(laureate);
    m_refusal.clear();
    QString ruleMessage;
    if (laureate) {
        if (!m_grantedField->error().isEmpty()) {
            m_refusal = m_grantedField->error(); // the parser's message, already shown under the field
        } else if (const std::optional<Money> amount = m_grantedField->value()) {
            if (const Outcome allowed = m_rule.checkGranted(*amount, m_candidate.annualBudget, m_candidate.requested);
                !allowed) {
                m_refusal = allowed.error();
                ruleMessage = allowed.error();
            }
        } else {
            m_refusal = tr("Give the granted amount of the laureate.");
        }
    }
    m_ruleLabel->setText(ruleMessage);
    m_ruleLabel->setVisible(!ruleMessage.isEmpty());
    QPushButton *ok = m_buttons->button(QDialogButtonBox::Ok);
    ok->setEnabled(m_refusal.isEmpty());
    ok->setToolTip(m_refusal);
}
