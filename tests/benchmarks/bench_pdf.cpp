#include "reports/LaureateList.h"
#include "reports/LaureateListPdf.h"

#include <QBuffer>
#include <QPdfWriter>
#include <QTest>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextTable>

// The official list of a promotion of 40 laureates as a PDF (LaureateListPdf, as `fast-committee
// export pdf` writes it), beside the least Qt does for it: a QTextDocument with one table of the same
// 40 rows printed by QPdfWriter. Run by tests/benchmarks/run.sh, which prints the ratio.
class BenchPdf : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void applicationPdf40();
    void baselinePdf40();

private:
    LaureateList m_list;
};

void BenchPdf::initTestCase()
{
    Promotion promotion;
    promotion.id = 1;
    promotion.number = 13;
    promotion.year = 2024;
    promotion.envelope = Money::fromEuros(6000000);
    QList<Candidate> candidates;
    for (int i = 0; i < 40; ++i) {
        Candidate candidate;
        candidate.id = i + 1;
        candidate.promotionId = 1;
        candidate.name = QStringLiteral("Service numérique n° %1").arg(i + 1);
        candidate.carrier = QStringLiteral("Ministère de la Transition écologique");
        candidate.annualBudget = Money::fromEuros(300000 + i * 1000);
        candidate.requested = Money::fromEuros(150000);
        candidate.decision = Decision::Laureate;
        candidate.granted = Money::fromEuros(150000);
        candidates.append(candidate);
    }
    m_list = LaureateList::build(promotion, candidates);
    QCOMPARE(m_list.laureates.size(), 40);
}

void BenchPdf::applicationPdf40()
{
    const QDateTime at(QDate(2024, 6, 1), QTime(10, 0), Qt::UTC);
    QByteArray pdf;
    QBENCHMARK
    {
        const Result<QByteArray> written = LaureateListPdf::toPdf(m_list, at);
        QVERIFY(written.ok());
        pdf = written.value();
    }
    QVERIFY(pdf.startsWith("%PDF"));
}

void BenchPdf::baselinePdf40()
{
    QByteArray pdf;
    QBENCHMARK
    {
        QTextDocument document;
        QTextCursor cursor(&document);
        cursor.insertText(QStringLiteral("Lauréats"));
        QTextTable *table = cursor.insertTable(int(m_list.laureates.size()) + 1, 3);
        table->cellAt(0, 0).firstCursorPosition().insertText(QStringLiteral("Projet"));
        table->cellAt(0, 1).firstCursorPosition().insertText(QStringLiteral("Administration"));
        table->cellAt(0, 2).firstCursorPosition().insertText(QStringLiteral("Montant accordé"));
        for (int row = 0; row < m_list.laureates.size(); ++row) {
            const Candidate &laureate = m_list.laureates.at(row);
            table->cellAt(row + 1, 0).firstCursorPosition().insertText(laureate.name);
            table->cellAt(row + 1, 1).firstCursorPosition().insertText(laureate.carrier);
            table->cellAt(row + 1, 2).firstCursorPosition().insertText(laureate.granted.toString());
        }
        QBuffer buffer(&pdf);
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter writer(&buffer);
        writer.setPageSize(QPageSize(QPageSize::A4));
        document.print(&writer);
    }
    QVERIFY(pdf.startsWith("%PDF"));
}

QTEST_MAIN(BenchPdf)
#include "bench_pdf.moc"
