#include "help/AboutDialog.h"
#include "shell/MainWindow.h"
#include "storage/Database.h"

#include <QAction>
#include <QClipboard>
#include <QGuiApplication>
#include <QLabel>
#include <QPushButton>
#include <QSysInfo>
#include <QtTest>

// Help > About Comité FAST says what a support request needs, exactly: the version, the licence, the
// database in use and its schema version, the Qt versions; and copies it.
class TestAboutDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void showsTheFactsOfAFile();
    void namesTheDemonstration();
    void copiesTheFacts();
    void windowModalAndDeletedOnClose();

private:
    // Opens the dialog through the Help menu's action, as a user does.
    static AboutDialog *openAbout(MainWindow &window);
    static QString fact(const AboutDialog &dialog, const char *objectName);

    QTemporaryDir m_directory;
};

void TestAboutDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("DINUM-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_aboutdialog"));
    QVERIFY(m_directory.isValid());
}

AboutDialog *TestAboutDialog::openAbout(MainWindow &window)
{
    auto *action = window.findChild<QAction *>(QStringLiteral("aboutAction"));
    if (!action)
        return nullptr;
    action->trigger();
    return window.findChild<AboutDialog *>(QStringLiteral("aboutDialog"));
}

QString TestAboutDialog::fact(const AboutDialog &dialog, const char *objectName)
{
    const auto *label = dialog.findChild<QLabel *>(QLatin1String(objectName));
    return label ? label->text() : QStringLiteral("<no %1>").arg(QLatin1String(objectName));
}

void TestAboutDialog::showsTheFactsOfAFile()
{
    MainWindow window;
    const QString path = m_directory.filePath(QStringLiteral("comite.sqlite"));
    QVERIFY(window.openDatabase(path).ok());
    AboutDialog *dialog = openAbout(window);
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    QCOMPARE(dialog->windowTitle(), QStringLiteral("About Comité FAST"));
    // The project's version, as CMake's project() gives it to every target.
    const QString version = QStringLiteral(FAST_COMMITTEE_VERSION);
    QVERIFY(QRegularExpression(QStringLiteral("^\\d+\\.\\d+\\.\\d+$")).match(version).hasMatch());
    QCOMPARE(dialog->findChild<QLabel *>(QStringLiteral("aboutTitleLabel"))->text(),
             QStringLiteral("Comité FAST ") + version);
    QCOMPARE(fact(*dialog, "versionLabel"), version);
    QCOMPARE(fact(*dialog, "licenceLabel"),
             QStringLiteral("MIT — Copyright (c) 2026 Direction interministérielle du numérique (DINUM)"));
    QCOMPARE(fact(*dialog, "databaseLabel"), QDir::toNativeSeparators(path));
    // What the migrations recorded in the file (PRAGMA user_version): a new database is at the latest step.
    QCOMPARE(fact(*dialog, "schemaVersionLabel"), QString::number(Database::currentSchemaVersion));
    QVERIFY(Database::currentSchemaVersion >= 3);
    QCOMPARE(fact(*dialog, "qtVersionLabel"),
             QStringLiteral("%1 (built with %2)").arg(QLatin1String(qVersion()), QLatin1String(QT_VERSION_STR)));
    QCOMPARE(fact(*dialog, "systemLabel"), QSysInfo::prettyProductName());
    dialog->close();
}

void TestAboutDialog::namesTheDemonstration()
{
    MainWindow window;
    QVERIFY(window.openDemo().ok());
    AboutDialog *dialog = openAbout(window);
    QVERIFY(dialog);
    // The demonstration's file is temporary: its path would mean nothing in a support request.
    QCOMPARE(fact(*dialog, "databaseLabel"), QStringLiteral("demonstration"));
    QCOMPARE(fact(*dialog, "schemaVersionLabel"), QString::number(Database::currentSchemaVersion));
    dialog->close();
}

void TestAboutDialog::copiesTheFacts()
{
    MainWindow window;
    const QString path = m_directory.filePath(QStringLiteral("copie.sqlite"));
    QVERIFY(window.openDatabase(path).ok());
    AboutDialog *dialog = openAbout(window);
    QVERIFY(dialog);
    QGuiApplication::clipboard()->clear();
    auto *copy = dialog->findChild<QPushButton *>(QStringLiteral("copyFactsButton"));
    QVERIFY(copy);
    QCOMPARE(copy->text(), QStringLiteral("&Copy to Clipboard"));
    QTest::mouseClick(copy, Qt::LeftButton);
    const QString expected =
        QStringLiteral("Comité FAST %6\n"
                       "Licence: MIT (Copyright (c) 2026 Direction interministérielle du numérique (DINUM))\n"
                       "Database: %1\n"
                       "Schema version: %2\n"
                       "Qt: %3 (built with %4)\n"
                       "System: %5\n")
            .arg(QDir::toNativeSeparators(path), QString::number(Database::currentSchemaVersion),
                 QLatin1String(qVersion()), QLatin1String(QT_VERSION_STR), QSysInfo::prettyProductName(),
                 QStringLiteral(FAST_COMMITTEE_VERSION));
    QCOMPARE(QGuiApplication::clipboard()->text(), expected);
    QCOMPARE(dialog->findChild<QLabel *>(QStringLiteral("copiedLabel"))->text(),
             QStringLiteral("Copied: paste it into your message."));
    dialog->close();
}

void TestAboutDialog::windowModalAndDeletedOnClose()
{
    MainWindow window;
    QVERIFY(window.openDatabase(m_directory.filePath(QStringLiteral("modal.sqlite"))).ok());
    QPointer<AboutDialog> dialog = openAbout(window);
    QVERIFY(dialog);
    QCOMPARE(dialog->windowModality(), Qt::WindowModal);
    QCOMPARE(dialog->parentWidget(), &window);
    dialog->close();
    QTRY_VERIFY(!dialog);
}

QTEST_MAIN(TestAboutDialog)
#include "tst_aboutdialog.moc"
