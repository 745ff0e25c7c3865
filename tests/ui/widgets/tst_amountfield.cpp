#include "widgets/AmountField.h"
#include "domain/Money.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QtTest>

// The amount input of every form: what is typed goes through Money::parse, a refusal shows under the
// field, and an amount in the field is never shown cut.
class TestAmountField : public QObject
{
    Q_OBJECT

private slots:
    void typedAmountIsParsed();
    void refusalShowsUnderTheField();
    void emptyIsAnErrorOnlyWhenRequiredAndEdited();
    void setValueReadsBackUnchanged();
    void neverNarrowerThanTheWidestAmount();
};

void TestAmountField::typedAmountIsParsed()
{
    AmountField field(QStringLiteral("budget"));
    QSignalSpy changed(&field, &AmountField::valueChanged);
    QTest::keyClicks(field.lineEdit(), QStringLiteral("1 234,56"));
    QCOMPARE(field.value(), std::optional<Money>(Money::fromCents(123456)));
    QCOMPARE(field.error(), QString());
    QCOMPARE(changed.count(), 8);
    QCOMPARE(field.lineEdit()->objectName(), QStringLiteral("budgetEdit"));
}

void TestAmountField::refusalShowsUnderTheField()
{
    AmountField field(QStringLiteral("budget"));
    field.show();
    field.lineEdit()->setText(QStringLiteral("300,000"));
    const QString expected = Money::parse(QStringLiteral("300,000")).error();
    QVERIFY(!expected.isEmpty());
    QCOMPARE(field.value(), std::nullopt);
    QCOMPARE(field.error(), expected);
    auto *label = field.findChild<QLabel *>(QStringLiteral("budgetErrorLabel"));
    QCOMPARE(label->text(), expected);
    QVERIFY(label->isVisible());
    QCOMPARE(field.lineEdit()->accessibleDescription(), expected);
    field.lineEdit()->setText(QStringLiteral("300 000"));
    QVERIFY(!label->isVisible());
    QCOMPARE(field.value(), std::optional<Money>(Money::fromEuros(300000)));
}

void TestAmountField::emptyIsAnErrorOnlyWhenRequiredAndEdited()
{
    AmountField field(QStringLiteral("budget"));
    QCOMPARE(field.error(), QString());
    QVERIFY(field.isEmpty());
    QTest::keyClick(field.lineEdit(), Qt::Key_5);
    QTest::keyClick(field.lineEdit(), Qt::Key_Backspace);
    QCOMPARE(field.error(), Money::parse(QString()).error());
    field.setOptional(true);
    QCOMPARE(field.error(), QString());
    QCOMPARE(field.value(), std::nullopt);
}

void TestAmountField::setValueReadsBackUnchanged()
{
    AmountField field(QStringLiteral("granted"));
    field.setValue(Money::fromCents(29999950));
    QCOMPARE(field.lineEdit()->text(), Money::fromCents(29999950).toNumberString());
    QCOMPARE(field.value(), std::optional<Money>(Money::fromCents(29999950)));
    field.setValue(std::nullopt);
    QVERIFY(field.isEmpty());
}

void TestAmountField::neverNarrowerThanTheWidestAmount()
{
    // Squeezed by a long label in a narrow window, the field keeps room for 99 999 999,99 in full, at the
    // normal font and after a larger one (session mode).
    QWidget window;
    auto *layout = new QHBoxLayout(&window);
    auto *field = new AmountField(QStringLiteral("envelope"));
    layout->addWidget(new QLabel(QStringLiteral("A long label that wants all the width there is")), 1);
    layout->addWidget(field);
    window.resize(80, 40);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const QString widest = Money::fromCents(Q_INT64_C(9999999999)).toNumberString();
    field->setValue(Money::fromCents(Q_INT64_C(9999999999)));
    const auto textRoom = [field] {
        const QMargins margins = field->lineEdit()->textMargins();
        return field->lineEdit()->width() - margins.left() - margins.right();
    };
    const int normal = field->lineEdit()->fontMetrics().horizontalAdvance(widest);
    QVERIFY2(textRoom() > normal, qPrintable(QStringLiteral("%1 <= %2").arg(textRoom()).arg(normal)));
    QFont large = window.font();
    large.setPointSizeF(large.pointSizeF() * 1.45);
    window.setFont(large);
    const int enlarged = field->lineEdit()->fontMetrics().horizontalAdvance(widest);
    QVERIFY(enlarged > normal);
    QTRY_VERIFY2(textRoom() > enlarged, qPrintable(QStringLiteral("%1 <= %2").arg(textRoom()).arg(enlarged)));
}

QTEST_MAIN(TestAmountField)
#include "tst_amountfield.moc"
