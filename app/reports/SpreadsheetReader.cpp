#include "SpreadsheetReader.h"

#include "CsvFile.h"
#include "CsvLimits.h"
#include "OdsSheetReader.h"
#include "SpreadsheetZip.h"
#include "XlsxSheetReader.h"

#include <QFile>
#include <QFileInfo>

namespace {

QString extensionOf(const QString &fileName)
{
    return QFileInfo(fileName).suffix().toLower();
}

bool isSpreadsheetExtension(const QString &extension)
{
    static const QStringList extensions = {QStringLiteral("xlsx"), QStringLiteral("xlsm"), QStringLiteral("ods"),
                                           QStringLiteral("xls")};
    return extensions.contains(extension);
}

Result<CsvTable> refuse(const QString &fileName, const QString &sheet, const QString &reason, CsvProblem *problem)
{
    CsvProblem refusal{fileName, 0, QString(), reason, sheet};
    if (problem)
        *problem = refusal;
    return Result<CsvTable>::failure(refusal.toString());
}

// A member whose name says it holds macros: VBA in an XLSX, Basic or other scripts in an ODS.
bool holdsMacros(const QStringList &members)
{
    for (const QString &member : members) {
        if (member.endsWith(QLatin1String("vbaProject.bin"), Qt::CaseInsensitive) ||
            member.startsWith(QLatin1String("Basic/")) || member.startsWith(QLatin1String("Scripts/")))
            return true;
    }
    return false;
}

} // namespace

bool SpreadsheetReader::isSpreadsheet(const QString &path)
{
    if (isSpreadsheetExtension(extensionOf(path)))
        return true;
    QFile file(path);
    if (!QFileInfo(path).isFile() || !file.open(QIODevice::ReadOnly))
        return false;
    const QByteArray start = file.read(8);
    return SpreadsheetZip::isZip(start) || SpreadsheetZip::isCompoundFile(start);
}

QString SpreadsheetReader::noSuchSheet(const QString &sheetName, const QStringList &sheetNames)
{
    QStringList quoted;
    for (const QString &name : sheetNames)
        quoted.append(QLatin1Char('"') + name + QLatin1Char('"'));
    return tr("the file has no sheet \"%1\"; its sheets are %2").arg(sheetName, quoted.join(QLatin1String(", ")));
}

Result<CsvTable> SpreadsheetReader::readFile(const QString &path, const QString &sheetName, CsvProblem *problem,
                                             const SpreadsheetLimits &limits)
{
    // The same safe read as a CSV file's (regular files only, within the import's size limit).
    const Result<QByteArray> bytes = CsvFile::read(path, CsvLimits().maxBytes);
    if (!bytes)
        return refuse(path, QString(), bytes.error(), problem);
    return read(bytes.value(), path, sheetName, problem, limits);
}

Result<CsvTable> SpreadsheetReader::read(const QByteArray &bytes, const QString &fileName, const QString &sheetName,
                                         CsvProblem *problem, const SpreadsheetLimits &limits)
{
    if (extensionOf(fileName) == QLatin1String("xlsm"))
        return refuse(fileName, QString(),
                      tr("the file is a macro-enabled workbook (.xlsm), which is not imported: save it as .xlsx "
                         "without macros, then import it again"),
                      problem);
    SpreadsheetZip zip(limits);
    if (const Outcome opened = zip.open(bytes); !opened)
        return refuse(fileName, QString(), opened.error(), problem);
    if (holdsMacros(zip.members()))
        return refuse(fileName, QString(),
                      tr("the file holds macros, which are not imported: save it as .xlsx or .ods without "
                         "macros, then import it again"),
                      problem);
    // An encrypted ODS keeps its zip but says so in its manifest; its content is not XML.
    if (zip.contains(QStringLiteral("META-INF/manifest.xml"))) {
        const Result<QByteArray> manifest = zip.read(QStringLiteral("META-INF/manifest.xml"));
        if (!manifest)
            return refuse(fileName, QString(), manifest.error(), problem);
        if (manifest.value().contains("encryption-data"))
            return refuse(fileName, QString(),
                          SpreadsheetZip::tr("the file is protected by a password or is in the old .xls format: "
                                             "save it as .xlsx or .ods without a password, then import it again"),
                          problem);
    }

    Result<CsvTable> table = Result<CsvTable>::failure(QString());
    if (zip.contains(QStringLiteral("content.xml")) && !zip.contains(QStringLiteral("[Content_Types].xml")))
        table = OdsSheetReader::read(zip, sheetName, limits);
    else if (zip.contains(QStringLiteral("[Content_Types].xml")))
        table = XlsxSheetReader::read(zip, sheetName, limits);
    else
        return refuse(fileName, QString(),
                      tr("the file is a zip but not an XLSX or ODS spreadsheet: save it as .xlsx, .ods or .csv, "
                         "then import it again"),
                      problem);
    if (!table)
        return refuse(fileName, QString(), table.error(), problem);
    return table;
}
