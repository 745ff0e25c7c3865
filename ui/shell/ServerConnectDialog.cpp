#include "shell/ServerConnectDialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QUrl>
#include <QVBoxLayout>

ServerConnectDialog::ServerConnectDialog(QWidget *parent)
    : QDialog(parent), m_hostEdit(new QLineEdit(QStringLiteral("localhost"), this)), m_portSpinBox(new QSpinBox(this)),
      m_databaseEdit(new QLineEdit(this)), m_userEdit(new QLineEdit(qEnvironmentVariable("USER"), this)),
      m_passwordEdit(new QLineEdit(this))
{
    setObjectName(QStringLiteral("serverConnectDialog"));
    setWindowTitle(tr("Connect to a Server"));
    m_hostEdit->setObjectName(QStringLiteral("serverHostEdit"));
    m_portSpinBox->setObjectName(QStringLiteral("serverPortSpinBox"));
    m_portSpinBox->setRange(1, 65535);
    m_portSpinBox->setValue(5432);
    m_databaseEdit->setObjectName(QStringLiteral("serverDatabaseEdit"));
    m_databaseEdit->setPlaceholderText(QStringLiteral("comite_fast"));
    m_userEdit->setObjectName(QStringLiteral("serverUserEdit"));
    m_passwordEdit->setObjectName(QStringLiteral("serverPasswordEdit"));
    m_passwordEdit->setEchoMode(QLineEdit::Password);
    m_passwordEdit->setPlaceholderText(tr("from PGPASSWORD or ~/.pgpass when empty"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Server:"), m_hostEdit);
    form->addRow(tr("P&ort:"), m_portSpinBox);
    form->addRow(tr("&Database:"), m_databaseEdit);
    form->addRow(tr("&User:"), m_userEdit);
    form->addRow(tr("&Password:"), m_passwordEdit);
    auto *note = new QLabel(tr("The password is used for this connection only: Comité FAST never saves it."), this);
    note->setWordWrap(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_connectButton = buttons->addButton(tr("&Connect"), QDialogButtonBox::AcceptRole);
    m_connectButton->setObjectName(QStringLiteral("serverConnectButton"));
    m_connectButton->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (QLineEdit *edit : {m_hostEdit, m_databaseEdit, m_userEdit})
        connect(edit, &QLineEdit::textChanged, this, &ServerConnectDialog::updateConnectButton);

    // Room for a ministry's host name and a member's login without scrolling inside the field.
    m_hostEdit->setMinimumWidth(fontMetrics().horizontalAdvance(QLatin1Char('x')) * 36);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(buttons);
    m_databaseEdit->setFocus();
    updateConnectButton();
}

void ServerConnectDialog::setAddress(const QString &address)
{
    const QUrl url(address);
    m_hostEdit->setText(url.host());
    m_portSpinBox->setValue(url.port(5432));
    m_databaseEdit->setText(url.path().mid(1));
    m_userEdit->setText(url.userName());
    m_passwordEdit->clear();
}

QString ServerConnectDialog::address() const
{
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    url.setHost(m_hostEdit->text().trimmed());
    url.setPort(m_portSpinBox->value());
    url.setPath(QLatin1Char('/') + m_databaseEdit->text().trimmed());
    url.setUserName(m_userEdit->text().trimmed());
    if (!m_passwordEdit->text().isEmpty())
        url.setPassword(m_passwordEdit->text());
    return url.toString();
}

void ServerConnectDialog::updateConnectButton()
{
    // The three without which no server can be reached; the password may come from elsewhere.
    m_connectButton->setEnabled(!m_hostEdit->text().trimmed().isEmpty() &&
                                !m_databaseEdit->text().trimmed().isEmpty() && !m_userEdit->text().trimmed().isEmpty());
}
