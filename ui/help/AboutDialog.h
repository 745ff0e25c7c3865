#pragma once

#include "help/AboutFacts.h"

#include <QDialog>

class QFormLayout;
class QLabel;
class QPushButton;

// Help > About Comité FAST: the application's name and version, its licence, the database in use and its
// schema version, and the Qt versions, each on its own selectable line; "Copy to Clipboard" copies them
// as text for a support request.
class AboutDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AboutDialog(const AboutFacts &facts, QWidget *parent = nullptr);

    const AboutFacts &facts() const { return m_facts; }
    QPushButton *copyButton() const { return m_copyButton; }

private:
    QLabel *addFact(QFormLayout *form, const QString &label, const QString &value, const char *objectName);
    void copyFacts();

    AboutFacts m_facts;
    QPushButton *m_copyButton;
    QLabel *m_copiedLabel;
};
