#include "help/GuideContentsTree.h"
#include "help/GuideFindBar.h"
#include "help/UserGuide.h"
#include "help/UserGuideWindow.h"

#include <QAction>
#include <QLabel>
#include <QLineEdit>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextBrowser>
#include <QtTest>

// The guide's window: its table of contents leads to each section, Ctrl+F finds words (round the end too,
// and says when there are none), and its text grows and shrinks by steps.
class TestUserGuideWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void showsTheGuideOfTheLanguage();
    void contentsListTheSections();
    void contentsLeadToTheSection();
    void findsWords();
    void saysWhenNothingMatches();
    void escapeHidesTheFindBar();
    void zoomsByTenths();

private:
    QWidget *m_parent = nullptr;
    UserGuideWindow *m_guide = nullptr;
};

void TestUserGuideWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestUserGuideWindow::init()
{
    m_parent = new QWidget;
    m_guide = new UserGuideWindow(QStringLiteral("fr"), m_parent);
    m_guide->resize(1000, 700);
    m_guide->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_guide));
}

void TestUserGuideWindow::cleanup()
{
    delete m_parent;
    m_parent = nullptr;
    m_guide = nullptr;
}

void TestUserGuideWindow::showsTheGuideOfTheLanguage()
{
    QCOMPARE(m_guide->language(), QStringLiteral("fr"));
    QCOMPARE(m_guide->windowTitle(), QStringLiteral("User Guide — Comité FAST"));
    QVERIFY(m_guide->isWindow());
    // The Markdown is shown formatted, not as its source.
    const QString text = m_guide->browser()->toPlainText();
    QVERIFY(text.startsWith(QStringLiteral("Guide de l’utilisateur de Comité FAST")));
    QVERIFY(!text.contains(QStringLiteral("## ")));
    QVERIFY(text.contains(QStringLiteral("Aide > Guide de l’utilisateur")));
}

void TestUserGuideWindow::contentsListTheSections()
{
    GuideContentsTree *tree = m_guide->contentsTree();
    QCOMPARE(tree->topLevelItemCount(), 1);
    QTreeWidgetItem *title = tree->topLevelItem(0);
    QCOMPARE(title->text(0), QStringLiteral("Guide de l’utilisateur de Comité FAST"));
    QStringList sections;
    for (int i = 0; i < title->childCount(); ++i)
        sections << title->child(i)->text(0);
    QCOMPARE(
        sections,
        (QStringList{QStringLiteral("1. Créer la promotion et son enveloppe"),
                     QStringLiteral("2. Importer le fichier de l’appel"),
                     QStringLiteral("3. Les membres et les critères"), QStringLiteral("4. Les déports"),
                     QStringLiteral("5. La notation"), QStringLiteral("6. Le classement et le «\u00a0Pourquoi\u00a0»"),
                     QStringLiteral("7. La proposition et les décisions"), QStringLiteral("8. La simulation"),
                     QStringLiteral("9. Mode séance et horloge des auditions"),
                     QStringLiteral("10. Clôturer la promotion et signer la liste"),
                     QStringLiteral("11. L’historique et la recherche"), QStringLiteral("12. La ligne de commande"),
                     QStringLiteral("13. La règle de cofinancement, expliquée")}));
}

void TestUserGuideWindow::contentsLeadToTheSection()
{
    GuideContentsTree *tree = m_guide->contentsTree();
    // A section in the middle: the last ones cannot come to the top, the text ends before.
    QTreeWidgetItem *rule = tree->topLevelItem(0)->child(5);
    QVERIFY(rule);
    QCOMPARE(m_guide->browser()->verticalScrollBar()->value(), 0);
    const QRect where = tree->visualItemRect(rule);
    QVERIFY(where.isValid());
    QTest::mouseClick(tree->viewport(), Qt::LeftButton, Qt::NoModifier, where.center());
    // The section's heading is at the top of the text, the cursor on it.
    const QTextCursor cursor = m_guide->browser()->textCursor();
    QCOMPARE(cursor.block().text(), QStringLiteral("6. Le classement et le «\u00a0Pourquoi\u00a0»"));
    QVERIFY(m_guide->browser()->verticalScrollBar()->value() > 0);
    const QRect heading = m_guide->browser()->cursorRect(cursor);
    QVERIFY2(heading.top() >= 0 && heading.top() < 40, qPrintable(QString::number(heading.top())));
}

void TestUserGuideWindow::findsWords()
{
    GuideFindBar *bar = m_guide->findBar();
    QVERIFY(bar->isHidden());
    QTest::keyClick(m_guide->browser(), Qt::Key_F, Qt::ControlModifier);
    QTRY_VERIFY(bar->isVisible());
    QVERIFY(bar->findEdit()->hasFocus());
    QTest::keyClicks(bar->findEdit(), QStringLiteral("enveloppe"));
    QCOMPARE(m_guide->browser()->textCursor().selectedText().toLower(), QStringLiteral("enveloppe"));
    const int first = m_guide->browser()->textCursor().selectionStart();
    QTest::keyClick(bar->findEdit(), Qt::Key_Return);
    const int second = m_guide->browser()->textCursor().selectionStart();
    QVERIFY(second > first);
    // Shift+Enter goes back to the first match; at the top, it goes round to the last one.
    QTest::keyClick(bar->findEdit(), Qt::Key_Return, Qt::ShiftModifier);
    QCOMPARE(m_guide->browser()->textCursor().selectionStart(), first);
    QTest::keyClick(bar->findEdit(), Qt::Key_Return, Qt::ShiftModifier);
    const int last = m_guide->browser()->textCursor().selectionStart();
    QVERIFY(last > second);
    QCOMPARE(m_guide->browser()->toPlainText().lastIndexOf(QStringLiteral("enveloppe"), -1, Qt::CaseInsensitive), last);
    QCOMPARE(bar->statusLabel()->text(), QString());
}

void TestUserGuideWindow::saysWhenNothingMatches()
{
    m_guide->findAction()->trigger();
    QTest::keyClicks(m_guide->findBar()->findEdit(), QStringLiteral("tableur"));
    const int found = m_guide->browser()->textCursor().selectionStart();
    QTest::keyClicks(m_guide->findBar()->findEdit(), QStringLiteral("zzz"));
    QCOMPARE(m_guide->findBar()->statusLabel()->text(), QStringLiteral("Not found"));
    // The reader keeps the place found before.
    QCOMPARE(m_guide->browser()->textCursor().selectionStart(), found);
}

void TestUserGuideWindow::escapeHidesTheFindBar()
{
    m_guide->findAction()->trigger();
    QVERIFY(m_guide->findBar()->isVisible());
    QTest::keyClick(m_guide->findBar()->findEdit(), Qt::Key_Escape);
    QVERIFY(m_guide->findBar()->isHidden());
    QVERIFY(m_guide->isVisible());
}

void TestUserGuideWindow::zoomsByTenths()
{
    QFont base = m_guide->font();
    base.setPointSizeF(10.0);
    m_guide->setBaseFont(base);
    QCOMPARE(m_guide->browser()->font().pointSizeF(), 10.0);
    QTest::keyClick(m_guide->browser(), Qt::Key_Plus, Qt::ControlModifier);
    QCOMPARE(m_guide->zoomSteps(), 1);
    QCOMPARE(m_guide->browser()->font().pointSizeF(), 11.0);
    QCOMPARE(m_guide->contentsTree()->font().pointSizeF(), 11.0);
    QTest::keyClick(m_guide->browser(), Qt::Key_Minus, Qt::ControlModifier);
    QTest::keyClick(m_guide->browser(), Qt::Key_Minus, Qt::ControlModifier);
    QCOMPARE(m_guide->browser()->font().pointSizeF(), 9.0);
    m_guide->setZoomSteps(100);
    QCOMPARE(m_guide->zoomSteps(), 8);
    QVERIFY(!m_guide->zoomInAction()->isEnabled());
    QCOMPARE(m_guide->browser()->font().pointSizeF(), 18.0);
    QTest::keyClick(m_guide->browser(), Qt::Key_0, Qt::ControlModifier);
    QCOMPARE(m_guide->zoomSteps(), 0);
    QVERIFY(m_guide->zoomInAction()->isEnabled());
    QCOMPARE(m_guide->browser()->font().pointSizeF(), 10.0);
}

QTEST_MAIN(TestUserGuideWindow)
#include "tst_userguidewindow.moc"
