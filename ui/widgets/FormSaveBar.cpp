#include "widgets/FormSaveBar.h"

#include "widgets/Palette.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

FormSaveBar::FormSaveBar(QWidget *parent)
    : QWidget(parent), m_blockedLabel(new QLabel(this)), m_refusalLabel(new QLabel(this)),
      m_buttonBox(new QDialogButtonBox(this))
{
    setObjectName(QStringLiteral("formSaveBarWidget"));
    m_blockedLabel->setObjectName(QStringLiteral("saveBlockedLabel"));
    m_blockedLabel->setWordWrap(true);
    m_blockedLabel->setStyleSheet(Palette::textStyle(Palette::blockedText()));
    m_blockedLabel->hide();
    m_refusalLabel->setObjectName(QStringLiteral("storeErrorLabel"));
    m_refusalLabel->setWordWrap(true);
    m_refusalLabel->setStyleSheet(Palette::boldTextStyle(Palette::errorText()));
    m_refusalLabel->hide();

    m_buttonBox->setObjectName(QStringLiteral("dialogButtonBox"));
    m_saveButton = m_buttonBox->addButton(tr("&Save"), QDialogButtonBox::AcceptRole);
    m_saveButton->setObjectName(QStringLiteral("saveButton"));
    m_saveButton->setDefault(true);
    m_cancelButton = m_buttonBox->addButton(QDialogButtonBox::Cancel);
    m_cancelButton->setObjectName(QStringLiteral("cancelButton"));
    connect(m_saveButton, &QPushButton::clicked, this, &FormSaveBar::saveClicked);
    connect(m_buttonBox, &QDialogButtonBox::rejected, this, &FormSaveBar::cancelClicked);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_blockedLabel);
    layout->addWidget(m_refusalLabel);
    layout->addWidget(m_buttonBox);
}

void FormSaveBar::setProblems(const QStringList &problems)
{
    const bool canSave = problems.isEmpty();
    const QString why = canSave ? QString() : tr("Cannot save yet: %1").arg(problems.join(QLatin1Char(' ')));
    m_saveButton->setEnabled(canSave);
    m_saveButton->setToolTip(why);
    m_blockedLabel->setText(why);
    m_blockedLabel->setVisible(!canSave);
    m_refusalLabel->hide();
}

void FormSaveBar::showRefusal(const QString &message)
{
    m_refusalLabel->setText(message);
    m_refusalLabel->show();
}

void FormSaveBar::setReadOnly(const QString &reason)
{
    m_saveButton->hide();
    m_blockedLabel->setText(reason);
    m_blockedLabel->show();
    m_refusalLabel->hide();
    m_cancelButton->setText(tr("Close"));
}
