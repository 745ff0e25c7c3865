#pragma once

#include "commands/EditFollowUpCommand.h"
#include "domain/LaureateFollowUp.h"

#include <QGroupBox>

class QDateEdit;
class QLabel;

// The base of the follow-up dialog's sections (agreement, tranches, accompaniment): each shows the
// laureate's follow-up as last read, asks for a change as a write (edit()), which the dialog turns into an
// undoable command, and shows the store's refusal in words under its own fields.
class FollowUpPanel : public QGroupBox
{
    Q_OBJECT

public:
    FollowUpPanel(const QString &title, const QString &errorLabelName, QWidget *parent = nullptr);

    virtual void setFollowUp(const LaureateFollowUp &followUp) = 0;
    void showRefusal(const QString &message);
    void clearRefusal();
    // Leaves the section readable (its table scrolls and selects) with nothing to type in or press: for a role
    // the server would refuse (RoleGate's rule for the dialogs it cannot reach). Called after setFollowUp(),
    // which enables the buttons the laureate's state allows.
    void lockEditing();
    QLabel *errorLabel() const { return m_errorLabel; }

signals:
    void edit(const QString &text, const EditFollowUpCommand::Write &write);

protected:
    static QDateEdit *makeDateEdit(const QString &name, QWidget *parent);

    QLabel *m_errorLabel;
};
