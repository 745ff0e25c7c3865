#pragma once

#include <QStringList>
#include <QWidget>

class QDialogButtonBox;
class QLabel;
class QPushButton;

// The bottom of the window's forms (candidate, promotion): Save and Cancel, a line saying why Save is
// disabled while the form holds problems, and a line for a refusal of the store after Save was pressed.
// The forms decide what the problems are; this bar only shows them the same way everywhere. The two
// lines share one place whose height is kept whether a message shows or not, so that a form does not
// jump as messages come and go.
class FormSaveBar : public QWidget
{
    Q_OBJECT

public:
    explicit FormSaveBar(QWidget *parent = nullptr);

    QPushButton *saveButton() const { return m_saveButton; }
    QPushButton *cancelButton() const { return m_cancelButton; }

    // Save is enabled when there are none; otherwise its tooltip and the visible line give them all.
    // A refusal shown earlier is cleared, since the form changed.
    void setProblems(const QStringList &problems);
    // Whether the problems are written in the visible line (Save's tooltip always says them). A form opens
    // with them unshown and shows them once the user has changed something: an empty form is not an error.
    void setProblemsShown(bool shown);
    bool problemsShown() const { return m_problemsShown; }
    // The store refused what Save sent: the message stays until the form changes.
    void showRefusal(const QString &message);
    // For a closed promotion: no Save, the reason shown, Cancel becomes Close.
    void setReadOnly(const QString &reason);

signals:
    void saveClicked();
    void cancelClicked();

private:
    void updateBlockedLabel();
    // Raises both lines' kept height to what label's text needs.
    void keepHeight(QLabel *label);

    bool m_problemsShown = true;
    QString m_why;
    QLabel *m_blockedLabel;
    QLabel *m_refusalLabel;
    QDialogButtonBox *m_buttonBox;
    QPushButton *m_saveButton;
    QPushButton *m_cancelButton;
};
