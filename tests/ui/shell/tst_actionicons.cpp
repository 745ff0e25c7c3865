#include "shell/LazyPageHost.h"
#include "shell/MainToolBar.h"
#include "shell/MainWindow.h"
#include "shell/WelcomePage.h"
#include "widgets/AppIcons.h"

#include "storage/CommitteeStore.h"

#include <QAction>
#include <QGuiApplication>
#include <QPushButton>
#include <QSettings>
#include <QTabWidget>
#include <QToolButton>
#include <QtTest>

// The window's icons (issue 15): every main action and the ranking's two buttons carry an icon that
// renders, the desktop theme's when it has one and the project's own drawing when there is no theme at
// all; the window and the application carry the application's icon and the desktop entry's id.
class TestActionIcons : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void mainActionsHaveIcons_data();
    void mainActionsHaveIcons();
    void withoutThemeTheDrawingsStandIn_data();
    void withoutThemeTheDrawingsStandIn();
    void toolBarShowsIconAndText();
    void rankingButtonsHaveIcons();
    void welcomeButtonsHaveIcons();
    void windowAndApplicationIcon();

private:
    void openWindow();
    // The icon's 16 px rendering; its number of pixels that are not transparent.
    static QImage render(const QIcon &icon, int size = 16);
    static int opaquePixels(const QImage &image);

    QTemporaryDir *m_dir = nullptr;
    MainWindow *m_window = nullptr;
    QString m_themeName;
    QStringList m_themeSearchPaths;
};

void TestActionIcons::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("DINUM-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_actionicons"));
    m_themeName = QIcon::themeName();
    m_themeSearchPaths = QIcon::themeSearchPaths();
}

void TestActionIcons::init()
{
    QSettings().clear();
    m_dir = new QTemporaryDir;
    QVERIFY(m_dir->isValid());
}

void TestActionIcons::cleanup()
{
    delete m_window;
    m_window = nullptr;
    delete m_dir;
    m_dir = nullptr;
    QIcon::setThemeSearchPaths(m_themeSearchPaths);
    QIcon::setThemeName(m_themeName);
}

void TestActionIcons::openWindow()
{
    m_window = new MainWindow;
    m_window->setOperatorName(QStringLiteral("test"));
    const Outcome opened = m_window->openDatabase(m_dir->filePath(QStringLiteral("committee.sqlite")));
    QVERIFY2(opened.ok(), qPrintable(opened.error()));
    Promotion promotion;
    promotion.number = 14;
    promotion.year = 2026;
    promotion.envelope = Money::fromEuros(1000000);
    QVERIFY(m_window->addPromotion(promotion).ok());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
}

QImage TestActionIcons::render(const QIcon &icon, int size)
{
    return icon.pixmap(QSize(size, size)).toImage().convertToFormat(QImage::Format_ARGB32);
}

int TestActionIcons::opaquePixels(const QImage &image)
{
    int count = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            if (qAlpha(image.pixel(x, y)) > 0)
                ++count;
        }
    }
    return count;
}

// The actions of issue 15's item 2 (new promotion, import, add a candidate, propose, export the PDF, print,
// undo, redo) and the toolbar's others, with the freedesktop name each stands for.
void TestActionIcons::mainActionsHaveIcons_data()
{
    QTest::addColumn<QString>("actionName");
    QTest::addColumn<QString>("iconName");
    QTest::newRow("new promotion") << QStringLiteral("newPromotionAction") << QStringLiteral("document-new");
    QTest::newRow("import") << QStringLiteral("importCsvAction") << QStringLiteral("document-import");
    QTest::newRow("add candidate") << QStringLiteral("addCandidateAction") << QStringLiteral("list-add");
    QTest::newRow("add members") << QStringLiteral("addMembersAction") << QStringLiteral("system-users");
    QTest::newRow("propose") << QStringLiteral("proposeLaureatesAction") << QStringLiteral("view-sort-descending");
    QTest::newRow("export PDF") << QStringLiteral("exportPdfAction") << QStringLiteral("document-export");
    QTest::newRow("print") << QStringLiteral("printAction") << QStringLiteral("document-print");
    QTest::newRow("session mode") << QStringLiteral("sessionModeAction") << QStringLiteral("view-fullscreen");
    QTest::newRow("undo") << QStringLiteral("undoAction") << QStringLiteral("edit-undo");
    QTest::newRow("redo") << QStringLiteral("redoAction") << QStringLiteral("edit-redo");
}

void TestActionIcons::mainActionsHaveIcons()
{
    QFETCH(QString, actionName);
    QFETCH(QString, iconName);
    openWindow();
    auto *action = m_window->findChild<QAction *>(actionName);
    QVERIFY(action);
    QCOMPARE(AppIcons::iconName(actionName), iconName);
    QVERIFY(!action->icon().isNull());
    const QImage image = render(action->icon());
    QCOMPARE(image.size(), QSize(16, 16));
    // A drawing, not an empty square: the thinnest of ours (list-add) covers 36 of the 256 pixels.
    QVERIFY2(opaquePixels(image) >= 30, qPrintable(QString::number(opaquePixels(image))));
}

void TestActionIcons::withoutThemeTheDrawingsStandIn_data()
{
    mainActionsHaveIcons_data();
}

void TestActionIcons::withoutThemeTheDrawingsStandIn()
{
    QFETCH(QString, actionName);
    QFETCH(QString, iconName);
    // A desktop without any icon theme: the project's drawing of that name, pixel for pixel.
    QIcon::setThemeSearchPaths({m_dir->path()});
    QIcon::setThemeName(QStringLiteral("no-such-theme"));
    openWindow();
    auto *action = m_window->findChild<QAction *>(actionName);
    QVERIFY(action);
    const QImage drawing = render(QIcon(QStringLiteral(":/icons/actions/%1.svg").arg(iconName)));
    QVERIFY(opaquePixels(drawing) >= 30);
    QCOMPARE(render(action->icon()), drawing);
    QCOMPARE(render(action->icon(), 48), render(QIcon(QStringLiteral(":/icons/actions/%1.svg").arg(iconName)), 48));
}

void TestActionIcons::toolBarShowsIconAndText()
{
    QIcon::setThemeSearchPaths({m_dir->path()});
    QIcon::setThemeName(QStringLiteral("no-such-theme"));
    openWindow();
    auto *toolBar = m_window->findChild<MainToolBar *>(QStringLiteral("mainToolBar"));
    QVERIFY(toolBar);
    QCOMPARE(toolBar->toolButtonStyle(), Qt::ToolButtonTextBesideIcon);
    int buttons = 0;
    for (QAction *action : toolBar->actions()) {
        if (action->isSeparator())
            continue;
        auto *button = qobject_cast<QToolButton *>(toolBar->widgetForAction(action));
        QVERIFY(button);
        QVERIFY2(!button->icon().isNull(), qPrintable(action->objectName()));
        QVERIFY2(!button->text().isEmpty(), qPrintable(action->objectName()));
        // The icon is drawn beside the text: the button is wider than its words alone.
        QVERIFY2(button->sizeHint().width() >
                     button->fontMetrics().horizontalAdvance(button->text()) + button->iconSize().width(),
                 qPrintable(action->objectName()));
        ++buttons;
    }
    QCOMPARE(buttons, 9);
}

void TestActionIcons::rankingButtonsHaveIcons()
{
    QIcon::setThemeSearchPaths({m_dir->path()});
    QIcon::setThemeName(QStringLiteral("no-such-theme"));
    openWindow();
    auto *host = m_window->findChild<LazyPageHost *>(QStringLiteral("rankingTab"));
    QVERIFY(host);
    m_window->findChild<QTabWidget *>(QStringLiteral("mainTabWidget"))->setCurrentWidget(host);
    QWidget *page = host->ensurePage();
    QVERIFY(page);
    for (const auto &[buttonName, iconName] :
         {std::pair{QStringLiteral("decisionButton"), QStringLiteral("dialog-ok-apply")},
          std::pair{QStringLiteral("proposeButton"), QStringLiteral("view-sort-descending")}}) {
        auto *button = page->findChild<QPushButton *>(buttonName);
        QVERIFY2(button, qPrintable(buttonName));
        QVERIFY2(!button->icon().isNull(), qPrintable(buttonName));
        QCOMPARE(render(button->icon()), render(QIcon(QStringLiteral(":/icons/actions/%1.svg").arg(iconName))));
    }
}

void TestActionIcons::welcomeButtonsHaveIcons()
{
    QIcon::setThemeSearchPaths({m_dir->path()});
    QIcon::setThemeName(QStringLiteral("no-such-theme"));
    openWindow();
    for (const auto &[buttonName, iconName] :
         {std::pair{QStringLiteral("welcomeCreatePromotionButton"), QStringLiteral("document-new")},
          std::pair{QStringLiteral("welcomeImportButton"), QStringLiteral("document-import")},
          std::pair{QStringLiteral("welcomeDemoButton"), QStringLiteral("help-about")}}) {
        auto *button = m_window->welcomePage()->findChild<QPushButton *>(buttonName);
        QVERIFY2(button, qPrintable(buttonName));
        QCOMPARE(render(button->icon(), 32), render(QIcon(QStringLiteral(":/icons/actions/%1.svg").arg(iconName)), 32));
    }
}

void TestActionIcons::windowAndApplicationIcon()
{
    QIcon::setThemeSearchPaths({m_dir->path()});
    QIcon::setThemeName(QStringLiteral("no-such-theme"));
    // What the desktop entry does before its window: the icon of every window and the desktop entry's id.
    AppIcons::setUpApplication();
    QCOMPARE(QGuiApplication::desktopFileName(), QStringLiteral("fr.gouv.numerique.fast-committee"));
    QVERIFY(!QGuiApplication::windowIcon().isNull());
    openWindow();
    QVERIFY(!m_window->windowIcon().isNull());
    // Each size is the committed PNG drawn for it, pixel for pixel.
    for (const int size : {16, 24, 32, 48, 64, 128, 256}) {
        // Through a pixmap as the icon's are (premultiplied), so that half-transparent edges compare equal.
        const QPixmap png(QStringLiteral(":/icons/hicolor/%1x%1/apps/fr.gouv.numerique.fast-committee.png").arg(size));
        QCOMPARE(png.size(), QSize(size, size));
        const QImage expected = png.toImage().convertToFormat(QImage::Format_ARGB32);
        QCOMPARE(render(m_window->windowIcon(), size), expected);
        QCOMPARE(render(QGuiApplication::windowIcon(), size), expected);
    }
    // Between two sizes, the larger scaled down; the blue square fills the icon but its rounded corners.
    const QImage between = render(m_window->windowIcon(), 40);
    QCOMPARE(between.size(), QSize(40, 40));
    QCOMPARE(QColor(between.pixel(20, 3)).name(), QStringLiteral("#000091"));
    QCOMPARE(qAlpha(between.pixel(0, 0)), 0);
}

QTEST_MAIN(TestActionIcons)
#include "tst_actionicons.moc"
