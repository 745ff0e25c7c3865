#pragma once

#include <QFrame>
#include <QStringList>

class QLabel;
class QPushButton;

// The strip at the top of the window while the connection to the committee's server is lost: what happened
// and what becomes of the user's changes, in words ("Connection to pg.example.gouv.fr lost; your change is
// kept and will be sent when the server is back."), the changes waiting, when the next attempt comes, and
// Try Now. Not modal: the committee goes on reading and typing while it shows.
class ConnectionBanner : public QFrame
{
    Q_OBJECT

public:
    explicit ConnectionBanner(QWidget *parent = nullptr);

    // Shown with the server's host and the changes kept, in the order they will be sent.
    void showLost(const QString &host, const QStringList &pending);
    // The last attempt failed: the next one comes in that many milliseconds.
    void showNextAttempt(int milliseconds);

    QString message() const;
    QLabel *messageLabel() const { return m_message; }
    QLabel *pendingLabel() const { return m_pending; }
    QPushButton *tryNowButton() const { return m_tryNow; }

    // The first line: the host and how many changes are kept.
    static QString lostMessage(const QString &host, int pendingCount);

signals:
    void tryNowRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyFont();

    QLabel *m_message;
    QLabel *m_pending;
    QLabel *m_attempt;
    QPushButton *m_tryNow;
};
