#include "shell/DatabaseSession.h"
#include "shell/MainWindow.h"
#include "shell/ServerConnectDialog.h"

#include "TestDatabaseLocation.h"

#include <QAction>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTest>
#include <QUrl>

// File > Connect to a Server…: the dialog makes the address from its fields, the password only for the
// connection; the committee opens on the server, and neither the recent list nor the settings ever hold
// the password.
class TestServerConnectDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void addressFromTheFields();
    void connectNeedsServerDatabaseAndUser();
    void lastServerFillsTheFieldsButNotThePassword();
    void inTheFileMenu();
    void opensTheCommitteeOnTheServerWithoutKeepingThePassword();
};

void TestServerConnectDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("DINUM-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("fast-committee-serverconnect-tests"));
}

void TestServerConnectDialog::init()
{
    QSettings().clear();
}

void TestServerConnectDialog::addressFromTheFields()
{
    ServerConnectDialog dialog;
    dialog.hostEdit()->setText(QStringLiteral(" pg.dinum.gouv.fr "));
    dialog.portSpinBox()->setValue(6543);
    dialog.databaseEdit()->setText(QStringLiteral("comite_fast"));
    dialog.userEdit()->setText(QStringLiteral("secretariat"));
    QCOMPARE(dialog.address(), QStringLiteral("postgresql://secretariat@pg.dinum.gouv.fr:6543/comite_fast"));
    dialog.passwordEdit()->setText(QStringLiteral("s3cret/@:"));
    QCOMPARE(dialog.address(),
             QStringLiteral("postgresql://secretariat:s3cret%2F%40:@pg.dinum.gouv.fr:6543/comite_fast"));
    QCOMPARE(QUrl(dialog.address()).password(), QStringLiteral("s3cret/@:"));
    QCOMPARE(dialog.passwordEdit()->echoMode(), QLineEdit::Password);
}

void TestServerConnectDialog::connectNeedsServerDatabaseAndUser()
{
    ServerConnectDialog dialog;
    auto *connectButton = dialog.findChild<QPushButton *>(QStringLiteral("serverConnectButton"));
    QVERIFY(connectButton);
    dialog.userEdit()->setText(QStringLiteral("membre"));
    QCOMPARE(dialog.databaseEdit()->text(), QString());
    QVERIFY(!connectButton->isEnabled());
    QTest::keyClicks(dialog.databaseEdit(), QStringLiteral("comite_fast"));
    QVERIFY(connectButton->isEnabled());
    dialog.hostEdit()->clear();
    QVERIFY(!connectButton->isEnabled());
}

void TestServerConnectDialog::lastServerFillsTheFieldsButNotThePassword()
{
    ServerConnectDialog dialog;
    dialog.passwordEdit()->setText(QStringLiteral("typed before"));
    dialog.setAddress(QStringLiteral("postgresql://membre:ignored@10.0.0.5:5433/fast13"));
    QCOMPARE(dialog.hostEdit()->text(), QStringLiteral("10.0.0.5"));
    QCOMPARE(dialog.portSpinBox()->value(), 5433);
    QCOMPARE(dialog.databaseEdit()->text(), QStringLiteral("fast13"));
    QCOMPARE(dialog.userEdit()->text(), QStringLiteral("membre"));
    QCOMPARE(dialog.passwordEdit()->text(), QString());
}

void TestServerConnectDialog::inTheFileMenu()
{
    MainWindow window;
    QAction *connect = window.findChild<QAction *>(QStringLiteral("connectServerAction"));
    QVERIFY(connect);
    QCOMPARE(connect->text(), QStringLiteral("Connect to a &Server…"));
    QMenu *fileMenu = window.menuBar()->actions().constFirst()->menu();
    QVERIFY(fileMenu);
    const QList<QAction *> actions = fileMenu->actions();
    // After New and Open, before the recent files.
    QCOMPARE(actions.indexOf(connect), 2);
}

void TestServerConnectDialog::opensTheCommitteeOnTheServerWithoutKeepingThePassword()
{
    TestDatabaseLocation server(TestDatabaseLocation::Engine::PostgreSql);
    if (server.address().isEmpty())
        QSKIP(qPrintable(server.error()));
    QUrl withPassword(server.address());
    withPassword.setPassword(QStringLiteral("unused-by-a-trusting-server"));
    {
        DatabaseSession session;
        const Outcome opened = session.open(withPassword.toString());
        QVERIFY2(opened.ok(), qPrintable(opened.error()));
        QVERIFY(session.isOpen());
        QCOMPARE(session.path(), server.address());
        QCOMPARE(DatabaseSession::recentFiles(), QStringList(server.address()));
        QCOMPARE(QSettings().value(QStringLiteral("lastDatabase")).toString(), server.address());
        for (const QString &key : QSettings().allKeys())
            QVERIFY2(!QSettings().value(key).toString().contains(QStringLiteral("unused-by-a-trusting-server")),
                     qPrintable(key));
    }
}

QTEST_MAIN(TestServerConnectDialog)
#include "tst_serverconnectdialog.moc"
