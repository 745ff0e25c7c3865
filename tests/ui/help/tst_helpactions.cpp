#include "help/AboutDialog.h"
#include "help/HelpActions.h"
#include "help/HelpTestLanguage.h"
#include "help/UserGuideWindow.h"
#include "shell/MainWindow.h"
#include "shell/SessionMode.h"
#include "shell/WelcomePage.h"

#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QTextBlock>
#include <QTextBrowser>
#include <QtTest>

// The Help menu: F1 opens the guide in the interface's language, one window however often it is pressed,
// and at session mode's size; About opens the facts' dialog.
class TestHelpActions : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void helpMenu_data();
    void helpMenu();
    void f1OpensTheGuideInTheInterfaceLanguage_data();
    void f1OpensTheGuideInTheInterfaceLanguage();
    void oneGuideWindow();
    void guideFollowsSessionMode();
    void aboutOpensTheDialog();
    void welcomePageLeadsToTheGuide();

private:
    QTemporaryDir m_directory;
};

void TestHelpActions::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("DINUM-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_helpactions"));
    QVERIFY(m_directory.isValid());
}

void TestHelpActions::cleanupTestCase()
{
    HelpTestLanguage::use(QStringLiteral("en"));
}

void TestHelpActions::helpMenu_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QStringList>("items");
    QTest::newRow("fr") << QStringLiteral("fr")
                        << QStringList{QStringLiteral("A&ide"), QStringLiteral("&Guide de l’utilisateur"), QString(),
                                       QStringLiteral("À &propos de Comité FAST")};
    QTest::newRow("en") << QStringLiteral("en")
                        << QStringList{QStringLiteral("&Help"), QStringLiteral("User &Guide"), QString(),
                                       QStringLiteral("&About Comité FAST")};
}

void TestHelpActions::helpMenu()
{
    QFETCH(QString, language);
    QFETCH(QStringList, items);
    HelpTestLanguage::use(language);
    MainWindow window;
    auto *menu = window.findChild<QMenu *>(QStringLiteral("helpMenu"));
    QVERIFY(menu);
    // The last menu of the bar, as on every desktop.
    QCOMPARE(window.menuBar()->actions().constLast(), menu->menuAction());
    QStringList shown{menu->title()};
    for (const QAction *action : menu->actions())
        shown << (action->isSeparator() ? QString() : action->text());
    QCOMPARE(shown, items);
    auto *guide = window.findChild<QAction *>(QStringLiteral("userGuideAction"));
    QCOMPARE(guide->shortcut(), QKeySequence(Qt::Key_F1));
    QCOMPARE(guide->shortcutContext(), Qt::ApplicationShortcut);
    QCOMPARE(window.findChild<QAction *>(QStringLiteral("aboutAction"))->menuRole(), QAction::AboutRole);
}

void TestHelpActions::f1OpensTheGuideInTheInterfaceLanguage_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("lastSection");
    QTest::newRow("fr") << QStringLiteral("fr") << QStringLiteral("Guide de l’utilisateur de Comité FAST")
                        << QStringLiteral("13. La règle de cofinancement, expliquée");
    QTest::newRow("en") << QStringLiteral("en") << QStringLiteral("Comité FAST user guide")
                        << QStringLiteral("13. The co-financing rule, explained");
}

void TestHelpActions::f1OpensTheGuideInTheInterfaceLanguage()
{
    QFETCH(QString, language);
    QFETCH(QString, title);
    QFETCH(QString, lastSection);
    HelpTestLanguage::use(language);
    MainWindow window;
    QVERIFY(window.openDatabase(m_directory.filePath(QStringLiteral("f1-%1.sqlite").arg(language))).ok());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(!window.findChild<UserGuideWindow *>());
    QTest::keyClick(&window, Qt::Key_F1);
    auto *guide = window.findChild<UserGuideWindow *>(QStringLiteral("userGuideWindow"));
    QVERIFY(guide);
    QTRY_VERIFY(guide->isVisible());
    QVERIFY(guide->isWindow());
    QCOMPARE(guide->windowModality(), Qt::NonModal);
    QCOMPARE(guide->language(), language);
    const QTextDocument *document = guide->browser()->document();
    QCOMPARE(document->firstBlock().text(), title);
    QCOMPARE(document->firstBlock().blockFormat().headingLevel(), 1);
    QVERIFY(document->toPlainText().contains(lastSection));
    guide->close();
}

void TestHelpActions::oneGuideWindow()
{
    HelpTestLanguage::use(QStringLiteral("en"));
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *action = window.findChild<QAction *>(QStringLiteral("userGuideAction"));
    action->trigger();
    UserGuideWindow *first = window.findChild<UserGuideWindow *>();
    QVERIFY(first);
    first->setZoomSteps(2);
    first->close();
    // Pressed again, the same window comes back as the reader left it.
    action->trigger();
    QCOMPARE(window.findChildren<UserGuideWindow *>().size(), 1);
    QCOMPARE(window.findChild<UserGuideWindow *>(), first);
    QTRY_VERIFY(first->isVisible());
    QCOMPARE(first->zoomSteps(), 2);
}

void TestHelpActions::guideFollowsSessionMode()
{
    HelpTestLanguage::use(QStringLiteral("en"));
    MainWindow window;
    QVERIFY(window.openDemo().ok());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const qreal normal = QApplication::font().pointSizeF();
    window.setSessionMode(true);
    window.findChild<QAction *>(QStringLiteral("userGuideAction"))->trigger();
    auto *guide = window.findChild<UserGuideWindow *>();
    QVERIFY(guide);
    // On the projector the guide is as large as the pages (SessionMode::projectorScale).
    QCOMPARE(guide->browser()->font().pointSizeF(), normal * SessionMode::projectorScale);
    window.setSessionMode(false);
    window.findChild<QAction *>(QStringLiteral("userGuideAction"))->trigger();
    QCOMPARE(guide->browser()->font().pointSizeF(), normal);
}

void TestHelpActions::aboutOpensTheDialog()
{
    HelpTestLanguage::use(QStringLiteral("en"));
    MainWindow window;
    QVERIFY(window.openDatabase(m_directory.filePath(QStringLiteral("about.sqlite"))).ok());
    window.findChild<QAction *>(QStringLiteral("aboutAction"))->trigger();
    auto *dialog = window.findChild<AboutDialog *>(QStringLiteral("aboutDialog"));
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    QCOMPARE(dialog->facts().database, QDir::toNativeSeparators(m_directory.filePath(QStringLiteral("about.sqlite"))));
    dialog->close();
}

void TestHelpActions::welcomePageLeadsToTheGuide()
{
    HelpTestLanguage::use(QStringLiteral("en"));
    MainWindow window;
    QVERIFY(window.openDatabase(m_directory.filePath(QStringLiteral("welcome.sqlite"))).ok());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *link = window.welcomePage()->findChild<QLabel *>(QStringLiteral("welcomeGuideLabel"));
    QVERIFY(link);
    QTRY_VERIFY(link->isVisible());
    QCOMPARE(link->text(), QStringLiteral("First time? The <a href=\"guide\">user guide</a> (F1) follows a "
                                          "committee's day, from the call's file to the signed list."));
    QVERIFY(!window.findChild<UserGuideWindow *>());
    emit link->linkActivated(QStringLiteral("guide"));
    auto *guide = window.findChild<UserGuideWindow *>(QStringLiteral("userGuideWindow"));
    QVERIFY(guide);
    QTRY_VERIFY(guide->isVisible());
}

QTEST_MAIN(TestHelpActions)
#include "tst_helpactions.moc"
