#pragma once

#include <QDialog>

class QLineEdit;
class QPushButton;
class QSpinBox;

// File > Connect to a Server…: where a committee's shared PostgreSQL server is (host, port, database) and
// who connects (user, password). The password goes into the address handed to the database for this
// connection only: it is never written to the settings or the recent list, and left empty it comes from
// PGPASSWORD or ~/.pgpass, as every PostgreSQL client's does.
class ServerConnectDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ServerConnectDialog(QWidget *parent = nullptr);

    // Fills the fields from an address (a recent one, say), its password left out.
    void setAddress(const QString &address);
    // postgresql://USER:PASSWORD@HOST:PORT/DATABASE, the password only when one was typed.
    QString address() const;

    QLineEdit *hostEdit() const { return m_hostEdit; }
    QSpinBox *portSpinBox() const { return m_portSpinBox; }
    QLineEdit *databaseEdit() const { return m_databaseEdit; }
    QLineEdit *userEdit() const { return m_userEdit; }
    QLineEdit *passwordEdit() const { return m_passwordEdit; }

private:
    void updateConnectButton();

    QLineEdit *m_hostEdit;
    QSpinBox *m_portSpinBox;
    QLineEdit *m_databaseEdit;
    QLineEdit *m_userEdit;
    QLineEdit *m_passwordEdit;
    QPushButton *m_connectButton;
};
