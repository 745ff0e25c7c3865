#include "followup/AgreementPanel.h"

#include "storage/FollowUpStore.h"
#include "widgets/AmountField.h"
#include "widgets/Palette.h"

#include <QDateEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

AgreementPanel::AgreementPanel(QWidget *parent)
    : FollowUpPanel(tr("Agreement"), QStringLiteral("agreementErrorLabel"), parent),
      m_referenceEdit(new QLineEdit(this)), m_signedOnEdit(makeDateEdit(QStringLiteral("signedOnEdit"), this)),
      m_committedField(new AmountField(QStringLiteral("committed"), this)), m_amendmentReasonEdit(new QLineEdit(this)),
      m_signButton(new QPushButton(this)), m_withdrawnOnEdit(makeDateEdit(QStringLiteral("withdrawnOnEdit"), this)),
      m_withdrawalReasonEdit(new QLineEdit(this)), m_withdrawButton(new QPushButton(tr("&Withdraw"), this)),
      m_withdrawalLabel(new QLabel(this))
{
    m_referenceEdit->setObjectName(QStringLiteral("agreementReferenceEdit"));
    m_referenceEdit->setMaxLength(LaureateFollowUp::maximumReferenceLength);
    m_amendmentReasonEdit->setObjectName(QStringLiteral("amendmentReasonEdit"));
    m_amendmentReasonEdit->setPlaceholderText(tr("Required when the committed amount differs"));
    m_committedField->setOptional(true);
    m_signButton->setObjectName(QStringLiteral("signButton"));
    m_withdrawButton->setObjectName(QStringLiteral("withdrawButton"));
    m_withdrawalReasonEdit->setObjectName(QStringLiteral("withdrawalReasonEdit"));
    m_withdrawalReasonEdit->setPlaceholderText(tr("Reason of the withdrawal"));
    m_withdrawalLabel->setObjectName(QStringLiteral("withdrawalLabel"));
    m_withdrawalLabel->setWordWrap(true);
    m_withdrawalLabel->setStyleSheet(Palette::textStyle(Palette::warningText()));

    auto *form = new QFormLayout;
    form->addRow(tr("&Reference:"), m_referenceEdit);
    form->addRow(tr("&Signed on:"), m_signedOnEdit);
    form->addRow(tr("&Committed:"), m_committedField);
    form->addRow(tr("&Amendment reason:"), m_amendmentReasonEdit);
    auto *withdrawal = new QHBoxLayout;
    withdrawal->addWidget(m_withdrawnOnEdit);
    withdrawal->addWidget(m_withdrawalReasonEdit, 1);
    withdrawal->addWidget(m_withdrawButton);
    form->addRow(tr("Withdrawal:"), withdrawal);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_signButton);
    layout->addLayout(buttons);
    layout->addWidget(m_withdrawalLabel);
    layout->addWidget(m_errorLabel);

    connect(m_signButton, &QPushButton::clicked, this, &AgreementPanel::signOrSave);
    connect(m_withdrawButton, &QPushButton::clicked, this, &AgreementPanel::withdraw);
}

void AgreementPanel::setFollowUp(const LaureateFollowUp &followUp)
{
    m_followUp = followUp;
    const Agreement &agreement = followUp.agreement;
    m_referenceEdit->setText(agreement.reference);
    if (agreement.isSigned())
        m_signedOnEdit->setDate(agreement.signedOn);
    m_committedField->setValue(agreement.amended);
    m_committedField->setPlaceholderText(tr("%1 (granted)").arg(followUp.granted.toString()));
    m_amendmentReasonEdit->setText(agreement.amendmentReason);
    m_signButton->setText(agreement.isSigned() ? tr("Save the a&greement") : tr("Si&gn"));
    const bool withdrawn = agreement.isWithdrawn();
    for (QWidget *field :
         std::initializer_list<QWidget *>{m_referenceEdit, m_signedOnEdit, m_committedField, m_amendmentReasonEdit,
                                          m_signButton, m_withdrawnOnEdit, m_withdrawalReasonEdit, m_withdrawButton})
        field->setEnabled(!withdrawn);
    m_withdrawButton->setEnabled(!withdrawn && agreement.isSigned());
    if (withdrawn) {
        m_withdrawnOnEdit->setDate(agreement.withdrawnOn);
        m_withdrawalReasonEdit->setText(agreement.withdrawalReason);
        m_withdrawalLabel->setText(
            followUp.released() > Money()
                ? tr("Withdrawn on %1 before any payment: %2 back to the promotion's envelope.")
                      .arg(agreement.withdrawnOn.toString(QStringLiteral("dd/MM/yyyy")), followUp.released().toString())
                : tr("Withdrawn on %1: the laureate keeps the %2 paid, the rest is cancelled.")
                      .arg(agreement.withdrawnOn.toString(QStringLiteral("dd/MM/yyyy")), followUp.paid().toString()));
    }
    m_withdrawalLabel->setVisible(withdrawn);
}

void AgreementPanel::signOrSave()
{
    clearRefusal();
    if (!m_committedField->error().isEmpty()) {
        showRefusal(m_committedField->error());
        return;
    }
    // The granted amount typed again is no amendment.
    std::optional<Money> amended = m_committedField->value();
    if (amended && *amended == m_followUp.granted)
        amended.reset();
    const QString reason = amended ? m_amendmentReasonEdit->text().trimmed() : QString();
    const QString reference = m_referenceEdit->text().trimmed();
    const QDate signedOn = m_signedOnEdit->date();
    const qint64 id = m_followUp.candidateId;
    if (!m_followUp.agreement.isSigned()) {
        emit edit(tr("Sign the agreement of %1").arg(m_followUp.name),
                  [id, signedOn, reference, amended, reason](FollowUpStore &store) {
                      return store.sign(id, signedOn, reference, amended, reason);
                  });
        return;
    }
    LaureateFollowUp wanted = m_followUp;
    wanted.agreement.reference = reference;
    wanted.agreement.signedOn = signedOn;
    wanted.agreement.amended = amended;
    wanted.agreement.amendmentReason = reason;
    emit edit(tr("Change the agreement of %1").arg(m_followUp.name), EditFollowUpCommand::saving(wanted));
}

void AgreementPanel::withdraw()
{
    clearRefusal();
    const qint64 id = m_followUp.candidateId;
    const QDate withdrawnOn = m_withdrawnOnEdit->date();
    const QString reason = m_withdrawalReasonEdit->text().trimmed();
    emit edit(tr("Withdraw %1").arg(m_followUp.name),
              [id, withdrawnOn, reason](FollowUpStore &store) { return store.withdraw(id, withdrawnOn, reason); });
}
