#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

// The application's preferences: the operator's name that the audit log records beside every change
// made in the window (rules.md, "Decisions and promotion lifecycle"). OK stays disabled, saying why,
// while the name is empty, because an audit entry without a name would not say who changed what, and while
// the text policy refuses it (NameText: a line break, an invisible or bidirectional character, more than
// 200 characters).
class PreferencesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PreferencesDialog(const QString &operatorName, QWidget *parent = nullptr);

    // The name as stored (NFC, trimmed) once accepted.
    QString operatorName() const;

private:
    void updateState();

    QLineEdit *m_operatorEdit;
    QLabel *m_problemLabel;
    QDialogButtonBox *m_buttons;
};
