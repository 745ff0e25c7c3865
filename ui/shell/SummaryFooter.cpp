#include "shell/SummaryFooter.h"

#include "reports/PromotionTotals.h"
#include "widgets/Palette.h"

#include <QCoreApplication>
#include <QGridLayout>
#include <QLabel>

namespace {

const QString redStyle = Palette::boldTextStyle(Palette::errorText());

} // namespace

SummaryFooter::SummaryFooter(QWidget *parent) : QFrame(parent), m_layout(new QGridLayout(this))
{
    setObjectName(QStringLiteral("footerFrame"));
    setFrameShape(QFrame::StyledPanel);
    for (const char *name : {"candidateCountLabel", "totalRequestedLabel", "totalEligibleLabel", "envelopeLabel",
                             "consumedLabel", "remainingLabel"}) {
        auto *label = new QLabel(this);
        label->setObjectName(QString::fromLatin1(name));
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
        m_labels.append(label);
    }
    for (qsizetype i = 0; i + 1 < m_labels.size(); ++i) {
        auto *separator = new QFrame(this);
        separator->setFrameShape(QFrame::VLine);
        separator->setFrameShadow(QFrame::Sunken);
        m_separators.append(separator);
    }
    layOut();
}

void SummaryFooter::showTotals(const PromotionTotals &totals, bool visible)
{
    candidateCountLabel()->setText(
        totals.shownCount == totals.candidateCount
            ? QCoreApplication::translate("MainWindow", "Candidates: %1").arg(totals.candidateCount)
            : QCoreApplication::translate("MainWindow", "Candidates: %1 (%2 shown)")
                  .arg(totals.candidateCount)
                  .arg(totals.shownCount));
    totalRequestedLabel()->setText(
        QCoreApplication::translate("MainWindow", "Requested: %1").arg(totals.requested.toString()));
    totalEligibleLabel()->setText(
        QCoreApplication::translate("MainWindow", "Eligible: %1").arg(totals.eligible.toString()));
    envelopeLabel()->setText(QCoreApplication::translate("MainWindow", "Envelope: %1").arg(totals.envelope.toString()));
    consumedLabel()->setText(QCoreApplication::translate("MainWindow", "Consumed: %1").arg(totals.consumed.toString()));
    if (totals.overspent()) {
        // Overspending is shown, never hidden (rules.md).
        remainingLabel()->setText(QCoreApplication::translate("MainWindow", "Remaining: %1 (overspent by %2)")
                                      .arg(totals.remaining().toString(), totals.overspentBy().toString()));
        remainingLabel()->setStyleSheet(redStyle);
    } else {
        remainingLabel()->setText(
            QCoreApplication::translate("MainWindow", "Remaining: %1").arg(totals.remaining().toString()));
        remainingLabel()->setStyleSheet(QString());
    }
    for (QLabel *label : std::as_const(m_labels))
        label->setVisible(visible);
}

void SummaryFooter::setTwoRows(bool twoRows)
{
    if (twoRows == m_twoRows)
        return;
    m_twoRows = twoRows;
    layOut();
}

void SummaryFooter::layOut()
{
    for (QLabel *label : std::as_const(m_labels))
        m_layout->removeWidget(label);
    for (QFrame *separator : std::as_const(m_separators))
        m_layout->removeWidget(separator);
    // Label i in column 2 × (its place in the row), its separator after it; the column after the last
    // label takes the remaining width, so that the figures stay packed on the left.
    const qsizetype perRow = m_twoRows ? (m_labels.size() + 1) / 2 : m_labels.size();
    for (qsizetype i = 0; i < m_labels.size(); ++i) {
        const int row = int(i / perRow);
        const int place = int(i % perRow);
        m_layout->addWidget(m_labels.at(i), row, 2 * place);
        if (i + 1 < m_labels.size()) {
            QFrame *separator = m_separators.at(i);
            const bool endsRow = place == perRow - 1;
            separator->setVisible(!endsRow);
            if (!endsRow)
                m_layout->addWidget(separator, row, 2 * place + 1);
        }
    }
    for (int column = 0; column < m_layout->columnCount(); ++column)
        m_layout->setColumnStretch(column, 0);
    m_layout->setColumnStretch(int(2 * perRow), 1);
}
