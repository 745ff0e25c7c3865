#include "AuditCsvExport.h"

#include "CandidateCsvExport.h"
#include "OutputFile.h"

QStringList AuditCsvExport::columnNames()
{
    return {QStringLiteral("at"),     QStringLiteral("operator"), QStringLiteral("promotion"),
            QStringLiteral("action"), QStringLiteral("subject"),  QStringLiteral("old"),
            QStringLiteral("new")};
}

QStringList AuditCsvExport::fields(const AuditEntry &entry)
{
    return {entry.at.toUTC().toString(Qt::ISODateWithMs),
            entry.operatorName,
            entry.promotionNumber > 0 ? QString::number(entry.promotionNumber) : QString(),
            entry.action,
            entry.subject,
            entry.oldValue,
            entry.newValue};
}

QByteArray AuditCsvExport::toCsv(const QList<AuditEntry> &entries)
{
    // Same dialect as the candidates' export: ';', CRLF, the cells quoted and neutralised by one function.
    const QLatin1String recordEnd("\r\n");
    QString text;
    text += QStringList(columnNames()).join(QLatin1Char(';')) + recordEnd;
    for (const AuditEntry &entry : entries) {
        QStringList cells;
        for (const QString &field : fields(entry))
            cells.append(CandidateCsvExport::cell(field));
        text += cells.join(QLatin1Char(';')) + recordEnd;
    }
    return QByteArray("\xEF\xBB\xBF") + text.toUtf8();
}

Outcome AuditCsvExport::writeFile(const QString &path, const QList<AuditEntry> &entries)
{
    return OutputFile::write(path, toCsv(entries));
}
