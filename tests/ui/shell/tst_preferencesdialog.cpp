#include "cli/CommandLine.h"
#include "reports/LaureateList.h"
#include "shell/AuthoritySetting.h"
#include "shell/MainWindow.h"
#include "shell/OperatorSetting.h"
#include "shell/PreferencesDialog.h"
#include "storage/CommitteeStore.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QTemporaryDir>
#include <QtTest>

#include <pwd.h>
#include <unistd.h>

// The operator's name set in Preferences is what the audit log records for the window's changes, and it
// is remembered for the next start; an empty name cannot be accepted.
class TestPreferencesDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void emptyNameIsRefusedWithReason();
    void hiddenCharactersAreRefusedWithReason_data();
    void hiddenCharactersAreRefusedWithReason();
    void acceptedNameIsStoredAndAudited();
    void settingFallsBackToSystemUser();
    void authorityIsStoredAndPrinted();
    void refusedAuthorityKeepsOkDisabled();

private:
    QTemporaryDir *m_dir = nullptr;
    MainWindow *m_window = nullptr;
};

void TestPreferencesDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("DINUM-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_preferencesdialog"));
}

void TestPreferencesDialog::init()
{
    QSettings().clear();
    m_dir = new QTemporaryDir;
    QVERIFY(m_dir->isValid());
    m_window = new MainWindow;
    m_window->setOperatorName(QStringLiteral("Secrétariat"));
    const Outcome opened = m_window->openDatabase(m_dir->filePath(QStringLiteral("committee.sqlite")));
    QVERIFY2(opened.ok(), qPrintable(opened.error()));
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
}

void TestPreferencesDialog::cleanup()
{
    delete m_window;
    m_window = nullptr;
    delete m_dir;
    m_dir = nullptr;
}

void TestPreferencesDialog::emptyNameIsRefusedWithReason()
{
    m_window->findChild<QAction *>(QStringLiteral("preferencesAction"))->trigger();
    auto *dialog = m_window->findChild<PreferencesDialog *>(QStringLiteral("preferencesDialog"));
    QVERIFY(dialog);
    auto *edit = dialog->findChild<QLineEdit *>(QStringLiteral("operatorNameLineEdit"));
    QCOMPARE(edit->text(), QStringLiteral("Secrétariat"));
    QPushButton *ok =
        dialog->findChild<QDialogButtonBox *>(QStringLiteral("preferencesButtonBox"))->button(QDialogButtonBox::Ok);
    QVERIFY(ok->isEnabled());

    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    QTest::keyClicks(edit, QStringLiteral("   "));
    QVERIFY(!ok->isEnabled());
    QCOMPARE(dialog->findChild<QLabel *>(QStringLiteral("preferencesProblemLabel"))->text(),
             QStringLiteral("Enter a name: the audit log must say who made each change."));
    QCOMPARE(ok->toolTip(), QStringLiteral("Enter a name: the audit log must say who made each change."));
    dialog->reject();
}

void TestPreferencesDialog::hiddenCharactersAreRefusedWithReason_data()
{
    QTest::addColumn<QString>("pasted");
    QTest::addColumn<QString>("problem");
    QTest::newRow("zero-width space")
        << QStringLiteral("Al\u200Bice")
        << QStringLiteral("Operator name: character 3 is U+200B (zero-width space), which is not allowed in a name.");
    QTest::newRow("right-to-left override")
        << QStringLiteral("Paul\u202Etnarud")
        << QStringLiteral(
               "Operator name: character 5 is U+202E (right-to-left override), which is not allowed in a name.");
    QTest::newRow("201 characters") << QString(201, QLatin1Char('o'))
                                    << QStringLiteral("Operator name is 201 characters long; at most 200 are allowed.");
}

void TestPreferencesDialog::hiddenCharactersAreRefusedWithReason()
{
    QFETCH(QString, pasted);
    QFETCH(QString, problem);
    PreferencesDialog *dialog = m_window->openPreferencesDialog();
    auto *edit = dialog->findChild<QLineEdit *>(QStringLiteral("operatorNameLineEdit"));
    QPushButton *ok =
        dialog->findChild<QDialogButtonBox *>(QStringLiteral("preferencesButtonBox"))->button(QDialogButtonBox::Ok);
    edit->selectAll();
    edit->insert(pasted);           // as a paste: a key press cannot type these
    QCOMPARE(edit->text(), pasted); // shown as pasted, never cut or stripped
    QVERIFY(!ok->isEnabled());
    auto *label = dialog->findChild<QLabel *>(QStringLiteral("preferencesProblemLabel"));
    QVERIFY(label->isVisible());
    QCOMPARE(label->text(), problem);
    QCOMPARE(ok->toolTip(), problem);
    QTest::keyClick(edit, Qt::Key_Return);
    QVERIFY(dialog->isVisible());
    QVERIFY(!QSettings().contains(QLatin1String(OperatorSetting::settingsKey)));
    QCOMPARE(m_window->store()->operatorName(), QStringLiteral("Secrétariat"));
    dialog->reject();
}

void TestPreferencesDialog::acceptedNameIsStoredAndAudited()
{
    PreferencesDialog *dialog = m_window->openPreferencesDialog();
    auto *edit = dialog->findChild<QLineEdit *>(QStringLiteral("operatorNameLineEdit"));
    edit->selectAll();
    QTest::keyClicks(edit, QStringLiteral("  Claire Dupont "));
    QTest::keyClick(edit, Qt::Key_Return);
    QTRY_VERIFY(!m_window->findChild<PreferencesDialog *>(QStringLiteral("preferencesDialog")));

    QCOMPARE(QSettings().value(QLatin1String(OperatorSetting::settingsKey)).toString(),
             QStringLiteral("Claire Dupont"));
    QCOMPARE(OperatorSetting::current(), QStringLiteral("Claire Dupont"));
    QCOMPARE(m_window->store()->operatorName(), QStringLiteral("Claire Dupont"));
    // The command line records the same name when neither --operator nor FAST_COMMITTEE_OPERATOR says otherwise.
    qunsetenv("FAST_COMMITTEE_OPERATOR");
    QCOMPARE(CommandLine::defaultOperatorName().value(), QStringLiteral("Claire Dupont"));

    Promotion promotion;
    promotion.number = 15;
    promotion.year = 2024;
    promotion.envelope = Money::fromEuros(1'000'000);
    QVERIFY(m_window->addPromotion(promotion).ok());
    const QList<AuditEntry> entries = m_window->store()->auditEntries(15).value();
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.first().operatorName, QStringLiteral("Claire Dupont"));
    QCOMPARE(entries.first().action, QStringLiteral("promotion.add"));
}

void TestPreferencesDialog::settingFallsBackToSystemUser()
{
    // The system user is the account's entry in the password database, not $USER, which cron and
    // `env -i` leave unset and anyone can change.
    const passwd *entry = getpwuid(geteuid());
    QVERIFY(entry);
    const QString systemUser = QString::fromLocal8Bit(entry->pw_name);
    const QByteArray user = qgetenv("USER");
    qputenv("USER", "jdoe");
    QVERIFY(OperatorSetting::store(QStringLiteral("   ")).ok());
    QVERIFY(!QSettings().contains(QLatin1String(OperatorSetting::settingsKey)));
    QCOMPARE(OperatorSetting::current(), systemUser);
    QVERIFY(OperatorSetting::store(QStringLiteral(" Membre\u00A0A ")).ok());
    QCOMPARE(OperatorSetting::current(), QStringLiteral("Membre\u00A0A"));
    QVERIFY(!OperatorSetting::store(QStringLiteral("Membre\nB")).ok());
    QCOMPARE(OperatorSetting::current(), QStringLiteral("Membre\u00A0A"));
    qputenv("USER", user);
}

void TestPreferencesDialog::authorityIsStoredAndPrinted()
{
    QCOMPARE(AuthoritySetting::current(), LaureateList::defaultAuthority());
    m_window->findChild<QAction *>(QStringLiteral("preferencesAction"))->trigger();
    QPointer<PreferencesDialog> dialog = m_window->findChild<PreferencesDialog *>(QStringLiteral("preferencesDialog"));
    QVERIFY(dialog);
    auto *edit = dialog->findChild<QLineEdit *>(QStringLiteral("authorityLineEdit"));
    QCOMPARE(edit->text(), QString::fromUtf8("Direction interministérielle du numérique — Fonds d'accélération des "
                                             "startups d'État et de territoires"));
    edit->selectAll();
    // QTest::keyClicks types ASCII only: the accented text is inserted as a paste would.
    edit->insert(QString::fromUtf8("  Préfecture de la région Bretagne "));
    QTest::mouseClick(
        dialog->findChild<QDialogButtonBox *>(QStringLiteral("preferencesButtonBox"))->button(QDialogButtonBox::Ok),
        Qt::LeftButton);
    QTRY_VERIFY(dialog.isNull());
    QCOMPARE(QSettings().value(QLatin1String(AuthoritySetting::settingsKey)).toString(),
             QString::fromUtf8("Préfecture de la région Bretagne"));
    QCOMPARE(AuthoritySetting::current(), QString::fromUtf8("Préfecture de la région Bretagne"));

    // Emptied, it is the fund's own again, and nothing stays stored.
    m_window->findChild<QAction *>(QStringLiteral("preferencesAction"))->trigger();
    dialog = m_window->findChild<PreferencesDialog *>(QStringLiteral("preferencesDialog"));
    QVERIFY(dialog);
    edit = dialog->findChild<QLineEdit *>(QStringLiteral("authorityLineEdit"));
    QCOMPARE(edit->text(), QString::fromUtf8("Préfecture de la région Bretagne"));
    edit->clear();
    QCOMPARE(dialog->authority(), LaureateList::defaultAuthority());
    dialog->accept();
    QTRY_VERIFY(dialog.isNull());
    QVERIFY(!QSettings().contains(QLatin1String(AuthoritySetting::settingsKey)));
    QCOMPARE(AuthoritySetting::current(), LaureateList::defaultAuthority());
}

void TestPreferencesDialog::refusedAuthorityKeepsOkDisabled()
{
    m_window->findChild<QAction *>(QStringLiteral("preferencesAction"))->trigger();
    auto *dialog = m_window->findChild<PreferencesDialog *>(QStringLiteral("preferencesDialog"));
    QVERIFY(dialog);
    auto *edit = dialog->findChild<QLineEdit *>(QStringLiteral("authorityLineEdit"));
    // A right-to-left override would print the authority reversed on an official document.
    edit->setText(QStringLiteral("DINUM") + QChar(0x202E) + QStringLiteral("FAST"));
    QPushButton *ok =
        dialog->findChild<QDialogButtonBox *>(QStringLiteral("preferencesButtonBox"))->button(QDialogButtonBox::Ok);
    QVERIFY(!ok->isEnabled());
    QVERIFY2(ok->toolTip().startsWith(QStringLiteral("Issuing authority: character 6 is U+202E")),
             qPrintable(ok->toolTip()));
    QVERIFY(!QSettings().contains(QLatin1String(AuthoritySetting::settingsKey)));
}

QTEST_MAIN(TestPreferencesDialog)
#include "tst_preferencesdialog.moc"
