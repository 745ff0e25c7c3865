#include "scoring/CriteriaDialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QtTest>

// The criteria editor alone: no message before a change, the exact message for each problem, the space kept
// for it, adding, removing and reordering rows, the set handed to the applier, a refusal kept on screen,
// and the read-only editor saying why.
class TestCriteriaDialog : public QObject
{
    Q_OBJECT

private slots:
    void opensWithoutMessage();
    void messages_data();
    void messages();
    void messageSpaceIsKept();
    void addRemoveReorder();
    void okHandsTheSetToTheApplier();
    void refusalStaysOnScreen();
    void unchangedSetIsNotApplied();
    void readOnlySaysWhy();

private:
    static CriteriaSet twoCriteria()
    {
        return CriteriaSet({{1, QStringLiteral("Impact"), 60}, {2, QStringLiteral("Équipe"), 40}});
    }
    static QString cell(const QTableWidget *table, int row, int column) { return table->item(row, column)->text(); }
    static QLabel *label(const CriteriaDialog &dialog, const char *name)
    {
        return dialog.findChild<QLabel *>(QLatin1String(name));
    }
};

void TestCriteriaDialog::opensWithoutMessage()
{
    CriteriaDialog dialog(CriteriaSet::defaults(), 14, QString());
    QCOMPARE(dialog.windowTitle(), QStringLiteral("Criteria and weights of FAST14"));
    QCOMPARE(dialog.table()->rowCount(), 5);
    QCOMPARE(cell(dialog.table(), 0, 0), QStringLiteral("Impact potentiel"));
    QCOMPARE(cell(dialog.table(), 4, 1), QStringLiteral("15"));
    QCOMPARE(label(dialog, "criteriaTotalLabel")->text(), QStringLiteral("Total: 100 / 100"));
    QCOMPARE(dialog.message(), QString());
    // Adding a row is a change: what it still lacks is said, name first.
    dialog.addCriterion();
    QCOMPARE(dialog.message(), QStringLiteral("Criterion 6 has no name."));
    dialog.table()->item(5, 0)->setText(QStringLiteral("Sobriété"));
    QCOMPARE(dialog.message(), QStringLiteral("The weight of \"Sobriété\" must be a positive whole number, not \"\"."));
}

void TestCriteriaDialog::messages_data()
{
    QTest::addColumn<int>("row");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("message");
    QTest::addColumn<QString>("total");
    QTest::newRow("sum 95") << 1 << 1 << "35"
                            << "The weights add up to 95; they must add up to 100."
                            << "Total: 95 / 100";
    QTest::newRow("letters") << 1 << 1 << "forty"
                             << "The weight of \"Équipe\" must be a positive whole number, not \"forty\"."
                             << "Total: 60 / 100";
    QTest::newRow("decimal") << 1 << 1 << "40.5"
                             << "The weight of \"Équipe\" must be a positive whole number, not \"40.5\"."
                             << "Total: 60 / 100";
    QTest::newRow("zero") << 1 << 1 << "0"
                          << "The weight of \"Équipe\" must be a positive whole number, not \"0\"."
                          << "Total: 60 / 100";
    QTest::newRow("negative") << 1 << 1 << "-40"
                              << "The weight of \"Équipe\" must be a positive whole number, not \"-40\"."
                              << "Total: 20 / 100";
    QTest::newRow("duplicate, case and accents aside") << 1 << 0 << "IMPACT"
                                                       << "The criterion \"IMPACT\" is listed twice."
                                                       << "Total: 100 / 100";
    QTest::newRow("no name") << 1 << 0 << "  "
                             << "Criterion 2 has no name."
                             << "Total: 100 / 100";
    QTest::newRow("fixed") << 1 << 1 << " 40 "
                           << ""
                           << "Total: 100 / 100";
}

void TestCriteriaDialog::messages()
{
    QFETCH(int, row);
    QFETCH(int, column);
    QFETCH(QString, text);
    QFETCH(QString, message);
    QFETCH(QString, total);
    CriteriaDialog dialog(twoCriteria(), 13, QString());
    dialog.table()->item(row, column)->setText(text);
    QCOMPARE(dialog.message(), message);
    QCOMPARE(label(dialog, "criteriaTotalLabel")->text(), total);
    QCOMPARE(dialog.editedCriteria().ok(), message.isEmpty());
}

void TestCriteriaDialog::messageSpaceIsKept()
{
    CriteriaDialog dialog(twoCriteria(), 13, QString());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    const int before = dialog.table()->height();
    dialog.table()->item(1, 1)->setText(QStringLiteral("35"));
    QVERIFY(!dialog.message().isEmpty());
    QCoreApplication::processEvents();
    QCOMPARE(dialog.table()->height(), before);
    dialog.table()->item(1, 1)->setText(QStringLiteral("40"));
    QCoreApplication::processEvents();
    QCOMPARE(dialog.message(), QString());
    QCOMPARE(dialog.table()->height(), before);
}

void TestCriteriaDialog::addRemoveReorder()
{
    CriteriaDialog dialog(twoCriteria(), 13, QString());
    QTableWidget *table = dialog.table();
    dialog.findChild<QPushButton *>(QStringLiteral("addCriterionButton"))->click();
    QCOMPARE(table->rowCount(), 3);
    QCOMPARE(table->currentRow(), 2);
    table->item(2, 0)->setText(QStringLiteral("Usagers"));
    table->item(2, 1)->setText(QStringLiteral("10"));
    table->item(0, 1)->setText(QStringLiteral("50"));
    QCOMPARE(dialog.message(), QString());
    // The new one first: it breaks ties from now on.
    dialog.findChild<QPushButton *>(QStringLiteral("moveCriterionUpButton"))->click();
    dialog.findChild<QPushButton *>(QStringLiteral("moveCriterionUpButton"))->click();
    QCOMPARE(table->currentRow(), 0);
    QVERIFY(!dialog.findChild<QPushButton *>(QStringLiteral("moveCriterionUpButton"))->isEnabled());
    const Result<CriteriaSet> edited = dialog.editedCriteria();
    QVERIFY2(edited.ok(), qPrintable(edited.error()));
    QCOMPARE(edited.value(), CriteriaSet({{0, QStringLiteral("Usagers"), 10},
                                          {0, QStringLiteral("Impact"), 50},
                                          {0, QStringLiteral("Équipe"), 40}}));
    table->setCurrentCell(1, 0);
    dialog.findChild<QPushButton *>(QStringLiteral("moveCriterionDownButton"))->click();
    QCOMPARE(cell(table, 2, 0), QStringLiteral("Impact"));
    dialog.findChild<QPushButton *>(QStringLiteral("removeCriterionButton"))->click();
    QCOMPARE(table->rowCount(), 2);
    QCOMPARE(dialog.message(), QStringLiteral("The weights add up to 50; they must add up to 100."));
    dialog.removeCurrent();
    // The last criterion stays: a promotion needs one.
    QCOMPARE(table->rowCount(), 1);
    QVERIFY(!dialog.findChild<QPushButton *>(QStringLiteral("removeCriterionButton"))->isEnabled());
}

void TestCriteriaDialog::okHandsTheSetToTheApplier()
{
    CriteriaDialog dialog(twoCriteria(), 13, QString());
    QList<CriteriaSet> applied;
    dialog.setApplier([&applied](const CriteriaSet &criteria) {
        applied.append(criteria);
        return Outcome::success();
    });
    dialog.table()->item(0, 0)->setText(QStringLiteral("  Impact\u0301 potentiel "));
    dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(applied.size(), 1);
    // Stored as the text policy says: trimmed, NFC.
    QCOMPARE(applied.first(),
             CriteriaSet({{0, QStringLiteral("Impact\u0301 potentiel").normalized(QString::NormalizationForm_C), 60},
                          {0, QStringLiteral("Équipe"), 40}}));
}

void TestCriteriaDialog::refusalStaysOnScreen()
{
    CriteriaDialog dialog(twoCriteria(), 13, QString());
    dialog.setApplier([](const CriteriaSet &) {
        return Outcome::failure(QStringLiteral("The criteria cannot change once any score exists (1 note given)."));
    });
    dialog.show();
    dialog.table()->item(1, 1)->setText(QStringLiteral("35"));
    dialog.accept();
    // Invalid: the applier is not even asked.
    QVERIFY(dialog.isVisible());
    QCOMPARE(dialog.message(), QStringLiteral("The weights add up to 95; they must add up to 100."));
    dialog.table()->item(0, 1)->setText(QStringLiteral("65"));
    dialog.accept();
    QVERIFY(dialog.isVisible());
    QCOMPARE(dialog.message(), QStringLiteral("The criteria cannot change once any score exists (1 note given)."));
}

void TestCriteriaDialog::unchangedSetIsNotApplied()
{
    CriteriaDialog dialog(twoCriteria(), 13, QString());
    int calls = 0;
    dialog.setApplier([&calls](const CriteriaSet &) {
        ++calls;
        return Outcome::success();
    });
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(calls, 0);
}

void TestCriteriaDialog::readOnlySaysWhy()
{
    const QString reason = QStringLiteral("The criteria cannot change once any score exists (3 notes given).");
    CriteriaDialog dialog(twoCriteria(), 13, reason);
    QVERIFY(dialog.isReadOnly());
    QCOMPARE(label(dialog, "criteriaIntroLabel")->text(), reason);
    QVERIFY(!(dialog.table()->item(0, 0)->flags() & Qt::ItemIsEditable));
    QVERIFY(!(dialog.table()->item(0, 1)->flags() & Qt::ItemIsEditable));
    for (const char *name :
         {"addCriterionButton", "removeCriterionButton", "moveCriterionUpButton", "moveCriterionDownButton"})
        QVERIFY2(!dialog.findChild<QPushButton *>(QLatin1String(name))->isEnabled(), name);
    QVERIFY(!dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok));
    QVERIFY(dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Close));
    dialog.addCriterion();
    QCOMPARE(dialog.table()->rowCount(), 2);
}

QTEST_MAIN(TestCriteriaDialog)
#include "tst_criteriadialog.moc"
