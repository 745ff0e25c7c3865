#pragma once

#include "domain/Money.h"

#include <QWidget>

#include <optional>

class QLabel;
class QLineEdit;

// An amount input that reads what users type with Money::parse, the one parser of the application,
// and shows the parser's refusal right under the field as they type, so that "300,000" is caught
// before anything is saved. The line edit is named <baseName>Edit and the message <baseName>ErrorLabel.
class AmountField : public QWidget
{
    Q_OBJECT

public:
    explicit AmountField(const QString &baseName, QWidget *parent = nullptr);

    QLineEdit *lineEdit() const { return m_lineEdit; }
    // The amount, or nothing when the text is empty or refused.
    std::optional<Money> value() const;
    // The parser's message, empty when the text is a valid amount or empty and optional.
    QString error() const { return m_error; }
    bool isEmpty() const;

    void setValue(std::optional<Money> value);
    // An empty optional field has no error; an empty required one says so only once edited.
    void setOptional(bool optional);
    void setReadOnly(bool readOnly);
    void setAccessibleName(const QString &name);
    void setPlaceholderText(const QString &text);

    // QLineEdit's own margin around its text, each side (Qt's QLineEditPrivate::horizontalMargin).
    static constexpr int lineEditHorizontalMargin = 2;

signals:
    void valueChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    void reparse();
    void fitWidthToAmounts();

    QLineEdit *m_lineEdit;
    QLabel *m_errorLabel;
    QString m_error;
    std::optional<Money> m_value;
    bool m_optional = false;
};
