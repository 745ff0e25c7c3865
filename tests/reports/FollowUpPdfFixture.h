#pragma once

#include "TestSupport.h"
#include "domain/Candidate.h"
#include "domain/FollowUpEdit.h"

#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>

// The follow-up the two PDF suites print (tst_paymentschedulepdf, tst_followupsheetpdf), built through
// FollowUpEdit as the stores build it, so that every value passed the rules; generated on 24 November 2025.
//   FAST12 (2024): Aides-Jeunes 200 000 €, signed 01/09/2024, 157 860 € paid 10/09/2024, 42 140 € paid
//     15/03/2025 (paid in full); Carbure 100 000 €, signed 01/11/2024, 78 930 € paid 20/11/2024, 21 070 € planned
//     01/02/2026; Dormant 50 000 €, paid off in 2024 (no line in 2025).
//   FAST13 (2025): Envergo 300 000 €, CONV-13-01 signed 01/07/2025, 236 790 € paid 05/07/2025 (VIR-1),
//     63 210 € planned 01/10/2025 and late, its kick-off done, its mid-term review late; Beta 150 000 € amended
//     to 140 000 € ("budget revu"), signed 01/08/2025, 110 502 € paid 10/08/2025, 29 498 € planned 01/02/2026;
//     Gamma 100 000 €, signed 15/07/2025, 78 930 € paid 20/07/2025, withdrawn 30/09/2025 ("abandon du
//     projet"): 21 070 € back to the envelope; Zeta 80 000 €, not signed.
namespace FollowUpPdfFixture {

inline const QDateTime generatedAt()
{
    return QDateTime(QDate(2025, 11, 24), QTime(10, 16));
}

inline void check(const Result<LaureateFollowUp> &done, LaureateFollowUp &followUp)
{
    if (!done)
        qFatal("%s", qPrintable(done.error()));
    followUp = done.value();
}

struct Builder
{
    LaureateFollowUp followUp;

    Builder(qint64 id, int promotion, int year, const QString &name, qint64 grantedEuros)
    {
        followUp.candidateId = id;
        followUp.promotionNumber = promotion;
        followUp.promotionYear = year;
        followUp.name = name;
        followUp.granted = Money::fromEuros(grantedEuros);
    }
    Builder &sign(QDate on, const QString &reference = QString(), std::optional<qint64> amendedEuros = std::nullopt,
                  const QString &reason = QString())
    {
        const std::optional<Money> amended =
            amendedEuros ? std::optional<Money>(Money::fromEuros(*amendedEuros)) : std::nullopt;
        check(FollowUpEdit::sign(followUp, on, reference, amended, reason, OpeningKey::seeded(on.year())), followUp);
        return *this;
    }
    Builder &pay(int position, QDate on, const QString &reference = QString())
    {
        check(FollowUpEdit::markPaid(followUp, position, on, std::nullopt, reference), followUp);
        return *this;
    }
    Builder &plan(int position, QDate on)
    {
        followUp.tranches[position - 1].plannedOn = on;
        return *this;
    }
    Builder &done(Milestone::Kind kind, QDate on, const QString &note = QString())
    {
        Milestone milestone = followUp.milestone(kind).value();
        milestone.doneOn = on;
        milestone.note = note;
        check(FollowUpEdit::setMilestone(followUp, milestone), followUp);
        return *this;
    }
    Builder &withdraw(QDate on, const QString &reason)
    {
        check(FollowUpEdit::withdraw(followUp, on, reason), followUp);
        return *this;
    }
};

inline LaureateFollowUp envergo()
{
    return Builder(31, 13, 2025, QStringLiteral("Envergo"), 300000)
        .sign(QDate(2025, 7, 1), QStringLiteral("CONV-13-01"))
        .pay(1, QDate(2025, 7, 5), QStringLiteral("VIR-1"))
        .done(Milestone::Kind::KickOff, QDate(2025, 7, 2), QStringLiteral("Équipe au complet"))
        .followUp;
}

inline LaureateFollowUp beta()
{
    return Builder(32, 13, 2025, QStringLiteral("Beta"), 150000)
        .sign(QDate(2025, 8, 1), QStringLiteral("CONV-13-02"), 140000, QStringLiteral("budget revu"))
        .pay(1, QDate(2025, 8, 10), QStringLiteral("VIR-2"))
        .plan(2, QDate(2026, 2, 1))
        .followUp;
}

inline LaureateFollowUp gamma()
{
    return Builder(33, 13, 2025, QStringLiteral("Gamma"), 100000)
        .sign(QDate(2025, 7, 15), QStringLiteral("CONV-13-03"))
        .pay(1, QDate(2025, 7, 20), QStringLiteral("VIR-3"))
        .withdraw(QDate(2025, 9, 30), QStringLiteral("abandon du projet"))
        .followUp;
}

inline LaureateFollowUp zeta()
{
    return Builder(34, 13, 2025, QStringLiteral("Zeta"), 80000).followUp;
}

inline QList<LaureateFollowUp> laureates()
{
    return {
        Builder(21, 12, 2024, QStringLiteral("Aides-Jeunes"), 200000)
            .sign(QDate(2024, 9, 1))
            .pay(1, QDate(2024, 9, 10))
            .pay(2, QDate(2025, 3, 15))
            .followUp,
        Builder(22, 12, 2024, QStringLiteral("Carbure"), 100000)
            .sign(QDate(2024, 11, 1))
            .pay(1, QDate(2024, 11, 20))
            .plan(2, QDate(2026, 2, 1))
            .followUp,
        Builder(23, 12, 2024, QStringLiteral("Dormant"), 50000)
            .sign(QDate(2024, 2, 1))
            .pay(1, QDate(2024, 3, 1))
            .pay(2, QDate(2024, 5, 1))
            .followUp,
        envergo(),
        beta(),
        gamma(),
        zeta(),
    };
}

inline Candidate candidateOf(const LaureateFollowUp &laureate, const QString &carrier, const QString &incubator)
{
    Candidate candidate;
    candidate.id = laureate.candidateId;
    candidate.name = laureate.name;
    candidate.carrier = carrier;
    candidate.incubator = incubator;
    candidate.kind = laureate.kind;
    candidate.granted = laureate.granted;
    candidate.decision = Decision::Laureate;
    return candidate;
}

// pdftotext shows the document's no-break spaces as plain ones; the texts expected are compared likewise.
inline QString plain(QString text)
{
    return text.replace(QChar(0x00A0), QLatin1Char(' ')).replace(QChar(0x202F), QLatin1Char(' '));
}

// The PDF's text as pdftotext -layout gives it (columns kept apart by spaces); one page, or all when page is 0.
inline QString pdfText(const QByteArray &pdf, int page = 0)
{
    QTemporaryDir dir;
    const QString path = TestSupport::writeFile(dir, QStringLiteral("document.pdf"), pdf);
    QStringList arguments{QStringLiteral("-layout"), QStringLiteral("-enc"), QStringLiteral("UTF-8")};
    if (page > 0)
        arguments << QStringLiteral("-f") << QString::number(page) << QStringLiteral("-l") << QString::number(page);
    arguments << path << QStringLiteral("-");
    QProcess process;
    process.start(QStandardPaths::findExecutable(QStringLiteral("pdftotext")), arguments);
    if (!process.waitForFinished(60000) || process.exitCode() != 0)
        return QStringLiteral("pdftotext failed: ") + QString::fromUtf8(process.readAllStandardError());
    return plain(QString::fromUtf8(process.readAllStandardOutput()));
}

inline int pageCount(const QByteArray &pdf)
{
    // pdftotext ends every page with a form feed.
    return int(pdfText(pdf).count(QLatin1Char('\f')));
}

// The document's lines with their runs of spaces made one, trimmed; empty lines left out. What a test
// compares exactly, whatever widths the columns took. pdftotext glues a right-aligned "0 €" into "0€" (the
// no-break space is narrow beside a wide gap); the space is put back.
inline QStringList lines(const QString &text)
{
    static const QRegularExpression glued(QStringLiteral("(\\d)€"));
    QStringList lines;
    for (QString line : text.split(QLatin1Char('\n'))) {
        line = line.simplified().replace(glued, QStringLiteral("\\1 €"));
        if (!line.isEmpty())
            lines.append(line);
    }
    return lines;
}

// Keeps a PDF where a person can look at it (FAST_KEEP_PDF=folder), for the eyes, never for the test.
inline void keep(const QByteArray &pdf, const QString &name)
{
    const QString folder = qEnvironmentVariable("FAST_KEEP_PDF");
    if (folder.isEmpty())
        return;
    QFile file(folder + QLatin1Char('/') + name);
    if (file.open(QIODevice::WriteOnly))
        file.write(pdf);
}

} // namespace FollowUpPdfFixture
