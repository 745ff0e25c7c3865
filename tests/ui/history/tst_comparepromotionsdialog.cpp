#include "history/ComparePromotionsDialog.h"
#include "shell/MainWindow.h"
#include "PastPromotionsFixture.h"
#include "history/PromotionSideBySideModel.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QComboBox>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

// The comparison of two promotions in the real window: the shown promotion against the one before it,
// then two others chosen with the keyboard, every figure exact.
class TestComparePromotionsDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void shownPromotionAgainstThePreviousOne();
    void chosenWithTheKeyboard();

private:
    ComparePromotionsDialog *openDialog();
    static QStringList lines(const QTableView *view);

    QTemporaryDir *m_dir = nullptr;
    MainWindow *m_window = nullptr;
};

using PastPromotionsFixture::nb;

void TestComparePromotionsDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("DINUM-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_comparepromotionsdialog"));
}

void TestComparePromotionsDialog::init()
{
    m_dir = new QTemporaryDir;
    m_window = new MainWindow;
    const QString opened =
        PastPromotionsFixture::openInWindow(*m_window, m_dir->filePath(QStringLiteral("committee.sqlite")));
    QVERIFY2(opened.isEmpty(), qPrintable(opened));
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
}

void TestComparePromotionsDialog::cleanup()
{
    delete m_window;
    m_window = nullptr;
    delete m_dir;
    m_dir = nullptr;
}

ComparePromotionsDialog *TestComparePromotionsDialog::openDialog()
{
    m_window->findChild<QAction *>(QStringLiteral("compareAction"))->trigger();
    auto *dialog = m_window->findChild<ComparePromotionsDialog *>(QStringLiteral("comparePromotionsDialog"));
    if (dialog && !QTest::qWaitForWindowExposed(dialog))
        return nullptr;
    return dialog;
}

QStringList TestComparePromotionsDialog::lines(const QTableView *view)
{
    QStringList all;
    const QAbstractItemModel *model = view->model();
    for (int row = 0; row < model->rowCount(); ++row)
        all.append(model->headerData(row, Qt::Vertical).toString() + QLatin1Char('|') +
                   model->index(row, 0).data().toString() + QLatin1Char('|') + model->index(row, 1).data().toString());
    return all;
}

void TestComparePromotionsDialog::shownPromotionAgainstThePreviousOne()
{
    ComparePromotionsDialog *dialog = openDialog();
    QVERIFY(dialog);
    QAbstractItemModelTester tester(dialog->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    auto *view = dialog->findChild<QTableView *>(QStringLiteral("comparisonTableView"));
    QVERIFY(view);
    QCOMPARE(view->model()->headerData(0, Qt::Horizontal).toString(), QStringLiteral("FAST12 (2023, closed)"));
    QCOMPARE(view->model()->headerData(1, Qt::Horizontal).toString(), QStringLiteral("FAST13 (2023)"));
    QCOMPARE(lines(view),
             QStringList({QStringLiteral("Candidates|2|2"), QStringLiteral("Candidates: products|2|2"),
                          QStringLiteral("Candidates: incubators|0|0"), QStringLiteral("Laureates|1|1"),
                          QStringLiteral("Laureates: products|1|1"), QStringLiteral("Laureates: incubators|0|0"),
                          nb("Envelope|500~000~€|600~000~€"), nb("Granted|300~000~€|250~000~€"),
                          nb("Remaining|200~000~€|350~000~€"), nb("Mean grant per laureate|300~000~€|250~000~€")}));
}

void TestComparePromotionsDialog::chosenWithTheKeyboard()
{
    ComparePromotionsDialog *dialog = openDialog();
    QVERIFY(dialog);
    auto *left = dialog->findChild<QComboBox *>(QStringLiteral("leftPromotionComboBox"));
    auto *right = dialog->findChild<QComboBox *>(QStringLiteral("rightPromotionComboBox"));
    QVERIFY(left && right);
    QVERIFY(left->hasFocus());
    // Newest first: FAST13, FAST12, FAST11. Down on FAST12 chooses FAST11.
    QCOMPARE(left->count(), 3);
    QTest::keyClick(left, Qt::Key_Down);
    QCOMPARE(left->currentData().toInt(), 11);
    QTest::keyClick(dialog, Qt::Key_Tab);
    QTRY_VERIFY(right->hasFocus());
    QTest::keyClick(right, Qt::Key_Down);
    QCOMPARE(right->currentData().toInt(), 12);
    auto *view = dialog->findChild<QTableView *>(QStringLiteral("comparisonTableView"));
    QCOMPARE(lines(view),
             QStringList({QStringLiteral("Candidates|3|2"), QStringLiteral("Candidates: products|2|2"),
                          QStringLiteral("Candidates: incubators|1|0"), QStringLiteral("Laureates|2|1"),
                          QStringLiteral("Laureates: products|1|1"), QStringLiteral("Laureates: incubators|1|0"),
                          nb("Envelope|1~000~000~€|500~000~€"), nb("Granted|350~000~€|300~000~€"),
                          nb("Remaining|650~000~€|200~000~€"), nb("Mean grant per laureate|175~000~€|300~000~€")}));
}

QTEST_MAIN(TestComparePromotionsDialog)
#include "tst_comparepromotionsdialog.moc"
