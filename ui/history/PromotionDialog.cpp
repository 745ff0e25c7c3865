#include "history/PromotionDialog.h"

#include "widgets/AmountField.h"
#include "widgets/FormSaveBar.h"

#include <QCheckBox>
#include <QDate>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

PromotionDialog::PromotionDialog(const QSet<int> &takenNumbers, QWidget *parent)
    : QDialog(parent), m_takenNumbers(takenNumbers)
{
    setObjectName(QStringLiteral("promotionDialog"));
    setWindowTitle(tr("New promotion"));

    auto *form = new QFormLayout;

    m_numberSpinBox = new QSpinBox(this);
    m_numberSpinBox->setObjectName(QStringLiteral("numberSpinBox"));
    m_numberSpinBox->setRange(1, 999);
    m_numberSpinBox->setPrefix(QStringLiteral("FAST"));
    m_numberSpinBox->setAccessibleName(tr("Promotion number"));
    form->addRow(tr("&Number:"), m_numberSpinBox);

    m_yearSpinBox = new QSpinBox(this);
    m_yearSpinBox->setObjectName(QStringLiteral("yearSpinBox"));
    m_yearSpinBox->setRange(Promotion::minimumYear, Promotion::maximumYear);
    m_yearSpinBox->setValue(QDate::currentDate().year());
    m_yearSpinBox->setAccessibleName(tr("Year"));
    form->addRow(tr("&Year:"), m_yearSpinBox);

    m_envelopeField = new AmountField(QStringLiteral("envelope"), this);
    m_envelopeField->setAccessibleName(tr("Envelope"));
    m_envelopeField->setPlaceholderText(tr("e.g. 2 550 000"));
    form->addRow(tr("&Envelope:"), m_envelopeField);

    m_rateSpinBox = new QSpinBox(this);
    m_rateSpinBox->setObjectName(QStringLiteral("rateSpinBox"));
    m_rateSpinBox->setRange(1, 100);
    m_rateSpinBox->setValue(CofinancingRule::defaultRatePercent);
    m_rateSpinBox->setSuffix(QStringLiteral("\u00a0%"));
    m_rateSpinBox->setAccessibleName(tr("Co-financing rate"));
    form->addRow(tr("Co-financing &rate:"), m_rateSpinBox);

    m_capField = new AmountField(QStringLiteral("cap"), this);
    m_capField->setAccessibleName(tr("Cap per laureate"));
    m_capField->setValue(CofinancingRule::defaultCap());
    form->addRow(tr("&Cap per laureate:"), m_capField);

    m_ruleLabel = new QLabel(this);
    m_ruleLabel->setObjectName(QStringLiteral("ruleLabel"));
    form->addRow(QString(), m_ruleLabel);

    m_minimumScoreSpinBox = new QSpinBox(this);
    m_minimumScoreSpinBox->setObjectName(QStringLiteral("minimumScoreSpinBox"));
    m_minimumScoreSpinBox->setRange(0, 100);
    m_minimumScoreSpinBox->setAccessibleName(tr("Minimum score"));
    form->addRow(tr("&Minimum score:"), m_minimumScoreSpinBox);

    m_committeeDateCheckBox = new QCheckBox(tr("Committee &date:"), this);
    m_committeeDateCheckBox->setObjectName(QStringLiteral("committeeDateCheckBox"));
    m_committeeDateEdit = new QDateEdit(QDate::currentDate(), this);
    m_committeeDateEdit->setObjectName(QStringLiteral("committeeDateEdit"));
    m_committeeDateEdit->setCalendarPopup(true);
    m_committeeDateEdit->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
    m_committeeDateEdit->setAccessibleName(tr("Committee date"));
    m_committeeDateEdit->setEnabled(false);
    form->addRow(m_committeeDateCheckBox, m_committeeDateEdit);

    m_saveBar = new FormSaveBar(this);
    connect(m_saveBar, &FormSaveBar::saveClicked, this, &PromotionDialog::save);
    connect(m_saveBar, &FormSaveBar::cancelClicked, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_saveBar);

    setTabOrder(m_numberSpinBox, m_yearSpinBox);
    setTabOrder(m_yearSpinBox, m_envelopeField->lineEdit());
    setTabOrder(m_envelopeField->lineEdit(), m_rateSpinBox);
    setTabOrder(m_rateSpinBox, m_capField->lineEdit());
    setTabOrder(m_capField->lineEdit(), m_minimumScoreSpinBox);
    setTabOrder(m_minimumScoreSpinBox, m_committeeDateCheckBox);
    setTabOrder(m_committeeDateCheckBox, m_committeeDateEdit);
    setTabOrder(m_committeeDateEdit, m_saveBar->saveButton());
    setTabOrder(m_saveBar->saveButton(), m_saveBar->cancelButton());

    for (QSpinBox *spin : {m_numberSpinBox, m_yearSpinBox, m_rateSpinBox, m_minimumScoreSpinBox})
        connect(spin, &QSpinBox::valueChanged, this, &PromotionDialog::refresh);
    for (AmountField *field : {m_envelopeField, m_capField})
        connect(field, &AmountField::valueChanged, this, &PromotionDialog::refresh);
    connect(m_committeeDateCheckBox, &QCheckBox::toggled, m_committeeDateEdit, &QWidget::setEnabled);

    // A new promotion takes the next free number.
    int next = 1;
    for (int taken : std::as_const(m_takenNumbers))
        next = std::max(next, taken + 1);
    m_numberSpinBox->setValue(next);
    setMinimumWidth(460);
    refresh();
}

void PromotionDialog::setPromotion(const Promotion &promotion)
{
    m_original = promotion;
    setWindowTitle(tr("Promotion %1").arg(promotion.label()));
    m_numberSpinBox->setValue(promotion.number);
    m_yearSpinBox->setValue(promotion.year);
    m_envelopeField->setValue(promotion.envelope);
    m_rateSpinBox->setValue(promotion.rule.ratePercent());
    m_capField->setValue(promotion.rule.cap());
    m_minimumScoreSpinBox->setValue(promotion.minimumScore);
    m_committeeDateCheckBox->setChecked(promotion.committeeDate.isValid());
    if (promotion.committeeDate.isValid())
        m_committeeDateEdit->setDate(promotion.committeeDate);
    refresh();
}

Promotion PromotionDialog::promotion() const
{
    Promotion result = m_original;
    result.number = m_numberSpinBox->value();
    result.year = m_yearSpinBox->value();
    result.envelope = m_envelopeField->value().value_or(Money());
    result.rule = CofinancingRule(m_rateSpinBox->value(), m_capField->value().value_or(Money()));
    result.minimumScore = m_minimumScoreSpinBox->value();
    result.committeeDate = m_committeeDateCheckBox->isChecked() ? m_committeeDateEdit->date() : QDate();
    return result;
}

void PromotionDialog::refresh()
{
    const Promotion current = promotion();
    QStringList problems;
    if (m_envelopeField->isEmpty())
        problems.append(tr("The envelope is required."));
    else if (!m_envelopeField->error().isEmpty())
        problems.append(tr("Envelope: %1").arg(m_envelopeField->error()));
    if (m_capField->isEmpty())
        problems.append(tr("The cap per laureate is required."));
    else if (!m_capField->error().isEmpty())
        problems.append(tr("Cap per laureate: %1").arg(m_capField->error()));
    if (m_takenNumbers.contains(current.number))
        problems.append(tr("%1 already exists.").arg(current.label()));
    if (problems.isEmpty()) {
        if (const Outcome valid = current.validate(); !valid)
            problems.append(valid.error());
    }
    m_problems = problems;
    m_ruleLabel->setText(current.rule.validate() ? current.rule.describe() : QString());

    m_saveBar->setProblems(problems);
}

void PromotionDialog::save()
{
    if (!m_problems.isEmpty())
        return;
    if (m_saveHandler) {
        const Outcome outcome = m_saveHandler(promotion());
        if (!outcome) {
            m_saveBar->showRefusal(outcome.error());
            return;
        }
    }
    accept();
}
