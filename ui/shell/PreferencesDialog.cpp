#include "shell/PreferencesDialog.h"

#include "domain/NameText.h"
#include "widgets/Palette.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

PreferencesDialog::PreferencesDialog(const QString &operatorName, QWidget *parent)
    : QDialog(parent), m_operatorEdit(new QLineEdit(operatorName)), m_problemLabel(new QLabel),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel))
{
    setObjectName(QStringLiteral("preferencesDialog"));
    setWindowTitle(tr("Preferences"));
    m_operatorEdit->setObjectName(QStringLiteral("operatorNameLineEdit"));
    // No maxLength: a line edit would cut a pasted name silently; the text policy refuses a long one instead.
    m_operatorEdit->setAccessibleName(tr("Operator name"));
    m_problemLabel->setObjectName(QStringLiteral("preferencesProblemLabel"));
    m_problemLabel->setStyleSheet(Palette::textStyle(Palette::errorText()));
    m_buttons->setObjectName(QStringLiteral("preferencesButtonBox"));

    auto *explanation = new QLabel(tr("The audit log records this name beside every change made in this window "
                                      "(candidates, notes, recusals, decisions, promotions). The command line "
                                      "option --operator overrides it for one run."));
    explanation->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("&Operator name:"), m_operatorEdit);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(explanation);
    layout->addWidget(m_problemLabel);
    layout->addWidget(m_buttons);

    connect(m_operatorEdit, &QLineEdit::textChanged, this, &PreferencesDialog::updateState);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    setMinimumWidth(460);
    updateState();
}

QString PreferencesDialog::operatorName() const
{
    const Result<QString> name = NameText::normalise(m_operatorEdit->text(), tr("Operator name"));
    return name ? name.value() : m_operatorEdit->text().trimmed();
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
    }
    m_problemLabel->setText(problem);
    m_problemLabel->setVisible(!problem.isEmpty());
    QPushButton *ok = m_buttons->button(QDialogButtonBox::Ok);
    ok->setEnabled(problem.isEmpty());
    ok->setToolTip(problem);
}
