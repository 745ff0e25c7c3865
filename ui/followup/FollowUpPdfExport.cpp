#include "followup/FollowUpPdfExport.h"

#include "reports/FollowUpSheetPdf.h"
#include "reports/PaymentSchedulePdf.h"
#include "shell/AuthoritySetting.h"
#include "shell/ExportFileDialog.h"
#include "storage/CommitteeStore.h"
#include "storage/FollowUpStore.h"

#include <QDateTime>
#include <QDir>
#include <QMainWindow>
#include <QMessageBox>
#include <QStatusBar>

FollowUpPdfExport::FollowUpPdfExport(CommitteeStore &store, FollowUpStore &followUp, QWidget *parent)
    : QObject(parent), m_store(store), m_followUp(followUp), m_parent(parent)
{}

Outcome FollowUpPdfExport::exportSchedule(int year, const QString &path)
{
    const Result<QList<LaureateFollowUp>> laureates = m_followUp.allLaureates();
    if (!laureates)
        return Outcome::failure(laureates.error());
    const PaymentSchedulePdf::Document document =
        PaymentSchedulePdf::build(laureates.value(), year, AuthoritySetting::current(), QDateTime::currentDateTime());
    if (const Outcome written = PaymentSchedulePdf::writeFile(path, document); !written)
        return written;
    showStatus(tr("Payment schedule %1 written to %2").arg(QString::number(year), QDir::toNativeSeparators(path)));
    return Outcome::success();
}

Outcome FollowUpPdfExport::exportSheet(qint64 candidateId, const QString &path)
{
    const Result<LaureateFollowUp> laureate = m_followUp.laureate(candidateId);
    if (!laureate)
        return Outcome::failure(laureate.error());
    const Result<std::optional<Candidate>> candidate = m_store.candidate(candidateId);
    if (!candidate)
        return Outcome::failure(candidate.error());
    if (!candidate.value())
        return Outcome::failure(tr("This laureate no longer exists."));
    const FollowUpSheetPdf::Document document{laureate.value(), *candidate.value(), AuthoritySetting::current(),
                                              QDateTime::currentDateTime()};
    if (const Outcome written = FollowUpSheetPdf::writeFile(path, document); !written)
        return written;
    showStatus(tr("Follow-up sheet of %1 written to %2").arg(laureate.value().label(), QDir::toNativeSeparators(path)));
    return Outcome::success();
}

void FollowUpPdfExport::exportScheduleDialog(int year)
{
    const QString path =
        ExportFileDialog::ask(m_parent, tr("Export the payment schedule %1").arg(year),
                              QStringLiteral("echeancier-CP-%1.pdf").arg(year), tr("PDF documents (*.pdf)"));
    if (!path.isEmpty())
        report(exportSchedule(year, path));
}

void FollowUpPdfExport::exportSheetDialog(qint64 candidateId)
{
    const Result<LaureateFollowUp> laureate = m_followUp.laureate(candidateId);
    if (!laureate) {
        report(Outcome::failure(laureate.error()));
        return;
    }
    const QString path =
        ExportFileDialog::ask(m_parent, tr("Export the follow-up sheet of %1").arg(laureate.value().label()),
                              FollowUpSheetPdf::fileName(laureate.value()), tr("PDF documents (*.pdf)"));
    if (!path.isEmpty())
        report(exportSheet(candidateId, path));
}

void FollowUpPdfExport::report(const Outcome &written)
{
    if (written)
        return;
    // OutputFile's refusal names the file and says why ("Cannot write …: the disk is full; the previous file
    // was kept."); a read's refusal says what could not be read.
    auto *box =
        new QMessageBox(QMessageBox::Warning, tr("PDF not written"), written.error(), QMessageBox::Ok, m_parent);
    box->setObjectName(QStringLiteral("exportRefusalMessageBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void FollowUpPdfExport::showStatus(const QString &message)
{
    emit exported(message);
    // The follow-up dialog and the payment schedule are windows of their own: the status bar is their
    // main window's.
    for (QWidget *widget = m_parent; widget; widget = widget->parentWidget()) {
        if (auto *main = qobject_cast<QMainWindow *>(widget)) {
            main->statusBar()->showMessage(message, 10000);
            return;
        }
    }
}
