#include "history/ClosePromotionDialog.h"

#include "widgets/Palette.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace {

const QString displayFormat = QStringLiteral("dd/MM/yyyy");

} // namespace

ClosePromotionDialog::ClosePromotionDialog(const Promotion &promotion, const QDate &today, QWidget *parent)
    : QDialog(parent), m_dateEdit(new QLineEdit), m_problemLabel(new QLabel),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel))
{
    setObjectName(QStringLiteral("closePromotionDialog"));
    setWindowTitle(tr("Close %1").arg(promotion.label()));
    auto *question = new QLabel(tr("Close %1? Its candidates and decisions become read-only; reopening needs a "
                                   "written reason. The official list will say it was adopted by the committee of "
                                   "the date below.")
                                    .arg(promotion.label()));
    question->setObjectName(QStringLiteral("closeQuestionLabel"));
    question->setWordWrap(true);
    m_dateEdit->setObjectName(QStringLiteral("committeeDateLineEdit"));
    m_dateEdit->setAccessibleName(tr("Committee date"));
    m_dateEdit->setPlaceholderText(tr("dd/mm/yyyy"));
    m_dateEdit->setText((promotion.committeeDate.isValid() ? promotion.committeeDate : today).toString(displayFormat));
    m_problemLabel->setObjectName(QStringLiteral("closeProblemLabel"));
    m_problemLabel->setStyleSheet(Palette::textStyle(Palette::errorText()));
    m_problemLabel->setWordWrap(true);
    m_buttons->setObjectName(QStringLiteral("closeButtonBox"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Close %1").arg(promotion.label()));

    auto *form = new QFormLayout;
    form->addRow(tr("Committee &date:"), m_dateEdit);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(question);
    layout->addLayout(form);
    layout->addWidget(m_problemLabel);
    layout->addWidget(m_buttons);

    connect(m_dateEdit, &QLineEdit::textChanged, this, &ClosePromotionDialog::refresh);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ClosePromotionDialog::closePromotion);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    setMinimumWidth(460);
    refresh();
    m_dateEdit->selectAll();
}

QDate ClosePromotionDialog::parseDate(const QString &text)
{
    const QString trimmed = text.trimmed();
    for (const QString &format : {displayFormat, QStringLiteral("d/M/yyyy"), QStringLiteral("yyyy-MM-dd")}) {
        const QDate date = QDate::fromString(trimmed, format);
        if (date.isValid())
            return date;
    }
    return QDate();
}

QDate ClosePromotionDialog::committeeDate() const
{
    return parseDate(m_dateEdit->text());
}

QString ClosePromotionDialog::problem() const
{
    if (m_dateEdit->text().trimmed().isEmpty())
        return tr("Enter the committee's date: the official list says which committee adopted it.");
    if (!committeeDate().isValid())
        return tr("\"%1\" is not a date: write it as dd/mm/yyyy, for example 12/06/2026.").arg(m_dateEdit->text());
    return QString();
}

void ClosePromotionDialog::refresh()
{
    const QString text = problem();
    m_problemLabel->setText(text);
    // The space stays reserved so that the dialog does not jump as the message comes and goes.
    m_problemLabel->setMinimumHeight(m_problemLabel->fontMetrics().lineSpacing() * 2);
    QPushButton *ok = m_buttons->button(QDialogButtonBox::Ok);
    ok->setEnabled(text.isEmpty());
    ok->setToolTip(text);
}

void ClosePromotionDialog::closePromotion()
{
    // Enter in the date field reaches here even with the button disabled: the refusal is said again.
    if (const QString text = problem(); !text.isEmpty()) {
        m_problemLabel->setText(text);
        return;
    }
    if (m_closeHandler) {
        if (const Outcome closed = m_closeHandler(committeeDate()); !closed) {
            m_problemLabel->setText(closed.error());
            return;
        }
    }
    accept();
}
