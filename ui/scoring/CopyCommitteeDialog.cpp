#include "scoring/CopyCommitteeDialog.h"

#include "storage/CommitteeStore.h"
#include "storage/ScoringStore.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace {

// Earlier promotions first (newest of them first), then later ones: a committee is copied forward.
QList<Promotion> sourcesInOrder(const CommitteeStore &store, int targetNumber)
{
    QList<Promotion> promotions;
    for (const Promotion &promotion : store.promotions()) {
        if (promotion.number != targetNumber)
            promotions.append(promotion);
    }
    std::sort(promotions.begin(), promotions.end(), [targetNumber](const Promotion &a, const Promotion &b) {
        const bool aEarlier = a.number < targetNumber;
        const bool bEarlier = b.number < targetNumber;
        if (aEarlier != bEarlier)
            return aEarlier;
        return aEarlier ? a.number > b.number : a.number < b.number;
    });
    return promotions;
}

} // namespace

CopyCommitteeDialog::CopyCommitteeDialog(const CommitteeStore &store, const ScoringStore &scoring, int targetNumber,
                                         QWidget *parent)
    : QDialog(parent), m_targetNumber(targetNumber), m_sourceCombo(new QComboBox), m_explanationLabel(new QLabel)
{
    setObjectName(QStringLiteral("copyCommitteeDialog"));
    setWindowTitle(tr("Copy a committee into FAST%1").arg(targetNumber));
    m_sourceCombo->setObjectName(QStringLiteral("copySourceComboBox"));
    for (const Promotion &promotion : sourcesInOrder(store, targetNumber)) {
        const int members = int(scoring.members(promotion.number).size());
        m_sourceCombo->addItem(
            tr("%1 (%2) — %n member(s)", nullptr, members).arg(promotion.label()).arg(promotion.year),
            promotion.number);
    }
    setSourceNumber(defaultSource(store, scoring, targetNumber));
    m_explanationLabel->setObjectName(QStringLiteral("copyExplanationLabel"));
    m_explanationLabel->setWordWrap(true);

    auto *form = new QFormLayout;
    form->addRow(tr("Copy &from:"), m_sourceCombo);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Copy"));
    buttons->button(QDialogButtonBox::Ok)->setEnabled(m_sourceCombo->count() > 0);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_sourceCombo, &QComboBox::currentIndexChanged, this, &CopyCommitteeDialog::updateExplanation);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_explanationLabel);
    layout->addWidget(buttons);
    updateExplanation();
    setMinimumWidth(460);
}

int CopyCommitteeDialog::sourceNumber() const
{
    return m_sourceCombo->currentData().toInt();
}

void CopyCommitteeDialog::setSourceNumber(int number)
{
    const int index = m_sourceCombo->findData(number);
    if (index >= 0)
        m_sourceCombo->setCurrentIndex(index);
}

void CopyCommitteeDialog::updateExplanation()
{
    m_explanationLabel->setText(
        tr("The members FAST%1 does not have yet are added, and its criteria become those of FAST%2 (names and "
           "weights). Undo (Ctrl+Z) takes the copy back.")
            .arg(m_targetNumber)
            .arg(sourceNumber()));
}

int CopyCommitteeDialog::defaultSource(const CommitteeStore &store, const ScoringStore &scoring, int targetNumber)
{
    for (const Promotion &promotion : sourcesInOrder(store, targetNumber)) {
        if (!scoring.members(promotion.number).isEmpty())
            return promotion.number;
    }
    return 0;
}
