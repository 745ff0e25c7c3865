#include "widgets/AmountField.h"

#include "widgets/Palette.h"

#include <QEvent>
#include <QLabel>
#include <QLineEdit>
#include <QStyle>
#include <QStyleOptionFrame>
#include <QVBoxLayout>

#include <algorithm>

AmountField::AmountField(const QString &baseName, QWidget *parent)
    : QWidget(parent), m_lineEdit(new QLineEdit(this)), m_errorLabel(new QLabel(this))
{
    setObjectName(baseName + QStringLiteral("Field"));
    m_lineEdit->setObjectName(baseName + QStringLiteral("Edit"));
    m_errorLabel->setObjectName(baseName + QStringLiteral("ErrorLabel"));
    m_lineEdit->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setStyleSheet(Palette::textStyle(Palette::errorText()));
    m_errorLabel->hide();
    // The message's line is kept when there is none, so that the form does not jump as one comes and goes.
    QSizePolicy policy = m_errorLabel->sizePolicy();
    policy.setRetainSizeWhenHidden(true);
    m_errorLabel->setSizePolicy(policy);
    m_errorLabel->setMinimumHeight(2 * m_errorLabel->fontMetrics().lineSpacing());
    m_errorLabel->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    // The field takes the focus for the whole widget, so that tab order and buddies reach the input.
    setFocusProxy(m_lineEdit);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_lineEdit);
    layout->addWidget(m_errorLabel);

    connect(m_lineEdit, &QLineEdit::textChanged, this, [this] {
        reparse();
        emit valueChanged();
    });
    reparse();
    fitWidthToAmounts();
}

void AmountField::fitWidthToAmounts()
{
    // Never narrower than the widest amount written in full ("99 999 999,99", nearly a hundred million
    // euros), so that an amount set in the field is never shown cut, whatever the layout around it and
    // the font (session mode enlarges it). The margins are those QLineEdit adds to its text.
    const QString widest = Money::fromCents(Q_INT64_C(9999999999)).toNumberString();
    QStyleOptionFrame option;
    option.initFrom(m_lineEdit);
    option.lineWidth = m_lineEdit->style()->pixelMetric(QStyle::PM_DefaultFrameWidth, &option, m_lineEdit);
    const QMargins textMargins = m_lineEdit->textMargins();
    const int textWidth = m_lineEdit->fontMetrics().horizontalAdvance(widest) + 2 * lineEditHorizontalMargin +
                          textMargins.left() + textMargins.right() + 1; // and the cursor
    const QSize size = m_lineEdit->style()->sizeFromContents(
        QStyle::CT_LineEdit, &option, QSize(textWidth, m_lineEdit->fontMetrics().height()), m_lineEdit);
    m_lineEdit->setMinimumWidth(size.width());
}

void AmountField::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::FontChange) {
        fitWidthToAmounts();
        m_errorLabel->setMinimumHeight(2 * m_errorLabel->fontMetrics().lineSpacing());
    }
}

std::optional<Money> AmountField::value() const
{
    return m_value;
}

bool AmountField::isEmpty() const
{
    return m_lineEdit->text().trimmed().isEmpty();
}

void AmountField::setValue(std::optional<Money> value)
{
    // The plain French form without the sign reads back through Money::parse unchanged.
    m_lineEdit->setText(value ? value->toNumberString() : QString());
    reparse();
}

void AmountField::setOptional(bool optional)
{
    m_optional = optional;
    reparse();
}

void AmountField::setReadOnly(bool readOnly)
{
    m_lineEdit->setReadOnly(readOnly);
}

void AmountField::setAccessibleName(const QString &name)
{
    m_lineEdit->setAccessibleName(name);
}

void AmountField::setPlaceholderText(const QString &text)
{
    m_lineEdit->setPlaceholderText(text);
}

void AmountField::reparse()
{
    m_value.reset();
    m_error.clear();
    if (isEmpty()) {
        // Empty is "not given": the form says what is missing; no red text before the user types.
        if (!m_optional && m_lineEdit->isModified())
            m_error = Money::parse(m_lineEdit->text()).error();
    } else {
        const Result<Money> parsed = Money::parse(m_lineEdit->text());
        if (parsed)
            m_value = parsed.value();
        else
            m_error = parsed.error();
    }
    m_errorLabel->setText(m_error);
    m_errorLabel->setVisible(!m_error.isEmpty());
    // A message longer than the space kept takes more, and keeps it when it goes: the form grows once at
    // most, and never jumps back.
    if (!m_error.isEmpty() && m_errorLabel->width() > 0)
        m_errorLabel->setMinimumHeight(
            std::max(m_errorLabel->minimumHeight(), m_errorLabel->heightForWidth(m_errorLabel->width())));
    m_lineEdit->setAccessibleDescription(m_error);
}
