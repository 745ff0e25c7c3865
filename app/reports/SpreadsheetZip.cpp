#include "SpreadsheetZip.h"

#include "CsvFile.h"

#include <quazip.h>
#include <quazipfile.h>

namespace {

QString corrupt()
{
    return SpreadsheetZip::tr("the file is damaged or incomplete (its zip cannot be read): save it again from "
                              "the spreadsheet, then import it again");
}

} // namespace

SpreadsheetZip::SpreadsheetZip(const SpreadsheetLimits &limits) : m_limits(limits)
{}

SpreadsheetZip::~SpreadsheetZip()
{
    if (m_zip)
        m_zip->close();
}

bool SpreadsheetZip::isCompoundFile(const QByteArray &bytes)
{
    return bytes.startsWith(QByteArrayLiteral("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1"));
}

bool SpreadsheetZip::isZip(const QByteArray &bytes)
{
    return bytes.startsWith(QByteArrayLiteral("PK\x03\x04")) || bytes.startsWith(QByteArrayLiteral("PK\x05\x06"));
}

Outcome SpreadsheetZip::open(const QByteArray &bytes)
{
    if (isCompoundFile(bytes))
        return Outcome::failure(tr("the file is protected by a password or is in the old .xls format: save it "
                                   "as .xlsx or .ods without a password, then import it again"));
    if (!isZip(bytes))
        return Outcome::failure(
            tr("the file is not an XLSX or ODS spreadsheet: save it as .xlsx, .ods or .csv, then import it again"));
    m_bytes = bytes;
    m_buffer.setData(m_bytes);
    m_zip = std::make_unique<QuaZip>(&m_buffer);
    if (!m_zip->open(QuaZip::mdUnzip))
        return Outcome::failure(corrupt());
    // The central directory's count first, so that a zip claiming millions of members is not listed.
    if (m_zip->getEntriesCount() > m_limits.maxMembers)
        return Outcome::failure(tr("the file holds more than %1 members, which no spreadsheet does: it was not "
                                   "read")
                                    .arg(m_limits.maxMembers));
    for (bool more = m_zip->goToFirstFile(); more; more = m_zip->goToNextFile()) {
        if (m_members.size() >= m_limits.maxMembers)
            return Outcome::failure(tr("the file holds more than %1 members, which no spreadsheet does: it was "
                                       "not read")
                                        .arg(m_limits.maxMembers));
        const QString name = m_zip->getCurrentFileName();
        m_members.append(name);
        m_memberSet.insert(name);
    }
    if (m_zip->getZipError() != UNZ_OK)
        return Outcome::failure(corrupt());
    return Outcome::success();
}

Result<QByteArray> SpreadsheetZip::read(const QString &member)
{
    if (!m_zip || !m_memberSet.contains(member) || !m_zip->setCurrentFile(member, QuaZip::csSensitive))
        return Result<QByteArray>::failure(corrupt());
    QuaZipFile file(m_zip.get());
    if (!file.open(QIODevice::ReadOnly))
        return Result<QByteArray>::failure(corrupt());
    // Counted on what really inflates, chunk by chunk: the sizes in the zip's headers are not trusted.
    QByteArray inflated;
    char chunk[64 * 1024];
    for (;;) {
        const qint64 read = file.read(chunk, sizeof chunk);
        if (read < 0) {
            file.close();
            return Result<QByteArray>::failure(corrupt());
        }
        if (read == 0)
            break;
        if (inflated.size() + read > m_limits.maxMemberBytes) {
            file.close();
            return Result<QByteArray>::failure(
                tr("the member \"%1\" inflates past %2, which no committee's spreadsheet does (a \"zip bomb\"): "
                   "it was not read")
                    .arg(member, CsvFile::describeSize(m_limits.maxMemberBytes)));
        }
        inflated.append(chunk, qsizetype(read));
    }
    file.close();
    // A CRC that does not match the inflated bytes is reported on closing.
    if (file.getZipError() != UNZ_OK)
        return Result<QByteArray>::failure(corrupt());
    return Result<QByteArray>::success(inflated);
}
