#pragma once

#include "SpreadsheetLimits.h"
#include "domain/Result.h"

#include <QBuffer>
#include <QByteArray>
#include <QCoreApplication>
#include <QSet>
#include <QString>
#include <QStringList>

#include <memory>

class QuaZip;

// The zip an XLSX or ODS file is, opened through Debian's QuaZip and read member by member within
// SpreadsheetLimits: a file that is not a zip (an encrypted OOXML or an old .xls is an OLE compound file),
// a corrupt or truncated zip, one with too many members, and a member that inflates past the limit (counted
// while inflating, since a zip's headers can lie) are refused with a reason a user can act on. It knows
// nothing of sheets: XlsxSheetReader and OdsSheetReader read the members.
class SpreadsheetZip
{
    Q_DECLARE_TR_FUNCTIONS(SpreadsheetZip)

public:
    explicit SpreadsheetZip(const SpreadsheetLimits &limits);
    ~SpreadsheetZip();
    SpreadsheetZip(const SpreadsheetZip &) = delete;
    SpreadsheetZip &operator=(const SpreadsheetZip &) = delete;

    // Opens the file's bytes and lists the members. The error is the reason alone.
    Outcome open(const QByteArray &bytes);
    const QStringList &members() const { return m_members; }
    bool contains(const QString &member) const { return m_memberSet.contains(member); }
    // A member's inflated bytes; refused past the limit, or when the member is corrupt (a CRC mismatch).
    Result<QByteArray> read(const QString &member);

    // Whether the bytes start as an OLE compound file (D0 CF 11 E0): an encrypted OOXML or an old .xls.
    static bool isCompoundFile(const QByteArray &bytes);
    // Whether they start as a zip's first member (PK 03 04) or an empty zip (PK 05 06).
    static bool isZip(const QByteArray &bytes);

private:
    SpreadsheetLimits m_limits;
    QByteArray m_bytes;
    QBuffer m_buffer;
    std::unique_ptr<QuaZip> m_zip;
    QStringList m_members;
    QSet<QString> m_memberSet;
};
