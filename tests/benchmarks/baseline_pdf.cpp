// Baseline of the PDF export: a QTextDocument holding one table of the same rows, printed by QPdfWriter.
// Usage: baseline_pdf ROWS.csv OUT.pdf (ROWS.csv: a header line, then name;carrier;granted lines).
#include <QFile>
#include <QGuiApplication>
#include <QPdfWriter>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextTable>

#include <cstdio>

int main(int argc, char *argv[])
{
    QGuiApplication application(argc, argv);
    if (argc != 3) {
        std::fputs("usage: baseline_pdf ROWS.csv OUT.pdf\n", stderr);
        return 2;
    }
    QFile file(QString::fromLocal8Bit(argv[1]));
    if (!file.open(QIODevice::ReadOnly))
        return 1;
    QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QTextDocument document;
    QTextCursor cursor(&document);
    cursor.insertText(QStringLiteral("Lauréats"));
    const QStringList header = lines.takeFirst().split(QLatin1Char(';'));
    QTextTable *table = cursor.insertTable(int(lines.size()) + 1, int(header.size()));
    for (int row = 0; row <= lines.size(); ++row) {
        const QStringList fields = row == 0 ? header : lines.at(row - 1).split(QLatin1Char(';'));
        for (int column = 0; column < header.size(); ++column)
            table->cellAt(row, column).firstCursorPosition().insertText(fields.value(column).trimmed());
    }
    QPdfWriter writer(QString::fromLocal8Bit(argv[2]));
    writer.setPageSize(QPageSize(QPageSize::A4));
    document.print(&writer);
    return 0;
}
