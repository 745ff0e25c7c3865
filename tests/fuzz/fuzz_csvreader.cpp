#include "reports/CsvReader.h"

#include <QByteArray>
#include <QString>

#include <cstdint>
#include <cstdlib>

// libFuzzer target for CsvReader::parse, which reads whatever file users hand the import. Beyond not
// crashing: a refusal is located within the file, and records come with physical lines that start at 1,
// never go back and never pass the file's last line.
extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    const qsizetype lineBreaks = bytes.count('\n') + bytes.count('\r');
    CsvProblem problem;
    const Result<CsvTable> table = CsvReader::parse(bytes, QStringLiteral("fuzz.csv"), &problem);
    if (!table) {
        if (problem.reason.isEmpty() || problem.line < 0 || problem.line > lineBreaks + 1 ||
            table.error() != problem.toString())
            std::abort();
        return 0;
    }
    int previous = 0;
    for (const CsvRecord &record : table.value().records) {
        if (record.line <= previous || record.line > lineBreaks + 1 || record.fields.isEmpty())
            std::abort();
        previous = record.line;
    }
    return 0;
}
