#include "shell/PreferencesDialog.h"

#include "domain/NameText.h"
#include "reports/LaureateList.h"
#include "shell/AuthoritySetting.h"
#include "widgets/Palette.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

PreferencesDialog::PreferencesDialog(const QString &operatorName, QWidget *parent)
    : QDialog(parent), m_operatorEdit(new QLineEdit(operatorName)),
      m_authorityEdit(new QLineEdit(AuthoritySetting::current())), m_problemLabel(new QLabel),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel))
{
    setObjectName(QStringLiteral("preferencesDialog"));
    setWindowTitle(tr("Preferences"));
    m_operatorEdit->setObjectName(QStringLiteral("operatorNameLineEdit"));
    // No maxLength: a line edit would cut a pasted name silently; the text policy refuses a long one instead.
    m_operatorEdit->setAccessibleName(tr("Operator name"));
    m_authorityEdit->setObjectName(QStringLiteral("authorityLineEdit"));
    m_authorityEdit->setAccessibleName(tr("Issuing authority"));
    m_authorityEdit->setPlaceholderText(LaureateList::defaultAuthority());
    // The whole text is seen while it is edited: the default alone is a hundred characters.
    m_authorityEdit->setMinimumWidth(
        m_authorityEdit->fontMetrics().horizontalAdvance(LaureateList::defaultAuthority()) / 2);
    // The beginning of the authority shows, not its end.
    m_authorityEdit->setCursorPosition(0);
    m_problemLabel->setObjectName(QStringLiteral("preferencesProblemLabel"));
    m_problemLabel->setStyleSheet(Palette::textStyle(Palette::errorText()));
    m_buttons->setObjectName(QStringLiteral("preferencesButtonBox"));

    auto *explanation = new QLabel(tr("The audit log records this name beside every change made in this window "
                                      "(candidates, notes, recusals, decisions, promotions). The command line "
                                      "option --operator overrides it for one run."));
    explanation->setWordWrap(true);
    auto *authorityExplanation = new QLabel(tr("Printed at the top of every page of the official list of the "
                                               "laureates. Leave it empty for the fund's own. The command line "
                                               "takes --authority instead."));
    authorityExplanation->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("&Operator name:"), m_operatorEdit);
    auto *authorityForm = new QFormLayout;
    authorityForm->addRow(tr("Issuing &authority:"), m_authorityEdit);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(explanation);
    layout->addSpacing(8);
    layout->addLayout(authorityForm);
    layout->addWidget(authorityExplanation);
    layout->addWidget(m_problemLabel);
    layout->addWidget(m_buttons);

    connect(m_operatorEdit, &QLineEdit::textChanged, this, &PreferencesDialog::updateState);
    connect(m_authorityEdit, &QLineEdit::textChanged, this, &PreferencesDialog::updateState);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(this, &QDialog::accepted, this, &PreferencesDialog::storeAuthority);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    setMinimumWidth(640);
    updateState();
}

QString PreferencesDialog::operatorName() const
{
    const Result<QString> name = NameText::normalise(m_operatorEdit->text(), tr("Operator name"));
    return name ? name.value() : m_operatorEdit->text().trimmed();
}

QString PreferencesDialog::authority() const
{
    if (m_authorityEdit->text().trimmed().isEmpty())
        return LaureateList::defaultAuthority();
    const Result<QString> text = NameText::normalise(m_authorityEdit->text(), tr("Issuing authority"));
    return text ? text.value() : m_authorityEdit->text().trimmed();
}

void PreferencesDialog::storeAuthority()
{
    // OK was enabled only for a text the policy accepts: this store cannot be refused.
    AuthoritySetting::store(authority());
}

void PreferencesDialog::updateState()
{
    // The name is checked as every name is (NameText): a line break would forge an audit line, a
    // zero-width or bidirectional character would hide who signed it. Said, never stripped.
    QString problem;
    if (m_operatorEdit->text().trimmed().isEmpty()) {
        problem = tr("Enter a name: the audit log must say who made each change.");
    } else if (const Result<QString> name = NameText::normalise(m_operatorEdit->text(), tr("Operator name")); !name) {
        problem = name.error();
    } else if (!m_authorityEdit->text().trimmed().isEmpty()) {
        // An empty authority means the default one; anything else heads an official document and is checked.
        if (const Result<QString> text = NameText::normalise(m_authorityEdit->text(), tr("Issuing authority")); !text)
            problem = text.error();
    }
    m_problemLabel->setText(problem);
    m_problemLabel->setVisible(!problem.isEmpty());
    QPushButton *ok = m_buttons->button(QDialogButtonBox::Ok);
    ok->setEnabled(problem.isEmpty());
    ok->setToolTip(problem);
}
