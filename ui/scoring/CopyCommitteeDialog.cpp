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
Result<QList<Promotion>> sourcesInOrder(const CommitteeStore &store, int targetNumber)
{
    const Result<QList<Promotion>> stored = store.promotions();
    if (!stored)
        return stored;
    QList<Promotion> promotions;
    for (const Promotion &promotion : stored.value()) {
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
    return Result<QList<Promotion>>::success(promotions);
}

} // namespace

CopyCommitteeDialog::CopyCommitteeDialog(const CommitteeStore &store, const ScoringStore &scoring, int targetNumber,
                                         QWidget *parent)
    : QDialog(parent), m_targetNumber(targetNumber), m_sourceCombo(new QComboBox), m_explanationLabel(new QLabel)
{
    setObjectName(QStringLiteral("copyCommitteeDialog"));
    setWindowTitle(tr("Copy a committee into FAST%1").arg(targetNumber));
    m_sourceCombo->setObjectName(QStringLiteral("copySourceComboBox"));
    // A source list that could not be read in full is not offered at all: the read's words instead.
    const Result<QList<Promotion>> sources = sourcesInOrder(store, targetNumber);
    QString readError = sources ? QString() : sources.error();
    for (const Promotion &promotion : sources ? sources.value() : QList<Promotion>()) {
        const Result<QList<CommitteeMember>> members = scoring.members(promotion.number);
        if (!members) {
            readError = members.error();
            break;
        }
        m_sourceCombo->addItem(tr("%1 (%2) — %n member(s)", nullptr, int(members.value().size()))
                                   .arg(promotion.label())
                                   .arg(promotion.year),
                               promotion.number);
    }
    if (!readError.isEmpty())
        m_sourceCombo->clear();
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
    if (!readError.isEmpty())
        m_explanationLabel->setText(readError);
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
    const Result<QList<Promotion>> sources = sourcesInOrder(store, targetNumber);
    for (const Promotion &promotion : sources ? sources.value() : QList<Promotion>()) {
        const Result<QList<CommitteeMember>> members = scoring.members(promotion.number);
        if (members && !members.value().isEmpty())
            return promotion.number;
    }
    return 0;
}
