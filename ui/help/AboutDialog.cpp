#include "help/AboutDialog.h"

#include "widgets/Palette.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

AboutDialog::AboutDialog(const AboutFacts &facts, QWidget *parent)
    : QDialog(parent), m_facts(facts), m_copyButton(new QPushButton(tr("&Copy to Clipboard"))),
      m_copiedLabel(new QLabel)
{
    setObjectName(QStringLiteral("aboutDialog"));
    setWindowTitle(tr("About Comité FAST"));

    auto *icon = new QLabel;
    icon->setObjectName(QStringLiteral("aboutIconLabel"));
    const QIcon windowIcon = parent ? parent->windowIcon() : QApplication::windowIcon();
    if (!windowIcon.isNull())
        icon->setPixmap(windowIcon.pixmap(64, 64));
    icon->setVisible(!windowIcon.isNull());
    auto *title = new QLabel(tr("Comité FAST %1").arg(facts.version));
    title->setObjectName(QStringLiteral("aboutTitleLabel"));
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setBold(true);
    title->setFont(titleFont);
    auto *summary = new QLabel(tr("Scoring, ranking and laureates of the investment committee of the Fonds "
                                  "d’accélération des startups d’État et de territoires (FAST)."));
    summary->setObjectName(QStringLiteral("aboutSummaryLabel"));
    summary->setWordWrap(true);
    summary->setStyleSheet(Palette::textStyle(Palette::secondaryText()));
    auto *heading = new QVBoxLayout;
    heading->addWidget(title);
    heading->addWidget(summary);
    auto *top = new QHBoxLayout;
    top->addWidget(icon, 0, Qt::AlignTop);
    top->addLayout(heading, 1);

    auto *form = new QFormLayout;
    form->setLabelAlignment(Qt::AlignRight);
    addFact(form, tr("Version:"), facts.version, "versionLabel");
    addFact(form, tr("Licence:"), tr("%1 — %2").arg(facts.licence, facts.copyright), "licenceLabel");
    addFact(form, tr("Database:"), facts.database, "databaseLabel");
    if (!facts.schemaVersion.isEmpty())
        addFact(form, tr("Schema version:"), facts.schemaVersion, "schemaVersionLabel");
    addFact(form, tr("Qt:"), tr("%1 (built with %2)").arg(facts.qtRuntime, facts.qtBuild), "qtVersionLabel");
    addFact(form, tr("System:"), facts.system, "systemLabel");

    m_copyButton->setObjectName(QStringLiteral("copyFactsButton"));
    m_copyButton->setToolTip(tr("Copies these lines, to paste them into a support request."));
    connect(m_copyButton, &QPushButton::clicked, this, &AboutDialog::copyFacts);
    m_copiedLabel->setObjectName(QStringLiteral("copiedLabel"));
    m_copiedLabel->setStyleSheet(Palette::textStyle(Palette::secondaryText()));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    buttons->setObjectName(QStringLiteral("aboutButtonBox"));
    buttons->addButton(m_copyButton, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addSpacing(8);
    layout->addLayout(form);
    layout->addSpacing(8);
    layout->addWidget(m_copiedLabel);
    layout->addWidget(buttons);
    // Wide enough for the licence's line and a database path in a home folder; a longer path widens it.
    setMinimumWidth(640);
}

QLabel *AboutDialog::addFact(QFormLayout *form, const QString &label, const QString &value, const char *objectName)
{
    auto *field = new QLabel(value);
    field->setObjectName(QLatin1String(objectName));
    // Selectable, so that one line can be copied on its own too; plain text, a path is not markup.
    field->setTextFormat(Qt::PlainText);
    field->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    form->addRow(label, field);
    return field;
}

void AboutDialog::copyFacts()
{
    QApplication::clipboard()->setText(m_facts.toPlainText());
    m_copiedLabel->setText(tr("Copied: paste it into your message."));
}
