#include "followup/FollowUpPanel.h"

#include "widgets/Palette.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>

FollowUpPanel::FollowUpPanel(const QString &title, const QString &errorLabelName, QWidget *parent)
    : QGroupBox(title, parent), m_errorLabel(new QLabel(this))
{
    m_errorLabel->setObjectName(errorLabelName);
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setStyleSheet(Palette::textStyle(Palette::errorText()));
    m_errorLabel->hide();
}

void FollowUpPanel::showRefusal(const QString &message)
{
    m_errorLabel->setText(message);
    m_errorLabel->setVisible(!message.isEmpty());
}

void FollowUpPanel::clearRefusal()
{
    showRefusal(QString());
}

void FollowUpPanel::lockEditing()
{
    for (QAbstractButton *button : findChildren<QAbstractButton *>()) {
        // A table's corner button selects every cell: reading, not editing.
        if (!qobject_cast<QAbstractItemView *>(button->parentWidget()))
            button->setEnabled(false);
    }
    for (QLineEdit *edit : findChildren<QLineEdit *>())
        edit->setEnabled(false);
    for (QAbstractSpinBox *spinBox : findChildren<QAbstractSpinBox *>())
        spinBox->setEnabled(false);
}

QDateEdit *FollowUpPanel::makeDateEdit(const QString &name, QWidget *parent)
{
    auto *edit = new QDateEdit(QDate::currentDate(), parent);
    edit->setObjectName(name);
    edit->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
    edit->setCalendarPopup(true);
    return edit;
}
