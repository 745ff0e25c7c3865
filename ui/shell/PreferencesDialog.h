#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

// The application's preferences: the operator's name that the audit log records beside every change
// made in the window (rules.md, "Decisions and promotion lifecycle"), and the issuing authority the
// official list of the laureates prints on every page (AuthoritySetting, which the dialog stores itself on
// OK: nothing else in the window holds it). OK stays disabled, saying why,
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
    // The authority as stored (NFC, trimmed).
    QString authority() const;

private:
    void updateState();

    void storeAuthority();

    QLineEdit *m_operatorEdit;
    QLineEdit *m_authorityEdit;
    QLabel *m_problemLabel;
    QDialogButtonBox *m_buttons;
};
