#include "followup/PaymentImport.h"

#include "commands/ImportPaymentsCommand.h"
#include "domain/NameText.h"
#include "reports/PaymentCsvImport.h"
#include "storage/FollowUpStore.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHash>
#include <QMessageBox>
#include <QPushButton>
#include <QSet>

namespace {

// The box lists this many lines; the rest is in its details, so that it never grows past the screen.
constexpr int listedLines = 8;

QString listed(const QStringList &lines)
{
    QStringList shown = lines.mid(0, listedLines);
    if (lines.size() > listedLines)
        shown.append(QCoreApplication::translate("PaymentImport", "… and %n more (Show Details).", nullptr,
                                                 int(lines.size() - listedLines)));
    return shown.join(QLatin1Char('\n'));
}

} // namespace

PaymentImport::PaymentImport(CommitteeStore &store, FollowUpStore &followUp, PromotionPage::CommandPusher pushCommand,
                             QWidget *parent)
    : QObject(parent), m_store(store), m_followUp(followUp), m_pushCommand(std::move(pushCommand)), m_parent(parent)
{}

void PaymentImport::chooseFile()
{
    const QString path = QFileDialog::getOpenFileName(m_parent->window(), tr("Import Payments"), QDir::homePath(),
                                                      tr("CSV files (*.csv *.txt);;All files (*)"));
    if (!path.isEmpty())
        importFile(path);
}

QMessageBox *PaymentImport::showBox(QMessageBox *box)
{
    box->setObjectName(QStringLiteral("paymentImportBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::WindowModal);
    box->open();
    return box;
}

QMessageBox *PaymentImport::importFile(const QString &path)
{
    const QString fileName = QFileInfo(path).fileName();
    // Every promotion's laureates: a bank file covers the fund's payments, whatever their promotion.
    const Result<QList<LaureateFollowUp>> laureates = m_followUp.allLaureates();
    if (!laureates) {
        auto *box = new QMessageBox(QMessageBox::Warning, tr("Import Payments"),
                                    tr("The laureates could not be read: no payment was recorded."), QMessageBox::Close,
                                    m_parent->window());
        box->setInformativeText(laureates.error());
        return showBox(box);
    }
    const PaymentCsvImport::Parsed parsed = PaymentCsvImport::parseFile(path, laureates.value());
    if (!parsed.ok()) {
        auto *box = new QMessageBox(
            QMessageBox::Warning, tr("Import Payments"),
            tr("%1 cannot be imported: %n problem(s). No payment was recorded.", nullptr, int(parsed.problems.size()))
                .arg(fileName),
            QMessageBox::Close, m_parent->window());
        const QStringList messages = parsed.messages();
        box->setInformativeText(listed(messages));
        if (messages.size() > listedLines)
            box->setDetailedText(messages.join(QLatin1Char('\n')));
        return showBox(box);
    }

    QHash<qint64, QString> labels;
    for (const LaureateFollowUp &laureate : laureates.value())
        labels.insert(laureate.candidateId, NameText::visible(laureate.label()));
    QStringList lines;
    Money total;
    QSet<qint64> paid;
    for (const PaymentRecord &payment : parsed.payments) {
        lines.append(tr("%1: %2 on %3 (%4)")
                         .arg(labels.value(payment.candidateId), payment.amount.toString(),
                              LaureateFollowUp::dateText(payment.paidOn), NameText::visible(payment.reference)));
        total += payment.amount;
        paid.insert(payment.candidateId);
    }
    auto *box = new QMessageBox(QMessageBox::Question, tr("Import Payments"),
                                tr("Record %1 for %2 from %3, %4 in all?")
                                    .arg(tr("%n payment(s)", nullptr, int(parsed.payments.size())),
                                         tr("%n laureate(s)", nullptr, int(paid.size())), fileName, total.toString()),
                                QMessageBox::Cancel, m_parent->window());
    QPushButton *recordButton = box->addButton(tr("&Record the Payments"), QMessageBox::AcceptRole);
    recordButton->setObjectName(QStringLiteral("recordPaymentsButton"));
    box->setDefaultButton(recordButton);
    box->setInformativeText(listed(lines));
    if (lines.size() > listedLines)
        box->setDetailedText(lines.join(QLatin1Char('\n')));
    const QList<PaymentRecord> payments = parsed.payments;
    connect(box, &QMessageBox::buttonClicked, this, [this, recordButton, fileName, payments](QAbstractButton *button) {
        if (button == recordButton)
            record(fileName, payments);
    });
    return showBox(box);
}

void PaymentImport::record(const QString &fileName, const QList<PaymentRecord> &payments)
{
    const QString text = tr("Import %1 from %2").arg(tr("%n payment(s)", nullptr, int(payments.size())), fileName);
    if (const Outcome pushed = m_pushCommand(new ImportPaymentsCommand(m_store, m_followUp, text, payments)); !pushed) {
        auto *box =
            new QMessageBox(QMessageBox::Warning, tr("Import Payments"),
                            tr("No payment of %1 was recorded.").arg(fileName), QMessageBox::Close, m_parent->window());
        box->setInformativeText(pushed.error());
        showBox(box);
    }
}
