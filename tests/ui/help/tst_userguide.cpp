#include "help/HelpTestLanguage.h"
#include "help/UserGuide.h"
#include "shell/MainWindow.h"

#include <QAction>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QTabWidget>
#include <QtTest>

// The guide names the window's menus, tabs and shortcuts in each language; these checks hold it to the
// window it ships with, so that renaming a menu or changing a shortcut without the guide fails here. It
// also covers the committee's day and states the co-financing rule with its numbers.
class TestUserGuide : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void embeddedInBothLanguages();
    void followsTheInterfaceLanguage();
    void menuPathsExist_data();
    void menuPathsExist();
    void coversTheDay_data();
    void coversTheDay();
    void shortcutsAreReal_data();
    void shortcutsAreReal();
    void tabNamesAreReal_data();
    void tabNamesAreReal();
    void explainsTheRule_data();
    void explainsTheRule();

private:
    // A window on the demonstration, every tab built (their actions, such as the scoring grid's Ctrl+D and the
    // hearing clock's F5, exist once built) and the guide opened (its Ctrl+F), in the current language.
    MainWindow *openWindow();
    // Every menu item of the window as "Menu > Item" (and "Menu > Submenu > Item"), without the & marks.
    static QHash<QString, QAction *> menuPaths(const MainWindow &window);
    static void collect(QMenu *menu, const QString &prefix, QHash<QString, QAction *> &paths);
    // The guide's menu paths, written *Menu > Item*, each with the shortcut written after it, if any.
    static QList<std::pair<QString, QString>> guidePaths(const QString &markdown);
    // "Ctrl+Maj+F" as Qt reads it; an empty sequence when the text is not a shortcut.
    static QKeySequence shortcutOf(const QString &written);

    QTemporaryDir m_directory;
};

void TestUserGuide::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("DINUM-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_userguide"));
    QSettings().clear();
    QVERIFY(m_directory.isValid());
}

void TestUserGuide::cleanupTestCase()
{
    HelpTestLanguage::use(QStringLiteral("en"));
}

MainWindow *TestUserGuide::openWindow()
{
    auto *window = new MainWindow;
    if (!window->openDemo())
        return window;
    window->show();
    auto *tabs = window->findChild<QTabWidget *>(QStringLiteral("mainTabWidget"));
    for (int i = 0; tabs && i < tabs->count(); ++i)
        tabs->setCurrentIndex(i);
    window->findChild<QAction *>(QStringLiteral("userGuideAction"))->trigger();
    return window;
}

void TestUserGuide::collect(QMenu *menu, const QString &prefix, QHash<QString, QAction *> &paths)
{
    for (QAction *action : menu->actions()) {
        if (action->isSeparator())
            continue;
        const QString path = prefix + QStringLiteral(" > ") + QString(action->text()).remove(QLatin1Char('&'));
        paths.insert(path, action);
        if (action->menu())
            collect(action->menu(), path, paths);
    }
}

QHash<QString, QAction *> TestUserGuide::menuPaths(const MainWindow &window)
{
    QHash<QString, QAction *> paths;
    for (QAction *top : window.menuBar()->actions()) {
        if (top->menu())
            collect(top->menu(), QString(top->text()).remove(QLatin1Char('&')), paths);
    }
    return paths;
}

QList<std::pair<QString, QString>> TestUserGuide::guidePaths(const QString &markdown)
{
    // *Menu > Item…*, then optionally (`Shortcut`) or , `Shortcut`.
    static const QRegularExpression pattern(
        QStringLiteral("\\*([^*\\n]+?(?: > [^*\\n]+?)+)\\*(?:\\s*\\(`([^`]+)`\\)|, `([^`]+)`)?"));
    QList<std::pair<QString, QString>> paths;
    for (auto match = pattern.globalMatch(markdown); match.hasNext();) {
        const QRegularExpressionMatch found = match.next();
        paths.append({found.captured(1), found.captured(2).isEmpty() ? found.captured(3) : found.captured(2)});
    }
    return paths;
}

QKeySequence TestUserGuide::shortcutOf(const QString &written)
{
    // A function key or a named key, with or without modifiers; a letter, digit or comma only with one (a
    // lone `,` is the CSV delimiter, not a key).
    static const QRegularExpression shortcut(QStringLiteral(
        "^(?:(?:Ctrl|Maj|Shift|Alt)\\+)*(?:F\\d{1,2}|Suppr|Del|Inser|Ins)$|^(?:(?:Ctrl|Maj|Shift|Alt)\\+)+[A-Z0-9,]$"));
    if (!shortcut.match(written).hasMatch())
        return QKeySequence();
    // The French keyboard's names, as Qt's French translation shows them in the menus.
    QString portable = written;
    portable.replace(QStringLiteral("Maj+"), QStringLiteral("Shift+"));
    portable.replace(QStringLiteral("Suppr"), QStringLiteral("Del"));
    portable.replace(QStringLiteral("Inser"), QStringLiteral("Ins"));
    return QKeySequence::fromString(portable, QKeySequence::PortableText);
}

void TestUserGuide::embeddedInBothLanguages()
{
    QCOMPARE(UserGuide::resourcePath(QStringLiteral("fr")), QStringLiteral(":/help/guide.fr.md"));
    QCOMPARE(UserGuide::resourcePath(QStringLiteral("en")), QStringLiteral(":/help/guide.en.md"));
    QVERIFY(UserGuide::markdown(QStringLiteral("fr")).startsWith(QStringLiteral("# Guide de l’utilisateur")));
    QVERIFY(UserGuide::markdown(QStringLiteral("en")).startsWith(QStringLiteral("# Comité FAST user guide")));
}

void TestUserGuide::followsTheInterfaceLanguage()
{
    HelpTestLanguage::use(QStringLiteral("fr"));
    QCOMPARE(UserGuide::interfaceLanguage(), QStringLiteral("fr"));
    HelpTestLanguage::use(QStringLiteral("en"));
    QCOMPARE(UserGuide::interfaceLanguage(), QStringLiteral("en"));
}

void TestUserGuide::menuPathsExist_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<int>("paths");
    // Every place the guide sends the reader to; a path dropped from the guide changes the count.
    QTest::newRow("fr") << QStringLiteral("fr") << 28;
    QTest::newRow("en") << QStringLiteral("en") << 28;
}

void TestUserGuide::menuPathsExist()
{
    QFETCH(QString, language);
    QFETCH(int, paths);
    HelpTestLanguage::use(language);
    std::unique_ptr<MainWindow> window(openWindow());
    QVERIFY(window->isDemo());
    const QHash<QString, QAction *> menus = menuPaths(*window);
    QVERIFY(menus.contains(language == QLatin1String("fr") ? QStringLiteral("Aide > Guide de l’utilisateur")
                                                           : QStringLiteral("Help > User Guide")));
    const QList<std::pair<QString, QString>> written = guidePaths(UserGuide::markdown(language));
    QCOMPARE(written.size(), paths);
    for (const auto &[path, shortcut] : written) {
        QAction *action = menus.value(path);
        QVERIFY2(action, qPrintable(QStringLiteral("the guide names \"%1\", which is not in the menus").arg(path)));
        if (shortcut.isEmpty())
            continue;
        const QKeySequence keys = shortcutOf(shortcut);
        QVERIFY2(!keys.isEmpty(), qPrintable(QStringLiteral("\"%1\" after %2 is not a shortcut").arg(shortcut, path)));
        QVERIFY2(action->shortcuts().contains(keys),
                 qPrintable(QStringLiteral("the guide gives %1 to \"%2\", whose shortcut is %3")
                                .arg(shortcut, path, action->shortcut().toString(QKeySequence::NativeText))));
    }
}

void TestUserGuide::coversTheDay_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("fr") << QStringLiteral("fr");
    QTest::newRow("en") << QStringLiteral("en");
}

void TestUserGuide::coversTheDay()
{
    QFETCH(QString, language);
    HelpTestLanguage::use(language);
    std::unique_ptr<MainWindow> window(openWindow());
    const QHash<QString, QAction *> menus = menuPaths(*window);
    QSet<QString> named;
    for (const auto &[path, shortcut] : guidePaths(UserGuide::markdown(language))) {
        if (QAction *action = menus.value(path))
            named.insert(action->objectName());
    }
    // From the import to the signed list: each step's action is named where the guide explains it.
    const QStringList day{QStringLiteral("newPromotionAction"),
                          QStringLiteral("importCsvAction"),
                          QStringLiteral("addCandidateAction"),
                          QStringLiteral("addMembersAction"),
                          QStringLiteral("copyCommitteeAction"),
                          QStringLiteral("criteriaAction"),
                          QStringLiteral("proposeLaureatesAction"),
                          QStringLiteral("sessionModeAction"),
                          QStringLiteral("dashboardAction"),
                          QStringLiteral("closePromotionAction"),
                          QStringLiteral("reopenPromotionAction"),
                          QStringLiteral("exportPdfAction"),
                          QStringLiteral("printAction"),
                          QStringLiteral("preferencesAction"),
                          QStringLiteral("historyAction"),
                          QStringLiteral("searchAllAction"),
                          QStringLiteral("auditLogAction"),
                          QStringLiteral("undoAction"),
                          QStringLiteral("userGuideAction")};
    for (const QString &name : day)
        QVERIFY2(named.contains(name), qPrintable(name + QStringLiteral(" is not in the guide")));
}

void TestUserGuide::shortcutsAreReal_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<int>("shortcuts");
    QTest::newRow("fr") << QStringLiteral("fr") << 32;
    QTest::newRow("en") << QStringLiteral("en") << 32;
}

void TestUserGuide::shortcutsAreReal()
{
    QFETCH(QString, language);
    QFETCH(int, shortcuts);
    HelpTestLanguage::use(language);
    std::unique_ptr<MainWindow> window(openWindow());
    QSet<QKeySequence> real;
    for (const QAction *action : window->findChildren<QAction *>()) {
        for (const QKeySequence &keys : action->shortcuts())
            real.insert(keys);
    }
    // Every key written as `code` in the guide is a shortcut of one of the window's actions (the grid's
    // recusal, the hearing clock's and the guide's own included).
    static const QRegularExpression code(QStringLiteral("`([^`]+)`"));
    int found = 0;
    for (auto match = code.globalMatch(UserGuide::markdown(language)); match.hasNext();) {
        const QString written = match.next().captured(1);
        const QKeySequence keys = shortcutOf(written);
        if (keys.isEmpty())
            continue;
        ++found;
        QVERIFY2(real.contains(keys), qPrintable(QStringLiteral("no action has the shortcut %1").arg(written)));
    }
    QCOMPARE(found, shortcuts);
}

void TestUserGuide::tabNamesAreReal_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("fr") << QStringLiteral("fr") << QStringLiteral("onglet \\*\\*([^*]+)\\*\\*")
                        << QStringList{QStringLiteral("Candidatures"), QStringLiteral("Notation"),
                                       QStringLiteral("Classement"), QStringLiteral("Simulation")};
    QTest::newRow("en") << QStringLiteral("en") << QStringLiteral("\\*\\*([^*]+)\\*\\* tab")
                        << QStringList{QStringLiteral("Candidates"), QStringLiteral("Scoring"),
                                       QStringLiteral("Ranking"), QStringLiteral("What-if")};
}

void TestUserGuide::tabNamesAreReal()
{
    QFETCH(QString, language);
    QFETCH(QString, pattern);
    QFETCH(QStringList, expected);
    HelpTestLanguage::use(language);
    std::unique_ptr<MainWindow> window(openWindow());
    auto *tabs = window->findChild<QTabWidget *>(QStringLiteral("mainTabWidget"));
    QStringList real;
    for (int i = 0; i < tabs->count(); ++i)
        real << tabs->tabText(i).remove(QLatin1Char('&'));
    QStringList named;
    const QRegularExpression tab(pattern);
    for (auto match = tab.globalMatch(UserGuide::markdown(language)); match.hasNext();) {
        const QString name = match.next().captured(1);
        QVERIFY2(real.contains(name), qPrintable(QStringLiteral("no tab is called %1").arg(name)));
        if (!named.contains(name))
            named << name;
    }
    QCOMPARE(named, expected);
}

void TestUserGuide::explainsTheRule_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QStringList>("sentences");
    // The rule of rules.md, its numbers in the application's French form (no-break spaces) in both languages,
    // and the five examples of its table, row by row.
    QTest::newRow("fr") << QStringLiteral("fr")
                        << QStringList{
                               QStringLiteral("au plus **50\u00a0% du budget annuel du projet, et au plus "
                                              "300\u00a0000\u00a0€ par lauréat**"),
                               QStringLiteral("arrondie au centime **inférieur**"),
                               QStringLiteral("**plafond** = le plus petit de la part et de *C*"),
                               QStringLiteral("**montant éligible** = le plus petit du montant demandé et du plafond"),
                               QStringLiteral("0 < *g* ≤ montant éligible"),
                               QStringLiteral("| 400\u00a0000\u00a0€ | 150\u00a0000\u00a0€ | 150\u00a0000\u00a0€ | le "
                                              "montant demandé |"),
                               QStringLiteral("| 400\u00a0000\u00a0€ | 250\u00a0000\u00a0€ | 200\u00a0000\u00a0€ | le "
                                              "taux (50\u00a0%) |"),
                               QStringLiteral("| 1\u00a0000\u00a0000\u00a0€ | 400\u00a0000\u00a0€ | "
                                              "300\u00a0000\u00a0€ | le plafond (300\u00a0000\u00a0€) |"),
                               QStringLiteral("| 600\u00a0000\u00a0€ | 300\u00a0000\u00a0€ | 300\u00a0000\u00a0€ | le "
                                              "montant demandé |"),
                               QStringLiteral("| 0,03\u00a0€ | 1\u00a0€ | 0,01\u00a0€ | le taux"),
                               QStringLiteral("`300,000` est refusée")};
    QTest::newRow("en") << QStringLiteral("en")
                        << QStringList{
                               QStringLiteral("at most **50\u00a0% of the project’s annual budget, and at most "
                                              "300\u00a0000\u00a0€ per laureate**"),
                               QStringLiteral("rounded **down** to the cent"),
                               QStringLiteral("**ceiling** = the smaller of the share and *C*"),
                               QStringLiteral("**eligible amount** = the smaller of the requested amount and the "
                                              "ceiling"),
                               QStringLiteral("0 < *g* ≤ eligible amount"),
                               QStringLiteral("| 400\u00a0000\u00a0€ | 150\u00a0000\u00a0€ | 150\u00a0000\u00a0€ | the "
                                              "requested amount |"),
                               QStringLiteral("| 400\u00a0000\u00a0€ | 250\u00a0000\u00a0€ | 200\u00a0000\u00a0€ | the "
                                              "rate (50\u00a0%) |"),
                               QStringLiteral("| 1\u00a0000\u00a0000\u00a0€ | 400\u00a0000\u00a0€ | "
                                              "300\u00a0000\u00a0€ | the cap (300\u00a0000\u00a0€) |"),
                               QStringLiteral("| 600\u00a0000\u00a0€ | 300\u00a0000\u00a0€ | 300\u00a0000\u00a0€ | the "
                                              "requested amount |"),
                               QStringLiteral("| 0,03\u00a0€ | 1\u00a0€ | 0,01\u00a0€ | the rate"),
                               QStringLiteral("`300,000` is refused")};
}

void TestUserGuide::explainsTheRule()
{
    QFETCH(QString, language);
    QFETCH(QStringList, sentences);
    const QString guide = UserGuide::markdown(language);
    for (const QString &sentence : sentences)
        QVERIFY2(guide.contains(sentence), qPrintable(sentence));
}

QTEST_MAIN(TestUserGuide)
#include "tst_userguide.moc"
