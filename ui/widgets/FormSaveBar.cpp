#include "widgets/FormSaveBar.h"

#include "widgets/Palette.h"

#include <QDialogButtonBox>
#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

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

    // Both lines in one cell (only one shows at a time), its height kept when hidden: three lines of text.
    auto *messages = new QGridLayout;
    messages->setContentsMargins(0, 0, 0, 0);
    for (QLabel *label : {m_blockedLabel, m_refusalLabel}) {
        QSizePolicy policy = label->sizePolicy();
        policy.setRetainSizeWhenHidden(true);
        label->setSizePolicy(policy);
        label->setMinimumHeight(3 * label->fontMetrics().lineSpacing());
        label->setAlignment(Qt::AlignLeft | Qt::AlignTop);
        messages->addWidget(label, 0, 0);
    }
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(messages);
    layout->addWidget(m_buttonBox);
}

void FormSaveBar::setProblems(const QStringList &problems)
{
    const bool canSave = problems.isEmpty();
    m_why = canSave ? QString() : tr("Cannot save yet: %1").arg(problems.join(QLatin1Char(' ')));
    m_saveButton->setEnabled(canSave);
    m_saveButton->setToolTip(m_why);
    m_refusalLabel->hide();
    updateBlockedLabel();
}

void FormSaveBar::setProblemsShown(bool shown)
{
    m_problemsShown = shown;
    updateBlockedLabel();
}

void FormSaveBar::updateBlockedLabel()
{
    const bool show = m_problemsShown && !m_why.isEmpty();
    m_blockedLabel->setText(show ? m_why : QString());
    m_blockedLabel->setVisible(show);
    keepHeight(m_blockedLabel);
}

void FormSaveBar::keepHeight(QLabel *label)
{
    // A message longer than the space kept takes more, and both lines keep it when it goes: the form grows
    // once at most, and never jumps back.
    if (label->text().isEmpty() || label->width() <= 0)
        return;
    const int needed = std::max(label->minimumHeight(), label->heightForWidth(label->width()));
    m_blockedLabel->setMinimumHeight(needed);
    m_refusalLabel->setMinimumHeight(needed);
}

void FormSaveBar::showRefusal(const QString &message)
{
    m_refusalLabel->setText(message);
    m_refusalLabel->show();
    keepHeight(m_refusalLabel);
}

void FormSaveBar::setReadOnly(const QString &reason)
{
    m_saveButton->hide();
    m_problemsShown = true;
    m_blockedLabel->setText(reason);
    m_blockedLabel->show();
    m_refusalLabel->hide();
    m_cancelButton->setText(tr("Close"));
}
