#include "shell/MainWindow.h"
#include "PastPromotionsFixture.h"
#include "history/PromotionHistoryDialog.h"
#include "history/PromotionHistoryModel.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QHeaderView>
#include <QLabel>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

// The history of the promotions in the real window: one row per promotion with its exact figures, sorted
// by a header click, and Enter on a row opening that promotion (read-only when closed).
class TestPromotionHistoryDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void rowsAreExact();
    void sortsByGranted();
    void enterOpensTheClosedPromotionReadOnly();
    void doubleClickOpensThePromotion();

private:
    PromotionHistoryDialog *openDialog();
    QStringList rowTexts(const QTableView *view) const;

    QTemporaryDir *m_dir = nullptr;
    MainWindow *m_window = nullptr;
};

using PastPromotionsFixture::nb;

void TestPromotionHistoryDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("DINUM-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_promotionhistorydialog"));
}

void TestPromotionHistoryDialog::init()
{
    m_dir = new QTemporaryDir;
    m_window = new MainWindow;
    const QString opened =
        PastPromotionsFixture::openInWindow(*m_window, m_dir->filePath(QStringLiteral("committee.sqlite")));
    QVERIFY2(opened.isEmpty(), qPrintable(opened));
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
    QCOMPARE(m_window->currentPromotionNumber(), 13);
}

void TestPromotionHistoryDialog::cleanup()
{
    delete m_window;
    m_window = nullptr;
    delete m_dir;
    m_dir = nullptr;
}

PromotionHistoryDialog *TestPromotionHistoryDialog::openDialog()
{
    QAction *action = m_window->findChild<QAction *>(QStringLiteral("historyAction"));
    if (!action || !action->isEnabled())
        return nullptr;
    action->trigger();
    auto *dialog = m_window->findChild<PromotionHistoryDialog *>(QStringLiteral("promotionHistoryDialog"));
    if (dialog && !QTest::qWaitForWindowExposed(dialog))
        return nullptr;
    return dialog;
}

QStringList TestPromotionHistoryDialog::rowTexts(const QTableView *view) const
{
    QStringList rows;
    const QAbstractItemModel *model = view->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        QStringList cells;
        for (int column = 0; column < model->columnCount(); ++column)
            cells.append(model->index(row, column).data().toString());
        rows.append(cells.join(QLatin1Char('|')));
    }
    return rows;
}

void TestPromotionHistoryDialog::rowsAreExact()
{
    PromotionHistoryDialog *dialog = openDialog();
    QVERIFY(dialog);
    QAbstractItemModelTester tester(dialog->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    auto *view = dialog->findChild<QTableView *>(QStringLiteral("historyTableView"));
    QVERIFY(view);
    QVERIFY(!view->accessibleName().isEmpty());
    QCOMPARE(view->model()->headerData(0, Qt::Horizontal).toString(), QStringLiteral("Promotion"));
    // Newest first.
    QCOMPARE(rowTexts(view),
             QStringList({nb("FAST13|2023|open|2|1|600~000~€|250~000~€|350~000~€|250~000~€"),
                          nb("FAST12|2023|closed (read-only)|2|1|500~000~€|300~000~€|200~000~€|300~000~€"),
                          nb("FAST11|2022|closed (read-only)|3|2|1~000~000~€|350~000~€|650~000~€|175~000~€")}));
    // The kinds are in the tooltip of the counts.
    QCOMPARE(view->model()
                 ->index(2, PromotionHistoryModel::column(PromotionHistoryModel::Column::Laureates))
                 .data(Qt::ToolTipRole)
                 .toString(),
             QStringLiteral("1 products, 1 incubators"));
    // The promotion's row is selected: Enter works at once.
    QVERIFY(view->hasFocus() || dialog->focusWidget() == view);
    QCOMPARE(view->currentIndex().row(), 0);
}

void TestPromotionHistoryDialog::sortsByGranted()
{
    PromotionHistoryDialog *dialog = openDialog();
    QVERIFY(dialog);
    auto *view = dialog->findChild<QTableView *>(QStringLiteral("historyTableView"));
    const int granted = PromotionHistoryModel::column(PromotionHistoryModel::Column::Granted);
    const QHeaderView *header = view->horizontalHeader();
    QTest::mouseClick(
        header->viewport(), Qt::LeftButton, {},
        QPoint(header->sectionViewportPosition(granted) + header->sectionSize(granted) / 2, header->height() / 2));
    QStringList order;
    for (int row = 0; row < view->model()->rowCount(); ++row)
        order.append(view->model()->index(row, 0).data().toString());
    // Ascending by cents: 250 000 € < 300 000 € < 350 000 €.
    QCOMPARE(order, QStringList({QStringLiteral("FAST13"), QStringLiteral("FAST12"), QStringLiteral("FAST11")}));
    view->sortByColumn(granted, Qt::DescendingOrder);
    QCOMPARE(view->model()->index(0, 0).data().toString(), QStringLiteral("FAST11"));
}

void TestPromotionHistoryDialog::enterOpensTheClosedPromotionReadOnly()
{
    QPointer<PromotionHistoryDialog> dialog = openDialog();
    QVERIFY(dialog);
    auto *view = dialog->findChild<QTableView *>(QStringLiteral("historyTableView"));
    view->setFocus();
    QTest::keyClick(view, Qt::Key_Down);
    QTest::keyClick(view, Qt::Key_Down);
    QCOMPARE(view->currentIndex().data(PromotionHistoryModel::PromotionNumberRole).toInt(), 11);
    QTest::keyClick(view, Qt::Key_Return);
    QTRY_VERIFY(!dialog);
    QCOMPARE(m_window->currentPromotionNumber(), 11);
    QVERIFY(m_window->findChild<QLabel *>(QStringLiteral("closedBannerLabel"))->isVisible());
    QVERIFY(!m_window->findChild<QAction *>(QStringLiteral("addCandidateAction"))->isEnabled());
}

void TestPromotionHistoryDialog::doubleClickOpensThePromotion()
{
    QPointer<PromotionHistoryDialog> dialog = openDialog();
    QVERIFY(dialog);
    auto *view = dialog->findChild<QTableView *>(QStringLiteral("historyTableView"));
    const QRect cell = view->visualRect(view->model()->index(1, 0));
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, cell.center());
    QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, cell.center());
    QTRY_VERIFY(!dialog);
    QCOMPARE(m_window->currentPromotionNumber(), 12);
}

QTEST_MAIN(TestPromotionHistoryDialog)
#include "tst_promotionhistorydialog.moc"
