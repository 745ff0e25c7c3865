#include "followup/FollowUpPanel.h"

#include "widgets/Palette.h"

#include <QDateEdit>
#include <QLabel>

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

QDateEdit *FollowUpPanel::makeDateEdit(const QString &name, QWidget *parent)
{
    auto *edit = new QDateEdit(QDate::currentDate(), parent);
    edit->setObjectName(name);
    edit->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
    edit->setCalendarPopup(true);
    return edit;
}
