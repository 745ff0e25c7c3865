#include "widgets/AmountField.h"
#include "history/PromotionDialog.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QtTest>

// The promotion form: the rule's defaults, the envelope typed in French, the refusals of
// Promotion::validate and of a number already taken next to the disabled save button.
class TestPromotionDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void defaults();
    void typedPromotion();
    void refusals_data();
    void refusals();
    void editKeepsIdAndFillsFields();
    void saveHandler();

private:
    template <typename T> static T *child(const QWidget &parent, const char *name)
    {
        T *found = parent.findChild<T *>(QLatin1String(name));
        if (!found)
            qFatal("no child %s", name);
        return found;
    }
};

void TestPromotionDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestPromotionDialog::defaults()
{
    PromotionDialog dialog({11, 12, 13});
    dialog.show();
    QCOMPARE(child<QSpinBox>(dialog, "numberSpinBox")->value(), 14);
    QCOMPARE(child<QSpinBox>(dialog, "rateSpinBox")->value(), 50);
    QCOMPARE(child<QLineEdit>(dialog, "capEdit")->text(), QStringLiteral("300\u00a0000"));
    QCOMPARE(child<QSpinBox>(dialog, "minimumScoreSpinBox")->value(), 0);
    // The envelope has to be typed: no promotion is created with an envelope nobody chose.
    QVERIFY(!child<QPushButton>(dialog, "saveButton")->isEnabled());
    QCOMPARE(dialog.problems(), QStringList(QStringLiteral("The envelope is required.")));
    QCOMPARE(child<QLabel>(dialog, "saveBlockedLabel")->text(),
             QStringLiteral("Cannot save yet: The envelope is required."));
}

void TestPromotionDialog::typedPromotion()
{
    PromotionDialog dialog({});
    dialog.show();
    child<QSpinBox>(dialog, "numberSpinBox")->setValue(13);
    child<QSpinBox>(dialog, "yearSpinBox")->setValue(2023);
    QTest::keyClicks(child<QLineEdit>(dialog, "envelopeEdit"), QStringLiteral("2 550 000"));
    QVERIFY(child<QPushButton>(dialog, "saveButton")->isEnabled());
    QCOMPARE(child<QLabel>(dialog, "ruleLabel")->text(),
             QStringLiteral("50 % of the annual budget, at most 300\u00a0000\u00a0€"));
    const Promotion promotion = dialog.promotion();
    QCOMPARE(promotion.number, 13);
    QCOMPARE(promotion.year, 2023);
    QCOMPARE(promotion.envelope, Money::fromEuros(2550000));
    QCOMPARE(promotion.rule, CofinancingRule());
    QCOMPARE(promotion.committeeDate, QDate());
    QCOMPARE(promotion.status, PromotionStatus::Open);
}

void TestPromotionDialog::refusals_data()
{
    QTest::addColumn<int>("number");
    QTest::addColumn<QString>("envelope");
    QTest::addColumn<QString>("cap");
    QTest::addColumn<QString>("problem");
    QTest::newRow("number taken") << 12 << QStringLiteral("1 000 000") << QStringLiteral("300 000")
                                  << QStringLiteral("FAST12 already exists.");
    QTest::newRow("ambiguous envelope")
        << 20 << QStringLiteral("2,550") << QStringLiteral("300 000")
        << QStringLiteral("Envelope: %1").arg(Money::parse(QStringLiteral("2,550")).error());
    QTest::newRow("cap zero") << 20 << QStringLiteral("1 000 000") << QStringLiteral("0")
                              << QStringLiteral("The cap per laureate must be more than 0 €.");
    QTest::newRow("cap missing") << 20 << QStringLiteral("1 000 000") << QString()
                                 << QStringLiteral("The cap per laureate is required.");
}

void TestPromotionDialog::refusals()
{
    QFETCH(int, number);
    QFETCH(QString, envelope);
    QFETCH(QString, cap);
    QFETCH(QString, problem);
    PromotionDialog dialog({11, 12});
    dialog.show();
    child<QSpinBox>(dialog, "numberSpinBox")->setValue(number);
    QTest::keyClicks(child<QLineEdit>(dialog, "envelopeEdit"), envelope);
    child<QLineEdit>(dialog, "capEdit")->clear();
    QTest::keyClicks(child<QLineEdit>(dialog, "capEdit"), cap);
    QCOMPARE(dialog.problems(), QStringList(problem));
    auto *save = child<QPushButton>(dialog, "saveButton");
    QVERIFY(!save->isEnabled());
    QCOMPARE(save->toolTip(), QStringLiteral("Cannot save yet: %1").arg(problem));
}

void TestPromotionDialog::editKeepsIdAndFillsFields()
{
    Promotion promotion;
    promotion.id = 42;
    promotion.number = 14;
    promotion.year = 2024;
    promotion.envelope = Money::fromCents(240000050);
    promotion.rule = CofinancingRule(40, Money::fromEuros(250000));
    promotion.minimumScore = 60;
    promotion.committeeDate = QDate(2024, 3, 14);
    PromotionDialog dialog({13});
    dialog.setPromotion(promotion);
    QCOMPARE(dialog.windowTitle(), QStringLiteral("Promotion FAST14"));
    QCOMPARE(child<QLineEdit>(dialog, "envelopeEdit")->text(), QStringLiteral("2\u00a0400\u00a0000,50"));
    QVERIFY(child<QCheckBox>(dialog, "committeeDateCheckBox")->isChecked());
    const Promotion read = dialog.promotion();
    QCOMPARE(read.id, qint64(42));
    QCOMPARE(read.number, 14);
    QCOMPARE(read.year, 2024);
    QCOMPARE(read.envelope, promotion.envelope);
    QCOMPARE(read.rule, promotion.rule);
    QCOMPARE(read.minimumScore, 60);
    QCOMPARE(read.committeeDate, QDate(2024, 3, 14));
    QCOMPARE(dialog.problems(), QStringList());
}

void TestPromotionDialog::saveHandler()
{
    PromotionDialog dialog({});
    QList<Promotion> saved;
    int calls = 0;
    dialog.setSaveHandler([&](const Promotion &promotion) {
        ++calls;
        if (calls == 1)
            return Outcome::failure(QStringLiteral("Refused by the store."));
        saved.append(promotion);
        return Outcome::success();
    });
    dialog.show();
    QTest::keyClicks(child<QLineEdit>(dialog, "envelopeEdit"), QStringLiteral("1 500 000"));
    QTest::mouseClick(child<QPushButton>(dialog, "saveButton"), Qt::LeftButton);
    QVERIFY(dialog.isVisible());
    QCOMPARE(child<QLabel>(dialog, "storeErrorLabel")->text(), QStringLiteral("Refused by the store."));
    QTest::mouseClick(child<QPushButton>(dialog, "saveButton"), Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(saved.size(), 1);
    QCOMPARE(saved.at(0).envelope, Money::fromEuros(1500000));
}

QTEST_MAIN(TestPromotionDialog)
#include "tst_promotiondialog.moc"
