#include "history/ClosePromotionDialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QtTest>

// The close dialog asks for the committee's date, prefilled, refuses to close without one (or with a text
// that is not a date) and says why; a refusal from the store keeps it open with the store's words.
class TestClosePromotionDialog : public QObject
{
    Q_OBJECT

private slots:
    void prefilledWithTodayOrTheStoredDate();
    void refusesWithoutDate();
    void refusesWhatIsNotADate();
    void parseDate_data();
    void parseDate();
    void storeRefusalKeepsItOpen();

private:
    static QPushButton *closeButton(ClosePromotionDialog &dialog)
    {
        return dialog.findChild<QDialogButtonBox *>(QStringLiteral("closeButtonBox"))->button(QDialogButtonBox::Ok);
    }
    static QLineEdit *dateEdit(ClosePromotionDialog &dialog)
    {
        return dialog.findChild<QLineEdit *>(QStringLiteral("committeeDateLineEdit"));
    }
    static QString problem(ClosePromotionDialog &dialog)
    {
        return dialog.findChild<QLabel *>(QStringLiteral("closeProblemLabel"))->text();
    }
};

namespace {

Promotion fast14(const QDate &committeeDate = QDate())
{
    Promotion promotion;
    promotion.number = 14;
    promotion.year = 2026;
    promotion.envelope = Money::fromEuros(2000000);
    promotion.committeeDate = committeeDate;
    return promotion;
}

} // namespace

void TestClosePromotionDialog::prefilledWithTodayOrTheStoredDate()
{
    ClosePromotionDialog today(fast14(), QDate(2026, 12, 3));
    QCOMPARE(today.windowTitle(), QStringLiteral("Close FAST14"));
    QCOMPARE(dateEdit(today)->text(), QStringLiteral("03/12/2026"));
    QCOMPARE(today.committeeDate(), QDate(2026, 12, 3));
    QVERIFY(closeButton(today)->isEnabled());
    QCOMPARE(closeButton(today)->text(), QStringLiteral("Close FAST14"));
    QCOMPARE(problem(today), QString());

    ClosePromotionDialog stored(fast14(QDate(2026, 6, 12)), QDate(2026, 12, 3));
    QCOMPARE(dateEdit(stored)->text(), QStringLiteral("12/06/2026"));
}

void TestClosePromotionDialog::refusesWithoutDate()
{
    ClosePromotionDialog dialog(fast14(), QDate(2026, 12, 3));
    QList<QDate> closedWith;
    dialog.setCloseHandler([&](const QDate &date) {
        closedWith.append(date);
        return Outcome::success();
    });
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    dateEdit(dialog)->selectAll();
    QTest::keyClick(dateEdit(dialog), Qt::Key_Delete);
    const QString reason =
        QStringLiteral("Enter the committee's date: the official list says which committee adopted it.");
    QCOMPARE(problem(dialog), reason);
    QVERIFY(!closeButton(dialog)->isEnabled());
    QCOMPARE(closeButton(dialog)->toolTip(), reason);
    // Enter does not get around the disabled button.
    QTest::keyClick(dateEdit(dialog), Qt::Key_Return);
    QVERIFY(dialog.isVisible());
    QVERIFY(closedWith.isEmpty());

    QTest::keyClicks(dateEdit(dialog), QStringLiteral("12/06/2026"));
    QCOMPARE(problem(dialog), QString());
    QTest::mouseClick(closeButton(dialog), Qt::LeftButton);
    QCOMPARE(closedWith, QList<QDate>({QDate(2026, 6, 12)}));
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
}

void TestClosePromotionDialog::refusesWhatIsNotADate()
{
    ClosePromotionDialog dialog(fast14(), QDate(2026, 12, 3));
    dateEdit(dialog)->setText(QStringLiteral("31/02/2026"));
    QCOMPARE(problem(dialog), QStringLiteral("\"31/02/2026\" is not a date: write it as dd/mm/yyyy, for example "
                                             "12/06/2026."));
    QVERIFY(!closeButton(dialog)->isEnabled());
    QCOMPARE(dialog.committeeDate(), QDate());
}

void TestClosePromotionDialog::parseDate_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDate>("date");
    QTest::newRow("dd/MM/yyyy") << QStringLiteral("12/06/2026") << QDate(2026, 6, 12);
    QTest::newRow("d/M/yyyy") << QStringLiteral("1/6/2026") << QDate(2026, 6, 1);
    QTest::newRow("ISO") << QStringLiteral(" 2026-06-12 ") << QDate(2026, 6, 12);
    QTest::newRow("two-digit year") << QStringLiteral("12/06/26") << QDate();
    QTest::newRow("no such day") << QStringLiteral("30/02/2026") << QDate();
    QTest::newRow("words") << QStringLiteral("demain") << QDate();
    QTest::newRow("empty") << QString() << QDate();
}

void TestClosePromotionDialog::parseDate()
{
    QFETCH(QString, text);
    QFETCH(QDate, date);
    QCOMPARE(ClosePromotionDialog::parseDate(text), date);
}

void TestClosePromotionDialog::storeRefusalKeepsItOpen()
{
    ClosePromotionDialog dialog(fast14(), QDate(2026, 12, 3));
    dialog.setCloseHandler([](const QDate &) { return Outcome::failure(QStringLiteral("FAST14 is already closed.")); });
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QTest::mouseClick(closeButton(dialog), Qt::LeftButton);
    QVERIFY(dialog.isVisible());
    QCOMPARE(problem(dialog), QStringLiteral("FAST14 is already closed."));
}

QTEST_MAIN(TestClosePromotionDialog)
#include "tst_closepromotiondialog.moc"
